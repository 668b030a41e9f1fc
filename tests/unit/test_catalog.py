"""The exercise catalog's integrity: ids, substitutions, vocabularies and equipment coverage."""

from __future__ import annotations

import json

import pytest

from shared.errors import NotFound
from shared.exercises import catalog
from shared.exercises.catalog import CATALOG_FILE
from shared.profile import EQUIPMENT, INJURY_AREAS, LEVELS, MUSCLES, PATTERNS

# The major patterns each piece of equipment can serve (on its own or with a bench).
COVERAGE = {
    "bodyweight": {"squat", "hinge", "lunge", "horizontal_push", "vertical_push", "horizontal_pull", "core"}
    | {"conditioning", "mobility"},
    "dumbbells": {"squat", "hinge", "lunge", "horizontal_push", "vertical_push", "horizontal_pull", "carry", "core"},
    "barbell": {"squat", "hinge", "lunge", "horizontal_push", "vertical_push", "horizontal_pull", "core"},
    "kettlebells": {"squat", "hinge", "lunge", "horizontal_push", "vertical_push", "horizontal_pull", "carry"}
    | {"core", "conditioning"},
    "resistance_bands": {"squat", "hinge", "lunge", "horizontal_push", "vertical_push", "horizontal_pull"}
    | {"vertical_pull", "core", "mobility"},
    "pull_up_bar": {"vertical_pull", "horizontal_pull", "core"},
    "bench": {"squat", "hinge", "lunge", "horizontal_push", "core"},
    "cable_machine": {"squat", "hinge", "lunge", "horizontal_push", "vertical_push", "horizontal_pull"}
    | {"vertical_pull", "core"},
    "machines": {"squat", "hinge", "lunge", "horizontal_push", "vertical_push", "horizontal_pull", "vertical_pull"}
    | {"core"},
    "cardio_machine": {"conditioning"},
    "trap_bar": {"hinge"},  # specialty bars, with a barbell's plates (review 25, defect 1)
    "safety_squat_bar": {"squat"},
}


def test_at_least_200_exercises_with_unique_ids() -> None:
    exercises = catalog.all_exercises()
    assert len(exercises) >= 200
    assert len({e.id for e in exercises}) == len(exercises)
    assert len({e.name.lower() for e in exercises}) == len(exercises)


def test_substitutions_exist_and_are_not_self() -> None:
    for exercise in catalog.all_exercises():
        for ident in exercise.substitutions:
            assert catalog.find_exercise(ident) is not None, (exercise.id, ident)
            assert ident != exercise.id


def test_every_vocabulary_value_is_used() -> None:
    exercises = catalog.all_exercises()
    assert {m for e in exercises for m in e.primary_muscles} == set(MUSCLES)
    assert {q for e in exercises for q in e.equipment} == set(EQUIPMENT)
    assert {e.pattern for e in exercises} == set(PATTERNS)
    assert {e.level for e in exercises} == set(LEVELS)
    assert {c.area for e in exercises for c in e.contraindications} == set(INJURY_AREAS)
    assert {e.load_type for e in exercises} == {"weight", "bodyweight", "assisted", "time", "distance"}


@pytest.mark.parametrize("equipment", EQUIPMENT)
def test_every_equipment_serves_its_major_patterns(equipment: str) -> None:
    served = {e.pattern for e in catalog.all_exercises() if equipment in e.equipment}
    assert COVERAGE[equipment] <= served, COVERAGE[equipment] - served


def test_records_are_sane() -> None:
    for e in catalog.all_exercises():
        assert not set(e.primary_muscles) & set(e.secondary_muscles), e.id
        assert len(set(e.equipment)) == len(e.equipment), e.id
        assert "bodyweight" not in e.equipment or e.equipment == ["bodyweight"], e.id
        assert len({c.area for c in e.contraindications}) == len(e.contraindications), e.id
        assert e.instructions.endswith("."), e.id


def test_a_safe_filler_exists_for_everyone() -> None:
    # The engine fills spare session time with this; it must survive any equipment and injuries.
    breathing = catalog.get_exercise("diaphragmatic-breathing")
    assert breathing.equipment == ["bodyweight"] and breathing.contraindications == []
    assert breathing.level == "beginner"


def test_json_file_is_the_runtime_source() -> None:
    raw = json.loads(CATALOG_FILE.read_text())
    assert raw["version"] == 1 and len(raw["exercises"]) == len(catalog.all_exercises())


def test_lookups_and_search() -> None:
    assert catalog.get_exercise("barbell-back-squat").pattern == "squat"
    with pytest.raises(NotFound):
        catalog.get_exercise("no-such-thing")
    found = catalog.search(muscle="chest", equipment="dumbbells", pattern="horizontal_push")
    assert found and all("dumbbells" in e.equipment and e.pattern == "horizontal_push" for e in found)
    assert {e.id for e in catalog.search(text="goblet squat")} >= {"goblet-squat-dumbbell"}
    assert catalog.search(text="zzzz-nothing") == []


def test_contraindication_rules() -> None:
    squat = catalog.get_exercise("barbell-back-squat")
    assert squat.contraindicated_for({"knee": "moderate"})
    assert squat.contraindicated_for({"knee": "severe"})
    assert not squat.contraindicated_for({"knee": "mild"})
    # The hands hold the bar on the back with the wrists bent back and the shoulders turned out.
    assert squat.contraindicated_for({"wrist": "severe"}) and not squat.contraindicated_for({"wrist": "moderate"})
    assert squat.contraindicated_for({"shoulder": "moderate"}) and not squat.contraindicated_for({"shoulder": "mild"})
