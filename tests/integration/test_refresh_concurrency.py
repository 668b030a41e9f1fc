"""Refresh over HTTP when tabs race: one cookie sent many times at once, and reuse after the grace window."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

import pytest
from fastapi import FastAPI

from shared.bootstrap import close_services, get_services
from shared.identity.records import USERS
from tests.support.identity import client_for, sign_up

TABS = 10


def _cookie(token: str) -> dict[str, str]:
    return {"Cookie": f"vigor_refresh={token}"}


async def _shift_clock(seconds: float) -> None:
    services = await get_services()
    start = datetime.now(services.clock().tzinfo)
    services.clock = lambda: start + timedelta(seconds=seconds)


async def test_concurrent_refreshes_with_one_cookie_all_succeed_and_every_cookie_keeps_working(app: FastAPI) -> None:
    user = await sign_up(app)
    cookie = user.client.cookies["__Host-vigor_refresh"]
    tabs = [client_for(app) for _ in range(TABS)]
    responses = await asyncio.gather(*(tab.post("/api/auth/refresh", headers=_cookie(cookie)) for tab in tabs))
    assert [r.status_code for r in responses] == [200] * TABS, [r.text for r in responses]
    returned = [r.cookies["__Host-vigor_refresh"] for r in responses]
    assert cookie not in returned
    # Every tab goes on with the cookie it was given, and then with the one it gets next.
    for tab, token in zip(tabs, returned, strict=True):
        again = await tab.post("/api/auth/refresh", headers=_cookie(token))
        assert again.status_code == 200, again.text
        me = await tab.get("/api/users/me", headers={"Authorization": f"Bearer {again.json()['access_token']}"})
        assert me.status_code == 200 and me.json()["id"] == user.user_id
    latest_cookie = _cookie(again.cookies["__Host-vigor_refresh"])
    latest = (await user.client.post("/api/auth/refresh", headers=latest_cookie)).status_code
    assert latest == 200
    services = await get_services()
    family = await services.store.read(USERS, user.user_id, f"rtfam:{cookie.split('.')[1]}")
    assert not family["revoked"]
    for client in [*tabs, user.client]:
        await client.aclose()


async def test_a_copy_used_within_the_window_gets_the_same_successor(app: FastAPI) -> None:
    user = await sign_up(app)
    first = user.client.cookies["__Host-vigor_refresh"]
    rotated = await user.client.post("/api/auth/refresh")
    second = rotated.cookies["__Host-vigor_refresh"]
    await _shift_clock(25)
    async with client_for(app) as late_tab:
        late = await late_tab.post("/api/auth/refresh", headers=_cookie(first))
    assert late.status_code == 200 and late.cookies["__Host-vigor_refresh"] == second
    assert (await user.client.post("/api/auth/refresh")).status_code == 200
    await user.client.aclose()


async def test_reuse_after_the_grace_window_revokes_the_family(app: FastAPI) -> None:
    user = await sign_up(app)
    first = user.client.cookies["__Host-vigor_refresh"]
    assert (await user.client.post("/api/auth/refresh")).status_code == 200
    await _shift_clock(31)
    async with client_for(app) as thief:
        replay = await thief.post("/api/auth/refresh", headers=_cookie(first))
    assert replay.status_code == 401
    # The legitimate holder's current cookie dies with the family: theft detection is unchanged.
    assert (await user.client.post("/api/auth/refresh")).status_code == 401
    await user.client.aclose()


async def test_the_grace_window_is_a_setting(app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REFRESH_REUSE_GRACE_S", "5")
    from shared.config import get_settings

    get_settings.cache_clear()
    await close_services()
    user = await sign_up(app)
    first = user.client.cookies["__Host-vigor_refresh"]
    assert (await user.client.post("/api/auth/refresh")).status_code == 200
    await _shift_clock(6)
    async with client_for(app) as other:
        assert (await other.post("/api/auth/refresh", headers=_cookie(first))).status_code == 401
    assert (await user.client.post("/api/auth/refresh")).status_code == 401
    await user.client.aclose()
