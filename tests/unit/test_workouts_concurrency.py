"""Twelve clients of one user logging, correcting and deleting one session at once, through the app:
afterwards progress equals a recount from the sessions, and every answer told the truth (issue 16,
item 4: a late PUT brought a deleted session back; 503s came after the session was saved)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI

from functions.http.app import create_app
from shared import bootstrap
from shared.bootstrap import close_services, get_services
from shared.config import Settings
from shared.store import containers
from shared.store.cosmos import CosmosDocumentStore
from shared.store.port import DocumentStore, Filter, Query
from shared.store.sqlite import SqliteDocumentStore
from shared.workouts.keys import WORKOUTS
from tests.support.aggregate_load import (
    ALLOWED,
    assert_progress_matches_listed,
    assert_stored_aggregates_match,
    hammer,
    listed,
)
from tests.support.cosmos_server import KEY, cosmos_server
from tests.support.identity import fast_hashing, sign_up
from tests.support.stores import SqliteWithoutBatches
from tests.support.workout_fixtures import plan_body

ROUNDS = 15


@pytest.fixture(scope="module")
def cosmos_endpoint() -> Iterator[str]:
    with cosmos_server() as endpoint:
        yield endpoint


@pytest.fixture(params=["batch", "no-batch", pytest.param("cosmos", marks=pytest.mark.cosmos)])
async def app(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FastAPI]:
    """The app on the embedded store with every operation on its thread pool (no inline fast path), so
    requests really interleave at each read and write, as they do across the local host's processes;
    or on the Cosmos DB protocol server (no transactional batches: the sequential path)."""
    fast_hashing(monkeypatch)
    kind = SqliteDocumentStore if request.param == "batch" else SqliteWithoutBatches

    def interleaving(settings: Settings) -> DocumentStore:
        if request.param == "cosmos":
            database = f"race-{uuid.uuid4().hex[:10]}"
            endpoint = request.getfixturevalue("cosmos_endpoint")
            return CosmosDocumentStore(endpoint, KEY, database, containers.ALL, connection_verify=False)
        path = Path(settings.resolved_data_dir()) / "store.sqlite3"
        return kind(path, containers.ALL, inline_reads=False, inline_writes=False)

    monkeypatch.setattr(bootstrap, "build_store", interleaving)
    yield create_app()
    await close_services()


async def test_concurrent_put_delete_and_log_on_one_session_keep_progress_equal_to_a_recount(app: FastAPI) -> None:
    user = await sign_up(app)
    plan = await user.client.post("/api/workouts", json=plan_body(), headers=user.auth)
    assert plan.status_code == 201, plan.text
    tally = await hammer(app, user, plan.json()["id"], rounds=ROUNDS)
    assert set(tally.statuses) <= ALLOWED, tally.statuses
    assert tally.statuses.get(204, 0) == ROUNDS and tally.statuses.get(200, 0) > 0  # the races happened
    assert {s["id"] for s in await listed(user)} == tally.created - tally.deleted  # every answer told the truth
    store = (await get_services()).store
    await assert_stored_aggregates_match(store, user.user_id)
    pending = await store.query(WORKOUTS, Query(filters=(Filter("type", "eq", "aggregates_pending"),)))
    assert pending.items == []  # every write finished its aggregates
    await assert_progress_matches_listed(user)
