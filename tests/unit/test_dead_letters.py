"""Malformed and poisoned queue messages (issue 16, item 8), through the SQLite queue and the real triggers.

A malformed message is dead-lettered on its first delivery with a reason; the poison triggers never
raise, so nothing reaches `<queue>-poison-poison`; admins see the counts per queue and reason.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from functions import queues as queue_functions
from functions.http.app import create_app
from shared.bootstrap import close_services, get_services
from shared.config import get_settings
from shared.errors import NotFound
from shared.jobs import dead_letters
from shared.jobs.messages import MalformedMessage, parse_job_message
from shared.jobs.service import FAILED_AFTER_RETRIES, create_job
from shared.localhost.triggers import QueueFunction
from shared.localhost.worker import _handler
from shared.queue import names
from shared.queue.dispatch import QueueHostSettings, process_batch
from shared.queue.port import poison_queue_name
from shared.store import containers
from tests.support.azurite import azurite_connection_string  # noqa: F401 - session fixture
from tests.support.identity import fast_hashing, make_admin, sign_up

AI, POISON = names.AI_JOBS, poison_queue_name(names.AI_JOBS)
POISON_POISON = poison_queue_name(POISON)
SETTINGS = QueueHostSettings(batch_size=8, max_dequeue_count=5)
TRIGGERS = {AI: queue_functions.ai_jobs, POISON: queue_functions.ai_jobs_poison}


@pytest.fixture(params=["sqlite", pytest.param("azurite", marks=pytest.mark.azurite)])
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The services' queue: the embedded SQLite queue, or Azure Storage queues on Azurite."""
    if request.param == "azurite":
        monkeypatch.setenv("AzureWebJobsStorage", request.getfixturevalue("azurite_connection_string"))
        get_settings.cache_clear()
    return str(request.param)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("not json", "not_json"),
        ("[1, 2]", "not_an_object"),
        ('{"job_id": "j1"}', "missing_user_id"),
        ('{"job_id": "j1", "user_id": ""}', "missing_user_id"),
        ('{"job_id": "j1", "user_id": 42}', "invalid_user_id"),
        ('{"job_id": "j1", "user_id": "a/b"}', "invalid_user_id"),
        ('{"job_id": "j1", "user_id": " u1"}', "invalid_user_id"),
        ('{"job_id": "j1", "user_id": "u\\n1"}', "invalid_user_id"),
        ('{"job_id": "j1", "user_id": "' + "u" * 256 + '"}', "invalid_user_id"),
        ('{"user_id": "u1"}', "missing_job_id"),
        ('{"job_id": true, "user_id": "u1"}', "invalid_job_id"),
        ('{"job_id": "j1", "user_id": "u1", "kind": 3}', "invalid_kind"),
    ],
)
def test_malformed_messages_name_their_reason(body: str, reason: str) -> None:
    with pytest.raises(MalformedMessage) as caught:
        parse_job_message(body)
    assert caught.value.reason == reason


def test_a_valid_message_parses() -> None:
    ref = parse_job_message(json.dumps({"job_id": "j1", "user_id": "u1", "kind": "plan", "extra": 1}))
    assert (ref.job_id, ref.user_id, ref.kind, ref.correlation_id) == ("j1", "u1", "plan", "-")


async def _deliver_all(rounds: int = 20) -> None:
    """Run the registered triggers as the local host does, until both queues are empty."""
    services = await get_services()
    for _ in range(rounds):
        handled = 0
        for queue, fn in TRIGGERS.items():
            handler = _handler(QueueFunction(queue, queue, fn), 10.0)
            handled += await process_batch(services.queue, queue, handler, SETTINGS, lease_seconds=5.0)  # type: ignore[arg-type]
        if not handled:
            return
    raise AssertionError("queues did not drain")


async def _counts() -> dict[str, Any]:
    services = await get_services()
    found = {}
    for queue in (AI, POISON, POISON_POISON):
        try:
            found[queue] = await services.queue.approximate_count(queue)
        except NotFound:  # Azure: a queue nothing was ever sent to does not exist
            found[queue] = 0
    return found


