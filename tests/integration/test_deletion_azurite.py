"""Deletion as a queue job through Azure Storage queues (issue 23, item 4), on Azurite: the real queue adapter carries
the `account-deletion` message to the registered worker function (`functions.queues.account_deletion`, run as the
local host and the Functions host run it: retries on the same message, then `-poison`). On the embedded store and
on the Cosmos DB protocol server. The SQLite-queue flow is tests/integration/test_deletion_job.py."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from fastapi import FastAPI

from functions import queues as queue_functions
from shared import telemetry
from shared.bootstrap import get_services
from shared.config import get_settings
from shared.errors import NotFound
from shared.identity import deletion
from shared.identity.records import ACCOUNT_ID, SYSTEM, USERS
from shared.localhost.triggers import QueueFunction
from shared.localhost.worker import _handler
from shared.queue import names
from shared.queue.dispatch import QueueHostSettings, process_batch
from shared.queue.port import poison_queue_name
from shared.store import containers
from shared.store.port import Filter, Query
from tests.support import store_backends
from tests.support.azurite import azurite_connection_string  # noqa: F401 - session fixture
from tests.support.identity import PROFILE, User, sign_up
from tests.support.workout_fixtures import plan_body, session_body

pytestmark = pytest.mark.azurite

cosmos_endpoint = store_backends.cosmos_endpoint
backend_app = store_backends.app
QUEUE, POISON = names.ACCOUNT_DELETION, poison_queue_name(names.ACCOUNT_DELETION)
TRIGGERS = {QUEUE: queue_functions.account_deletion, POISON: queue_functions.account_deletion_poison}
SETTINGS = QueueHostSettings(batch_size=8, max_dequeue_count=3)


@pytest.fixture
def azure_queue(monkeypatch: pytest.MonkeyPatch, azurite_connection_string: str) -> str:  # noqa: F811
    """The services' queue is Azure Storage on Azurite (set before the app builds its services)."""
    monkeypatch.setenv("AzureWebJobsStorage", azurite_connection_string)
    get_settings.cache_clear()
    return azurite_connection_string


@pytest.fixture
async def app(azure_queue: str, backend_app: FastAPI) -> AsyncIterator[FastAPI]:
    yield backend_app
    get_settings.cache_clear()


async def _with_every_kind(app: FastAPI) -> User:
    """A user with a profile, a plan, a session, notification preferences and a coach conversation."""
    user = await sign_up(app)
    session = session_body("2026-11-30T18:00:00+00:00", [("barbell-back-squat", 5, 100.0, 8.0)])
    prefs = {"daily_message": False, "workout_reminders": True, "reminder_hour": 7, "quiet_hours": None,
             "workout_time": "18:00"}  # fmt: skip
    for method, path, body in (
        ("PUT", "/api/users/profile", PROFILE), ("POST", "/api/workouts", plan_body()),
        ("POST", "/api/workouts/sessions", session), ("PUT", "/api/notifications/preferences", prefs),
    ):  # fmt: skip
        response = await user.client.request(method, path, json=body, headers=user.auth)
        assert response.is_success, (path, response.text)
    return user


async def _kinds(user_id: str) -> set[tuple[str, str]]:
    """(container, type) of every document anywhere that names the user."""
    store, found = (await get_services()).store, set()
    for spec in containers.ALL:
        token = None
        while True:
            page = await store.query(spec.name, Query(limit=500, continuation=token))
            found |= {(spec.name, str(d.get("type"))) for d in page.items if user_id in json.dumps(d)}
            if (token := page.continuation) is None:
                break
    return found


async def _deliver(rounds: int = 20) -> int:
    """Run the registered triggers as the local host does, until both queues are empty; how many runs."""
    services = await get_services()
    total = 0
    for _ in range(rounds):
        handled = 0
        for queue, fn in TRIGGERS.items():
            handler = _handler(QueueFunction(queue, queue, fn), 30.0)
            handled += await process_batch(services.queue, queue, handler, SETTINGS, lease_seconds=10.0)  # type: ignore[arg-type]
        total += handled
        if not handled:
            return total
    raise AssertionError("the deletion queues did not drain")


