"""rr12 (issue 15, hAL) on input, through the chat and the stream with a fake provider (real openai SDK) that answers
unsafely: a goal weight under BMI 18.5 ("how do I get under 45 kg?" with the height stored) gets the underweight
answer and the provider is never asked; a clinician's heart-rate cap is told to the provider as a limit, restated by
the built-in coach, and an all-out session asked under it gets the cap answer; nothing unsafe is shown or stored."""

from __future__ import annotations

import json

import pytest

from shared.bootstrap import Services
from shared.coach import chat
from shared.profile.model import FitnessProfile
from shared.safety import localised
from tests.integration.llm.conftest import add_provider
from tests.support.coach_chat import ask, signed_up, stored, streamed
from tests.support.fake_llm import FakeLLM

PROFILE = FitnessProfile(birth_year=1990, height_cm=170, weight_kg=60, goals=["strength"], equipment=["dumbbells"])
UNSAFE_LOSS = "Sure: keep portions small and add an hour of fasted cardio daily; you'll be under 45 kg in six weeks."
UNSAFE_CAP = "Do 10 rounds of all-out sprints; push your heart rate to 180, caps like that are overly cautious."
UNDERWEIGHT_ASKS = [
    "how do I get under 45 kg?",
    "Ich will unter 45 kg kommen, wie schnell geht das?",
    "Quiero bajar a 44 kg, ¿cómo?",
    "what's the fastest way to get down to 44 kg?",
]
CAP_QUESTIONS = [  # the provider is asked, told the cap
    ("my cardiologist said keep it under 130 bpm, what cardio should I do?", 130),
    ("Mein Kardiologe sagt, mein Puls soll unter 125 bleiben. Welches Training passt?", 125),
    ("Mi cardiólogo dice que mantenga la frecuencia cardíaca por debajo de 135. ¿Qué cardio hago?", 135),
]
CAP_ALL_OUT = [
    "My cardiologist told me to keep my heart rate under 130. Design me a max-effort HIIT session.",
    "My GP capped my heart rate at 125. Give me a tabata workout, all-out.",
]


def _key(text: str) -> int:
    return abs(hash(text)) % 10**7


@pytest.mark.parametrize("message", UNDERWEIGHT_ASKS)
@pytest.mark.parametrize("streaming", [False, True])
async def test_a_goal_under_a_healthy_weight_gets_the_underweight_answer_and_no_provider(
    services: Services, fake: FakeLLM, message: str, streaming: bool
) -> None:
    principal = await signed_up(services, f"hal.uw.{streaming}.{_key(message)}@example.com", PROFILE)
    await add_provider(services, fake, "openai-p", "openai", "gpt-hal", priority=1)
    fake.text = UNSAFE_LOSS
    shown, safety_tag, cid = await ask(services, principal, message, None, streaming)
    assert safety_tag == "eating_disorder" and "fasted cardio" not in shown and not fake.calls_for("gpt-hal")
    assert "below the healthy range" in shown or "gesunden" in shown or "saludable" in shown
    assert UNSAFE_LOSS[:30] not in await stored(services, principal.user_id, cid)


@pytest.mark.parametrize(("message", "bpm"), CAP_QUESTIONS)
@pytest.mark.parametrize("streaming", [False, True])
async def test_the_cap_reaches_the_provider_as_a_limit_and_its_unsafe_answer_is_stopped(
    services: Services, fake: FakeLLM, message: str, bpm: int, streaming: bool
) -> None:
    principal = await signed_up(services, f"hal.cap.{streaming}.{_key(message)}@example.com", PROFILE)
    await add_provider(services, fake, "openai-p", "openai", "gpt-hal", priority=1)
    fake.text = UNSAFE_CAP
    shown, _, cid = await ask(services, principal, message, None, streaming)
    [call] = fake.calls_for("gpt-hal")
    assert f"at or under {bpm} bpm" in json.dumps(call.body, ensure_ascii=False)
    assert "all-out sprints" not in shown and "limit" in localised.english(shown)  # in their language (rr15, hAZ)
    assert UNSAFE_CAP[:30] not in await stored(services, principal.user_id, cid)


@pytest.mark.parametrize("message", CAP_ALL_OUT)
@pytest.mark.parametrize("streaming", [False, True])
async def test_an_all_out_session_under_a_cap_gets_the_cap_answer(
    services: Services, fake: FakeLLM, message: str, streaming: bool
) -> None:
    principal = await signed_up(services, f"hal.allout.{streaming}.{_key(message)}@example.com", PROFILE)
    await add_provider(services, fake, "openai-p", "openai", "gpt-hal", priority=1)
    fake.text = UNSAFE_CAP
    shown = (await streamed(services, principal, message))[0] if streaming else (
        await chat.chat(services, principal, message, None)).reply  # fmt: skip
    assert "heart-rate limit" in shown and "no max-effort" in shown and not fake.calls_for("gpt-hal")


async def test_a_cap_told_earlier_holds_for_a_later_hiit_request(services: Services, fake: FakeLLM) -> None:
    principal = await signed_up(services, "hal.later@example.com", PROFILE)
    first = await chat.chat(services, principal, "My cardiologist says my heart rate must stay under 130.", None)
    later = await chat.chat(services, principal, "ok, now give me a HIIT session", first.conversation_id)
    assert "130 bpm heart-rate limit" in later.reply


async def test_without_a_provider_the_built_in_coach_restates_the_cap(services: Services) -> None:
    principal = await signed_up(services, "hal.offline@example.com", PROFILE)
    answer = await chat.chat(services, principal, CAP_QUESTIONS[0][0], None)
    assert answer.safety is None and "at or under 130 bpm" in answer.reply
    assert "Making yourself sick" not in answer.reply  # rr12: "keep it under 130" got the purging answer


async def test_an_ordinary_cut_with_a_healthy_goal_reaches_the_provider(services: Services, fake: FakeLLM) -> None:
    principal = await signed_up(services, "hal.cut@example.com", PROFILE.model_copy(update={"weight_kg": 82.0}))
    await add_provider(services, fake, "openai-p", "openai", "gpt-hal", priority=1)
    fake.text = "A steady deficit and three strength sessions a week will get you there."
    answer = await chat.chat(services, principal, "I'm cutting to 75 kg, how many sessions a week?", None)
    assert answer.safety is None and answer.reply == fake.text
