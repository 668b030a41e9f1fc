"""/api/exercises: the read-only exercise catalog (signed in: app.py includes the router behind auth).

`substitutions` are what the app offers in an exercise's place, so for a caller with a profile they
list only exercises that fit them: their equipment, nothing their injuries rule out, their level
(`shared.plans.volume.eligible_pool`, the pool plans and swaps are made from).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Annotated

from fastapi import Depends, Query
from pydantic import BaseModel

from functions.http.deps import CurrentUser, ServicesDep
from functions.http.responses import problem
from functions.http.routing import PrefixRouter
from shared.exercises import catalog
from shared.exercises.model import Exercise
from shared.identity.profiles import load_profile
from shared.importing.mapping import similar
from shared.plans.rules import resolve
from shared.plans.volume import eligible_pool
from shared.profile.model import Equipment, Muscle, Pattern

router = PrefixRouter(prefix="/exercises", tags=["exercises"])
_NO_EXERCISE = problem(404, "No exercise with this id")


class ExercisePublic(Exercise):
    """One exercise: muscles, equipment, pattern, instructions, substitutions, contraindications.
    `substitutions` lists only exercises that fit the caller (once they have a profile)."""

    @classmethod
    def of(cls, exercise: Exercise, fitting: Collection[str] | None) -> ExercisePublic:
        data = exercise.model_dump()
        if fitting is not None:
            data["substitutions"] = [ident for ident in exercise.substitutions if ident in fitting]
        return cls.model_validate(data)


async def fitting_exercises(user: CurrentUser, services: ServicesDep) -> frozenset[str] | None:
    """Ids of the exercises the caller may be given, or None before they have a profile (nothing to fit)."""
    stored = await load_profile(services.store, user.user_id)
    if stored is None:
        return None
    return frozenset(e.id for e in eligible_pool(resolve(stored.profile)))


Fitting = Annotated[frozenset[str] | None, Depends(fitting_exercises)]


class ExerciseList(BaseModel):
    """The catalog, filtered; it is small enough to come back in one page."""

    items: list[ExercisePublic]
    next_cursor: str | None = None


@router.get("", operation_id="listExercises", response_model=ExerciseList)
def list_exercises(
    fitting: Fitting,
    muscle: Annotated[Muscle | None, Query(description="Primary or secondary muscle")] = None,
    equipment: Annotated[Equipment | None, Query(description="Exercises using this equipment")] = None,
    pattern: Annotated[Pattern | None, Query(description="Movement pattern")] = None,
    q: Annotated[str | None, Query(max_length=100, description="Words in the name or instructions")] = None,
    like: Annotated[
        str | None,
        Query(
            max_length=100,
            description="A name typed for a new exercise: the catalog exercises it probably "
            "means, best first (at most 3; filters still apply)",
        ),
    ] = None,
) -> ExerciseList:
    """The exercise catalog, filtered by muscle, equipment, pattern and text. Each exercise's
    `substitutions` list only those that fit the caller's profile (equipment, injuries, level).
    With `like`, the few exercises a name typed for a custom exercise probably means ("did you mean")."""
    found = catalog.search(muscle=muscle, equipment=equipment, pattern=pattern, text=q)
    if like is not None:
        allowed = {e.id for e in found}
        found = [catalog.get_exercise(i) for i in similar(like) if i in allowed]
    return ExerciseList(items=[ExercisePublic.of(e, fitting) for e in found])


@router.get("/{exercise_id}", operation_id="getExercise", response_model=ExercisePublic, responses=_NO_EXERCISE)
def get_exercise(exercise_id: str, fitting: Fitting) -> ExercisePublic:
    """One exercise by id (404 for an unknown id). Its `substitutions` list only those that fit the
    caller's profile (equipment, injuries, level): what the plan screen offers."""
    return ExercisePublic.of(catalog.get_exercise(exercise_id[:100]), fitting)
