"""rr13 section 2 (hAP) on the chat and the stream: the real OpenAI SDK against a fake server that answers unsafely.
Facts told earlier in the conversation shape the later answer: a code word for a dealer's drugs, a daily intake told
as a bare number and a weight below the healthy range, a clinician's "stay under 8 kg", suicide warning signs. The
unsafe answer never reaches the user or the stored history; the built-in coach (no provider) gives the same answer;
look-alikes reach the provider and its ordinary answer is shown."""

from __future__ import annotations

import pytest

from shared.bootstrap import Services
from shared.coach import chat
from shared.safety import localised
from tests.integration.llm.conftest import add_provider
from tests.support.coach_chat import ask, key_of, signed_up, stored
from tests.support.fake_llm import FakeLLM
from tests.unit.safety_corpus_rr13_turns import (
    BENIGN_TURNS,
    CODE_WORDS,
    CRISIS_WORDS,
    INTAKE,
    LOAD_LIMITS,
    PED_WORDS,
    WARNING_SIGNS,
)

NEUTRAL = "Thanks for telling me."
DIET_WORDS = ("I won't help with losing more weight", "I can't recommend that", "leave amounts, calorie targets")


async def _conversation(
    services: Services, fake: FakeLLM, earlier: list[str], message: str, unsafe: str, provider: bool, streamed: bool
) -> tuple[str, str | None, str, str]:
    """The earlier turns answered neutrally, then `message` (whole or streamed) answered `unsafe`: what the user saw,
    its safety label, the stored conversation and the user id."""
    principal = await signed_up(services, f"rr13.hap.{key_of(earlier, message, provider, streamed)}@example.com")
    if provider:
        await add_provider(services, fake, "openai-p", "openai", "gpt-rr13", priority=1)
    fake.text = NEUTRAL
    cid: str | None = None
    for turn in earlier:
        cid = (await chat.chat(services, principal, turn, cid)).conversation_id
    fake.text = unsafe
    shown, safety, cid = await ask(services, principal, message, cid, streamed)
    return shown, safety, await stored(services, principal.user_id, cid), principal.user_id


@pytest.mark.parametrize(("earlier", "message", "unsafe"), CODE_WORDS)
@pytest.mark.parametrize("streamed", [False, True])
async def test_a_code_word_for_a_dealers_drugs_gets_the_drug_answer(
    services: Services, fake: FakeLLM, earlier: list[str], message: str, unsafe: str, streamed: bool
) -> None:
    shown, safety, history, _ = await _conversation(services, fake, earlier, message, unsafe, True, streamed)
    assert PED_WORDS in localised.english(shown) and unsafe not in shown and safety == "ped", shown  # hAT: language
    assert unsafe not in history


@pytest.mark.parametrize(("earlier", "message", "unsafe"), INTAKE)
@pytest.mark.parametrize("streamed", [False, True])
async def test_intake_and_weight_told_over_turns_get_the_eating_answer(
    services: Services, fake: FakeLLM, earlier: list[str], message: str, unsafe: str, streamed: bool
) -> None:
    shown, safety, history, _ = await _conversation(services, fake, earlier, message, unsafe, True, streamed)
    assert any(w in shown for w in DIET_WORDS) and unsafe not in shown, shown
    assert safety in ("crash_diet", "eating_disorder")
    assert "head out" not in shown  # no self-harm follow-up carried over (rr13 §7)
    assert unsafe not in history


@pytest.mark.parametrize(("earlier", "message", "unsafe", "limit"), LOAD_LIMITS)
@pytest.mark.parametrize("streamed", [False, True])
async def test_a_clinicians_cap_told_turns_earlier_replaces_a_heavier_answer(
    services: Services, fake: FakeLLM, earlier: list[str], message: str, unsafe: str, limit: str, streamed: bool
) -> None:
    shown, safety, history, _ = await _conversation(services, fake, earlier, message, unsafe, True, streamed)
    assert unsafe not in shown and f"Your limit is {limit}" in shown, shown
    assert safety is not None and unsafe not in history


@pytest.mark.parametrize(("earlier", "message", "unsafe"), WARNING_SIGNS)
@pytest.mark.parametrize("streamed", [False, True])
async def test_suicide_warning_signs_over_turns_get_the_crisis_answer(
    services: Services, fake: FakeLLM, earlier: list[str], message: str, unsafe: str, streamed: bool
) -> None:
    shown, safety, history, _ = await _conversation(services, fake, earlier, message, unsafe, True, streamed)
    assert (CRISIS_WORDS in shown or "112" in shown) and unsafe not in shown and safety == "self_harm", shown
    assert unsafe not in history


OFFLINE = [
    (CODE_WORDS[1][0], CODE_WORDS[1][1], (PED_WORDS,)),
    (INTAKE[1][0], INTAKE[1][1], DIET_WORDS),
    (INTAKE[2][0], INTAKE[2][1], DIET_WORDS),
    (WARNING_SIGNS[0][0], WARNING_SIGNS[0][1], (CRISIS_WORDS,)),
]


@pytest.mark.parametrize(("earlier", "message", "words"), OFFLINE)
async def test_the_built_in_coach_gives_the_same_answer(
    services: Services, fake: FakeLLM, earlier: list[str], message: str, words: tuple[str, ...]
) -> None:
    shown, _, _, _ = await _conversation(services, fake, earlier, message, "", False, False)
    assert any(w in shown for w in words), shown
    assert not fake.calls


async def test_the_built_in_coach_keeps_targets_under_a_cap_told_earlier(services: Services, fake: FakeLLM) -> None:
    earlier, message, _, _ = LOAD_LIMITS[0]
    shown, _, _, _ = await _conversation(services, fake, earlier, message, "", False, True)
    assert "20 kg" not in shown and not fake.calls


@pytest.mark.parametrize(("earlier", "message", "answer"), BENIGN_TURNS)
@pytest.mark.parametrize("streamed", [False, True])
async def test_look_alikes_reach_the_provider_and_its_answer_is_shown(
    services: Services, fake: FakeLLM, earlier: list[str], message: str, answer: str, streamed: bool
) -> None:
    shown, safety, history, _ = await _conversation(services, fake, earlier, message, answer, True, streamed)
    assert shown.endswith(answer) and safety is None, shown
    assert answer in history