async def test_an_empty_user_id_is_dead_lettered_once_not_retried_into_poison(backend: str) -> None:
    services = await get_services()
    calls = 0
    original = services.store.read

    async def counting_read(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return await original(*args, **kwargs)

    services.store.read = counting_read  # type: ignore[method-assign]
    await services.queue.send(AI, json.dumps({"job_id": "j1", "user_id": ""}))
    await _deliver_all()
    services.store.read = original  # type: ignore[method-assign]
    assert await _counts() == {AI: 0, POISON: 0, POISON_POISON: 0}
    assert calls == 0  # never looked up: it was rejected when parsed
    tally = await dead_letters.tally(services.store, AI)
    assert tally["counts"] == {"missing_user_id": 1} and tally["last_at"]
    page = await services.store.query(containers.SYSTEM.name, _records_query())
    assert [(r["queue"], r["stage"], r["reason"]) for r in page.items] == [(AI, "queue", "missing_user_id")]
    assert "j1" not in json.dumps(page.items)  # a hash of the body, not the body
    await close_services()


def _records_query() -> Any:
    from shared.store.port import Filter, Query

    return Query(filters=(Filter("pk", "eq", dead_letters.RECORDS_PK),), limit=50)


async def test_a_poison_handler_that_fails_never_poisons_its_message(
    backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = await get_services()
    job = await create_job(services, "u1", "no-such-kind-handler", {})
    for message in await services.queue.receive(AI, 8):  # take it off; fail it through the poison queue
        await services.queue.delete(AI, message.id, message.pop_receipt)
    body = json.dumps({"job_id": job["id"], "user_id": "u1"})
    await services.queue.send(POISON, body)
    await services.queue.send(POISON, "garbage")

    async def broken_read(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("store down")

    original = services.store.read
    services.store.read = broken_read  # type: ignore[method-assign]
    for _ in range(SETTINGS.max_dequeue_count + 2):  # more than enough deliveries to poison it twice over
        handler = _handler(QueueFunction(POISON, POISON, queue_functions.ai_jobs_poison), 10.0)
        await process_batch(services.queue, POISON, handler, SETTINGS, lease_seconds=5.0)  # type: ignore[arg-type]
    assert await _counts() == {AI: 0, POISON: 0, POISON_POISON: 0}
    services.store.read = original  # type: ignore[method-assign]
    counts = (await dead_letters.tally(services.store, AI))["counts"]
    assert counts == {dead_letters.POISON_HANDLER_ERROR: 1, "not_json": 1}
    await close_services()


async def test_a_job_that_keeps_failing_is_failed_once_by_the_poison_trigger(backend: str) -> None:
    services = await get_services()

    async def always_fails(services: Any, job: Any) -> Any:
        raise RuntimeError("provider down")

    services.jobs = {**services.jobs, "flaky": always_fails}  # this Services only: HANDLERS is shared
    job = await create_job(services, "u1", "flaky", {})
    await _deliver_all()
    assert await _counts() == {AI: 0, POISON: 0, POISON_POISON: 0}
    stored = await services.store.read(containers.AI.name, "u1", job["id"])
    assert (stored["status"], stored["error"]) == ("failed", FAILED_AFTER_RETRIES)
    assert (await dead_letters.tally(services.store, AI))["counts"] == {dead_letters.RETRIES_EXHAUSTED: 1}
    await close_services()


async def test_admins_see_queue_health_per_queue_and_reason(backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast_hashing(monkeypatch)
    app = create_app()
    user = await sign_up(app)
    services = await get_services()
    await services.queue.send(AI, json.dumps({"job_id": "j1", "user_id": ""}))
    await services.queue.send(AI, "{")
    await _deliver_all()
    assert (await user.client.get("/api/admin/queue-health", headers=user.auth)).status_code == 403
    await make_admin(user)  # signs in again, with two-step sign-in, as an admin must
    response = await user.client.get("/api/admin/queue-health", headers=user.auth)
    assert response.status_code == 200, response.text
    by_queue = {row["queue"]: row for row in response.json()}
    assert set(by_queue) == set(names.ALL)
    ai = by_queue[AI]
    assert (ai["messages"], ai["poison_queue"], ai["poison_messages"]) == (0, POISON, 0)
    assert ai["dead_letters"]["counts"] == {"missing_user_id": 1, "not_json": 1}
    assert by_queue[names.DAILY_MESSAGES]["dead_letters"] == {"counts": {}, "last_at": None}
    assert "/api/admin/queue-health" in app.openapi()["paths"]
    await user.client.aclose()
    await close_services()
