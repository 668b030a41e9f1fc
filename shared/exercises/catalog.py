"""The exercise catalog: loaded from catalog.json once, on first use, then served from memory.

get_exercise(id) -> Exercise            raises NotFound; an earlier id (alias) resolves too
loading(id) -> Loading                  how it loads the body (the contraindication rules' input)
all_exercises() -> tuple[Exercise, ...]
search(muscle=, equipment=, pattern=, text=) -> list[Exercise]
available_exercises(profile_equipment, injuries) -> tuple[Exercise, ...]   (cached)
"""

from __future__ import annotations

import json
from functools import cache, lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from shared.errors import NotFound
from shared.exercises.attributes import Loading
from shared.exercises.model import Exercise
from shared.profile.model import Equipment, Muscle, Pattern, Severity

CATALOG_FILE = Path(__file__).with_name("catalog.json")


class Catalog(BaseModel):
    """The file's shape: a version, the exercises, and each one's loading by id."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    exercises: tuple[Exercise, ...]
    attributes: dict[str, Loading] = {}


@cache
def _file() -> Catalog:
    return Catalog.model_validate(json.loads(CATALOG_FILE.read_text(encoding="utf-8")))


@cache
def _catalog() -> tuple[tuple[Exercise, ...], dict[str, Exercise]]:
    catalog = _file()
    by_id = {exercise.id: exercise for exercise in catalog.exercises}
    if len(by_id) != len(catalog.exercises):
        raise ValueError("catalog.json has duplicate exercise ids")
    for exercise in catalog.exercises:
        for alias in exercise.aliases:
            if alias in by_id:
                raise ValueError(f"alias {alias!r} of {exercise.id!r} is already taken")
            by_id[alias] = exercise
    return catalog.exercises, by_id


def all_exercises() -> tuple[Exercise, ...]:
    """Every exercise, in catalog order."""
    return _catalog()[0]


def find_exercise(exercise_id: str) -> Exercise | None:
    """The exercise with this id or an earlier id (alias), or None."""
    return _catalog()[1].get(exercise_id)


def get_exercise(exercise_id: str) -> Exercise:
    """The exercise with this id or alias; raises NotFound for an unknown id."""
    exercise = find_exercise(exercise_id)
    if exercise is None:
        raise NotFound(f"No exercise with id {exercise_id!r}")
    return exercise


@cache
def rungs_below(exercise_id: str) -> tuple[Exercise, ...]:
    """The exercises one rung below `exercise_id` on a progression ladder (those whose `harder` it is), in catalog
    order (the catalog is fixed: each answer is built once)."""
    return tuple(e for e in all_exercises() if e.harder == exercise_id)


def loading(exercise_id: str) -> Loading:
    """How the exercise loads the body (spinal load, grip, wrist, overhead, ...); raises NotFound."""
    exercise = get_exercise(exercise_id)
    return _file().attributes.get(exercise.id, Loading())


def search(
    *,
    muscle: Muscle | None = None,
    equipment: Equipment | None = None,
    pattern: Pattern | None = None,
    text: str | None = None,
) -> list[Exercise]:
    """Exercises matching every given filter.

    `muscle` matches primary or secondary muscles; `equipment` matches exercises that use it;
    `text` matches words in the name, id or instructions, case-insensitively.
    """
    words = (text or "").lower().split()
    found = []
    for exercise in all_exercises():
        if muscle and muscle not in exercise.primary_muscles and muscle not in exercise.secondary_muscles:
            continue
        if equipment and equipment not in exercise.equipment:
            continue
        if pattern and exercise.pattern != pattern:
            continue
        if words:
            haystack = f"{exercise.name} {exercise.id} {' '.join(exercise.aliases)} {exercise.instructions}".lower()
            if not all(word in haystack for word in words):
                continue
        found.append(exercise)
    return found


@lru_cache(maxsize=1024)
def available_exercises(equipment: frozenset[str], injuries: frozenset[tuple[str, Severity]]) -> tuple[Exercise, ...]:
    """Exercises the user can do with this equipment that no injury rules out (cached per combination)."""
    injured = dict(injuries)
    return tuple(
        exercise
        for exercise in all_exercises()
        if exercise.needs_only(equipment) and not exercise.contraindicated_for(injured)
    )
