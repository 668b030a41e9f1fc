"""Imported sessions are written in bulk (sessions first, each touched week and the summary once): the aggregates
they leave equal a recount from the sessions, with and without transactional batches, with a session logged
while the import runs, and with a workout of the file already written by another import."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from benchmarks.bench_import import make_file
from shared.importing.service import import_file, session_id_for
from shared.store import containers
from shared.store.port import DocumentStore, Filter, Query
from shared.store.sqlite import SqliteDocumentStore
from shared.workouts import sessions
from shared.workouts.keys import WORKOUTS
from shared.workouts.model import LoggedSession
from shared.workouts.rebuild import repair_user
from tests.support.stores import SqliteWithoutBatches

USER = "bulk-user"


@pytest.fixture(params=["batches", "no-batches"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> DocumentStore:
    kind = SqliteDocumentStore if request.param == "batches" else SqliteWithoutBatches
    adapter = kind(tmp_path / "store.sqlite3", containers.ALL)
    await adapter.initialize()
    return adapter


async def markers(store: DocumentStore) -> list[object]:
    query = Query(filters=(Filter("type", "eq", "aggregates_pending"),), partition_key=USER, limit=10)
    return list((await store.query(WORKOUTS, query)).items)


async def test_a_bulk_import_leaves_the_aggregates_a_recount_gives(store: DocumentStore) -> None:
    summary = await import_file(store, USER, make_file(600), dry_run=False, units="kg")
    assert (summary.sessions_new, summary.sets_imported) == (60, 600)
    assert not (await repair_user(store, USER)).drifted
    assert await markers(store) == []
    listed, _ = await sessions.list_sessions(store, USER, None, None, 100, None)
    assert len(listed) == 60
    await store.close()


async def test_a_session_logged_during_two_racing_imports_of_one_file_is_counted_and_nothing_twice(
    store: DocumentStore,
) -> None:
    lines = make_file(1_000)
    own = await import_file(store, USER, lines[:11], dry_run=False, units="kg")  # its first workout, earlier
    assert own.sessions_new == 1
    logged = LoggedSession.model_validate({
        "started_at": "2026-01-05T10:00:00+00:00", "duration_minutes": 30,
        "exercises": [{"exercise_id": "barbell-back-squat", "sets": [{"reps": 5, "weight_kg": 100}]}],
    })  # fmt: skip
    first, second, _ = await asyncio.gather(
        import_file(store, USER, lines, dry_run=False, units="kg"),
        import_file(store, USER, lines, dry_run=False, units="kg"),
        sessions.log_session_with_records(store, USER, None, logged),
    )
    assert first.duplicates_skipped >= 1 and second.duplicates_skipped >= 1
    assert not (await repair_user(store, USER)).drifted
    listed, _ = await sessions.list_sessions(store, USER, None, None, 200, None)
    assert len(listed) == 101  # 100 workouts once each, and the logged session
    assert session_id_for(USER, listed[0].session.started_at) == listed[0].id  # imported ids derive from the start
    assert await markers(store) == []
    await store.close()