async def _waiting(queue: str) -> int:
    try:
        return await (await get_services()).queue.approximate_count(queue)
    except NotFound:  # Azure: a queue nothing was ever sent to does not exist
        return 0


def _deletes_in_order(store: Any, monkeypatch: pytest.MonkeyPatch, fail: dict[str, int]) -> list[tuple[str, str]]:
    """Record every delete the erasure makes, and fail the first `fail["partition"]` workout-partition deletes."""
    order: list[tuple[str, str]] = []
    real_partition, real_delete = store.delete_partition, store.delete

    async def delete_partition(container: str, partition_key: str) -> int:
        if container == containers.WORKOUTS.name and fail["partition"]:
            fail["partition"] -= 1
            raise RuntimeError("worker killed part-way")
        order.append((container, "*"))
        return int(await real_partition(container, partition_key))

    async def delete(container: str, partition_key: str, doc_id: str, if_match: str | None = None) -> None:
        await real_delete(container, partition_key, doc_id, if_match)
        order.append((container, doc_id))

    monkeypatch.setattr(store, "delete_partition", delete_partition)
    monkeypatch.setattr(store, "delete", delete)
    return order


async def test_a_deletion_travels_through_azure_storage_and_a_failed_first_attempt_is_retried(
    app: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = await _with_every_kind(app)
    services = await get_services()
    assert type(services.queue).__name__ == "AzureStorageQueue"  # the real adapter, not the embedded queue
    before = await _kinds(user.user_id)
    assert {(containers.WORKOUTS.name, "session"), (USERS, "notification_prefs"), (USERS, "profile"),
            (SYSTEM, "email_index")} <= before, before  # fmt: skip
    order = _deletes_in_order(services.store, monkeypatch, {"partition": 1})

    assert (await user.client.delete("/api/users/me", headers=user.auth)).status_code == 204
    # At once: the account is disabled and every way in shut, and the erasure waits on the Azure queue.
    assert (await user.client.get("/api/users/me", headers=user.auth)).status_code == 401
    account = await services.store.read(USERS, user.user_id, ACCOUNT_ID)
    assert account["disabled"] is True and account["deletion"]["actor"] == user.user_id
    assert await _waiting(QUEUE) == 1
    assert await _kinds(user.user_id) == before  # nothing erased yet (the account is only marked)

    assert await _deliver() == 2  # the first run died part-way; the queue gave the same message again
    assert await _waiting(QUEUE) == 0 and await _waiting(POISON) == 0
    assert await _kinds(user.user_id) == set()  # every kind, in every container
    assert order[-1] == (USERS, ACCOUNT_ID)  # the account record last
    with pytest.raises(NotFound):
        await services.store.read(USERS, user.user_id, ACCOUNT_ID)
    deleted = Query(filters=(Filter("type", "eq", "audit"), Filter("action", "eq", "account.deleted")), limit=10)
    audit = (await services.store.query(SYSTEM, deleted)).items
    assert len(audit) == 1 and user.user_id not in json.dumps(audit)


async def test_a_deletion_poisoned_on_azure_is_counted_and_sent_again_by_the_daily_run(
    app: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = await _with_every_kind(app)
    services = await get_services()
    fail = {"partition": SETTINGS.max_dequeue_count}  # every attempt of the first message dies
    _deletes_in_order(services.store, monkeypatch, fail)
    poisoned: list[str] = []
    monkeypatch.setattr(telemetry, "record_poisoned", poisoned.append)

    assert (await user.client.delete("/api/users/me", headers=user.auth)).status_code == 204
    await _deliver()
    assert fail["partition"] == 0 and poisoned == [QUEUE]  # three attempts, then `-poison`, whose trigger counted it
    assert await _waiting(QUEUE) == 0 and await _waiting(POISON) == 0
    assert (await services.store.read(USERS, user.user_id, ACCOUNT_ID))["disabled"] is True  # still being deleted

    later = services.clock() + deletion.RESEND_AFTER + timedelta(minutes=1)
    assert await deletion.resume_stranded(services, later) == 1  # the daily maintenance run's resend
    assert await _deliver() == 1
    assert await _kinds(user.user_id) == set()
    assert await deletion.resume_stranded(services, later) == 0
