"""Drifted aggregates are found without recounting everyone and repaired, safely beside live writes."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from shared.plans.schema import PlanDraft
from shared.store import containers
from shared.store.port import DocumentStore, Filter, Query
from shared.store.sqlite import SqliteDocumentStore
from shared.workouts import plans, sessions
from shared.workouts.aggregates import read_or_none
from shared.workouts.commits import session_key
from shared.workouts.keys import PROGRESS_ID, WORKOUTS
from shared.workouts.progress import progress_data
from shared.workouts.rebuild import repair_user
from shared.workouts.rebuild_marks import DEAD_S, SETTLE_S, check_on_read, mark, repair_flagged
from tests.support.aggregate_load import assert_stored_aggregates_match
from tests.support.stores import SqliteWithoutBatches
from tests.support.workout_fixtures import plan_body
from tests.unit.test_workout_aggregates import BASE, _logged

TODAY = (BASE + timedelta(days=20)).date()  # the logged sessions' weeks are in the progress window


async def _plan(store: DocumentStore, user: str) -> str:
    return (await plans.create_plan(store, user, PlanDraft.model_validate(plan_body()))).plan.id


async def _log(store: DocumentStore, user: str, plan_id: str, day: int, kg: float) -> str:
    return (await sessions.log_session(store, user, plan_id, _logged((day, [("barbell-back-squat", 5, kg, 8.0)])))).id


async def _interrupted_log(store: DocumentStore, user: str, plan_id: str, kg: float, since: datetime) -> None:
    """What a process killed between the session write and its aggregates leaves on a store without
    batches: the marker and the session, nothing else."""
    session_id = f"interrupted{int(kg)}"
    await mark(store, user, session_id, now=since)
    doc = sessions._doc(user, session_id, plan_id, _logged((1, [("barbell-back-squat", 5, kg, 8.0)])), "x")
    await store.create(WORKOUTS, doc)


async def _markers(store: DocumentStore) -> list[dict[str, object]]:
    return (await store.query(WORKOUTS, Query(filters=(Filter("type", "eq", "aggregates_pending"),)))).items


async def test_an_interrupted_write_is_repaired_on_the_next_progress_read(tmp_path: Path) -> None:
    store = SqliteWithoutBatches(tmp_path / "s.sqlite3", containers.ALL)
    plan_id = await _plan(store, "u1")
    await _log(store, "u1", plan_id, 0, 100.0)
    await _interrupted_log(store, "u1", plan_id, 140.0, since=datetime.now(UTC) - timedelta(seconds=SETTLE_S / 2))
    progress = await progress_data(store, "u1", today=TODAY)
    assert sum(w["sessions"] for w in progress["weeks"]) == 1  # a write that may still be running is left alone
    await _interrupted_log(store, "u1", plan_id, 150.0, since=datetime.now(UTC) - timedelta(seconds=DEAD_S + 1))
    progress = await progress_data(store, "u1", today=TODAY)
    sessions_left = await store.count(WORKOUTS, (Filter("type", "eq", "session"),), "u1")
    assert sum(w["sessions"] for w in progress["weeks"]) == sessions_left == 3
    assert {r["weight_kg"] for r in progress["personal_records"] if r["kind"] == "heaviest_weight"} == {150.0}
    await assert_stored_aggregates_match(store, "u1")
    assert len(await _markers(store)) == 1  # the dead marker is gone; the young one stays, marked checked
    await store.close()


async def test_a_summary_from_before_atomic_writes_is_recounted_once_on_read(tmp_path: Path) -> None:
    store = SqliteDocumentStore(tmp_path / "s.sqlite3", containers.ALL)
    plan_id = await _plan(store, "u1")
    kept = await _log(store, "u1", plan_id, 0, 100.0)
    gone = await _log(store, "u1", plan_id, 1, 120.0)
    await store.delete(WORKOUTS, "u1", session_key(gone))  # an old drift: the summary still counts it
    summary = await read_or_none(store, "u1", PROGRESS_ID)
    assert summary is not None
    del summary["aggregates"]
    await store.replace(WORKOUTS, summary)
    assert await check_on_read(store, "u1", await read_or_none(store, "u1", PROGRESS_ID))
    await assert_stored_aggregates_match(store, "u1")
    repaired = await read_or_none(store, "u1", PROGRESS_ID)
    assert repaired is not None and repaired["records"]["barbell-back-squat"]["top"]["session_id"] == kept
    assert not await check_on_read(store, "u1", repaired)  # once
    await store.close()


async def test_the_nightly_check_repairs_only_the_users_flagged(tmp_path: Path) -> None:
    store = SqliteWithoutBatches(tmp_path / "s.sqlite3", containers.ALL)
    for user in ("clean", "crashed"):
        plan_id = await _plan(store, user)
        await _log(store, user, plan_id, 0, 100.0)
    now = datetime.now(UTC)
    await _interrupted_log(store, "crashed", plan_id, 140.0, since=now - timedelta(seconds=DEAD_S + 1))
    reads: list[str] = []
    original = store.query

    async def counting(container: str, query: Query) -> object:
        reads.append(str(query.partition_key))
        return await original(container, query)

    store.query = counting  # type: ignore[method-assign, assignment]
    checked = await repair_flagged(store, now=now)
    assert checked.users == 1 and checked.repaired == ["crashed"]
    assert "clean" not in reads  # nobody else's documents were read
    await assert_stored_aggregates_match(store, "crashed")
    assert await _markers(store) == []
    assert (await repair_flagged(store, now=now)).users == 0
    await store.close()


async def test_a_repair_beside_live_writes_leaves_a_recount(tmp_path: Path) -> None:
    for kind in (SqliteDocumentStore, SqliteWithoutBatches):
        store = kind(tmp_path / f"{kind.__name__}.sqlite3", containers.ALL, inline_reads=False, inline_writes=False)
        plan_id = await _plan(store, "u1")
        ids = [await _log(store, "u1", plan_id, day, 60.0 + day) for day in range(8)]
        writes: list[Awaitable[object]] = [sessions.delete_session(store, "u1", sid) for sid in ids[:3]]
        writes += [_log(store, "u1", plan_id, day, 90.0 + day) for day in range(4)]
        writes += [sessions.update_session(store, "u1", sid, _logged((9, [("plank", 1, 0.0, None)])), None)
                   for sid in ids[3:6]]  # fmt: skip
        await asyncio.gather(*writes, *(repair_user(store, "u1") for _ in range(3)))
        await assert_stored_aggregates_match(store, "u1")
        assert not (await repair_user(store, "u1")).drifted
        await store.close()
