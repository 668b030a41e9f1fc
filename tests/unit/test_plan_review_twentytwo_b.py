"""Plan fixes from strength-coach review 22, items 1-3 and 8 (short blood-pressure weeks, posture, a severe upper
back, the order of floor and standing work, every area severely injured)."""

from __future__ import annotations

import re

import pytest

from shared.exercises.catalog import all_exercises, get_exercise
from shared.exercises.posture import posture, said
from shared.plans.engine import generate_plan
from shared.profile import FitnessProfile

# Item 2: the position comes from the catalog's instructions, not from words in the id.


def test_the_banded_seated_row_is_seated_and_the_banded_squat_standing() -> None:
    assert posture(get_exercise("band-row")) == "seated"
    assert posture(get_exercise("band-squat")) == "standing"
    assert posture(get_exercise("clamshell")) == "lying"
    assert posture(get_exercise("band-calf-press")) == "seated"
    assert posture(get_exercise("incline-push-up")) == "standing"
    assert posture(get_exercise("leg-press")) == "seated"


@pytest.mark.parametrize("exercise", all_exercises(), ids=lambda e: e.id)
def test_every_catalog_exercise_has_the_position_its_instructions_set_up(exercise: object) -> None:
    """Where the instructions name a position ("Seated", "On your back", "Stand on the band"), the posture agrees;
    no exercise whose instructions sit or lie the user down counts as standing."""
    from shared.exercises.model import Exercise

    assert isinstance(exercise, Exercise)
    named = said(exercise.instructions)
    if named is not None:
        assert posture(exercise) == named
    text = exercise.instructions.lower()
    if re.match(r"(seated|sitting|lie |lying|on your back|face down|on hands and knees|kneel)", text):
        assert posture(exercise) != "standing", exercise.instructions
    if re.match(r"(stand (?!up from)|standing)", text):
        assert posture(exercise) == "standing", exercise.instructions


def _pairs(plan: object) -> list[tuple[str, str]]:
    out = []
    for day in plan.days:  # type: ignore[attr-defined]
        groups: dict[str, list[str]] = {}
        for item in day.exercises:
            if item.superset:
                groups.setdefault(item.superset, []).append(item.exercise_id)
        out += [(a, b) for ids in groups.values() for a in ids for b in ids if a < b]
    return out


@pytest.mark.parametrize("born", [1950, 1962, 1975])
@pytest.mark.parametrize("equipment", [["resistance_bands"], ["resistance_bands", "dumbbells"], ["cable_machine"]])
def test_blood_pressure_supersets_keep_one_level_read_from_the_instructions(born: int, equipment: list[str]) -> None:
    profile = FitnessProfile.model_validate({
        "goals": ["strength"], "fitness_level": "beginner", "equipment": equipment, "days_per_week": 3,
        "session_minutes": 30, "birth_year": born, "par_q": {"blood_pressure_medication": True},
    })  # fmt: skip
    for a, b in _pairs(generate_plan(profile)):
        assert (posture(get_exercise(a)) == "standing") == (posture(get_exercise(b)) == "standing"), (a, b)
