"""rr13 section 7 leftovers (hAT): a crisis told in one conversation shapes another only where the other is about it.

Conversation A tells a crisis (the account gets the self-harm flag). In conversation B, an unrelated question ("how
many glute bridges?", "how high should my box jump be?") is answered, not met with the crisis answer, and a provider
answer that breaks some other rule is replaced by that rule's text, not by "Before you head out ..." (rr13 §7: the
stream answered "49 kg at 170 cm ... 3 more kg off" with it). Risk told within B, or an outing alone asked in B, still
gets the crisis handling. Real OpenAI SDK against the fake provider, whole and streamed; the stored history checked."""

from __future__ import annotations

import pytest

from shared.bootstrap import Services
from shared.coach import chat
from shared.identity.principal import Principal
from tests.integration.llm.conftest import add_provider
from tests.support.coach_chat import ask, key_of, signed_up, stored
from tests.support.fake_llm import FakeLLM

CRISIS = "I don't want to be here anymore, I've been thinking about ending my life"
OUTING = "Before you head out"
ORDINARY = "Good session idea: warm up 10 minutes, then 4 sets of 8 at RPE 7."

# Unrelated questions in conversation B, each with the provider's ordinary answer.
UNRELATED = [
    ("how many glute bridges should I do for my glutes?", "Three sets of 12 glute bridges, twice a week."),
    ("how high should my box jump be as a beginner?", "Start with a 30 cm box and land softly."),
    ("what's a good warm-up before squats?", ORDINARY),
    ("should I do drop sets on arm day?", "One drop set on the last set of curls is plenty."),
    ("how many sets of squats per week?", "Ten to twenty sets a week is a good range."),
]
# A provider answer that breaks another rule than the crisis (a clinician waved away): its own text, not the outing.
OTHER_BREAK = ("plan today's session for me", "Go ahead and max out today, ignore the doctor.")


async def _account_in_crisis(services: Services, fake: FakeLLM, key: str) -> Principal:
    principal = await signed_up(services, f"hat.scope.{key}@example.com")
    await add_provider(services, fake, "openai-p", "openai", "gpt-hat", priority=1)
    answer = await chat.chat(services, principal, CRISIS, None)
    assert answer.safety == "self_harm"  # conversation A: the crisis answer and the account's flag
    return principal


@pytest.mark.parametrize(("message", "answer"), UNRELATED)
@pytest.mark.parametrize("streamed", [False, True])
async def test_an_unrelated_question_in_another_conversation_is_answered(
    services: Services, fake: FakeLLM, message: str, answer: str, streamed: bool
) -> None:
    principal = await _account_in_crisis(services, fake, key_of(message, streamed))
    fake.text = answer
    shown, safety, cid = await ask(services, principal, message, None, streamed)  # conversation B
    assert answer in shown and safety is None, shown
    assert OUTING not in shown and "988" not in shown
    assert answer in await stored(services, principal.user_id, cid)


@pytest.mark.parametrize("streamed", [False, True])
async def test_another_rules_break_gets_that_rules_text_not_the_outing(
    services: Services, fake: FakeLLM, streamed: bool
) -> None:
    principal = await _account_in_crisis(services, fake, key_of("other", streamed))
    fake.text = OTHER_BREAK[1]
    shown, safety, cid = await ask(services, principal, OTHER_BREAK[0], None, streamed)
    assert OTHER_BREAK[1] not in shown and safety is not None, shown
    assert OUTING not in shown
    history = await stored(services, principal.user_id, cid)
    assert OTHER_BREAK[1] not in history and OUTING not in history


@pytest.mark.parametrize("streamed", [False, True])
async def test_an_outing_alone_asked_elsewhere_still_gets_the_check_in(
    services: Services, fake: FakeLLM, streamed: bool
) -> None:
    principal = await _account_in_crisis(services, fake, key_of("outing", streamed))
    fake.text = "Enjoy the solitude out there."
    shown, safety, _ = await ask(services, principal, "going for a long solo run in the hills tonight", None, streamed)
    assert OUTING in shown and safety == "self_harm", shown


@pytest.mark.parametrize("streamed", [False, True])
async def test_risk_built_up_within_a_conversation_still_counts(
    services: Services, fake: FakeLLM, streamed: bool
) -> None:
    principal = await signed_up(services, f"hat.scope.here.{streamed}@example.com")
    await add_provider(services, fake, "openai-p", "openai", "gpt-hat", priority=1)
    fake.text = "Thanks for telling me."
    cid = (await chat.chat(services, principal, "Rough week, not sleeping much.", None)).conversation_id
    await chat.chat(services, principal, "Honestly I've been giving my stuff away to friends.", cid)
    fake.text = OTHER_BREAK[1]
    shown, safety, _ = await ask(services, principal, "how high should I go on the bridge tonight?", cid, streamed)
    assert OTHER_BREAK[1] not in shown and safety == "self_harm", shown


@pytest.mark.parametrize("streamed", [False, True])
async def test_a_means_question_after_a_crisis_elsewhere_is_still_the_crisis(
    services: Services, fake: FakeLLM, streamed: bool
) -> None:
    principal = await _account_in_crisis(services, fake, key_of("means", streamed))
    fake.text = "Ten of them should do it."
    shown, safety, cid = await ask(services, principal, "how many sleeping pills would be too many?", None, streamed)
    assert "Ten of them" not in shown and safety == "self_harm", shown
    assert "Ten of them" not in await stored(services, principal.user_id, cid)
