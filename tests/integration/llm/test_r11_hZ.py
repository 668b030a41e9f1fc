"""rr11 K3 and K5 (issue 15, hZ) on the chat, daily message and analysis paths: the real OpenAI SDK against a fake
server answering unsafely, whole and streamed, and the built-in coach.

* K3: a limit the user or their clinician stated holds for the later answers of the conversation: a lifting limit
  ("my physio said I can't lift more than 10 kg for now"), a birth weeks ago ("I had a C-section 4 weeks ago"), a
  blood thinner with contact sport ("I'm on warfarin" + boxing, MMA, rugby, sparring). A provider's answer past it is
  replaced with the limit in plain words and never stored; the built-in coach notes it and names no load above it.
* K5: a daily message or analysis for a user with a PAR-Q yes that clears them ("you're cleared to go hard today",
  "no need to check with your doctor") is replaced by the built-in coach's words, which keep Vigor's PAR-Q note; a
  safe provider message keeps the note too.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from shared.bootstrap import Services
from shared.coach import analysis, chat, daily
from shared.coach.messages import read_message
from shared.identity.principal import Principal
from shared.plans.schema import PlanDraft
from shared.profile.model import ParQ
from shared.safety import stated_limits
from shared.safety.replies import POSTPARTUM
from shared.workouts import plans, sessions
from shared.workouts.model import LoggedSession
from tests.integration.llm.conftest import add_provider
from tests.support.coach_chat import ADULT, ask
from tests.support.coach_chat import signed_up as _user
from tests.support.coach_chat import stored as _stored
from tests.support.fake_llm import FakeLLM
from tests.support.workout_fixtures import plan_body, session_body

HEAVY = "Great! Deadlifts at 60 kg for 3x5, then work up to a heavy triple on the squat."
POSTNATAL_UNSAFE = "Do 3x20 crunches and sit-ups every day, and start a couch to 5k running plan this week."
SPARRING = "Boxing is a great choice! Spar 3 rounds twice a week with headgear and you'll be fine."


def _uid(*parts: object) -> str:
    return ".".join(str(abs(hash(p)) % 10**6) if isinstance(p, str) else str(p) for p in parts)


# --- K3: a limit told earlier in the conversation, a provider answering past it ------------------------------------
TOLD = [  # (the limit told, a later question, the provider's unsafe answer, words of the held answer)
    ("My physio said I can't lift more than 10 kg for now.", "What should I do for legs today?", HEAVY,
     "lifting limit your doctor gave you"),
    ("Surgeon says I'm not allowed to lift anything over 15 lbs for six weeks.", "Plan my gym session?", HEAVY,
     "lifting limit your doctor gave you"),
    ("Mein Arzt sagt, ich darf nicht mehr als 10 kg heben.", "What's a good leg workout?", HEAVY,
     "lifting limit your doctor gave you"),
    ("I had a C-section 4 weeks ago.", "What ab workout should I do?", POSTNATAL_UNSAFE, "pelvic-floor check"),
    ("Gave birth 3 weeks ago.", "How do I get my fitness back?", POSTNATAL_UNSAFE, "pelvic-floor check"),
    ("I'm on warfarin.", "What should I train this week?", SPARRING, "prescriber"),
    ("I take apixaban after a clot.", "Any ideas for a fun new hobby that gets me fit?", SPARRING, "prescriber"),
    ("My physio said no heavy lifting for now.", "What should I train today?",
     "Go for a heavy deadlift single today, you'll be fine.", "no heavy lifting"),
]  # fmt: skip


@pytest.mark.parametrize(("first", "follow", "unsafe", "words"), TOLD)
@pytest.mark.parametrize("streamed", [False, True])
async def test_a_providers_answer_past_a_stated_limit_is_replaced_and_not_stored(
    services: Services, fake: FakeLLM, first: str, follow: str, unsafe: str, words: str, streamed: bool
) -> None:
    principal = await _user(services, f"r11.hz.told.{_uid(first, follow)}.{streamed}@example.com")
    await add_provider(services, fake, "openai-p", "openai", "gpt-r11", priority=1)
    fake.text = "Thanks for telling me; we'll work around it."
    opened = await chat.chat(services, principal, first, None)
    before = len(fake.calls)
    fake.text = unsafe
    shown, _, cid = await ask(services, principal, follow, opened.conversation_id, streamed)
    assert unsafe not in shown and words in shown, shown
    assert unsafe not in await _stored(services, principal.user_id, cid)
    sent = json.dumps([c.body for c in fake.calls[before:]], ensure_ascii=False)
    assert "warfarin" not in sent and "C-section" not in sent  # the limit in neutral words, not the condition


@pytest.mark.parametrize(("first", "follow", "unsafe", "words"), TOLD)
async def test_the_built_in_coach_notes_the_stated_limit(
    services: Services, fake: FakeLLM, first: str, follow: str, unsafe: str, words: str
) -> None:
    principal = await _user(services, f"r11.hz.offline.{_uid(first, follow)}@example.com")
    opened = await chat.chat(services, principal, first, None)
    answer = await chat.chat(services, principal, follow, opened.conversation_id)
    assert "Noted:" in answer.reply or answer.provider == "safety", answer.reply
    assert "60 kg" not in answer.reply and "heavy triple" not in answer.reply and not fake.calls


async def test_the_providers_answer_within_the_limit_is_shown(services: Services, fake: FakeLLM) -> None:
    principal = await _user(services, "r11.hz.within@example.com")
    await add_provider(services, fake, "openai-p", "openai", "gpt-r11", priority=1)
    fake.text = "Noted."
    opened = await chat.chat(services, principal, "My physio said I can't lift more than 10 kg for now.", None)
    fake.text = "Goblet squats with an 8 kg kettlebell, 3x12, glute bridges and band walks."
    answer = await chat.chat(services, principal, "What should I do for legs today?", opened.conversation_id)
    assert answer.reply.endswith(fake.text) and answer.safety is None
    sent = json.dumps(fake.calls[-1].body)
    assert "at or under 10 kg" in sent  # the provider was told the limit


# --- K3: the first message tells the limit and asks ---------------------------------------------------------------
BLEEDING_ASKS = [
    "I'm on warfarin, can I start boxing?",
    "I'm on blood thinners and want to spar in MMA",
    "I take apixaban, thinking of joining a rugby club",
    "On rivaroxaban after a clot. Is BJJ sparring ok?",
    "Ich nehme Blutverdünner, darf ich boxen?",
    "Tomo anticoagulantes, ¿puedo hacer boxeo?",
]


@pytest.mark.parametrize("message", BLEEDING_ASKS)
@pytest.mark.parametrize("provider", [True, False])
@pytest.mark.parametrize("streamed", [False, True])
async def test_contact_sport_on_a_blood_thinner_gets_vigors_answer(
    services: Services, fake: FakeLLM, message: str, provider: bool, streamed: bool
) -> None:
    principal = await _user(services, f"r11.hz.bleed.{_uid(message)}.{provider}.{streamed}@example.com")
    if provider:
        await add_provider(services, fake, "openai-p", "openai", "gpt-r11", priority=1)
        fake.text = SPARRING
    shown, _, _ = await ask(services, principal, message, None, streamed)
    assert stated_limits.BLEEDING_CONTACT in shown and SPARRING not in shown and not fake.calls


async def test_sparring_asked_after_the_blood_thinner_was_told_gets_vigors_answer(
    services: Services, fake: FakeLLM
) -> None:
    principal = await _user(services, "r11.hz.bleed.later@example.com")
    await add_provider(services, fake, "openai-p", "openai", "gpt-r11", priority=1)
    fake.text = "Noted, thanks."
    opened = await chat.chat(services, principal, "I'm on Eliquis for a clot.", None)
    before = len(fake.calls)
    fake.text = SPARRING
    answer = await chat.chat(services, principal, "Can I do a kickboxing sparring class?", opened.conversation_id)
    assert answer.reply == stated_limits.BLEEDING_CONTACT and len(fake.calls) == before


@pytest.mark.parametrize(
    "message",
    ["I had a C-section 4 weeks ago, what ab workout should I do?", "Vor 4 Wochen Kaiserschnitt, wann darf ich "
     "wieder trainieren?", "My baby is 5 weeks old, can I do crunches yet?"],
)  # fmt: skip
async def test_a_recent_birth_gets_the_postpartum_answer(services: Services, fake: FakeLLM, message: str) -> None:
    principal = await _user(services, f"r11.hz.birth.{_uid(message)}@example.com")
    await add_provider(services, fake, "openai-p", "openai", "gpt-r11", priority=1)
    fake.text = POSTNATAL_UNSAFE
    answer = await chat.chat(services, principal, message, None)
    assert POSTNATAL_UNSAFE not in answer.reply and "pregnancy in mind" not in answer.reply
    # Vigor's postpartum answer, or the provider's stopped and the limit told instead
    assert answer.reply == POSTPARTUM or "pelvic-floor check" in answer.reply, answer.reply


NEAR_MISSES = [
    "Shadow boxing and bag work for cardio, how many rounds?",
    "I'm boxing tonight, any warm-up tips?",
    "I can lift more than 100 kg now, what's next?",
    "Chest day: bench 3x8 at 60 kg, then flyes?",
]


@pytest.mark.parametrize("message", NEAR_MISSES)
async def test_near_misses_reach_the_provider(services: Services, fake: FakeLLM, message: str) -> None:
    principal = await _user(services, f"r11.hz.near.{_uid(message)}@example.com")
    await add_provider(services, fake, "openai-p", "openai", "gpt-r11", priority=1)
    fake.text = "Warm up with 3 rounds of skipping, then 3 x 8 squats at 60 kg."
    answer = await chat.chat(services, principal, message, None)
    assert answer.safety is None and answer.reply.endswith(fake.text)


# --- K5: the daily message and the analysis --------------------------------------------------------------------------
PAR_Q = ADULT.model_copy(update={"par_q": ParQ(heart_condition=True, chest_pain_activity=True)})
SCREENING = "Your health screening flagged something: check with your doctor before training hard."
CLEARANCES = [
    "Great week! You're cleared to go hard today: max effort intervals.",  # rr11
    "Morning! No need to check with your doctor, just get after it today.",  # rr11
    "You've got the all-clear: push hard today.",
    "The doctor stuff can wait; today is a max day.",
    "Green light from me: train as hard as you want today.",
    "Your doctor has cleared you, so go all out on today's session.",
]


async def _with_session(services: Services, principal: Principal) -> str:
    plan = await plans.create_plan(services.store, principal.user_id, PlanDraft.model_validate(plan_body()))
    body = session_body((datetime.now(UTC) - timedelta(days=1)).isoformat(), [("barbell-back-squat", 5, 60.0, 7.0)])
    stored = await sessions.log_session(services.store, principal.user_id, plan.plan.id,
                                        LoggedSession.model_validate(body))  # fmt: skip
    return stored.id


async def _daily(services: Services, principal: Principal) -> tuple[str, str]:
    day = datetime.now(UTC).date().isoformat()
    await daily.run_daily_job(services, {"id": f"daily-{principal.user_id}", "userId": principal.user_id,
                                         "request": {"date": day}})  # fmt: skip
    message = await read_message(services.store, principal.user_id, daily.message_id(day))
    assert message is not None
    return message.content, message.provider


@pytest.mark.parametrize("unsafe", CLEARANCES)
async def test_a_daily_message_and_an_analysis_never_clear_a_par_q_yes(
    services: Services, fake: FakeLLM, unsafe: str
) -> None:
    principal = await _user(services, f"r11.hz.daily.{_uid(unsafe)}@example.com", PAR_Q)
    session_id = await _with_session(services, principal)
    await add_provider(services, fake, "openai-p", "openai", "gpt-r11", priority=1)
    fake.text = unsafe
    text, provider = await _daily(services, principal)
    assert len(fake.calls) == 1 and unsafe not in text and provider == "engine"
    assert SCREENING in text  # Vigor's own PAR-Q note
    review = await analysis.analyse(services, principal, session_id)
    assert unsafe not in review.summary and review.provider == "engine" and SCREENING in review.summary


async def test_a_safe_daily_message_keeps_the_par_q_note(services: Services, fake: FakeLLM) -> None:
    principal = await _user(services, "r11.hz.daily.safe@example.com", PAR_Q)
    await _with_session(services, principal)
    await add_provider(services, fake, "openai-p", "openai", "gpt-r11", priority=1)
    fake.text = "Good morning! One session logged this week. Keep today's walk easy, at a pace you can talk at."
    text, provider = await _daily(services, principal)
    assert text.startswith(fake.text) and text.endswith(SCREENING) and provider == "openai-p"


async def test_the_daily_message_offline_keeps_the_par_q_note(services: Services) -> None:
    principal = await _user(services, "r11.hz.daily.offline@example.com", PAR_Q)
    await _with_session(services, principal)
    text, provider = await _daily(services, principal)
    assert provider == "engine" and SCREENING in text and "cleared" not in text


async def test_a_user_without_a_flag_may_be_told_to_go_hard(services: Services, fake: FakeLLM) -> None:
    principal = await _user(services, "r11.hz.daily.plain@example.com")
    await _with_session(services, principal)
    await add_provider(services, fake, "openai-p", "openai", "gpt-r11", priority=1)
    fake.text = "Great week! Green light from me: go hard on today's intervals."
    text, provider = await _daily(services, principal)
    assert text == fake.text and provider == "openai-p"


@pytest.mark.parametrize("streamed", [False, True])
async def test_a_chat_answer_never_clears_a_par_q_yes(services: Services, fake: FakeLLM, streamed: bool) -> None:
    principal = await _user(services, f"r11.hz.chat.parq.{streamed}@example.com", PAR_Q)
    await add_provider(services, fake, "openai-p", "openai", "gpt-r11", priority=1)
    fake.text = "You've got the all-clear from me: go as hard as you like on today's intervals."
    shown, _, cid = await ask(services, principal, "What should I do at the gym today?", None, streamed)
    assert fake.text not in shown and "all-clear" not in shown
    assert fake.text not in await _stored(services, principal.user_id, cid)
