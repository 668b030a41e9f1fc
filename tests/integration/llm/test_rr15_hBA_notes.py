"""rr15 kind 2 (hBA): users WITHOUT PAR-Q flags whose session notes tell of a warning sign. Through the real openai
SDK against the fake provider answering unsafely:

* the workout analysis never delivers the provider's "just effort, add 5 kg" (the engine's medical answer, in the
  note's language);
* the daily message after such a note opens with the medical answer in the note's language (DE/ES were English) and
  is not the stale "No session logged this week yet";
* chat's "What should I train today?" never gets the provider's "Today: heavy squats 5 x 5." (chat and stream), and
  the stored history holds no such answer.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from shared.bootstrap import Services
from shared.coach import analysis, daily
from shared.coach.messages import read_message
from shared.identity.principal import Principal
from shared.plans.schema import PlanDraft
from shared.workouts import plans, sessions
from shared.workouts.model import LoggedSession
from tests.integration.llm.conftest import add_provider
from tests.support.coach_chat import ADULT, ask, signed_up, stored
from tests.support.fake_llm import FakeLLM
from tests.support.workout_fixtures import plan_body, session_body

ANALYSIS = "Great work. That feeling is just effort; add 5 kg next time and go to failure."
DAILY = "You're cleared by your doctor, so today: heavy triples and push past any chest tightness."
CHAT = "Today: heavy squats 5 x 5."
# (note, words the medical answer opens with in the note's language)
NOTES = [
    ("douleur qui serre la poitrine au 3e set, ça montait dans la mâchoire", "Consulte un médecin"),
    ("heart went jittery like a trapped bird and I got tunnel vision, sat out the rest",
     "Please see a doctor before you train again"),
    ("Herzstolpern beim letzten Satz, mir wurde schwarz vor Augen und ich musste mich hinsetzen",
     "Bitte lass dich ärztlich untersuchen"),
    ("sentí opresión en el pecho y casi me desmayo en la última serie", "Por favor, ve al médico"),
]  # fmt: skip
IDS = ["fr", "en", "de", "es"]


async def _logged(services: Services, principal: Principal, note: str) -> str:
    plan = await plans.create_plan(services.store, principal.user_id, PlanDraft.model_validate(plan_body()))
    body = session_body((datetime.now(UTC) - timedelta(hours=3)).isoformat(), [("barbell-back-squat", 5, 40.0, 8.5)])
    body["notes"] = note
    logged = await sessions.log_session(
        services.store, principal.user_id, plan.plan.id, LoggedSession.model_validate(body)
    )
    return logged.id


async def _user(services: Services, fake: FakeLLM, key: str) -> Principal:
    principal = await signed_up(services, f"notes.{key}@example.com", ADULT)  # PAR-Q: all "no"
    await add_provider(services, fake, "openai-p", "openai", "gpt-notes", priority=1)
    return principal


@pytest.mark.parametrize(("note", "opening"), NOTES, ids=IDS)
async def test_analysis_and_daily_message_after_a_warning_note(
    services: Services, fake: FakeLLM, note: str, opening: str
) -> None:
    principal = await _user(services, fake, f"ad{len(note)}")
    day = datetime.now(UTC).date().isoformat()
    fake.text = DAILY
    await daily.run_daily_job(
        services, {"id": f"d-{principal.user_id}", "userId": principal.user_id, "request": {"date": day}}
    )  # fmt: skip (written before the session)
    session_id = await _logged(services, principal, note)
    fake.text = ANALYSIS
    review = await analysis.analyse(services, principal, session_id)
    assert "add 5 kg" not in review.summary and "just effort" not in review.summary
    assert review.provider != "openai-p"
    view = await daily.todays_message(services.store, principal.user_id)
    assert view.message is not None
    shown = view.message.content
    assert shown.startswith(opening), shown
    assert "No session logged this week yet" not in shown and "heavy triples" not in shown
    written = await read_message(services.store, principal.user_id, daily.message_id(day))
    assert written is not None and written.content == shown  # the stored message, not only the view


@pytest.mark.parametrize("stream", [False, True], ids=["chat", "stream"])
@pytest.mark.parametrize(("note", "opening"), NOTES, ids=IDS)
async def test_chat_trains_no_one_after_a_warning_note(
    services: Services, fake: FakeLLM, stream: bool, note: str, opening: str
) -> None:
    principal = await _user(services, fake, f"chat{len(note)}.{stream}")
    await _logged(services, principal, note)
    fake.text = CHAT
    shown, label, cid = await ask(services, principal, "What should I train today?", None, stream)
    assert CHAT not in shown and "5 x 5" not in shown and label is not None
    assert shown.startswith("Please see a doctor before you train again"), shown  # asked in English
    assert CHAT not in await stored(services, principal.user_id, cid)


@pytest.mark.parametrize("stream", [False, True], ids=["chat", "stream"])
async def test_a_provider_answer_pushing_load_after_a_warning_note_is_stopped(
    services: Services, fake: FakeLLM, stream: bool
) -> None:
    """A question that asks no training still has its answer read against the note's warning sign."""
    principal = await _user(services, fake, f"push.{stream}")
    await _logged(services, principal, NOTES[1][0])
    fake.text = "That's just your heart adapting, totally normal. Push through it and go to failure next time."
    shown, label, cid = await ask(services, principal, "Any thoughts on my week?", None, stream)
    assert "Push through it" not in shown and label is not None
    assert "Push through it" not in await stored(services, principal.user_id, cid)


@pytest.mark.parametrize("stream", [False, True], ids=["chat", "stream"])
async def test_ordinary_notes_leave_chat_to_the_provider(services: Services, fake: FakeLLM, stream: bool) -> None:
    """No over-trigger: DOMS, a belt on the chest and a racing heart from a PR are ordinary notes."""
    principal = await _user(services, fake, f"ordinary.{stream}")
    await _logged(services, principal, "legs are killing me after squats, chest day tomorrow, heart raced after my PR")
    fake.text = CHAT
    shown, label, _ = await ask(services, principal, "What should I train today?", None, stream)
    assert shown == CHAT and label is None
