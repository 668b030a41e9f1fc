"""rr16 kind 2 (hBM): the daily message said "No session logged this week yet" after a session of this week had been
logged (it was written in the morning and cached for the day). For users in several time zones, a session logged on
any day of their local week (Monday to today) after the message was written is counted in it; one from last week is
not."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from shared.bootstrap import Services
from shared.coach import daily
from shared.plans.schema import PlanDraft
from shared.workouts import plans, sessions
from shared.workouts.model import LoggedSession
from tests.support.coach_chat import ADULT, key_of, signed_up
from tests.support.fake_llm import FakeLLM
from tests.support.workout_fixtures import plan_body, session_body

ZONES = ["UTC", "Europe/Amsterdam", "America/Los_Angeles", "Pacific/Auckland", "Asia/Kolkata"]
STALE = "No session logged this week yet"


async def _message_then_session(services: Services, zone: str, days_back: int) -> str:
    """Today's message written first, then a session logged that started `days_back` days before today (local):
    what the user sees after."""
    profile = ADULT.model_copy(update={"timezone": zone})
    principal = await signed_up(services, f"fresh.{key_of(zone, days_back)}@example.com", profile)
    tz = ZoneInfo(zone)
    today = datetime.now(tz).date()
    await daily.run_daily_job(services, {"id": f"d-{principal.user_id}", "userId": principal.user_id,
                                         "request": {"date": today.isoformat()}})  # fmt: skip
    before = await daily.todays_message(services.store, principal.user_id)
    assert before.message is not None and STALE in before.message.content  # nothing logged yet: true when written
    started = datetime.combine(today - timedelta(days=days_back), time(0, 0), tzinfo=tz).astimezone(UTC)
    plan = await plans.create_plan(services.store, principal.user_id, PlanDraft.model_validate(plan_body()))
    body = session_body(started.isoformat(), [("barbell-back-squat", 5, 40.0, 7.0)])
    await sessions.log_session(services.store, principal.user_id, plan.plan.id, LoggedSession.model_validate(body))
    after = await daily.todays_message(services.store, principal.user_id)
    assert after.message is not None
    return after.message.content


@pytest.mark.parametrize("zone", ZONES)
async def test_a_session_of_this_local_week_logged_after_the_message_is_counted(
    services: Services, fake: FakeLLM, zone: str
) -> None:
    """Every day from the local Monday to today (the red team's session was the day before)."""
    weekday = datetime.now(ZoneInfo(zone)).weekday()
    for days_back in sorted({0, min(1, weekday), weekday}):
        shown = await _message_then_session(services, zone, days_back)
        assert STALE not in shown, (zone, days_back, shown)
        assert "1 session(s) done this week" in shown or "1 of " in shown, shown
        assert "Your first logged session sets the baseline" not in shown


@pytest.mark.parametrize("zone", ZONES[:3])
async def test_a_session_of_last_week_leaves_the_count_at_none(services: Services, fake: FakeLLM, zone: str) -> None:
    weekday = datetime.now(ZoneInfo(zone)).weekday()
    shown = await _message_then_session(services, zone, weekday + 1)  # the local Sunday before this week
    assert STALE in shown
