"""rr14 kind 8 (hAW): after session notes tell of a warning sign ("felt faint on the last set and had to lie on the
floor", "pressure in my chest in set 2, left arm tingly"), the daily message opens with the medical answer and
prescribes no training: the message cached for the day is rewritten when read, and a message written later says it
too (the provider is not asked). Through the real openai SDK against the fake provider."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from shared.bootstrap import Services
from shared.coach import daily, daily_warning, flag_list, flags
from shared.coach.messages import history, read_message
from shared.identity.principal import Principal
from shared.plans.schema import PlanDraft
from shared.profile.model import ParQ
from shared.workouts import plans, sessions
from shared.workouts.model import LoggedSession
from tests.integration.llm.conftest import add_provider
from tests.support.coach_chat import ADULT, signed_up
from tests.support.fake_llm import FakeLLM
from tests.support.workout_fixtures import plan_body, session_body

PARQ = ADULT.model_copy(update={"par_q": ParQ(heart_condition=True, chest_pain_activity=True, dizziness=True,
                                               blood_pressure_medication=True)})  # fmt: skip
PROVIDER_DAILY = "Good session idea: warm up 10 minutes, then 4 sets of 8 at RPE 7, rest 2 minutes."
FAINT = "felt faint on the last set and had to lie on the floor"
CHEST = "pressure in my chest in set 2, left arm tingly, eased after 10 min"


async def _write_daily(services: Services, principal: Principal) -> str:
    day = datetime.now(UTC).date().isoformat()
    await daily.run_daily_job(services, {"id": f"daily-{principal.user_id}-{day}", "userId": principal.user_id,
                                         "request": {"date": day}})  # fmt: skip
    message = await read_message(services.store, principal.user_id, daily.message_id(day))
    assert message is not None
    return message.content


async def _log(services: Services, user_id: str, notes: list[str]) -> None:
    """Sessions logged with `notes`, as the workouts API logs them (the note screened for the user's flags)."""
    plan = await plans.create_plan(services.store, user_id, PlanDraft.model_validate(plan_body()))
    for days_ago, note in enumerate(reversed(notes), start=1):
        body = session_body((datetime.now(UTC) - timedelta(days=days_ago)).isoformat(),
                            [("barbell-back-squat", 8, 60.0, 7.0)])  # fmt: skip
        body["notes"] = note
        stored = await sessions.log_session(services.store, user_id, plan.plan.id, LoggedSession.model_validate(body))
        await flags.remember_notes(services.store, user_id, flags.session_notes([(stored.id, stored.session)]))


def _medical_first(text: str) -> None:
    assert text.startswith("Please see a doctor before you train again"), text
    assert "No training today" in text and "RPE" not in text and "sets of" not in text
    assert "911" in text


@pytest.mark.parametrize("notes", [[FAINT, CHEST], [FAINT], [CHEST]], ids=["both", "faint", "chest"])
async def test_the_cached_daily_message_is_rewritten_after_warning_notes(
    services: Services, fake: FakeLLM, notes: list[str]
) -> None:
    principal = await signed_up(services, f"warn.{len(notes)}.{len(notes[0])}@example.com", PARQ)
    await add_provider(services, fake, "openai-p", "openai", "gpt-daily", priority=1)
    fake.text = PROVIDER_DAILY
    assert "4 sets of 8" in await _write_daily(services, principal)  # written at sign-up, before any session
    await _log(services, principal.user_id, notes)
    view = await daily.todays_message(services.store, principal.user_id)
    assert view.status == "ready" and view.message is not None
    _medical_first(view.message.content)
    assert "health screening flagged" in view.message.content  # Vigor's PAR-Q note kept
    found, _ = await history(services.store, principal.user_id, "daily", 5, None)
    _medical_first(found[0].content)  # the stored message, not only the view
    assert "urgent" in await flags.active(services.store, principal.user_id)


async def test_a_message_written_after_the_notes_asks_no_provider(services: Services, fake: FakeLLM) -> None:
    principal = await signed_up(services, "warn.later@example.com", PARQ)
    await add_provider(services, fake, "openai-p", "openai", "gpt-daily", priority=1)
    await _log(services, principal.user_id, [FAINT, CHEST])
    fake.text = PROVIDER_DAILY
    _medical_first(await _write_daily(services, principal))
    assert fake.calls == []  # Vigor's rules answer: no quota, no provider text


async def test_ordinary_notes_leave_the_days_message_as_it_was(services: Services, fake: FakeLLM) -> None:
    principal = await signed_up(services, "warn.none@example.com", PARQ)
    await add_provider(services, fake, "openai-p", "openai", "gpt-daily", priority=1)
    fake.text = PROVIDER_DAILY
    written = await _write_daily(services, principal)
    await _log(services, principal.user_id, ["felt strong, legs a bit tired at the end", "no dizziness today"])
    view = await daily.todays_message(services.store, principal.user_id)
    assert view.message is not None and view.message.content == written


async def test_clearing_the_flag_ends_the_hold(services: Services, fake: FakeLLM) -> None:
    principal = await signed_up(services, "warn.cleared@example.com", ADULT)
    await add_provider(services, fake, "openai-p", "openai", "gpt-daily", priority=1)
    await _log(services, principal.user_id, [CHEST])
    fake.text = "Easy 30 minute walk today, then some mobility."
    _medical_first(await _write_daily(services, principal))
    await flag_list.clear_flag(services, principal, "urgent", "no_longer_true", confirm=True)
    written = await _write_daily(services, principal)  # the cleared flag's rewrite
    assert not written.startswith(daily_warning.MESSAGE[:30]) and "walk" in written
    view = await daily.todays_message(services.store, principal.user_id)
    assert view.message is not None and view.message.content == written
