"""The retention schedule for inactive accounts (issue 17): `last_active` kept once a day, a warning email first,
then deletion through the erasure path, found by an indexed range query. Over HTTP and the daily maintenance run,
on the embedded store and on the Cosmos DB protocol server, with the clock moved years ahead."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from shared.blobs.names import IMPORTS
from shared.bootstrap import get_services
from shared.identity.records import SYSTEM, USERS
from shared.maintenance.daily import run_daily_maintenance
from shared.maintenance.retention import ACTOR, BACKFILL_MARKER, years_before
from shared.store import containers
from shared.store.port import Filter, PatchOp, Query
from shared.store.sqlite import SqliteDocumentStore
from shared.store.sqlite_query import build_page_query
from tests.support import store_backends
from tests.support.deletions import run_deletions
from tests.support.identity import STRONG_PASSWORD, User, client_for, sign_up
from tests.support.mailbox import inbox

# The app on the embedded store and on the Cosmos DB protocol server (tests/support/store_backends.py).
cosmos_endpoint = store_backends.cosmos_endpoint
app = store_backends.app


async def _at(day: date) -> None:
    """Move the services' clock to noon UTC of `day`."""
    moment = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=12)
    (await get_services()).clock = lambda: moment


async def _account(user: User) -> dict[str, Any]:
    return await (await get_services()).store.read(USERS, user.user_id, "account")


async def _audit(action: str) -> list[dict[str, Any]]:
    query = Query(filters=(Filter("type", "eq", "audit"), Filter("action", "eq", action)), limit=100)
    return list((await (await get_services()).store.query(SYSTEM, query)).items)


async def _use(app: FastAPI, user: User) -> None:
    """Sign in and open the account, as the owner coming back does."""
    client = client_for(app, "198.51.100.170")
    signed = await client.post("/api/auth/login", json={"email": user.email, "password": STRONG_PASSWORD})
    assert signed.status_code == 200, signed.text
    me = await client.get("/api/users/me", headers={"Authorization": f"Bearer {signed.json()['access_token']}"})
    assert me.status_code == 200
    await client.aclose()


async def _bytes(data: bytes) -> AsyncIterator[bytes]:
    yield data


async def test_an_account_unused_for_years_is_warned_then_deleted_and_a_used_one_kept(app: FastAPI) -> None:
    services = await get_services()
    today = services.clock().date()
    idle, busy = await sign_up(app), await sign_up(app)
    assert (await _account(idle))["last_active"] == today.isoformat()
    for owner in (idle, busy):  # an uploaded file of each (no expiry here: only erasure may remove it)
        await services.blobs.put(IMPORTS, f"{owner.user_id}/upload.csv", _bytes(b"Date,Exercise\n"))
    years, notice = services.settings.inactive_account_years, services.settings.inactive_warning_days
    due = years_before(today, -years)
    warn_day = due - timedelta(days=notice - 1)
    await _at(warn_day)
    await _use(app, busy)
    assert (await _account(busy))["last_active"] == warn_day.isoformat()  # moved once, on its first request
    first = await run_daily_maintenance(services)
    assert first["inactive_warned"] == 1 and first["inactive_deleted"] == 0
    warning = (await _account(idle))["retention_warning"]
    delete_on = date.fromisoformat(warning["delete_on"])
    assert delete_on == warn_day + timedelta(days=notice)  # a full notice, even a day after it was due
    mails = [m for m in await inbox(idle.email) if m["kind"] == "inactive_warning"]
    assert len(mails) == 1 and delete_on.isoformat() in mails[0]["text"] and "/sign-in" in mails[0]["text"]
    assert (await run_daily_maintenance(services))["inactive_warned"] == 0  # warned once
    assert len([m for m in await inbox(idle.email) if m["kind"] == "inactive_warning"]) == 1
    await _at(delete_on - timedelta(days=1))
    assert (await run_daily_maintenance(services))["inactive_deleted"] == 0
    await _at(delete_on)
    assert (await run_daily_maintenance(services))["inactive_deleted"] == 1
    await run_deletions()
    stranger = client_for(app, "198.51.100.171")
    gone = await stranger.post("/api/auth/login", json={"email": idle.email, "password": STRONG_PASSWORD})
    assert gone.status_code == 401
    assert (await idle.client.get("/api/users/me", headers=idle.auth)).status_code == 401
    assert "last_active" in await _account(busy)  # the other account is untouched
    assert [i.name async for i in services.blobs.list(IMPORTS)] == [f"{busy.user_id}/upload.csv"]  # files erased too
    assert [r["actor"] for r in await _audit("account.deleted")] == [ACTOR]
    assert len(await _audit("account.inactivity_warned")) == 1
    await stranger.aclose()


async def test_coming_back_after_the_warning_keeps_the_account(app: FastAPI) -> None:
    services = await get_services()
    user = await sign_up(app)
    due = years_before(services.clock().date(), -services.settings.inactive_account_years)
    await _at(due + timedelta(days=2))
    assert (await run_daily_maintenance(services))["inactive_warned"] == 1
    await _at(due + timedelta(days=10))
    await _use(app, user)
    await _at(due + timedelta(days=40))
    done = await run_daily_maintenance(services)
    assert done["inactive_deleted"] == 0 and done["inactive_warned"] == 0
    assert (await _account(user))["last_active"] == (due + timedelta(days=10)).isoformat()


