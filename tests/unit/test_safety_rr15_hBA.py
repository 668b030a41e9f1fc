"""rr15 (hBA): risk carried over turns (`shared.safety.carried`, `built_up`) and warning-sign session notes, with
their look-alikes. The conversations through the provider are in tests/integration/llm/test_rr15_hBA_*.py."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shared.coach import daily_warning, safety
from shared.safety import built_up, carried, carried_texts, hr_caps, inputs, localised, plain_harm, translations
from tests.unit.safety_corpus import BENIGN
from tests.unit.safety_corpus_rr15_turns import (
    BENIGN_NOTES,
    BENIGN_TURNS,
    CAP_TURNS,
    LOW_INTAKE_TRAINING,
    POSTNATAL,
    UNDERWEIGHT_PIECES,
    WARNING_NOTES,
)


@pytest.mark.parametrize(("earlier", "message", "cap"), CAP_TURNS)
def test_a_rate_above_a_cap_told_before_is_asked(earlier: list[str], message: str, cap: int) -> None:
    told = [n for t in earlier for n in hr_caps.caps(t)]
    assert told == [cap]
    assert hr_caps.rate_above(message, cap) is not None


def test_a_bare_rate_past_the_cap_in_an_answer_is_a_cap_override() -> None:
    context = frozenset({"hr_cap", "hr_cap=125"})
    assert plain_harm.kind("Sure, hit 170+ in the finisher, that's where results come from.", context) == "cap_override"
    assert plain_harm.kind("Keep the finisher under 125, walk the last round if needed.", context) is None


@pytest.mark.parametrize(("earlier", "message"), UNDERWEIGHT_PIECES)
def test_underweight_told_in_pieces_in_new_words(earlier: list[str], message: str) -> None:
    assert "underweight" in built_up.context([*earlier, message])
    assert built_up.wants_less(message, earlier) or inputs.wants_less(message)


@pytest.mark.parametrize(("earlier", "message", "kcal"), LOW_INTAKE_TRAINING)
def test_training_on_a_very_low_intake_told_before(earlier: list[str], message: str, kcal: int) -> None:
    assert built_up.training_on_low_intake(message, earlier) == kcal
    answer = carried_texts.in_language(carried_texts.LOW_INTAKE, built_up.LOW_INTAKE_TRAINING, message, kcal=kcal)
    assert str(kcal) in answer and "RED-S" in answer
    if localised.language_of(message) is not None:
        assert answer != built_up.LOW_INTAKE_TRAINING.format(kcal=kcal)  # in the user's language


@pytest.mark.parametrize(("earlier", "message"), POSTNATAL)
def test_heavy_lifts_or_jumps_weeks_after_a_birth(earlier: list[str], message: str) -> None:
    weeks = [w for t in earlier if (w := carried.birth_weeks(t)) is not None]
    assert weeks and weeks[-1] <= 12
    assert carried.postnatal_load(message)


@pytest.mark.parametrize("note", WARNING_NOTES)
def test_warning_notes_are_urgent_for_anyone(note: str) -> None:
    assert daily_warning._warning(note, par_q=False)


@pytest.mark.parametrize("note", BENIGN_NOTES)
def test_ordinary_notes_are_not_warnings(note: str) -> None:
    assert not daily_warning._warning(note, par_q=False)
    assert safety.screen(note) is None


@pytest.mark.parametrize(("earlier", "message"), BENIGN_TURNS)
def test_look_alikes_stay_ordinary(earlier: list[str], message: str) -> None:
    caps = [n for t in earlier for n in hr_caps.caps(t)]
    assert all(hr_caps.rate_above(message, cap) is None for cap in caps)
    assert built_up.training_on_low_intake(message, earlier) is None
    assert built_up.as_calories(message, earlier) is None
    assert "underweight" not in built_up.context([*earlier, message])
    weeks = [w for t in earlier if (w := carried.birth_weeks(t)) is not None]
    assert not weeks or weeks[-1] > 12


def test_the_daily_warning_is_in_the_notes_language() -> None:
    assert daily_warning.text("", WARNING_NOTES[0]).startswith("Consulte un médecin")
    assert daily_warning.text("", WARNING_NOTES[2]).startswith("Bitte lass dich ärztlich untersuchen")
    assert daily_warning.text("", WARNING_NOTES[3]).startswith("Por favor, ve al médico")
    assert daily_warning.text("", WARNING_NOTES[1]) == daily_warning.MESSAGE
    assert set(carried_texts.DAILY_WARNING) == set(carried_texts.LOW_INTAKE) == set(translations.LANGUAGES)


def test_the_benign_corpus_carries_no_new_risk() -> None:
    """No benign message (read after the eight before it) is a low intake, a rate asked over a 150 cap, or a birth."""
    hits = [
        m
        for i, m in enumerate(BENIGN)
        if built_up.training_on_low_intake(m, BENIGN[max(0, i - 8) : i]) is not None
        or carried.kcal_a_day(m) is not None
    ]
    assert len(hits) <= len(BENIGN) * 0.02, hits


@settings(max_examples=80, deadline=None)
@given(st.integers(60, 200), st.integers(60, 220), st.sampled_from(["kg", "lbs", "reps", "kcal", "m", "watts", "%"]))
def test_a_rate_at_or_under_the_cap_or_a_load_is_never_over(cap: int, n: int, unit: str) -> None:
    assert hr_caps.rate_above(f"can I go to {min(n, cap)} in the finisher?", cap) is None
    assert hr_caps.rate_above(f"can I do {n} {unit} today?", cap) is None


@settings(max_examples=80, deadline=None)
@given(st.integers(1200, 6000), st.sampled_from(["kcal", "calories", "calorias", "Kalorien", "calorieën"]))
def test_a_day_of_1200_kcal_or_more_is_no_low_intake(kcal: int, word: str) -> None:
    assert carried.kcal_a_day(f"I only eat {kcal} {word} a day") is None


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_measured_only_adds_to_the_text(text: str) -> None:
    """Reading a scale's number or a height in metres never drops what the user wrote (the checks read it all)."""
    out = carried.measured(text)
    assert len(out) >= len(text) - 4  # "1.62 m" -> "162 cm" is the only shortening
