"""Registration that repairs itself (issue 23, item 5): a registration cut short between its two writes (the
email index, the account) never locks the address. Each crash point is left in the store as the crash leaves
it, then the user registers and signs in over HTTP; on the embedded store and the Cosmos DB protocol server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI

from shared.bootstrap import get_services
from shared.errors import Conflict, NotFound
from shared.identity import registration
from shared.identity.records import ACCOUNT_ID, SYSTEM, USERS, email_key, new_account, new_user_id, system_doc
from shared.store import containers
from tests.support import store_backends
from tests.support.identity import STRONG_PASSWORD, client_for

cosmos_endpoint = store_backends.cosmos_endpoint
app = store_backends.app
EMAIL = "rosa@example.com"
NEW_PASSWORD = "marble-harbour-57-kettle"


def _ago(seconds: float) -> str:
    return (datetime.now(UTC) - timedelta(seconds=seconds)).isoformat(timespec="seconds")


async def _register(app: FastAPI, password: str = NEW_PASSWORD) -> Any:
    async with client_for(app) as client:
        body = {"email": EMAIL, "password": password, "consent_health_data": True}
        return await client.post("/api/auth/register", json=body)


async def _login(app: FastAPI, password: str = NEW_PASSWORD) -> Any:
    async with client_for(app, "198.51.100.30") as client:
        return await client.post("/api/auth/login", json={"email": EMAIL, "password": password})


async def _index() -> dict[str, Any]:
    store = (await get_services()).store
    return await store.read(SYSTEM, email_key(EMAIL), email_key(EMAIL))


async def _crashed_after_the_index(created_at: str, state: str | None = "pending") -> str:
    """The index as a registration that died before its account leaves it (state None: written by older code)."""
    store, user_id = (await get_services()).store, new_user_id()
    extra = {"state": state} if state else {}
    key = email_key(EMAIL)
    await store.create(SYSTEM, system_doc(key, type="email_index", userId=user_id, created_at=created_at, **extra))
    return user_id


async def _crashed_before_the_index(created_at: str) -> str:
    """An account stored without its index (its create reported a failure, so the index was removed)."""
    store, user_id = (await get_services()).store, new_user_id()
    account = new_account(user_id, EMAIL, "Rosa", "$argon2id$not-a-real-hash", f"email:{EMAIL}")
    await store.create(USERS, {**account, "created_at": created_at})
    return user_id


@pytest.mark.parametrize("state", ["pending", None])
async def test_an_index_left_without_its_account_is_taken_over_by_the_next_registration(
    app: FastAPI, state: str | None
) -> None:
    crashed = await _crashed_after_the_index(_ago(120), state)
    assert (await _login(app)).status_code == 401  # nobody can sign in with it...
    registered = await _register(app)
    assert registered.status_code == 201, registered.text  # ...and it no longer locks the address
    user_id = registered.json()["user"]["id"]
    assert user_id != crashed
    signed_in = await _login(app)
    assert signed_in.status_code == 200, signed_in.text
    assert signed_in.json()["user"]["id"] == user_id
    index = await _index()
    assert (index["userId"], index["state"]) == (user_id, "complete")
    assert (await _register(app)).status_code == 409  # now the address is taken, for good reason


async def test_a_registration_in_flight_is_not_overtaken(app: FastAPI) -> None:
    """A pending index younger than the repair wait is a registration hashing its password (a double click)."""
    await _crashed_after_the_index(_ago(5))
    assert (await _register(app)).status_code == 409
    index = await _index()
    store = (await get_services()).store
    await store.replace(SYSTEM, {k: v for k, v in index.items() if not k.startswith("_")} | {"created_at": _ago(61)})
    assert (await _register(app)).status_code == 201  # a minute on, it was a crash: repaired
    assert (await _login(app)).status_code == 200


async def test_a_crash_after_the_account_completes_the_first_registration(app: FastAPI) -> None:
    """Index and account both written, the commit not: the account is whole, its owner signs in with the
    password they chose, and a second registration is refused (never a second account for the address)."""
    first = await _register(app, STRONG_PASSWORD)
    assert first.status_code == 201
    store = (await get_services()).store
    index = await _index()
    crashed = {k: v for k, v in index.items() if not k.startswith("_")} | {"state": "pending", "created_at": _ago(600)}
    await store.replace(SYSTEM, crashed)
    assert (await _register(app)).status_code == 409
    assert (await _login(app, STRONG_PASSWORD)).status_code == 200


async def test_an_account_left_without_its_index_is_removed_when_the_address_registers(app: FastAPI) -> None:
    orphan = await _crashed_before_the_index(_ago(600))
    registered = await _register(app)
    assert registered.status_code == 201, registered.text
    signed_in = await _login(app)
    assert signed_in.status_code == 200 and signed_in.json()["user"]["id"] == registered.json()["user"]["id"]
    store = (await get_services()).store
    with pytest.raises(NotFound):
        await store.read(USERS, orphan, ACCOUNT_ID)  # no second copy of the address is kept


async def test_an_unindexed_account_that_holds_data_is_never_removed(app: FastAPI) -> None:
    """Only an account that can never have been used goes: one with data is left for an operator."""
    kept = await _crashed_before_the_index(_ago(600))
    store = (await get_services()).store
    await store.create(containers.WORKOUTS.name, {"id": "s1", "userId": kept, "type": "session"})
    assert (await _register(app)).status_code == 201
    assert (await store.read(USERS, kept, ACCOUNT_ID))["email"] == EMAIL


async def test_an_overtaken_registration_removes_its_own_account_and_never_the_winners(app: FastAPI) -> None:
    store, key = (await get_services()).store, email_key(EMAIL)
    slow, fast = new_user_id(), new_user_id()
    slow_index = await registration.claim(store, key, EMAIL, slow)
    stale = {k: v for k, v in slow_index.items() if not k.startswith("_")} | {"created_at": _ago(120)}
    slow_index = await store.replace(SYSTEM, stale)  # the slow one stalls past the repair wait...
    fast_index = await registration.claim(store, key, EMAIL, fast)  # ...and a new attempt repairs the index
    for user_id in (slow, fast):
        await store.create(USERS, new_account(user_id, EMAIL, "Rosa", "$argon2id$x", f"email:{EMAIL}"))
    with pytest.raises(Conflict):
        await registration.commit(store, slow_index, slow)
    await registration.commit(store, fast_index, fast)
    with pytest.raises(NotFound):
        await store.read(USERS, slow, ACCOUNT_ID)
    assert (await store.read(USERS, fast, ACCOUNT_ID))["userId"] == fast
    assert (await _index())["userId"] == fast


# An email change cut short (the attacker review of issue 17): the move writes the new address's index, then the
# account, then removes the old index. Each crash is injected into the store the app uses, over HTTP.

MOVER = "mover@example.com"


async def _ask_to_move(user: Any, to: str) -> str:
    from tests.support.mailbox import inbox, link_token

    asked = await user.client.post(
        "/api/users/me/email", json={"new_email": to, "current_password": STRONG_PASSWORD}, headers=user.auth
    )
    assert asked.status_code == 202, asked.text
    return link_token([m for m in await inbox(to) if m["kind"] == "verify_email"][-1])


def _crash_on(monkeypatch: pytest.MonkeyPatch, store: Any, method: str, when: Any) -> None:
    """The process dies (the request fails) at the first `method` call `when(args)` picks; later calls go through."""
    real = getattr(store, method)
    fired: list[bool] = []

    async def crashing(*args: Any, **kwargs: Any) -> Any:
        if not fired and when(args):
            fired.append(True)
            raise RuntimeError("the host died here")
        return await real(*args, **kwargs)

    monkeypatch.setattr(store, method, crashing)


async def _verify(user: Any, token: str) -> Any:
    return await user.client.post("/api/auth/verify-email", json={"token": token}, headers=user.auth)


async def test_a_change_cut_short_after_the_new_index_is_finished_by_the_next_attempt(
    app: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.support.identity import sign_up

    user = await sign_up(app, MOVER)
    store = (await get_services()).store
    token = await _ask_to_move(user, EMAIL)
    moving = lambda args: args[0] == USERS and any(op.path == "email" for op in args[3])  # noqa: E731
    _crash_on(monkeypatch, store, "patch", moving)
    assert (await _verify(user, token)).status_code == 500  # the index is written, the account is not
    assert (await _index())["userId"] == user.user_id
    assert (await _register(app)).status_code == 409  # a registration in the same minute waits, as for registrations
    moved = await _verify(user, await _ask_to_move(user, EMAIL))  # the owner tries again: their own index is reused
    assert moved.status_code == 200 and moved.json()["email"] == EMAIL, moved.text
    async with client_for(app, "198.51.100.30") as client:
        signed = await client.post("/api/auth/login", json={"email": EMAIL, "password": STRONG_PASSWORD})
        assert signed.status_code == 200 and signed.json()["user"]["id"] == user.user_id


async def test_a_change_cut_short_after_the_new_index_frees_the_address_for_a_registration(
    app: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.support.identity import sign_up

    user = await sign_up(app, MOVER)
    store = (await get_services()).store
    token = await _ask_to_move(user, EMAIL)
    _crash_on(monkeypatch, store, "patch", lambda args: args[0] == USERS and any(op.path == "email" for op in args[3]))
    assert (await _verify(user, token)).status_code == 500
    index = await _index()  # a minute on, the index names an account that never got this address: stale
    await store.replace(SYSTEM, {k: v for k, v in index.items() if not k.startswith("_")} | {"created_at": _ago(120)})
    registered = await _register(app)
    assert registered.status_code == 201, registered.text
    assert (await _login(app)).json()["user"]["id"] == registered.json()["user"]["id"]
    me = (await user.client.get("/api/users/me", headers=user.auth)).json()
    assert me["email"] == MOVER  # the mover keeps their account and address


async def test_a_change_cut_short_before_the_old_index_goes_frees_the_old_address(
    app: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reverse: the account moved, the old address's index stayed. Its registration takes it over, and the
    account may also move back to it."""
    from tests.support.identity import sign_up

    user = await sign_up(app, MOVER)
    store = (await get_services()).store
    token = await _ask_to_move(user, EMAIL)
    _crash_on(monkeypatch, store, "delete", lambda args: args[0] == SYSTEM and args[1] == email_key(MOVER))
    assert (await _verify(user, token)).status_code == 500
    signed = await client_for(app, "198.51.100.33").post(
        "/api/auth/login", json={"email": EMAIL, "password": STRONG_PASSWORD}
    )
    assert signed.status_code == 200  # the account moved
    user.token = signed.json()["access_token"]
    back = await _verify(user, await _ask_to_move(user, MOVER))  # its own index left behind is reused
    assert back.status_code == 200 and back.json()["email"] == MOVER, back.text
    again = await client_for(app, "198.51.100.33").post(
        "/api/auth/login", json={"email": MOVER, "password": STRONG_PASSWORD}
    )
    user.token = again.json()["access_token"]  # a move ends every sign-in
    token = await _ask_to_move(user, EMAIL)
    _crash_on(monkeypatch, store, "delete", lambda args: args[0] == SYSTEM and args[1] == email_key(MOVER))
    assert (await _verify(user, token)).status_code == 500
    old = await store.read(SYSTEM, email_key(MOVER), email_key(MOVER))  # a minute on: not a move in flight
    await store.replace(SYSTEM, {k: v for k, v in old.items() if not k.startswith("_")} | {"created_at": _ago(120)})
    async with client_for(app, "198.51.100.34") as stranger:
        body = {"email": MOVER, "password": NEW_PASSWORD, "consent_health_data": True}
        assert (await stranger.post("/api/auth/register", json=body)).status_code == 201
