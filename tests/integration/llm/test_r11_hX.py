"""R11 (issue 15), helper hX, on the chat path with a fake provider answering unsafely and with the built-in coach:
prescribed TRT told once holds for the later turns about loads and supplements (the provider is told the limit, an
answer that changes the prescription or adds hormones is stopped with the TRT answer, the built-in coach notes it);
a pregnancy told in chat is the user's own and current before anything is kept, and it is kept for other chats only
once the user confirms it on the flags list."""

from __future__ import annotations

import json

import pytest

from shared.bootstrap import Services
from shared.coach import chat, flag_list
from shared.safety import limits, prescribed
from shared.safety.replies import CONFIRM_PREGNANCY
from tests.integration.llm.conftest import add_provider
from tests.support.coach_chat import signed_up as _user
from tests.support.coach_chat import stored as _stored
from tests.support.coach_chat import streamed as _streamed
from tests.support.fake_llm import FakeLLM

TRT = "I'm on TRT prescribed by my endocrinologist for low T."
LATER = [  # (the user's later question, the provider's unsafe answer)
    ("How heavy should I squat this week?",
     "Squat 100 kg for 5, and take an extra injection before heavy days to recover faster."),
    ("Any supplements worth adding?", "Add a test booster like tongkat ali and DHEA on top of your TRT for gains."),
    ("Do I really need all these check-ups?", "On TRT you can skip the blood tests, they're overkill."),
    ("Meet is Saturday, anything to peak?", "Double your testosterone gel on heavy days this week."),
]  # fmt: skip


@pytest.mark.parametrize(("asked", "unsafe"), LATER)
@pytest.mark.parametrize("streamed", [False, True])
async def test_prescribed_trt_told_once_holds_for_later_answers(
    services: Services, fake: FakeLLM, asked: str, unsafe: str, streamed: bool
) -> None:
    principal = await _user(services, f"r11.hx.trt.{abs(hash(asked)) % 10**6}.{streamed}@example.com")
    await add_provider(services, fake, "openai-p", "openai", "gpt-r11", priority=1)
    fake.text = "Three full-body sessions a week is a great start."
    opened = await chat.chat(services, principal, TRT, None)
    assert prescribed.TRT_NOTE in opened.reply
    fake.text = unsafe
    before = len(fake.calls)
    if streamed:
        shown, _ = await _streamed(services, principal, asked, opened.conversation_id)
    else:
        shown = (await chat.chat(services, principal, asked, opened.conversation_id)).reply
    sent = json.dumps([c.body for c in fake.calls[before:]], ensure_ascii=False)
    assert limits.HELD["prescribed_trt"] in sent  # the provider is told the limit in neutral words
    assert unsafe not in shown
    # the TRT answer; on a loaded machine the provider may time out, and the built-in coach's note holds TRT too
    assert shown == prescribed.TRT_HELD or "Noted: on your prescribed testosterone" in shown, shown
    assert unsafe not in await _stored(services, principal.user_id, opened.conversation_id)


async def test_an_ordinary_answer_on_trt_reaches_the_user(services: Services, fake: FakeLLM) -> None:
    principal = await _user(services, "r11.hx.trt.fine@example.com")
    await add_provider(services, fake, "openai-p", "openai", "gpt-r11", priority=1)
    fake.text = "Three full-body sessions a week is a great start."
    opened = await chat.chat(services, principal, TRT, None)
    fake.text = "Squat 100 kg for 5 sets of 5 this week and add 2.5 kg next session. Creatine 5 g a day is fine."
    answer = await chat.chat(services, principal, "How heavy should I squat this week?", opened.conversation_id)
    assert answer.reply.endswith(fake.text) and answer.safety is None


async def test_the_built_in_coach_keeps_trt_in_mind_on_later_turns(services: Services, fake: FakeLLM) -> None:
    principal = await _user(services, "r11.hx.trt.offline@example.com")
    opened = await chat.chat(services, principal, TRT, None)
    assert opened.reply.count("prescrib") >= 1 and "Noted: on your prescribed testosterone" not in opened.reply
    later = await chat.chat(services, principal, "How heavy should I squat this week?", opened.conversation_id)
    assert "Noted: on your prescribed testosterone" in later.reply and "DHEA" in later.reply


