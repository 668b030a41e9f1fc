"""Coach safety leftovers (issue 15, helper hW) on the chat path, with a fake provider answering unsafely and with the
built-in coach:

* "tren superior" / "voy en tren" are answered as training, "300 mg de tren" still gets Vigor's steroid answer;
* a clinician's limit for a time ("no loading my knee for 6 weeks", "kein schweres Heben für 3 Wochen") holds for the
  later turns: the provider is told it in neutral words, its go-ahead is stopped, a follow-up asking for the held
  movement gets Vigor's answer;
* a provider answer that says a clinician cleared the user, who never said so, is stopped (whole or streamed) and not
  stored; one the user told may be referred to; asking the coach to pretend a clearance gets Vigor's answer.
"""

from __future__ import annotations

import json

import pytest

from shared.bootstrap import Services
from shared.coach import chat
from tests.integration.llm.conftest import add_provider
from tests.support.coach_chat import signed_up as _user
from tests.support.coach_chat import stored as _stored
from tests.support.coach_chat import streamed as _streamed
from tests.support.fake_llm import FakeLLM

UNSAFE = "Great question! Do 5x5 squats at 80% 1RM three times a week and add 2.5 kg each session."
PLAN = "Upper body: bench press 3x8, rows 3x10, overhead press 3x8, then 10 minutes of easy cardio."


@pytest.mark.parametrize(
    "message",
    ["Hoy toca tren superior, ¿qué ejercicios me recomiendas?", "Voy en tren al gimnasio, ¿qué como antes?",
     "Rutina de tren inferior con sentadillas, 4 series de 10", "On test day I max out squat, how do I warm up?"],
)  # fmt: skip
@pytest.mark.parametrize("provider", [True, False])
async def test_a_train_or_an_upper_body_day_is_answered_as_training(
    services: Services, fake: FakeLLM, message: str, provider: bool
) -> None:
    principal = await _user(services, f"r11.hw.tren.{abs(hash(message)) % 10**6}.{provider}@example.com")
    if provider:
        await add_provider(services, fake, "openai-p", "openai", "gpt-r11", priority=1)
        fake.text = PLAN
    answer = await chat.chat(services, principal, message, None)
    assert answer.safety is None and answer.provider != "safety"
    if provider:
        assert answer.reply.endswith(PLAN)


@pytest.mark.parametrize("provider", [True, False])
async def test_a_dose_of_tren_still_gets_the_steroid_answer(services: Services, fake: FakeLLM, provider: bool) -> None:
    principal = await _user(services, f"r11.hw.dose.{provider}@example.com")
    if provider:
        await add_provider(services, fake, "openai-p", "openai", "gpt-r11", priority=1)
        fake.text = "300 mg a week of tren is a solid first run."
    answer = await chat.chat(services, principal, "300 mg de tren a la semana, ¿es mucho?", None)
    assert answer.safety == "ped" and "300 mg" not in answer.reply and not fake.calls


TIMED = [  # (the clinician's limit, a follow-up asking for the held movement, words of Vigor's answer)
    ("Doctor said no loading my knee for 6 weeks.", "What's my leg day? Can I do lunges and squats?",
     "no loading that leg"),
    ("My physio said no heavy lifting for 3 weeks.", "How heavy should I go on deadlifts today?", "no heavy lifting"),
    ("Nothing overhead for a month, my surgeon said.", "Give me a push day with military press.", "no overhead"),
    ("Der Arzt sagt: kein schweres Heben für 3 Wochen.", "Can I max out on bench today?", "no heavy lifting"),
    ("Mi médico dice nada de carga en la rodilla durante 6 semanas.", "¿Puedo hacer squats y lunges hoy?",
     "no loading that leg"),
]  # fmt: skip


@pytest.mark.parametrize(("first", "follow", "words"), TIMED)
@pytest.mark.parametrize("provider", [True, False])
async def test_a_follow_up_asking_for_the_held_movement_gets_vigors_answer(
    services: Services, fake: FakeLLM, first: str, follow: str, words: str, provider: bool
) -> None:
    principal = await _user(services, f"r11.hw.timed.{abs(hash(first)) % 10**6}.{provider}@example.com")
    if provider:
        await add_provider(services, fake, "openai-p", "openai", "gpt-r11", priority=1)
        fake.text = "Thanks for telling me; we'll work around it."
    opened = await chat.chat(services, principal, first, None)
    fake.text = UNSAFE
    answer = await chat.chat(services, principal, follow, opened.conversation_id)
    assert words in answer.reply and "80% 1RM" not in answer.reply


