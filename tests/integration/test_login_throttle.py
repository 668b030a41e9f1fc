"""Failed sign-ins slow down the guesser, never the owner: per (account, address), per address and per
account at addresses where it has not signed in before, growing delays with 429 + Retry-After, counters
in the store. Loopback addresses play the owner and the attackers; the services' clock is moved instead of sleeping."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from fastapi import FastAPI

from functions.http.app import create_app
from shared.bootstrap import close_services, get_services
from shared.identity.records import SYSTEM
from shared.store.port import Query
from tests.support.deletions import run_deletions
from tests.support.identity import STRONG_PASSWORD, client_for, fast_hashing, sign_up

OWNER_IP, ATTACKER_IP = "127.0.0.1", "127.0.0.2"
VICTIM = "victim@example.com"
WRONG = "not-the-password-1"


class Clock:
    def __init__(self) -> None:
        self.at = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.at

    def advance(self, seconds: float) -> None:
        self.at += timedelta(seconds=seconds)


@pytest.fixture
async def clock(app: FastAPI) -> Clock:
    clock = Clock()
    (await get_services()).clock = clock
    return clock


async def _login(client: httpx.AsyncClient, password: str, email: str = VICTIM) -> httpx.Response:
    return await client.post("/api/auth/login", json={"email": email, "password": password})


async def _fail(client: httpx.AsyncClient, times: int, email: str = VICTIM) -> None:
    for _ in range(times):
        response = await _login(client, WRONG, email)
        assert response.status_code == 401, response.text


async def test_someone_elses_failures_never_refuse_the_right_password_from_another_address(
    app: FastAPI, clock: Clock
) -> None:
    await sign_up(app, VICTIM)
    async with client_for(app, ATTACKER_IP) as attacker, client_for(app, OWNER_IP) as owner:
        await _fail(attacker, 5)
        for _ in range(20):  # the old lock-out took ten
            assert (await _login(attacker, WRONG)).status_code == 429
        # At the attacker's address even the right password waits: no guessing during the delay.
        assert (await _login(attacker, STRONG_PASSWORD)).status_code == 429
        signed_in = await _login(owner, STRONG_PASSWORD)
        assert signed_in.status_code == 200, signed_in.text
        clock.advance(3600)  # an hour of the attacker's guessing later, still
        await _fail(attacker, 1)
        assert (await _login(owner, STRONG_PASSWORD)).status_code == 200


async def test_delays_grow_after_the_free_failures_and_say_when_to_retry(app: FastAPI, clock: Clock) -> None:
    await sign_up(app, VICTIM)
    async with client_for(app, ATTACKER_IP) as attacker:
        await _fail(attacker, 5)
        waits = []
        for _ in range(5):
            refused = await _login(attacker, WRONG)
            assert refused.status_code == 429
            assert refused.headers["content-type"].startswith("application/problem+json")
            assert "login per account and address" in refused.json()["limit"]
            waits.append(int(refused.headers["Retry-After"]))
            clock.advance(waits[-1])
            await _fail(attacker, 1)
        assert waits == [1, 2, 4, 8, 16]


async def test_waiting_attempts_are_not_counted(app: FastAPI, clock: Clock) -> None:
    await sign_up(app, VICTIM)
    async with client_for(app, ATTACKER_IP) as attacker:
        await _fail(attacker, 5)
        clock.advance(0.5)
        for _ in range(10):
            refused = await _login(attacker, WRONG)
            assert refused.status_code == 429 and refused.headers["Retry-After"] == "1"
        clock.advance(0.5)
        # The owner, retrying at the same address, gets in once the first delay is over.
        assert (await _login(attacker, STRONG_PASSWORD)).status_code == 200


async def test_delays_stop_at_the_configured_cap(app: FastAPI, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGIN_MAX_DELAY_S", "5")
    from shared.config import get_settings

    get_settings.cache_clear()
    await close_services()
    (await get_services()).clock = clock
    await sign_up(app, VICTIM)
    async with client_for(app, ATTACKER_IP) as attacker:
        await _fail(attacker, 5)
        for _ in range(6):
            clock.advance(5)
            await _fail(attacker, 1)
        refused = await _login(attacker, WRONG)
        assert refused.status_code == 429 and refused.headers["Retry-After"] == "5"


async def test_a_success_clears_the_account_at_that_address(app: FastAPI, clock: Clock) -> None:
    await sign_up(app, VICTIM)
    async with client_for(app, OWNER_IP) as owner:
        await _fail(owner, 4)  # typos
        assert (await _login(owner, STRONG_PASSWORD)).status_code == 200
        await _fail(owner, 5)  # five free failures again, not one
        assert (await _login(owner, WRONG)).status_code == 429


async def test_an_address_guessing_at_many_accounts_is_slowed_and_others_are_not(app: FastAPI, clock: Clock) -> None:
    await sign_up(app, VICTIM)
    async with client_for(app, ATTACKER_IP) as attacker, client_for(app, OWNER_IP) as owner:
        for i in range(20):
            await _fail(attacker, 1, email=f"someone{i}@example.com")
        spray = await _login(attacker, WRONG, email="someone-else@example.com")
        assert spray.status_code == 429 and "login per address" in spray.json()["limit"]
        # The attacker's own account does not wash the address clean.
        await sign_up(app, "attacker@example.com", ip=ATTACKER_IP)
        clock.advance(1)
        assert (await _login(attacker, STRONG_PASSWORD, email="attacker@example.com")).status_code == 200
        assert (await _login(attacker, WRONG, email="someone-else@example.com")).status_code == 401
        assert (await _login(attacker, WRONG, email="someone-else@example.com")).status_code == 429
        assert (await _login(owner, STRONG_PASSWORD)).status_code == 200


async def test_a_burst_of_concurrent_guesses_gets_one_past_a_delay(app: FastAPI, clock: Clock) -> None:
    await sign_up(app, VICTIM)
    async with client_for(app, ATTACKER_IP) as attacker:
        await _fail(attacker, 5)
        clock.advance(1)
        burst = await asyncio.gather(*(_login(attacker, WRONG) for _ in range(10)))
    assert sorted(r.status_code for r in burst) == [401] + [429] * 9


async def test_the_counters_are_shared_by_instances_and_forgotten_a_day_later(app: FastAPI, clock: Clock) -> None:
    await sign_up(app, VICTIM)
    other_instance = create_app()  # another app on the same store
    async with client_for(app, ATTACKER_IP) as here, client_for(other_instance, ATTACKER_IP) as there:
        await _fail(here, 3)
        await _fail(there, 2)
        assert (await _login(here, WRONG)).status_code == 429
        assert (await _login(there, WRONG)).status_code == 429
    services = await get_services()
    docs = [d for d in (await services.store.query(SYSTEM, Query(limit=1000))).items if d["type"] == "login_throttle"]
    # The pair and the address remember a day; the account across addresses 15 quiet minutes.
    assert sorted(d["ttl"] for d in docs) == [900, 86400, 86400]


async def test_failure_documents_name_neither_the_email_nor_the_address(app: FastAPI, clock: Clock) -> None:
    async with client_for(app, ATTACKER_IP) as attacker:
        await _fail(attacker, 5, email="secret.person@example.com")  # no such account: counted the same way
        assert (await _login(attacker, WRONG, email="secret.person@example.com")).status_code == 429
    services = await get_services()
    items = (await services.store.query(SYSTEM, Query(limit=1000))).items
    assert [d["action"] for d in items if d.get("type") == "audit"] == ["login.throttled"]
    stored = json.dumps(items).lower()
    assert "secret.person" not in stored and "example.com" not in stored and ATTACKER_IP not in stored


async def test_erasing_an_account_forgets_its_failures(app: FastAPI, clock: Clock) -> None:
    user = await sign_up(app, VICTIM)
    async with client_for(app, ATTACKER_IP) as attacker:
        await _fail(attacker, 2)
    assert (await user.client.delete("/api/users/me", headers=user.auth)).status_code == 204
    await run_deletions()
    services = await get_services()
    kinds = [d.get("subject") for d in (await services.store.query(SYSTEM, Query(limit=1000))).items]
    assert [k for k in kinds if k] == []
    await user.client.aclose()


@pytest.fixture
async def behind_front_end(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FastAPI]:
    """The app as Azure runs it: X-Forwarded-For is trusted, its last hop is the client."""
    fast_hashing(monkeypatch)
    monkeypatch.setenv("VIGOR_ENV", "production")
    monkeypatch.setenv("JWT_SIGNING_KEY", "k" * 64)
    monkeypatch.setenv("TOTP_ENCRYPTION_KEYS", "k1:" + "t" * 64)
    from shared.config import get_settings

    get_settings.cache_clear()
    yield create_app()
    await close_services()


async def test_ipv6_clients_behind_the_front_end_are_told_apart_by_their_slash_64(behind_front_end: FastAPI) -> None:
    app = behind_front_end
    (await get_services()).clock = Clock()
    await sign_up(app, VICTIM)

    def via(hop: str) -> dict[str, str]:
        return {"X-Forwarded-For": f"198.51.100.9, {hop}"}  # the first hop is the client's own invention

    async with client_for(app, "10.0.0.4") as front_end:  # every request comes from the platform's front end
        for _ in range(5):
            r = await front_end.post(
                "/api/auth/login", json={"email": VICTIM, "password": WRONG}, headers=via("[2001:db8:a:1::5]:50123")
            )
            assert r.status_code == 401
        guess = {"email": VICTIM, "password": WRONG}
        # Another address in the attacker's /64 is the same attacker; one in another /64 is someone else.
        assert (await front_end.post("/api/auth/login", json=guess, headers=via("2001:db8:a:1::77"))).status_code == 429
        owner = {"email": VICTIM, "password": STRONG_PASSWORD}
        assert (
            await front_end.post("/api/auth/login", json=owner, headers=via("[2001:db8:b:1::5]:443"))
        ).status_code == 200
        assert (await front_end.post("/api/auth/login", json=owner, headers=via("203.0.113.7:443"))).status_code == 200


async def test_behind_the_static_web_app_a_spoofed_leftmost_hop_does_not_change_the_guessers_key(
    behind_front_end: FastAPI,
) -> None:
    app = behind_front_end
    (await get_services()).clock = Clock()
    await sign_up(app, VICTIM)

    def through_swa(client: str, spoofed: str = "") -> dict[str, str]:
        # SWA's edge appends the client, App Service's front end the SWA's internal address (addresses.py).
        return {"X-Forwarded-For": f"{spoofed}{client}:50123, [fd00::d63d:e0b8:bc35:12be]:64909"}

    async with client_for(app, "169.254.129.1") as front_end:
        for i in range(5):  # a fresh made-up "client" each time, written by the guesser in front
            r = await front_end.post(
                "/api/auth/login",
                json={"email": VICTIM, "password": WRONG},
                headers=through_swa("203.0.113.66", f"198.51.100.{i}, "),
            )
            assert r.status_code == 401
        guess = {"email": VICTIM, "password": WRONG}
        spoofed = through_swa("203.0.113.66", "198.51.100.200, 10.0.0.1, ")
        refused = await front_end.post("/api/auth/login", json=guess, headers=spoofed)
        assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
        owner = {"email": VICTIM, "password": STRONG_PASSWORD}
        assert (
            await front_end.post("/api/auth/login", json=owner, headers=through_swa("203.0.113.7"))
        ).status_code == 200


async def test_a_client_calling_directly_cannot_pick_a_fresh_address_per_guess(behind_front_end: FastAPI) -> None:
    app = behind_front_end
    (await get_services()).clock = Clock()
    await sign_up(app, VICTIM)
    async with client_for(app, "203.0.113.50") as direct:  # not the platform's front end: its peer is public
        statuses = [
            (
                await direct.post(
                    "/api/auth/login",
                    json={"email": VICTIM, "password": WRONG},
                    headers={"X-Forwarded-For": f"203.0.113.{i}"},
                )
            ).status_code
            for i in range(30)
        ]
    assert statuses[:5] == [401] * 5 and set(statuses[5:]) == {429}


async def test_a_guesser_rotating_addresses_is_slowed_per_account_and_the_owner_at_a_known_address_is_not(
    app: FastAPI, clock: Clock
) -> None:
    await sign_up(app, VICTIM)
    async with client_for(app, OWNER_IP) as owner:
        assert (await _login(owner, STRONG_PASSWORD)).status_code == 200  # the owner's usual address
    for i in range(20):  # one guess per fresh address: neither the pair nor the address ever waits
        async with client_for(app, f"127.0.1.{i}") as guesser:
            await _fail(guesser, 1)
    async with client_for(app, "127.0.2.1") as guesser:
        refused = await _login(guesser, WRONG)
        assert refused.status_code == 429 and "login per account" in refused.json()["limit"]
        assert (await _login(guesser, STRONG_PASSWORD)).status_code == 429  # no guessing during the wait
    async with client_for(app, OWNER_IP) as owner:
        assert (await _login(owner, STRONG_PASSWORD)).status_code == 200
    # The trade-off: the owner at a new address waits like the guesser, a bounded delay, then gets in.
    async with client_for(app, "127.0.3.1") as travelling:
        waiting = await _login(travelling, STRONG_PASSWORD)
        assert waiting.status_code == 429
        clock.advance(int(waiting.headers["Retry-After"]))
        assert (await _login(travelling, STRONG_PASSWORD)).status_code == 200
