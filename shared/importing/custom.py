"""The user's own exercises: anything the catalog lacks (a sled push, a machine only their gym has).

Document `custom_exercise:<slug>` in the workouts container (pk userId): {type, exercise_id
"custom:<slug>", name, load_type, created_at, updated_at}. Sessions log them as `custom:<slug>` with
the name (`shared.workouts.model.LoggedExercise`), so history, records and the CSV export show them;
the plan engine never prescribes them (it draws from the catalog), though a hand-made plan may hold one.

* create: 409 when the user already has one by that name (same slug);
* rename: the id stays, the name changes here and in every logged session that has it;
* delete: only when no session has it, or with `merge_into` (a catalog exercise or another custom
  one), which moves its sets there first; remembered import corrections follow the merge.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from shared.errors import Conflict, FieldError, InvalidInput, NotFound, PreconditionFailed
from shared.exercises.catalog import find_exercise
from shared.importing import corrections
from shared.importing.mapping import slug
from shared.store.port import Document, DocumentStore, Filter, Query, etag_of
from shared.workouts import customs, sessions
from shared.workouts.keys import WORKOUTS
from shared.workouts.plan_checks import CUSTOM_ID

TYPE = customs.TYPE
CustomLoad = Literal["weight", "bodyweight", "time", "distance"]


@dataclass(frozen=True)
class CustomExercise:
    id: str  # custom:<slug>
    name: str
    load_type: CustomLoad
    created_at: str
    updated_at: str


def _key(exercise_id: str) -> str:
    """`custom:sled-push` or `sled-push` -> the document id; NotFound for anything else."""
    bare = exercise_id.removeprefix("custom:")
    if not CUSTOM_ID.match(f"custom:{bare}"):
        raise NotFound("No such custom exercise.")
    return customs.key(bare)


def _of(doc: Document) -> CustomExercise:
    return CustomExercise(
        str(doc["exercise_id"]), str(doc["name"]), doc.get("load_type", "weight"),
        str(doc["created_at"]), str(doc["updated_at"]),
    )  # fmt: skip


async def list_custom(store: DocumentStore, user_id: str) -> list[CustomExercise]:
    """Every custom exercise of the user, by name."""
    found: list[CustomExercise] = []
    cursor = None
    while True:
        query = Query((Filter("type", "eq", TYPE),), partition_key=user_id, limit=500, continuation=cursor)
        page = await store.query(WORKOUTS, query)
        found += [_of(d) for d in page.items]
        if not (cursor := page.continuation):
            return sorted(found, key=lambda c: c.name.casefold())


async def names(store: DocumentStore, user_id: str) -> dict[str, str]:
    """exercise id -> name of every custom exercise of the user."""
    return {c.id: c.name for c in await list_custom(store, user_id)}


_doc = customs.doc


async def create_custom(store: DocumentStore, user_id: str, name: str, load_type: CustomLoad) -> CustomExercise:
    """A new custom exercise named `name`; 409 when the user has one by that name already."""
    clean = " ".join(name.split())
    if not clean:
        raise InvalidInput("The exercise needs a name.", [FieldError("name", "must not be blank")])
    exercise_id = f"custom:{slug(clean)}"
    try:
        return _of(await store.create(WORKOUTS, _doc(user_id, exercise_id, clean, load_type)))
    except Conflict:
        raise Conflict(f"You already have a custom exercise named like {clean!r}.") from None


async def get_custom(store: DocumentStore, user_id: str, exercise_id: str) -> CustomExercise:
    try:
        return _of(await store.read(WORKOUTS, user_id, _key(exercise_id)))
    except NotFound:
        raise NotFound("No such custom exercise.") from None


async def _rewrite(store: DocumentStore, user_id: str, change: Callable[[list[dict[str, Any]]], bool]) -> int:
    """Apply `change` (in place; True when it changed something) to every session's exercises; how many changed."""
    changed, cursor = 0, None
    while True:
        query = Query((Filter("type", "eq", "session"),), partition_key=user_id, limit=200, continuation=cursor)
        page = await store.query(WORKOUTS, query)
        for doc in page.items:
            exercises = [dict(e) for e in doc["session"]["exercises"]]
            if change(exercises):
                session_id = str(doc["id"]).split(":", 1)[1]
                await sessions.update_session(store, user_id, session_id, {"exercises": exercises}, None)
                changed += 1
        if not (cursor := page.continuation):
            return changed


async def rename_custom(store: DocumentStore, user_id: str, exercise_id: str, name: str) -> CustomExercise:
    """The same exercise under a new name, in its logged sessions too."""
    clean = " ".join(name.split())
    if not clean:
        raise InvalidInput("The exercise needs a name.", [FieldError("name", "must not be blank")])
    key = _key(exercise_id)
    try:
        current = await store.read(WORKOUTS, user_id, key)
    except NotFound:
        raise NotFound("No such custom exercise.") from None
    ident = str(current["exercise_id"])

    def renamed(exercises: list[dict[str, Any]]) -> bool:
        hit = [e for e in exercises if e["exercise_id"] == ident and e.get("name") != clean]
        for e in hit:
            e["name"] = clean
        return bool(hit)

    await _rewrite(store, user_id, renamed)
    doc = {**_doc(user_id, ident, clean, current.get("load_type", "weight"), str(current["created_at"]))}
    try:
        return _of(await store.replace(WORKOUTS, doc, if_match=etag_of(current)))
    except PreconditionFailed:
        raise PreconditionFailed("The exercise changed meanwhile; reload it and try again.") from None


async def delete_custom(store: DocumentStore, user_id: str, exercise_id: str, merge_into: str | None) -> int:
    """Delete a custom exercise; with `merge_into`, its logged sets move there first. Returns the number
    of sessions changed. 409 when sessions still have it and no `merge_into` is given; 422 naming
    `merge_into` for an unknown target or the exercise itself."""
    key = _key(exercise_id)
    current = await get_custom(store, user_id, exercise_id)
    target_name: str | None = None
    if merge_into is not None:
        if merge_into == current.id:
            raise InvalidInput("Merge into another exercise.", [FieldError("merge_into", "is this exercise")])
        if find_exercise(merge_into) is None:
            try:
                target_name = (await get_custom(store, user_id, merge_into)).name
            except NotFound:
                raise InvalidInput(
                    "No such exercise.",
                    [FieldError("merge_into", "must be a catalog exercise id or one of your custom ones")],
                ) from None
        else:
            merge_into = find_exercise(merge_into).id  # type: ignore[union-attr]  # an alias -> its current id

    def moved(exercises: list[dict[str, Any]]) -> bool:
        hit = [e for e in exercises if e["exercise_id"] == current.id]
        if hit and merge_into is None:
            raise Conflict("Sessions have this exercise: merge it into another one (merge_into) to delete it.")
        for e in hit:
            e["exercise_id"] = merge_into
            if target_name is None:
                e.pop("name", None)
            else:
                e["name"] = target_name
        return bool(hit)

    changed = await _rewrite(store, user_id, moved)
    await corrections.retarget(store, user_id, current.id, merge_into)
    try:
        await store.delete(WORKOUTS, user_id, key)
    except NotFound:
        pass
    return changed
