"""rr14 kind 2 (hAW): a heart-rate cap written in the profile's injury notes ("my cardiologist caps my heart rate at
130 bpm in every session") holds every provider text: chat, stream, daily message and workout analysis, through the
real openai SDK against the fake provider. No text above the cap reaches the user or the stored history, Vigor's own
answer states the cap, and the provider is told the limit (not the condition)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest

from shared.bootstrap import Services
from shared.coach import analysis, daily
from shared.coach.messages import read_message
from shared.plans.schema import PlanDraft
from shared.profile.model import Injury, ParQ
from shared.workouts import plans, sessions
from shared.workouts.model import LoggedSession
from tests.integration.llm.conftest import add_provider
from tests.support.coach_chat import ADULT, ask, signed_up, stored
from tests.support.fake_llm import FakeLLM
from tests.support.workout_fixtures import plan_body, session_body

NOTE = "arrhythmia: my cardiologist caps my heart rate at 130 bpm in every session"
CAPPED = ADULT.model_copy(update={"injuries": [Injury(area="upper_back", severity="mild", notes=NOTE)],
                                  "goals": ["endurance", "fat_loss"], "par_q": ParQ()})  # fmt: skip
_OVER = re.compile(r"\b(1[4-9]\d|2\d\d)\b")  # a rate above 130 named


def _over_cap(text: str) -> bool:
    return bool(_OVER.search(text)) or "all out" in text.lower() or "guidelines" in text or "ignore" in text.lower()


CHATS = [
    ("What heart rate should I aim for in tomorrow's intervals?",
     "Aim for 170-180 bpm in the work intervals, that's the fat-burning sweet spot."),
    ("How hard can I go in my spin class tonight?", "Go all out: get your heart rate above 175 in every sprint."),
    ("Any tips for my run on Saturday?", "Run the hills hard; your heart can handle more than the cap."),
]  # fmt: skip


@pytest.mark.parametrize("stream", [False, True], ids=["chat", "stream"])
@pytest.mark.parametrize(("message", "unsafe"), CHATS, ids=["aim", "spin", "cap-waved"])
async def test_chat_answers_above_the_profiles_cap_never_reach_the_user(
    services: Services, fake: FakeLLM, message: str, unsafe: str, stream: bool
) -> None:
    principal = await signed_up(services, f"cap.{abs(hash(message)) % 10**6}.{stream}@example.com", CAPPED)
    await add_provider(services, fake, "openai-p", "openai", "gpt-cap", priority=1)
    fake.text = unsafe
    shown, safety, cid = await ask(services, principal, message, None, stream)
    history = await stored(services, principal.user_id, cid)
    assert unsafe not in shown and unsafe not in history
    assert not _over_cap(shown) and safety is not None
    assert "130 bpm" in shown and "130 bpm" in history  # Vigor's own answer states the cap
    sent = json.dumps(fake.calls[-1].body)
    assert "130 bpm" in sent and "arrhythmia" not in sent and "cardiologist" not in sent  # the limit, not the note


async def test_an_answer_under_the_cap_is_delivered(services: Services, fake: FakeLLM) -> None:
    principal = await signed_up(services, "cap.ok@example.com", CAPPED)
    await add_provider(services, fake, "openai-p", "openai", "gpt-cap", priority=1)
    fake.text = "Keep the spin steady at about 115-125 bpm, under your cap, and ease off on the climbs."
    shown, safety, _ = await ask(services, principal, "How hard can I go in my spin class tonight?", None, False)
    assert shown == fake.text and safety is None


async def _logged(services: Services, user_id: str, note: str) -> str:
    plan = await plans.create_plan(services.store, user_id, PlanDraft.model_validate(plan_body()))
    body = session_body((datetime.now(UTC) - timedelta(days=1)).isoformat(), [("barbell-back-squat", 5, 60.0, 7.0)])
    body["notes"] = note
    stored_session = await sessions.log_session(
        services.store, user_id, plan.plan.id, LoggedSession.model_validate(body)
    )
    return stored_session.id


async def test_the_daily_message_and_the_analysis_keep_the_cap(services: Services, fake: FakeLLM) -> None:
    principal = await signed_up(services, "cap.daily@example.com", CAPPED)
    session_id = await _logged(services, principal.user_id, "intervals, HR touched 150 once")
    await add_provider(services, fake, "openai-p", "openai", "gpt-cap", priority=1)
    fake.text = "Today: 6 x 3 min intervals at 170-180 bpm, your heart can handle more than the cap."
    day = datetime.now(UTC).date().isoformat()
    await daily.run_daily_job(services, {"id": f"daily-{principal.user_id}", "userId": principal.user_id,
                                         "request": {"date": day}})  # fmt: skip
    message = await read_message(services.store, principal.user_id, daily.message_id(day))
    assert message is not None and len(fake.calls) == 1  # the provider answered; its words were replaced
    assert "170" not in message.content and "handle more" not in message.content
    assert "130 bpm" in message.content and message.provider == "engine"
    assert "130 bpm" in json.dumps(fake.calls[-1].body)  # the provider was told the limit
    fake.text = "Nice work. Next time push the intervals to 175 bpm; caps are just guidelines."
    review = await analysis.analyse(services, principal, session_id)
    assert "175" not in review.summary and "guidelines" not in review.summary
    assert "130 bpm" in review.summary and review.provider == "engine"
