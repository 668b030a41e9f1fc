"""/api/exercises/custom: the caller's own exercises (thin routes over `shared.importing.custom`).

Included before the exercises router, so `custom` is never taken for a catalog id.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import Query, Response, status
from pydantic import BaseModel, ConfigDict, Field

from functions.http.deps import ConsentedUser, CurrentUser, ServicesDep
from functions.http.responses import NOT_FOUND, problem
from functions.http.routing import PrefixRouter
from shared.importing import custom

router = PrefixRouter(prefix="/exercises/custom", tags=["exercises"])
_IN_USE = problem(409, "You have one by this name; or, to delete: sessions have it (send merge_into)")


class CustomExerciseCreate(BaseModel):
    """A new custom exercise: its name, and how it is loaded (weight, bodyweight, time or distance)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=80, pattern=r"\S", description="not blank")
    load_type: custom.CustomLoad = "weight"


class CustomExerciseUpdate(BaseModel):
    """A new name (the id stays; logged sessions show the new name)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=80, pattern=r"\S", description="not blank")


class CustomExercisePublic(BaseModel):
    """One of the caller's exercises: `id` is what sessions log (`custom:<slug>`)."""

    id: str
    name: str
    load_type: custom.CustomLoad
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, found: custom.CustomExercise) -> CustomExercisePublic:
        return cls(
            id=found.id, name=found.name, load_type=found.load_type,
            created_at=datetime.fromisoformat(found.created_at), updated_at=datetime.fromisoformat(found.updated_at),
        )  # fmt: skip


class CustomExerciseList(BaseModel):
    items: list[CustomExercisePublic]


@router.get("", operation_id="listCustomExercises", response_model=CustomExerciseList)
async def list_custom(user: CurrentUser, services: ServicesDep) -> CustomExerciseList:
    """The caller's custom exercises, by name (for logging, history and plans made by hand)."""
    found = await custom.list_custom(services.store, user.user_id)
    return CustomExerciseList(items=[CustomExercisePublic.of(c) for c in found])


@router.post("", operation_id="createCustomExercise", status_code=status.HTTP_201_CREATED,
             response_model=CustomExercisePublic, responses=_IN_USE)  # fmt: skip
async def create_custom(
    body: CustomExerciseCreate, user: ConsentedUser, services: ServicesDep, response: Response
) -> CustomExercisePublic:
    """Create an exercise the catalog lacks; 409 when you have one by that name."""
    made = await custom.create_custom(services.store, user.user_id, body.name, body.load_type)
    response.headers["Location"] = f"/api/exercises/custom/{made.id}"
    return CustomExercisePublic.of(made)


@router.put("/{exercise_id}", operation_id="renameCustomExercise", response_model=CustomExercisePublic,
            responses=NOT_FOUND)  # fmt: skip
async def rename_custom(
    exercise_id: str, body: CustomExerciseUpdate, user: ConsentedUser, services: ServicesDep
) -> CustomExercisePublic:
    """Rename one of your exercises (`custom:<slug>` or the slug); the sessions that have it show the new name."""
    return CustomExercisePublic.of(await custom.rename_custom(services.store, user.user_id, exercise_id, body.name))


@router.delete("/{exercise_id}", operation_id="deleteCustomExercise", status_code=status.HTTP_204_NO_CONTENT,
               responses=NOT_FOUND | _IN_USE)  # fmt: skip
async def delete_custom(
    exercise_id: str,
    user: ConsentedUser,
    services: ServicesDep,
    merge_into: Annotated[
        str | None, Query(min_length=1, max_length=80, description="move its sets here first")
    ] = None,
) -> None:
    """Delete one of your exercises. With `merge_into` (a catalog id or another of yours) its logged sets
    move there first, records following; without it, 409 while any session has it."""
    await custom.delete_custom(services.store, user.user_id, exercise_id, merge_into)
