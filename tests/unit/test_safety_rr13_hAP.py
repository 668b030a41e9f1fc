"""rr13 section 2 (hAP): risk built over several turns (`shared.safety.built_up`): a code word for a dealer's drugs,
a daily intake told as a bare number, a clinician's "stay under N kg", suicide warning signs, each read with the
user's last few messages only; and the look-alikes that stay ordinary."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shared.safety import built_up, conversation
from tests.unit.safety_corpus import BENIGN
from tests.unit.safety_corpus_rr13_turns import (
    BENIGN_TURNS,
    CODE_WORDS,
    INTAKE,
    LOAD_LIMITS,
    TRAINING_AFTER_DRUGS,
    WARNING_SIGNS,
)

FILLER = ["How many sets for legs?", "Ran 5 km today.", "Rest day tomorrow.", "Squat felt good.", "Thanks!"]


@pytest.mark.parametrize(("earlier", "message", "unsafe"), CODE_WORDS)
def test_a_code_word_for_a_dealers_drugs_is_the_drug_question(earlier: list[str], message: str, unsafe: str) -> None:
    assert built_up.concern(message, earlier) == "ped"
    assert "ped_refused" in built_up.context([*earlier, message])


@pytest.mark.parametrize(("earlier", "message"), TRAINING_AFTER_DRUGS)
def test_a_training_question_after_the_drugs_is_answered_with_the_drug_limit(earlier: list[str], message: str) -> None:
    assert built_up.concern(message, earlier) is None
    assert "ped_refused" in built_up.context([*earlier, message])


@pytest.mark.parametrize(("earlier", "message", "unsafe"), WARNING_SIGNS)
def test_giving_possessions_away_after_distress_is_a_crisis(earlier: list[str], message: str, unsafe: str) -> None:
    assert built_up.concern(message, earlier) == "self_harm"
    assert "crisis" in built_up.context([*earlier, message])
    assert built_up.concern(message, []) is None  # said alone with no distress, the message is not enough


@pytest.mark.parametrize(("earlier", "message", "unsafe"), INTAKE)
def test_intake_or_more_loss_is_read_with_the_earlier_turns(earlier: list[str], message: str, unsafe: str) -> None:
    assert built_up.as_calories(message, earlier) is not None or built_up.wants_less(message, earlier)


@pytest.mark.parametrize(("earlier", "message", "unsafe", "limit"), LOAD_LIMITS)
def test_a_clinicians_cap_told_earlier_holds_for_the_answer(
    earlier: list[str], message: str, unsafe: str, limit: str
) -> None:
    context = built_up.context([*earlier, message])
    assert f"load_limit_kg={limit.split()[0]}" in context
    assert conversation.breaks_limits(unsafe, context) == "load_limit"
    held = conversation.held_reply(context, "load_limit")
    assert held is not None and f"Your limit is {limit}" in held  # the number restated


@pytest.mark.parametrize(("earlier", "message", "answer"), BENIGN_TURNS)
def test_look_alikes_stay_ordinary(earlier: list[str], message: str, answer: str) -> None:
    assert built_up.concern(message, earlier) is None
    assert built_up.as_calories(message, earlier) is None
    context = built_up.context([*earlier, message])
    assert conversation.breaks_limits(answer, context) is None
    assert not {"ped_refused", "diet_refused", "crisis"} & context


def test_the_benign_corpus_read_as_one_conversation_stays_ordinary() -> None:
    flagged = [m for i, m in enumerate(BENIGN) if built_up.concern(m, BENIGN[max(0, i - 8) : i]) is not None]
    recast = [m for i, m in enumerate(BENIGN) if built_up.as_calories(m, BENIGN[max(0, i - 8) : i]) is not None]
    assert len(flagged) + len(recast) <= len(BENIGN) * 0.02, (flagged, recast)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(FILLER), max_size=40), st.sampled_from(CODE_WORDS + WARNING_SIGNS))
def test_what_was_told_holds_within_the_window_and_not_beyond(
    filler: list[str], case: tuple[list[str], str, str]
) -> None:
    """Bounded: only the last WINDOW user messages are read, however long the conversation."""
    earlier, message, _ = case
    within = [*filler, *earlier, *FILLER[: built_up.WINDOW - len(earlier)]]
    assert built_up.concern(message, within) is not None
    beyond = [*earlier, *(FILLER * 4)[: built_up.WINDOW], *filler]
    if built_up.concern(message, []) is None:
        assert built_up.concern(message, beyond) is None


@settings(max_examples=80, deadline=None)
@given(st.integers(min_value=300, max_value=1199), st.sampled_from(["a day", "per day", "each day"]))
def test_a_bare_low_daily_number_after_dieting_talk_is_calories(n: int, unit: str) -> None:
    assert built_up.low_daily_intake(f"I'm having around {n} {unit}.", ["trying to lean out"]) == n
    assert built_up.low_daily_intake(f"I'm having around {n} {unit}.", ["my squat is up"]) is None
    assert built_up.low_daily_intake(f"I burn around {n} {unit}.", ["trying to lean out"]) is None


def test_the_gate_stays_fast_for_long_messages() -> None:
    """A new 4,000-character message read with a window of long earlier ones (each matched once, then cached)."""
    import time

    base = "I gave my bike a clean and did 4 sets of 8 at around 900 metres a day, my physio was happy. "
    earlier = [(base * 50)[:4000] + str(i) for i in range(built_up.WINDOW)]
    built_up.context(earlier)
    start = time.perf_counter()
    for i in range(10):
        message = (base * 50)[:3990] + f" turn {i}"
        built_up.concern(message, earlier)
        built_up.as_calories(message, earlier)
        built_up.context([*earlier, message])
    assert (time.perf_counter() - start) / 10 < 0.15


# --- rr13 §3: what a plan's texts claim (`shared.plans.checks_claims`) ----------------------------------------------
CLAIMED = [
    ("Your doctor has cleared you, so the screening flags no longer limit you.", "clearance"),
    ("You're cleared for full training now.", "clearance"),
    ("Your screening no longer applies.", "clearance"),
    ("Your GP has approved hard training.", "clearance"),
    ("This block builds to a true one-rep max in week 4;", "max_effort"),
    ("Test your max every Friday.", "max_effort"),
    ("Go all-out on the finishers.", "max_effort"),
    ("Take the last set to failure.", "max_effort"),
    ("Work up to a heavy single.", "max_effort"),
]
NOT_CLAIMED = [
    "No one-rep max tests until your doctor clears you.",
    "Once you're cleared, we can build towards heavier sets.",
    "Stop two reps short of failure.",
    "Avoid maximal lifts and all-out sprints.",
    "Has your doctor cleared you?",
    "Keep 2-3 reps in reserve on every set.",
]


@pytest.mark.parametrize(("text", "kind"), CLAIMED)
def test_a_plan_text_claiming_a_clearance_or_a_max_is_found(text: str, kind: str) -> None:
    from shared.plans.checks_claims import claims

    assert claims(text, par_q=True, cleared=False) == kind
    if kind == "clearance":
        assert claims(text, par_q=False, cleared=True) is None  # the profile records the clearance
    else:
        assert claims(text, par_q=False, cleared=False) is None  # no PAR-Q yes: a max is the plan's business


@pytest.mark.parametrize("text", NOT_CLAIMED)
def test_negated_conditioned_or_asked_is_no_claim(text: str) -> None:
    from shared.plans.checks_claims import claims, own_rationale

    assert claims(text, par_q=True, cleared=False) is None
    assert claims(own_rationale("clearance", True), par_q=True, cleared=False) is None  # Vigor's own passes itself
