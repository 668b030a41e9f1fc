"""Deletion as a resumable job (issue 23, item 4): DELETE /api/users/me ends the account for its owner at once
(sign-in, refresh and every request fail), and a queue job erases the data, the account record last. A run
that dies part-way is resumed by the queue's retry and finishes; a lost message is sent again by the daily
maintenance run; the address can be registered again. On the embedded store and the Cosmos DB protocol server."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from fastapi import FastAPI

from shared.bootstrap import get_services
from shared.errors import NotFound
from shared.identity import deletion
from shared.identity.records import ACCOUNT_ID, SYSTEM, USERS, email_key
from shared.queue import names
from shared.store import containers
from shared.store.port import Filter, Query
from tests.support import store_backends
from tests.support.deletions import run_deletions
from tests.support.identity import PROFILE, STRONG_PASSWORD, User, client_for, sign_up
from tests.support.workout_fixtures import plan_body

cosmos_endpoint = store_backends.cosmos_endpoint
app = store_backends.app


async def _with_data(app: FastAPI) -> User:
    user = await sign_up(app)
    for method, path, body in (("PUT", "/api/users/profile", PROFILE), ("POST", "/api/workouts", plan_body())):
        response = await user.client.request(method, path, json=body, headers=user.auth)
        assert response.is_success, response.text
    return user


async def _mentions(user_id: str) -> list[tuple[str, str]]:
    store, found = (await get_services()).store, []
    for spec in containers.ALL:
        page = await store.query(spec.name, Query(limit=1000))
        found += [(spec.name, str(d.get("type"))) for d in page.items if user_id in json.dumps(d)]
    return found


async def _deleted_records() -> list[dict[str, Any]]:
    store = (await get_services()).store
    filters = (Filter("type", "eq", "audit"), Filter("action", "eq", "account.deleted"))
    return (await store.query(SYSTEM, Query(filters=filters, limit=100))).items


async def _login(app: FastAPI, email: str, password: str = STRONG_PASSWORD) -> int:
    async with client_for(app, "198.51.100.40") as client:
        return (await client.post("/api/auth/login", json={"email": email, "password": password})).status_code


async def test_the_account_ends_at_once_and_the_job_erases_everything_account_last(app: FastAPI) -> None:
    user = await _with_data(app)
    assert (await user.client.delete("/api/users/me", headers=user.auth)).status_code == 204
    # Before any job ran: every way in is shut, though the data is still being erased.
    assert (await user.client.get("/api/users/me", headers=user.auth)).status_code == 401
    assert (await user.client.post("/api/auth/refresh")).status_code == 401
    assert await _login(app, user.email) == 401  # as for an unknown address: nothing says it is still there
    store = (await get_services()).store
    account = await store.read(USERS, user.user_id, ACCOUNT_ID)
    assert account["disabled"] and account["deletion"]["actor"] == user.user_id
    assert await store.count(containers.WORKOUTS.name, partition_key=user.user_id) >= 1  # still there...
    assert await run_deletions() == 1
    assert await _mentions(user.user_id) == []  # ...and now gone, everywhere
    records = await _deleted_records()
    assert len(records) == 1 and records[0]["target"].startswith("deleted-user:")
    assert await run_deletions() == 0
    await (await get_services()).queue.send(names.ACCOUNT_DELETION, json.dumps({"user_id": user.user_id}))
    assert await run_deletions() == 1  # a repeated message finds nothing to do
    assert len(await _deleted_records()) == 1
    again = await sign_up(app, user.email)  # the address is free again
    assert again.user_id != user.user_id and await _login(app, user.email) == 200


async def test_a_run_killed_part_way_is_resumed_and_finishes(app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    user = await _with_data(app)
    store = (await get_services()).store
    real_delete_partition, real_delete = store.delete_partition, store.delete
    crashes = {"partition": 1, "account": 1}

    async def dying_partition(container: str, partition_key: str) -> int:
        if container == containers.WORKOUTS.name and crashes["partition"]:
            crashes["partition"] -= 1
            raise RuntimeError("worker killed")  # part-way: the system documents and blobs are gone already
        return await real_delete_partition(container, partition_key)

    async def dying_delete(container: str, partition_key: str, doc_id: str, if_match: str | None = None) -> None:
        if container == USERS and doc_id == ACCOUNT_ID and crashes["account"]:
            crashes["account"] -= 1
            raise RuntimeError("worker killed")  # after the audit record, before the account
        await real_delete(container, partition_key, doc_id, if_match)

    monkeypatch.setattr(store, "delete_partition", dying_partition)
    monkeypatch.setattr(store, "delete", dying_delete)
    assert (await user.client.delete("/api/users/me", headers=user.auth)).status_code == 204
    assert await run_deletions() == 3  # two runs died, the third finished
    assert crashes == {"partition": 0, "account": 0}
    assert await _mentions(user.user_id) == []
    assert len(await _deleted_records()) == 1  # the audit record is written once, whatever the retries
    assert (await sign_up(app, user.email)).user_id != user.user_id


async def test_the_address_can_be_registered_while_the_erasure_waits(app: FastAPI) -> None:
    user = await _with_data(app)
    assert (await user.client.delete("/api/users/me", headers=user.auth)).status_code == 204
    newcomer = await sign_up(app, user.email)
    assert await run_deletions() == 1
    assert await _mentions(user.user_id) == []
    store = (await get_services()).store
    index = await store.read(SYSTEM, email_key(user.email), email_key(user.email))
    assert index["userId"] == newcomer.user_id  # the erasure took the old account's things only
    assert (await newcomer.client.get("/api/users/me", headers=newcomer.auth)).status_code == 200


async def test_a_lost_message_is_sent_again_by_the_daily_run(app: FastAPI) -> None:
    user = await _with_data(app)
    services = await get_services()
    assert (await user.client.delete("/api/users/me", headers=user.auth)).status_code == 204
    for message in await services.queue.receive(names.ACCOUNT_DELETION, max_messages=10):
        await services.queue.delete(names.ACCOUNT_DELETION, message.id, message.pop_receipt)  # lost
    assert await deletion.resume_stranded(services) == 0  # not before the hour is up
    later = services.clock() + timedelta(hours=2)
    assert await deletion.resume_stranded(services, later) == 1
    assert await run_deletions() == 1
    assert await _mentions(user.user_id) == []
    assert await deletion.resume_stranded(services, later) == 0
    with pytest.raises(NotFound):
        await services.store.read(USERS, user.user_id, ACCOUNT_ID)


async def test_an_email_index_taken_over_while_the_erasure_runs_is_left_to_its_new_owner(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The attacker review of issue 17: the erasure deleted the address's index by id, so a registration that
    took the address over between the erasure's query and its delete lost its index."""
    from shared.bootstrap import close_services, get_services
    from shared.identity import deletion
    from shared.identity.records import SYSTEM, email_key, system_doc

    services = await get_services()
    key = email_key("taken@example.com")
    old = await services.store.create(SYSTEM, system_doc(key, type="email_index", userId="old-user", created_at="x"))
    await services.store.replace(SYSTEM, system_doc(key, type="email_index", userId="new-user", created_at="y"))
    answers = [[old], []]  # what the erasure's query had read before the takeover

    async def stale(store: object, user_id: str) -> list[dict[str, object]]:
        return answers.pop(0) if answers else []

    monkeypatch.setattr(deletion, "system_documents", stale)
    await deletion._system_documents(services.store, "old-user")
    assert (await services.store.read(SYSTEM, key, key))["userId"] == "new-user"
    await close_services()