async def _warned(app: FastAPI, user: User) -> date:
    """Move the clock past the account's due day and let the daily run warn it; the warning's delete_on."""
    services = await get_services()
    last_active = date.fromisoformat((await _account(user))["last_active"])
    due = years_before(last_active, -services.settings.inactive_account_years)
    await _at(due + timedelta(days=2))
    assert (await run_daily_maintenance(services))["inactive_warned"] == 1
    return date.fromisoformat((await _account(user))["retention_warning"]["delete_on"])


async def test_signing_in_after_the_warning_clears_it_and_the_account_is_kept(app: FastAPI) -> None:
    """Issue 17: a warned person who only signs in (no other request) is in use again: the warning is gone from the
    account (audited), the deletion day passes with the account and its data kept, and inactivity counts afresh,
    with a new warning and its full notice years later."""
    services = await get_services()
    user = await sign_up(app)
    delete_on = await _warned(app, user)
    back = delete_on - timedelta(days=5)
    await _at(back)
    client = client_for(app, "198.51.100.172")
    signed = await client.post("/api/auth/login", json={"email": user.email, "password": STRONG_PASSWORD})
    assert signed.status_code == 200, signed.text
    account = await _account(user)
    assert account.get("retention_warning") is None and account["last_active"] == back.isoformat()
    assert [r["target"] for r in await _audit("account.inactivity_warning_cleared")] == [user.user_id]
    await _at(delete_on + timedelta(days=1))
    done = await run_daily_maintenance(services)
    assert done["inactive_deleted"] == 0 and done["inactive_warned"] == 0
    assert await _audit("account.deleted") == []
    assert (await _account(user))["last_active"] == back.isoformat()  # the run itself is no use of the account
    later = years_before(back, -services.settings.inactive_account_years) + timedelta(days=1)
    await _at(later)
    assert (await run_daily_maintenance(services))["inactive_warned"] == 1  # a new warning, counted from the return
    again = (await _account(user))["retention_warning"]
    assert again["last_active"] == back.isoformat()
    relogin = await client.post("/api/auth/login", json={"email": user.email, "password": STRONG_PASSWORD})
    assert relogin.status_code == 200 and (await _account(user)).get("retention_warning") is None
    assert date.fromisoformat(again["delete_on"]) == later + timedelta(days=services.settings.inactive_warning_days)
    await client.aclose()


async def test_a_kept_sign_in_renewing_after_the_warning_clears_it(app: FastAPI) -> None:
    """The web app renews its sign-in as it opens (POST /api/auth/refresh): that is use of the account too."""
    services = await get_services()
    user = await sign_up(app)
    long_ago = years_before(services.clock().date(), services.settings.inactive_account_years + 1)
    # A last recorded use long ago while a sign-in is still live (the fixture cannot wait years for one).
    await services.store.patch(USERS, user.user_id, "account", [PatchOp("set", "last_active", long_ago.isoformat())])
    assert (await run_daily_maintenance(services))["inactive_warned"] == 1
    renewed = await user.client.post("/api/auth/refresh")
    assert renewed.status_code == 200, renewed.text
    account = await _account(user)
    assert account.get("retention_warning") is None
    assert account["last_active"] == services.clock().date().isoformat()
    await _at(services.clock().date() + timedelta(days=services.settings.inactive_warning_days + 1))
    assert (await run_daily_maintenance(services))["inactive_deleted"] == 0


async def test_a_page_read_before_the_owner_came_back_deletes_nothing(app: FastAPI) -> None:
    """The daily run reads accounts a page at a time: one signed in since its page was read is neither deleted nor
    warned again on the strength of that page."""
    from shared.maintenance import retention

    services = await get_services()
    user = await sign_up(app)
    delete_on = await _warned(app, user)
    await _at(delete_on)
    stale = await _account(user)  # what the run's page holds
    await _use(app, user)
    assert await retention._settle(services, stale, delete_on) is None
    assert (await _account(user))["retention_warning"] is None
    cleared = {**stale, "retention_warning": None}  # a page read after the warning was cleared, before the sign-in
    assert await retention._settle(services, cleared, delete_on) is None
    assert (await _account(user)).get("retention_warning") is None
    assert await _audit("account.deleted") == []


async def test_accounts_from_before_get_today_once(app: FastAPI) -> None:
    services = await get_services()
    user = await sign_up(app)
    await services.store.patch(USERS, user.user_id, "account", [PatchOp("remove", "last_active")])
    later = services.clock().date() + timedelta(days=400)
    await _at(later)
    await run_daily_maintenance(services)
    assert (await _account(user))["last_active"] == later.isoformat()  # the clock starts with the schedule
    assert (await services.store.read(SYSTEM, BACKFILL_MARKER, BACKFILL_MARKER))["type"] == "retention_marker"


async def test_the_embedded_store_finds_inactive_accounts_by_an_index(tmp_path: Path) -> None:
    store = SqliteDocumentStore(tmp_path / "store.sqlite3", containers.ALL)
    await store.initialize()
    await store.create(USERS, {"id": "account", "userId": "u1", "type": "account", "last_active": "2020-01-01"})
    await store.create(USERS, {"id": "account", "userId": "u2", "type": "account", "last_active": "2030-01-01"})
    await store.create(USERS, {"id": "profile", "userId": "u1", "type": "profile", "last_active": 5})
    query = Query(filters=(Filter("last_active", "lt", "2025-01-01"), Filter("type", "eq", "account")), limit=10)
    assert [d["userId"] for d in (await store.query(USERS, query)).items] == ["u1"]
    await store.close()
    sql, params = build_page_query(USERS, query, time.time())
    with sqlite3.connect(tmp_path / "store.sqlite3") as conn:
        plan = " ".join(str(row[-1]) for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))
    assert "documents_last_active" in plan, plan
