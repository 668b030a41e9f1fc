"""The private calendar feed: a URL that needs no sign-in, rotates and turns off, and whose events land on the
plan's days at the user's training time in their own zone, across a DST change (parsed back with icalendar)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest
from fastapi import FastAPI
from icalendar import Calendar

from shared.calendar_feed.feed import build_calendar
from shared.config import get_settings
from shared.plans.schema import Plan
from tests.support.identity import PROFILE, User, sign_up
from tests.support.workout_fixtures import plan_body

NEW_YORK = ZoneInfo("America/New_York")


def _plan(days: tuple[int, ...] = (0, 2, 4)) -> Plan:
    body = plan_body(days=days)
    return Plan.model_validate({**body, "source": {"provider": "user", "model": "manual"}})


def _events(ics: bytes) -> list[dict[str, object]]:
    cal = Calendar.from_ical(ics)
    return [
        {"uid": str(e["uid"]), "start": e.decoded("dtstart"), "summary": str(e["summary"]),
         "description": str(e["description"]), "duration": e.decoded("duration")}
        for e in cal.walk("VEVENT")
    ]  # fmt: skip


def test_events_keep_the_local_training_time_across_the_spring_change() -> None:
    # US clocks go forward on Sunday 2026-03-08: the Monday before is UTC-5, the Monday after UTC-4.
    ics = build_calendar("user-1", _plan(), "America/New_York", "18:30", 45, date(2026, 3, 2), 2)
    events = _events(ics)
    starts = [e["start"] for e in events]
    assert [s.date() for s in starts] == [date(2026, 3, d) for d in (2, 4, 6, 9, 11, 13)]  # type: ignore[attr-defined]
    assert all(s.timetz().replace(tzinfo=None) == time(18, 30) for s in starts)  # type: ignore[attr-defined]
    assert str(starts[0].tzinfo) == "America/New_York"  # type: ignore[attr-defined]
    utc_hours = [s.astimezone(UTC).hour for s in starts]  # type: ignore[attr-defined]
    assert utc_hours == [23, 23, 23, 22, 22, 22]  # 18:30 local is 23:30 UTC before, 22:30 after the change
    cal = Calendar.from_ical(ics)
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["America/New_York"]
    first = events[0]
    assert first["summary"] == "full body" and first["duration"] == timedelta(minutes=45)
    assert str(first["description"]).splitlines()[:2] == ["Barbell back squat: 3 x 5-8", "Barbell bench press: 3 x 5-8"]


def test_uids_are_stable_so_calendar_apps_update_rather_than_duplicate() -> None:
    one = _events(build_calendar("user-1", _plan(), "Europe/Berlin", "07:00", 45, date(2026, 10, 19), 2))
    again = _events(build_calendar("user-1", _plan(), "Europe/Berlin", "08:00", 45, date(2026, 10, 21), 2))
    assert {e["uid"] for e in again if e["start"].date() <= date(2026, 11, 1)} <= {e["uid"] for e in one}  # type: ignore[attr-defined]
    other = _events(build_calendar("user-2", _plan(), "Europe/Berlin", "07:00", 45, date(2026, 10, 19), 2))
    assert not {e["uid"] for e in other} & {e["uid"] for e in one}
    assert all("user-1" not in str(e["uid"]) for e in one)


async def _with_plan(app: FastAPI) -> User:
    user = await sign_up(app)
    profile = {**PROFILE, "timezone": "Europe/Berlin"}
    assert (await user.client.put("/api/users/profile", json=profile, headers=user.auth)).status_code == 200
    plan = await user.client.post("/api/workouts", json=plan_body(days=(0, 3)), headers=user.auth)
    assert (await user.client.post(f"/api/workouts/{plan.json()['id']}/activate", headers=user.auth)).is_success
    prefs = {"daily_message": False, "workout_reminders": False, "reminder_hour": 8, "quiet_hours": None,
             "workout_time": "06:45"}  # fmt: skip
    assert (await user.client.put("/api/notifications/preferences", json=prefs, headers=user.auth)).is_success
    return user


def _path(url: str) -> str:
    return httpx.URL(url).path


async def test_the_feed_needs_no_sign_in_and_rotation_and_turning_off_close_the_old_url(app: FastAPI) -> None:
    user = await _with_plan(app)
    made = await user.client.post("/api/calendar/token", headers=user.auth)
    assert made.status_code == 201, made.text
    url = made.json()["url"]
    token = _path(url).removeprefix("/api/calendar/").removesuffix(".ics")
    assert len(token) == 43 and user.user_id not in url  # 256 bits, and no user id in the URL
    anonymous = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver")
    got = await anonymous.get(_path(url))
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/calendar")
    events = _events(got.content)
    assert events and all(e["start"].weekday() in (0, 3) for e in events)  # type: ignore[attr-defined]
    assert all(e["start"].timetz().replace(tzinfo=None) == time(6, 45) for e in events)  # type: ignore[attr-defined]
    assert 8 <= len(events) <= 12 and "knee" not in got.text and "ski" not in got.text  # no injury notes

    rotated = (await user.client.post("/api/calendar/token", headers=user.auth)).json()["url"]
    assert rotated != url
    assert (await anonymous.get(_path(url))).status_code == 404
    assert (await anonymous.get(_path(rotated))).status_code == 200
    assert (await anonymous.get("/api/calendar/" + "A" * 43 + ".ics")).status_code == 404
    assert (await anonymous.get("/api/calendar/short.ics")).status_code == 404

    exported = (await user.client.get("/api/users/me/export", headers=user.auth)).json()
    types = {d["type"] for docs in exported["containers"].values() for d in docs} | {
        d["type"] for d in exported["system"]
    }
    assert {"calendar_feed", "calendar_token", "notification_prefs"} <= types
    assert token not in str(exported)  # only its hash is stored

    assert (await user.client.delete("/api/calendar/token", headers=user.auth)).status_code == 204
    assert (await anonymous.get(_path(rotated))).status_code == 404
    assert (await user.client.delete("/api/calendar/token", headers=user.auth)).status_code == 204
    await anonymous.aclose()


async def test_another_users_feed_is_theirs_alone_and_the_public_url_is_rate_limited(
    app: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CALENDAR_FEED_PER_MINUTE", "5")  # read when the services are built (the first request)
    get_settings.cache_clear()
    alice, bob = await _with_plan(app), await _with_plan(app)
    a = (await alice.client.post("/api/calendar/token", headers=alice.auth)).json()["url"]
    b = (await bob.client.post("/api/calendar/token", headers=bob.auth)).json()["url"]
    assert (await bob.client.post("/api/calendar/token", headers=bob.auth)).status_code == 201  # bob rotates his
    assert (await alice.client.get(_path(a))).status_code == 200  # alice's still works
    assert (await alice.client.get(_path(b))).status_code == 404
    statuses = [(await alice.client.get(_path(a))).status_code for _ in range(12)]  # one minute window gets 6+
    assert statuses.count(429) >= 1 and 200 in statuses
    limited = await alice.client.get(_path(a))
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1


def test_an_event_on_a_nonexistent_local_time_is_written_with_its_zone() -> None:
    # 02:30 on 2026-03-29 does not exist in Berlin; the event keeps its TZID so calendar apps shift it (RFC 5545).
    ics = build_calendar("u", _plan(days=(6,)), "Europe/Berlin", "02:30", 30, date(2026, 3, 29), 1,
                         datetime(2026, 3, 1, tzinfo=UTC))  # fmt: skip
    assert b"DTSTART;TZID=Europe/Berlin:20260329T023000" in ics