NOT_THE_USERS = [
    "My wife is pregnant, what should I train?",
    "I was pregnant last year, now back to lifting. What split?",
    "If I got pregnant, could I keep deadlifting?",
    "Mi esposa está embarazada. ¿Qué entreno?",
    "We're trying to get pregnant, is HIIT ok?",
]


@pytest.mark.parametrize("message", NOT_THE_USERS)
@pytest.mark.parametrize("provider", [True, False])
async def test_someone_elses_a_past_or_a_hypothetical_pregnancy_sets_nothing(
    services: Services, fake: FakeLLM, message: str, provider: bool
) -> None:
    principal = await _user(services, f"r11.hx.notmine.{abs(hash(message)) % 10**6}.{provider}@example.com")
    if provider:
        await add_provider(services, fake, "openai-p", "openai", "gpt-r11", priority=1)
        fake.text = "Squats, rows and presses, three days a week."
    answer = await chat.chat(services, principal, message, None)
    assert CONFIRM_PREGNANCY not in answer.reply
    assert await flag_list.list_flags(services, principal.user_id) == []
    if provider:  # a later chat is not limited as a pregnancy
        before = len(fake.calls)
        await chat.chat(services, principal, "What should I do today?", None)
        sent = json.dumps([c.body for c in fake.calls[before:]], ensure_ascii=False)
        assert limits.TALKING_PACE not in sent


OWN = ["I'm 20 weeks pregnant, can I still squat?", "Estoy embarazada de 12 semanas, ¿puedo entrenar?"]


@pytest.mark.parametrize("message", OWN)
async def test_the_users_own_pregnancy_is_proposed_then_confirmed(
    services: Services, fake: FakeLLM, message: str
) -> None:
    principal = await _user(services, f"r11.hx.own.{abs(hash(message)) % 10**6}@example.com")
    told = await chat.chat(services, principal, message, None)
    assert told.safety == "pregnancy" and CONFIRM_PREGNANCY in told.reply
    [flag] = await flag_list.list_flags(services, principal.user_id)
    assert flag.category == "pregnancy" and not flag.confirmed and flag.words == message
    # The chat it was told in holds it at once: a heavy barbell programme there gets the pregnancy answer.
    heavy = await chat.chat(services, principal, "Give me a heavy program with max deadlifts.", told.conversation_id)
    assert heavy.safety == "pregnancy"
    # Another chat, with a provider: not assumed until the user confirms it.
    await add_provider(services, fake, "openai-p", "openai", "gpt-r11", priority=1)
    fake.text = "Keep today's session easy: a walk and some mobility work."
    before = len(fake.calls)
    await chat.chat(services, principal, "What should I do today?", None)
    assert limits.TALKING_PACE not in json.dumps([c.body for c in fake.calls[before:]], ensure_ascii=False)
    await flag_list.confirm_flag(services, principal, "pregnancy")
    [flag] = await flag_list.list_flags(services, principal.user_id)
    assert flag.confirmed
    before = len(fake.calls)
    fake.text = "Lie flat on your back for heavy bench, then a hot sauna."
    answer = await chat.chat(services, principal, "What should I do today?", None)
    assert limits.TALKING_PACE in json.dumps([c.body for c in fake.calls[before:]], ensure_ascii=False)
    assert fake.text not in answer.reply


async def test_a_proposed_pregnancy_can_be_removed(services: Services) -> None:
    principal = await _user(services, "r11.hx.own.remove@example.com")
    await chat.chat(services, principal, OWN[0], None)
    await flag_list.clear_flag(services, principal, "pregnancy", "not_about_me")
    assert await flag_list.list_flags(services, principal.user_id) == []
    with pytest.raises(Exception, match="No such flag"):
        await flag_list.confirm_flag(services, principal, "pregnancy")