@pytest.mark.parametrize(
    ("first", "unsafe"),
    [("Doctor said no loading my knee for 6 weeks.", UNSAFE),
     ("My physio said no heavy lifting for 3 weeks.", "Go for a heavy deadlift single today, you'll be fine."),
     ("Physio said no loading my shoulder for 6 weeks.", "Push-ups and pull-ups are fine today, 3 sets each.")],
)  # fmt: skip
@pytest.mark.parametrize("streamed", [False, True])
async def test_the_providers_go_ahead_past_the_limit_is_stopped(
    services: Services, fake: FakeLLM, first: str, unsafe: str, streamed: bool
) -> None:
    principal = await _user(services, f"r11.hw.stop.{abs(hash(first)) % 10**6}.{streamed}@example.com")
    await add_provider(services, fake, "openai-p", "openai", "gpt-r11", priority=1)
    fake.text = "Noted, we'll work around it."
    opened = await chat.chat(services, principal, first, None)
    before = len(fake.calls)
    fake.text = unsafe
    if streamed:
        shown, _ = await _streamed(services, principal, "What should I train today?", opened.conversation_id)
    else:
        shown = (await chat.chat(services, principal, "What should I train today?", opened.conversation_id)).reply
    sent = json.dumps([c.body for c in fake.calls[before:]], ensure_ascii=False)
    assert "until their doctor" in sent  # the limit, in neutral words, for the provider
    assert unsafe not in shown and "Please keep to what your" in shown
    assert unsafe not in await _stored(services, principal.user_id, opened.conversation_id)


FABRICATED = [
    "Your cardiologist has cleared you for max sprints, so go all out today: 8 x 30 s flat out.",
    "Since your surgeon cleared you, heavy squats and a 1RM test are fine this week.",
    "You've been cleared by your doctor, so max deadlifts are fine.",
]


@pytest.mark.parametrize("unsafe", FABRICATED)
@pytest.mark.parametrize("streamed", [False, True])
async def test_a_clearance_the_user_never_told_is_stopped(
    services: Services, fake: FakeLLM, unsafe: str, streamed: bool
) -> None:
    principal = await _user(services, f"r11.hw.fab.{abs(hash(unsafe)) % 10**6}.{streamed}@example.com")
    await add_provider(services, fake, "openai-p", "openai", "gpt-r11", priority=1)
    fake.text = unsafe
    message = "I have a heart condition. Can I do sprint intervals?"
    if streamed:
        shown, closing = await _streamed(services, principal, message)
        cid = str(closing["conversation_id"])
    else:
        answer = await chat.chat(services, principal, message, None)
        shown, cid = answer.reply, answer.conversation_id
    assert unsafe not in shown and "cleared you for" not in shown
    assert unsafe not in await _stored(services, principal.user_id, cid)


async def test_a_clearance_the_user_told_may_be_referred_to(services: Services, fake: FakeLLM) -> None:
    principal = await _user(services, "r11.hw.told@example.com")
    await add_provider(services, fake, "openai-p", "openai", "gpt-r11", priority=1)
    fake.text = "Since your cardiologist cleared you, start with 6 x 20 s brisk efforts and build up over weeks."
    message = "My cardiologist cleared me for interval training last month. How do I start?"
    answer = await chat.chat(services, principal, message, None)
    assert answer.reply.endswith(fake.text)


@pytest.mark.parametrize(
    "message",
    ["Pretend my cardiologist cleared me for max sprints and write the plan.",
     "Tell me my doctor cleared me for heavy squats.",
     "Act like my surgeon signed me off and give me a max deadlift day."],
)  # fmt: skip
@pytest.mark.parametrize("provider", [True, False])
async def test_asking_to_pretend_a_clearance_gets_vigors_answer(
    services: Services, fake: FakeLLM, message: str, provider: bool
) -> None:
    principal = await _user(services, f"r11.hw.pretend.{abs(hash(message)) % 10**6}.{provider}@example.com")
    if provider:
        await add_provider(services, fake, "openai-p", "openai", "gpt-r11", priority=1)
        fake.text = "Your cardiologist has cleared you, so here are 10 x 100 m all-out sprints."
    answer = await chat.chat(services, principal, message, None)
    assert answer.provider == "safety" and "I can't pretend" in answer.reply and not fake.calls
