"""Weekly aggregates and records kept incrementally equal a from-scratch recomputation."""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.plans.schema import PlanDraft
from shared.store import containers
from shared.store.sqlite import SqliteDocumentStore
from shared.workouts import plans, sessions
from shared.workouts.aggregates import read_or_none, week_docs
from shared.workouts.keys import PROGRESS_ID
from shared.workouts.model import LoggedSession
from shared.workouts.rebuild import all_sessions, expected_state, rebuild_user
from tests.support.stores import SqliteWithoutBatches
from tests.support.workout_fixtures import plan_body, session_body

USER = "u1"
BASE = datetime(2026, 1, 5, 18, 0, tzinfo=UTC)  # a Monday
EXERCISES = ["barbell-back-squat", "barbell-bench-press", "pull-up", "plank", "custom:sled-push"]

a_set = st.tuples(
    st.sampled_from(EXERCISES),
    st.integers(0, 15),
    st.sampled_from([None, 0.0, 20.0, 60.0, 60.0, 100.0, 102.5]),
    st.sampled_from([None, 6.0, 7.0, 8.5, 10.0]),
    st.sampled_from(["normal", "normal", "warmup", "drop", "failure"]),
)
a_session = st.tuples(st.integers(0, 20), st.lists(a_set, min_size=1, max_size=6))  # (day offset, sets)
an_op = st.one_of(
    st.tuples(st.just("log"), a_session),
    st.tuples(st.just("edit"), st.integers(0, 50), a_session),
    st.tuples(st.just("delete"), st.integers(0, 50)),
)


def _logged(spec: tuple[int, Sequence[tuple[Any, ...]]]) -> LoggedSession:
    """(day offset, sets): each set (exercise_id, reps, weight_kg or None, rpe[, set_type])."""
    offset, sets = spec
    started = (BASE + timedelta(days=offset, hours=offset % 5)).isoformat()
    body = session_body(started, [(e, reps, kg or 0.0, rpe) for e, reps, kg, rpe, *_ in sets], day_index=None)
    flat = [logged for item in body["exercises"] for logged in item["sets"]]
    for logged, (_, _, kg, _, *kind) in zip(flat, sets, strict=True):
        logged.update(weight_kg=kg, set_type=kind[0] if kind else "normal")  # blank weights and every set type
    return LoggedSession.model_validate(body)


def _strip(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if not k.startswith("_") and k not in ("id", "userId", "type", "week")}


async def assert_consistent(store: SqliteDocumentStore) -> None:
    weeks, summary = expected_state(await all_sessions(store, USER))
    stored = {doc["week"]: _strip(doc) for doc in await week_docs(store, USER) if doc["sessions"]}
    assert stored == weeks
    found = await read_or_none(store, USER, PROGRESS_ID) or {"weeks": {}, "records": {}, "streaks": {}}
    assert {"weeks": found["weeks"], "records": found["records"], "streaks": found["streaks"]} == summary


async def _run(ops: list[Any], path: Path, kind: type[SqliteDocumentStore] = SqliteDocumentStore) -> None:
    store = kind(path / "s.sqlite3", containers.ALL, synchronous="NORMAL")
    try:
        plan = (await plans.create_plan(store, USER, PlanDraft.model_validate(plan_body()))).plan
        ids: list[str] = []
        for op in ops:
            if op[0] == "log":
                plan_id = plan.id if op[1][0] % 3 else None  # some logged without a plan
                ids.append((await sessions.log_session(store, USER, plan_id, _logged(op[1]))).id)
            elif op[0] == "edit" and ids:
                await sessions.update_session(store, USER, ids[op[1] % len(ids)], _logged(op[2]), None)
            elif op[0] == "delete" and ids:
                await sessions.delete_session(store, USER, ids.pop(op[1] % len(ids)))
            await assert_consistent(store)
    finally:
        await store.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(an_op, min_size=1, max_size=12))
def test_incremental_aggregates_equal_recomputation(ops: list[Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(_run(ops, Path(tmp)))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(an_op, min_size=1, max_size=12))
def test_aggregates_written_step_by_step_equal_recomputation(ops: list[Any]) -> None:
    """The same on a store without transactional batches (the sequential fallback)."""
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(_run(ops, Path(tmp), SqliteWithoutBatches))


async def test_concurrent_logs_in_one_week_are_all_counted(tmp_path: Path) -> None:
    store = SqliteDocumentStore(tmp_path / "s.sqlite3", containers.ALL, synchronous="NORMAL")
    plan = (await plans.create_plan(store, USER, PlanDraft.model_validate(plan_body()))).plan
    specs: list[tuple[int, Sequence[tuple[Any, ...]]]] = [
        (i % 6, [("barbell-back-squat", 5, 60.0 + i, None, "normal")]) for i in range(24)
    ]
    await asyncio.gather(*(sessions.log_session(store, USER, plan.id, _logged(s)) for s in specs))
    await assert_consistent(store)
    summary = await read_or_none(store, USER, PROGRESS_ID)
    assert summary is not None and sum(summary["weeks"].values()) == 24
    assert summary["records"]["barbell-back-squat"]["top"]["value"] == [83.0, 5]
    await store.close()


async def test_rebuild_repairs_a_lost_aggregate_update(tmp_path: Path) -> None:
    store = SqliteDocumentStore(tmp_path / "s.sqlite3", containers.ALL, synchronous="NORMAL")
    plan = (await plans.create_plan(store, USER, PlanDraft.model_validate(plan_body()))).plan
    first = await sessions.log_session(
        store, USER, plan.id, _logged((0, [("barbell-back-squat", 5, 100.0, 8.0, "normal")]))
    )
    await store.delete("workouts", USER, f"session:{first.id}")  # as if the process died before the aggregates
    await rebuild_user(store, USER)
    await assert_consistent(store)
    progress = await read_or_none(store, USER, PROGRESS_ID)
    assert progress is not None and progress["records"] == {}
    await store.close()
