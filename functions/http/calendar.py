"""/api/calendar: the private ICS feed of the coming training sessions (thin routes over `shared.calendar_feed`).

The feed URL needs no sign-in: its unguessable token is the credential (docs/decisions.md, "Calendar feed").
"""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import Response, status
from pydantic import BaseModel

from functions.http.deps import ClientIp, ConsentedUser, CurrentUser, ServicesDep
from functions.http.responses import NOT_FOUND, problem
from functions.http.routing import PrefixRouter
from shared.calendar_feed import feed, tokens
from shared.coach.context import local_now
from shared.identity import ratelimit
from shared.identity.addresses import limit_key
from shared.identity.profiles import load_profile
from shared.notifications.preferences import load_preferences
from shared.profile.model import FitnessProfile
from shared.workouts.plans import load_active_plan

router = PrefixRouter(prefix="/calendar", tags=["calendar"])
_ICS = {200: {"description": "The calendar (RFC 5545)", "content": {"text/calendar": {"schema": {"type": "string"}}}}}
_LIMITED = problem(429, "Too many requests for this feed (Retry-After)")
PER_ADDRESS_PER_MINUTE = 120


class CalendarFeed(BaseModel):
    """The private feed URL: paste it into a calendar app's "subscribe to a calendar"."""

    url: str


@router.post("/token", operation_id="createCalendarToken", status_code=status.HTTP_201_CREATED,
             response_model=CalendarFeed)  # fmt: skip
async def create_token(user: ConsentedUser, services: ServicesDep) -> CalendarFeed:
    """A new private feed URL; any earlier one stops working (404) at once."""
    token = await tokens.issue(services.store, user.user_id)
    return CalendarFeed(url=f"{services.settings.web_origin()}/api/calendar/{token}.ics")


@router.delete("/token", operation_id="deleteCalendarToken", status_code=status.HTTP_204_NO_CONTENT)
async def delete_token(user: CurrentUser, services: ServicesDep) -> None:
    """Turn the feed off: its URL answers 404 from now on (204 also when there was none)."""
    await tokens.revoke(services.store, user.user_id)


@router.get("/{token}.ics", operation_id="getCalendarFeed", response_class=Response,
            responses=_ICS | NOT_FOUND | _LIMITED)  # fmt: skip
async def calendar_feed(token: str, services: ServicesDep, ip: ClientIp) -> Response:
    """The active plan's sessions from today for the coming weeks (CALENDAR_FEED_WEEKS), at the usual training time
    in the owner's time zone. No sign-in; rate-limited per feed and per address; 404 for any URL not live."""
    settings = services.settings
    await ratelimit.enforce(services.store, f"calendar-ip:{limit_key(ip)}", PER_ADDRESS_PER_MINUTE, 60, "calendar feed")
    user_id = await tokens.resolve(services.store, token)
    await ratelimit.enforce(services.store, f"calendar:{tokens.token_hash(token)}", settings.calendar_feed_per_minute,
                            60, "calendar feed")  # fmt: skip
    stored = await load_profile(services.store, user_id)
    profile = stored.profile if stored else FitnessProfile()
    prefs = await load_preferences(services.store, user_id)
    plan = await load_active_plan(services.store, user_id)
    now = datetime.now(UTC)
    body = feed.build_calendar(user_id, plan, profile.timezone, prefs.workout_time, profile.session_minutes,
                               local_now(profile, now).date(), settings.calendar_feed_weeks, now)  # fmt: skip
    headers = {"Cache-Control": "private, max-age=900", "Content-Disposition": 'inline; filename="vigor.ics"',
               "X-Robots-Tag": "noindex", "Referrer-Policy": "no-referrer"}  # fmt: skip
    return Response(body, media_type="text/calendar; charset=utf-8", headers=headers)
