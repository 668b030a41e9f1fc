"""kill -9 in the middle of session writes (issue 16, item 4: drift after 4 of 6 crashes, for good).

With transactional batches (the embedded store) a crash leaves every session with its aggregates:
equal to a recount at once, nothing flagged. Without them (the Cosmos DB protocol server, and the
embedded store with batches taken away) a crash can leave a session without its aggregates, but
never unflagged: the nightly check (`repair_flagged`, reading only flagged users) restores equality.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from shared.plans.schema import PlanDraft
from shared.store.port import DocumentStore, Filter, Query
from shared.workouts import plans
from shared.workouts.keys import WORKOUTS, now_utc
from shared.workouts.rebuild import all_sessions, repair_user
from shared.workouts.rebuild_marks import DEAD_S, repair_flagged
from tests.support.aggregate_load import assert_stored_aggregates_match
from tests.support.cosmos_server import cosmos_server
from tests.support.session_writer import open_store
from tests.support.workout_fixtures import plan_body

WRITER = Path(__file__).resolve().parents[1] / "support" / "session_writer.py"
ROUNDS = 3


@pytest.fixture(scope="module")
def cosmos_endpoint() -> Iterator[str]:
    with cosmos_server() as endpoint:
        yield endpoint


def _target(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if kind == "cosmos":
        return f"{request.getfixturevalue('cosmos_endpoint')}|crash-{uuid.uuid4().hex[:10]}"
    return str(tmp_path / "store.sqlite3")


def _write_then_kill(kind: str, target: str, user: str, plan_id: str, counter: Path, writes: int) -> None:
    counter.unlink(missing_ok=True)
    proc = subprocess.Popen([sys.executable, str(WRITER), kind, target, user, plan_id, str(counter)])
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if counter.exists() and int(counter.read_text() or 0) >= writes:
                break
            time.sleep(0.005)
        else:
            raise AssertionError(f"the writer made too few writes (exit {proc.poll()})")
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL


async def _markers(store: DocumentStore, user: str) -> int:
    return await store.count(WORKOUTS, (Filter("type", "eq", "aggregates_pending"),), user)


@pytest.mark.parametrize("kind", ["sqlite", "sqlite-no-batch", pytest.param("cosmos", marks=pytest.mark.cosmos)])
async def test_a_killed_writer_leaves_aggregates_equal_to_a_recount_or_flagged_for_repair(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    target = _target(kind, tmp_path, request)
    store = open_store(kind, target)
    await store.initialize()
    user = "crash-user"
    plan_id = (await plans.create_plan(store, user, PlanDraft.model_validate(plan_body()))).plan.id
    rng = random.Random(16)
    flagged = 0
    for _ in range(ROUNDS):
        writes = rng.randrange(20, 60) if kind != "cosmos" else rng.randrange(10, 25)
        _write_then_kill(kind, target, user, plan_id, tmp_path / "count.txt", writes)
        assert await all_sessions(store, user)  # the writer got somewhere
        if kind == "sqlite":
            await assert_stored_aggregates_match(store, user)  # all or nothing: no repair needed
            assert await _markers(store, user) == 0
            assert not (await repair_user(store, user)).drifted
            continue
        flagged += await _markers(store, user)
        # The nightly check, run once every marker is surely dead (no write outlives DEAD_S).
        checked = await repair_flagged(store, now=now_utc() + timedelta(seconds=DEAD_S + 1))
        assert checked.users <= 1
        await assert_stored_aggregates_match(store, user)
        assert await _markers(store, user) == 0
        page = await store.query(WORKOUTS, Query(filters=(Filter("type", "eq", "aggregates_pending"),)))
        assert page.items == []
    if kind != "sqlite":
        assert flagged > 0  # the kills really landed between a session write and its aggregates
    await store.close()
