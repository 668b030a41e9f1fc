"""The README's way to run Vigor on the Cosmos DB protocol server: `scripts/cosmos-emulator`, then the
COSMOS_* settings it prints. Unpatched, cosmosdb-server 1.0.1 answers a read of a missing document with 500,
so a sign-in with an unknown email, the profile before onboarding and the tier page were 503s."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import AsyncIterator, Iterator

import pytest
from fastapi import FastAPI

from shared.config import REPO_ROOT, get_settings
from tests.support.identity import STRONG_PASSWORD, client_for, fast_hashing
from tests.support.net import free_port, wait_for_port

pytestmark = pytest.mark.cosmos


@pytest.fixture(scope="module")
def emulator() -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        [str(REPO_ROOT / "scripts" / "cosmos-emulator"), str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for_port(port, timeout=60)
        yield f"https://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
async def app(emulator: str, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FastAPI]:
    from functions.http.app import create_app
    from shared.bootstrap import close_services

    for name, value in {
        "COSMOS_ENDPOINT": emulator,
        "COSMOS_KEY": "dGVzdA==",  # the README's values
        "COSMOS_VERIFY_TLS": "false",
        "COSMOS_DATABASE": f"readme-{uuid.uuid4().hex[:8]}",
    }.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    fast_hashing(monkeypatch)
    yield create_app()
    await close_services()


async def test_the_readmes_emulator_runs_sign_up_sign_in_and_the_first_screens(app: FastAPI) -> None:
    assert get_settings().uses_cosmos
    async with client_for(app) as client:
        email = f"readme-{uuid.uuid4().hex[:8]}@example.com"
        unknown = await client.post("/api/auth/login", json={"email": email, "password": STRONG_PASSWORD})
        assert unknown.status_code == 401, unknown.text  # a read of a missing account, not a 503
        body = {"email": email, "password": STRONG_PASSWORD, "consent_health_data": True}
        assert (await client.post("/api/auth/register", json=body)).status_code == 201
        login = await client.post("/api/auth/login", json={"email": email, "password": STRONG_PASSWORD})
        assert login.status_code == 200, login.text
        auth = {"X-Vigor-Authorization": f"Bearer {login.json()['access_token']}"}
        statuses = {path: (await client.get(path, headers=auth)).status_code for path in _FIRST_SCREENS}
        assert statuses == _FIRST_SCREENS


# What the web app asks for right after sign-up: the profile does not exist yet (404), the rest does.
_FIRST_SCREENS = {"/api/users/me": 200, "/api/users/profile": 404, "/api/tiers/current": 200, "/api/workouts": 200}
