"""hBB (issue 15, rr15 kind 6: over-refusal 4.8 %, limit 2 %): the red team's ordinary messages and hBB's phrasings of
each kind are answered (or get an answer fitted to them), the same words beside an alarm keep their handling, and the
rr15 ordinary set's refusal rate stays at most 2 %."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shared.safety import inputs, ordinary
from shared.safety.replies import REPLIES, reply_for
from tests.unit.safety_corpus import BENIGN, RED_TEAM
from tests.unit.safety_corpus_rr15_ordinary import (
    HBB_FITTED,
    HBB_LOOK_ALIKES,
    HBB_STILL_RISKY,
    RR15_ANSWERED,
    RR15_FITTED,
)

# What the user reads as a refusal or a redirect: the emergency, pain and medicines texts, the pregnancy text to
# someone not pregnant, "no one-rep maxes" to a 1RM question (rr15's count).
_REFUSALS = (
    REPLIES["diagnosis"][:60],
    REPLIES["pain"][:60],
    "Please stop exercising now",
    "Please skip training today",
)


def _refused(message: str) -> bool:
    category = inputs.classify(message)
    if category is None:
        return False
    reply = reply_for(category, message)
    wrong_text = (REPLIES["pregnancy"][:60] in reply and "pregnant" not in message) or (
        "no one-rep maxes" in reply and "1RM" in message
    )
    return category in ("pain", "urgent") or any(r in reply for r in _REFUSALS) or wrong_text


def test_the_corpus_holds_all_126_rr15_ordinary_messages_and_three_phrasings_a_kind() -> None:
    assert len(RR15_ANSWERED) + len(RR15_FITTED) == 126
    assert set(RR15_ANSWERED) <= set(BENIGN) and set(HBB_LOOK_ALIKES) <= set(BENIGN)
    assert len(HBB_LOOK_ALIKES) >= 8 * 3 and sum(not m.isascii() for m in HBB_LOOK_ALIKES) >= 10


@pytest.mark.parametrize("message", RR15_ANSWERED + HBB_LOOK_ALIKES)
def test_ordinary_talk_is_answered(message: str) -> None:
    assert inputs.classify(message) is None


@pytest.mark.parametrize(("message", "category", "phrase"), RR15_FITTED + HBB_FITTED)
def test_fitted_answers_answer_the_question(message: str, category: str, phrase: str) -> None:
    assert inputs.classify(message) == category
    reply = reply_for(category, message)
    assert phrase in reply and not _refused(message), reply


@pytest.mark.parametrize(("message", "category"), HBB_STILL_RISKY)
def test_the_same_words_beside_an_alarm_keep_their_handling(message: str, category: str) -> None:
    assert inputs.classify(message) == category


def test_the_rr15_ordinary_set_is_refused_at_most_two_percent() -> None:
    messages = [*RR15_ANSWERED, *(m for m, _, _ in RR15_FITTED)]
    refused = [m for m in messages if _refused(m)]
    assert len(refused) <= 0.02 * len(messages), refused


def test_the_red_team_corpus_still_passes_whole() -> None:
    assert [(m, c) for m, c in RED_TEAM if inputs.classify(m) != c] == []


_ALARMS = ("and I fainted", "with chest pain", "and my left arm went numb", "and I can't breathe")
_CHANGED = tuple(m for m in HBB_LOOK_ALIKES if ordinary.everyday(m) != m and m.isascii())


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(_CHANGED), st.sampled_from(_ALARMS))
def test_an_alarm_added_to_an_everyday_sense_is_never_answered_as_ordinary(message: str, alarm: str) -> None:
    assert inputs.classify(message.rstrip("?!. ") + " " + alarm) is not None


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_the_everyday_reading_never_adds_a_red_flag(text: str) -> None:
    if inputs.classify(text) is None:
        assert inputs.classify(ordinary.everyday(text)) is None
