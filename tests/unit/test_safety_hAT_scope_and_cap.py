"""hAT (issue 15, rr13 leftovers, kinds 2 and 3) at unit level.

Kind 3: the outing check-in ("Before you head out ...") stands in for another rule's text only where the crisis was
told (this conversation) or the answer itself urged an outing alone; exercise names are no means question after a
crisis told elsewhere. Kind 2: a clinician's heart-rate cap in the injuries' or the request's notes is sent to the
plan writer as a number, never as the note's words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shared.llm.plan_prompt import build_plan_request
from shared.profile.model import FitnessProfile, Injury
from shared.safety import conversation, crisis_scope
from shared.safety.replies import CRISIS_OUTING

ELSEWHERE = frozenset({"crisis"})
HERE = frozenset({"crisis", crisis_scope.HERE})


def test_another_rules_break_elsewhere_gets_no_outing_text() -> None:
    assert conversation.held_reply(ELSEWHERE, None, read=True) is None
    assert (
        conversation.held_reply(ELSEWHERE | {"no_running"}, None, read=True) == conversation.HELD_REPLIES["no_running"]
    )
    clearance = conversation.held_reply(ELSEWHERE, "fabricated_clearance", read=True)
    assert clearance is not None and CRISIS_OUTING not in clearance


def test_an_outing_urged_or_a_crisis_here_keeps_the_outing_text() -> None:
    assert conversation.held_reply(ELSEWHERE, "crisis", read=True) == CRISIS_OUTING
    assert conversation.held_reply(HERE, None, read=True) == CRISIS_OUTING
    assert conversation.held_reply(ELSEWHERE) == CRISIS_OUTING  # a caller that did not read the answer: as before


def test_here_is_a_self_harm_refusal_or_built_up_signs() -> None:
    assert crisis_scope.here(["self_harm"], []) and crisis_scope.here([], ["crisis"])
    assert not crisis_scope.here(["ped"], ["diet_refused"])


@pytest.mark.parametrize(
    "message",
    ["how high should my box jump be?", "how many glute bridges a week?", "drop sets on arm day?",
     "sprint as hard as possible for 20 seconds?", "highest box I should try?"],
)  # fmt: skip
def test_exercise_names_are_no_means_question_elsewhere(message: str) -> None:
    from shared.coach.chat import _MEANS, _PUNISHING

    read = crisis_scope.means_read(message, in_conversation=False)
    assert not (_MEANS.search(read) or _PUNISHING.search(read))


@pytest.mark.parametrize(
    "message",
    ["how many sleeping pills would be too many?", "how high is the bridge on the river road?",
     "train until I collapse, I don't care"],
)  # fmt: skip
def test_means_questions_stay_means_questions_elsewhere(message: str) -> None:
    from shared.coach.chat import _MEANS, _PUNISHING

    read = crisis_scope.means_read(message, in_conversation=False)
    assert _MEANS.search(read) or _PUNISHING.search(read)


def _sent(notes: str, overrides: object = None) -> str:
    profile = FitnessProfile(birth_year=1980, height_cm=175, weight_kg=80,
                             injuries=[Injury(area="knee", severity="mild", notes=notes)])  # fmt: skip
    return build_plan_request(profile, overrides, None).messages[0].content


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=90, max_value=180))
def test_a_cap_in_the_injury_notes_is_sent_as_its_number_only(bpm: int) -> None:
    sent = _sent(f"After the ablation at St Mary's my cardiologist said keep my heart rate under {bpm} bpm.")
    assert f'"heart_rate_cap_bpm": {bpm}' in sent
    assert "ablation" not in sent and "St Mary" not in sent


def test_a_cap_in_the_request_notes_is_sent_too_and_no_cap_sends_none() -> None:
    sent = _sent("old knee sprain", {"notes": "My cardiologist told me to keep my heart rate under 130."})
    assert '"heart_rate_cap_bpm": 130' in sent
    assert '"heart_rate_cap_bpm"' not in _sent("old knee sprain, fine now")
