"""hAT (issue 15, rr13 leftovers, kind 4): ordinary gym talk in the words of red flags is answered, not refused or
redirected; the same words beside an alarm keep their red-flag handling; gym hyperbole about dying in a provider's
answer passes the review while a crisis waved away does not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shared.safety import inputs, ordinary, outputs
from tests.unit.safety_corpus import BENIGN
from tests.unit.safety_corpus_hat import HAT_BENIGN, HAT_SAFE_ANSWERS, HAT_STILL_RISKY, HAT_UNSAFE_ANSWERS


def test_the_benign_corpus_grew_by_at_least_thirty_phrasings_in_several_languages() -> None:
    assert len(HAT_BENIGN) >= 30 and set(HAT_BENIGN) <= set(BENIGN)
    assert sum(not m.isascii() for m in HAT_BENIGN) >= 10


@pytest.mark.parametrize("message", HAT_BENIGN)
def test_ordinary_talk_in_red_flag_words_is_not_refused(message: str) -> None:
    assert inputs.classify(message) is None


@pytest.mark.parametrize(("message", "category"), HAT_STILL_RISKY)
def test_the_same_words_beside_an_alarm_keep_their_handling(message: str, category: str) -> None:
    assert inputs.classify(message) == category


@pytest.mark.parametrize("answer", HAT_SAFE_ANSWERS)
def test_gym_hyperbole_in_an_answer_passes(answer: str) -> None:
    assert outputs.review(answer) is None


@pytest.mark.parametrize("answer", HAT_UNSAFE_ANSWERS)
def test_a_crisis_waved_away_is_still_caught(answer: str) -> None:
    assert outputs.review(answer) == "self_harm"


_ALARMS = ("and a pressure in my chest at rest", "and I feel dizzy", "and I can't catch my breath", "with a cold sweat",
           "and my jaw aches", "and the left arm went numb")  # fmt: skip
_ORDINARY_ARM_CHEST = tuple(m for m in HAT_BENIGN if ordinary.masked(m) != m and ("left arm" in m or "chest pain" in m))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_ORDINARY_ARM_CHEST), st.sampled_from(_ALARMS))
def test_any_alarm_added_to_an_arm_or_chest_message_makes_it_urgent(message: str, alarm: str) -> None:
    assert inputs.classify(message.rstrip("?!. ") + " " + alarm) == "urgent"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_the_mask_never_adds_a_red_flag(text: str) -> None:
    # whatever is masked, nothing the gate reads as ordinary becomes a red flag through the mask
    if inputs.classify(text) is not None:
        return
    assert inputs.classify(ordinary.masked(text)) is None


def test_the_mask_is_fast_on_a_long_message() -> None:
    import time

    text = ("my left arm feels weaker on curls, laxative for constipation, end my streak. " * 60)[:4000]
    start = time.process_time()
    ordinary.masked(text)
    assert time.process_time() - start < 0.2
