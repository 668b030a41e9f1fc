"""/api/exercises: the public, read-only exercise catalog."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query
from pydantic import BaseModel

from functions.http.routing import PrefixRouter
from shared.exercises import catalog
from shared.exercises.model import Exercise
from shared.profile.model import Equipment, Muscle, Pattern

router = PrefixRouter(prefix="/exercises", tags=["exercises"])
_404: dict[int | str, dict[str, Any]] = {
    404: {"description": "No exercise with this id", "content": {"application/problem+json": {}}}
}


class ExercisePublic(Exercise):
    """One exercise: muscles, equipment, pattern, instructions, substitutions, contraindications."""


class ExerciseList(BaseModel):
    """The catalog, filtered; it is small enough to come back in one page."""

    items: list[ExercisePublic]
    next_cursor: str | None = None


@router.get("", operation_id="listExercises", response_model=ExerciseList)
def list_exercises(
    muscle: Annotated[Muscle | None, Query(description="Primary or secondary muscle")] = None,
    equipment: Annotated[Equipment | None, Query(description="Exercises using this equipment")] = None,
    pattern: Annotated[Pattern | None, Query(description="Movement pattern")] = None,
    q: Annotated[str | None, Query(max_length=100, description="Words in the name or instructions")] = None,
) -> ExerciseList:
    """The exercise catalog, filtered by muscle, equipment, pattern and text."""
    found = catalog.search(muscle=muscle, equipment=equipment, pattern=pattern, text=q)
    return ExerciseList(items=[ExercisePublic.model_validate(e.model_dump()) for e in found])


@router.get("/{exercise_id}", operation_id="getExercise", response_model=ExercisePublic, responses=_404)
def get_exercise(exercise_id: str) -> ExercisePublic:
    """One exercise by id (404 for an unknown id)."""
    return ExercisePublic.model_validate(catalog.get_exercise(exercise_id[:100]).model_dump())
