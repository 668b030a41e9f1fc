"""Idempotency-Key on the POSTs that create something (issue 16, item 5): a replay returns the original
status and body, concurrent duplicates create one, the same key with another body is 409, and the
records are the user's data (exported, erased, 24 h TTL)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from functions.http.app import create_app
from shared import bootstrap, idempotency
from shared.bootstrap import close_services, get_services
from shared.config import Settings
from shared.store import containers
from shared.store.port import DocumentStore, Filter, Query
from shared.store.sqlite import SqliteDocumentStore
from tests.support.deletions import run_deletions
from tests.support.identity import User, fast_hashing, sign_up
from tests.support.workout_fixtures import plan_body, session_body

SESSION = session_body("2026-11-02T07:00:00+00:00", [("barbell-back-squat", 5, 100.0, 8.0)])
METRIC = {"measured_at": "2026-11-02T07:00:00+00:00", "weight_kg": 70}


@pytest.fixture
async def app(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FastAPI]:
    """Every store operation on the thread pool, so duplicates really interleave."""
    fast_hashing(monkeypatch)

    def interleaving(settings: Settings) -> DocumentStore:
        path = Path(settings.resolved_data_dir()) / "store.sqlite3"
        return SqliteDocumentStore(path, containers.ALL, inline_reads=False, inline_writes=False)

    monkeypatch.setattr(bootstrap, "build_store", interleaving)
    yield create_app()
    await close_services()


Post = Callable[[User, str, dict[str, Any]], Awaitable[httpx.Response]]


async def _plan(user: User) -> str:
    made = await user.client.post("/api/workouts", json=plan_body(), headers=user.auth)
    assert made.status_code == 201, made.text
    return str(made.json()["id"])


async def _count(user: User, path: str) -> int:
    return len((await user.client.get(path, headers=user.auth)).json()["items"])


def _post(user: User, path: str, body: dict[str, Any], key: str) -> Awaitable[httpx.Response]:
    return user.client.post(path, json=body, headers={**user.auth, "Idempotency-Key": key})


async def _routes(user: User) -> list[tuple[str, dict[str, Any], dict[str, Any], str]]:
    """(path, body, other body, list path or '' ) for every creating POST."""
    plan_id = await _plan(user)
    other_session = {**SESSION, "duration_minutes": 51}
    return [
        ("/api/workouts", plan_body("Keyed"), plan_body("Other"), "/api/workouts"),
        (f"/api/workouts/{plan_id}/log", SESSION, other_session, "/api/workouts/sessions"),
        ("/api/progress/metrics", METRIC, {**METRIC, "weight_kg": 71}, "/api/progress/metrics"),
        ("/api/tiers/upgrade", {"tier": "premium"}, {"tier": "unlimited"}, "/api/tiers/upgrade-requests"),
    ]


async def test_concurrent_duplicates_create_one_and_all_answer_the_original(app: FastAPI) -> None:
    user = await sign_up(app)
    for path, body, _, listing in await _routes(user):
        before = await _count(user, listing)
        answers = await asyncio.gather(*(_post(user, path, body, f"k-{path}") for _ in range(8)))
        assert {a.status_code for a in answers} == {answers[0].status_code} and answers[0].status_code in (201, 202)
        assert all(a.json() == answers[0].json() for a in answers), path
        assert await _count(user, listing) == before + 1, path


async def test_a_replay_returns_the_original_status_body_and_location(app: FastAPI) -> None:
    user = await sign_up(app)
    for path, body, _, listing in await _routes(user):
        before = await _count(user, listing)
        first = await _post(user, path, body, f"same-{path}")
        again = await _post(user, path, body, f"same-{path}")
        assert (again.status_code, again.json()) == (first.status_code, first.json()), path
        assert again.headers.get("location") == first.headers.get("location")
        assert await _count(user, listing) == before + 1, path


async def test_the_same_key_with_another_body_is_409(app: FastAPI) -> None:
    user = await sign_up(app)
    for path, body, other, listing in await _routes(user):
        before = await _count(user, listing)
        assert (await _post(user, path, body, f"k-{path}")).is_success
        refused = await _post(user, path, other, f"k-{path}")
        assert refused.status_code == 409, (path, refused.text)
        assert refused.headers["content-type"].startswith("application/problem+json")
        assert await _count(user, listing) == before + 1


async def test_keys_are_per_user_and_a_new_key_creates_again(app: FastAPI) -> None:
    user, other = await sign_up(app), await sign_up(app, ip="198.51.100.9")
    assert (await _post(user, "/api/progress/metrics", METRIC, "k")).status_code == 201
    assert (await _post(other, "/api/progress/metrics", METRIC, "k")).status_code == 201
    assert (await _post(user, "/api/progress/metrics", METRIC, "k2")).status_code == 201
    assert await _count(user, "/api/progress/metrics") == 2 and await _count(other, "/api/progress/metrics") == 1


async def test_a_failed_request_releases_its_key(app: FastAPI) -> None:
    user = await sign_up(app)
    missing = await _post(user, "/api/workouts/no-such-plan/log", SESSION, "k")
    assert missing.status_code == 404
    plan_id = await _plan(user)
    assert (await _post(user, f"/api/workouts/{plan_id}/log", SESSION, "k2")).status_code == 201


async def test_records_are_the_users_with_a_24_hour_ttl_exported_and_erased(app: FastAPI) -> None:
    user = await sign_up(app)
    assert (await _post(user, "/api/progress/metrics", METRIC, "k")).status_code == 201
    store = (await get_services()).store
    records = (await store.query(containers.CACHE.name, Query(partition_key=user.user_id,
               filters=(Filter("type", "eq", idempotency.TYPE),)))).items  # fmt: skip
    assert len(records) == 1 and records[0]["ttl"] == 24 * 3600 and "k" not in records[0]["id"]
    exported = (await user.client.get("/api/users/me/export", headers=user.auth)).json()
    assert any(d["type"] == idempotency.TYPE for d in exported["containers"][containers.CACHE.name])
    assert (await user.client.delete("/api/users/me", headers=user.auth)).status_code == 204
    await run_deletions()
    assert (await store.query(containers.CACHE.name, Query(partition_key=user.user_id))).items == []


async def test_a_retry_after_a_crash_between_the_write_and_its_key_finds_what_was_written(app: FastAPI) -> None:
    """The attacker review: kill -9 after a session was written but before its key recorded the answer;
    the retry after the claim expired (60 s) logged the session a second time. The created item's id
    comes from the key, so the retry finds it."""
    user = await sign_up(app)
    services = await get_services()
    plan_id = await _plan(user)
    # The claim as a crash leaves it: still running, older than CLAIM_S.
    crashed = {"userId": user.user_id, "type": idempotency.TYPE, "ttl": idempotency.TTL_S, "state": "running",
               "claimed_at": 0.0}  # fmt: skip
    for path, body, listed in [
        (f"/api/workouts/{plan_id}/log", SESSION, "/api/workouts/sessions"),
        ("/api/workouts", plan_body("Keyed"), "/api/workouts"),
        ("/api/progress/metrics", METRIC, "/api/progress/metrics"),
    ]:
        key = f"crash-{len(path)}"
        first = await _post(user, path, body, key)  # the first attempt, whose answer we then "lose"
        assert first.status_code == 201, first.text
        before = await _count(user, listed)
        done = await services.store.read(containers.CACHE.name, user.user_id, idempotency.record_id(user.user_id, key))
        await services.store.upsert(
            containers.CACHE.name, {**crashed, "id": done["id"], "fingerprint": done["fingerprint"]}
        )
        retry = await _post(user, path, body, key)
        assert retry.status_code in (200, 201), retry.text
        assert retry.json()["id"] == first.json()["id"] and await _count(user, listed) == before, path
