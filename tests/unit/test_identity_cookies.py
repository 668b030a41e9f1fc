"""Issue 17: session cookies use the `__Host-` prefix where the browser reached Vigor over HTTPS (Secure, Path=/,
no Domain), and the unprefixed, path-scoped names over local http; a session started under the old names survives
the switch, signing out clears both, and X-Forwarded-Proto counts only from a trusted proxy."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI

from functions.http.app import create_app
from shared.bootstrap import close_services
from shared.config import get_settings
from tests.support.identity import STRONG_PASSWORD, fast_hashing

HOST_REFRESH, PLAIN_REFRESH = "__Host-vigor_refresh", "vigor_refresh"


def _client(app: FastAPI, scheme: str, peer: str = "198.51.100.9") -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False, client=(peer, 40000))
    return httpx.AsyncClient(transport=transport, base_url=f"{scheme}://testserver")


def _set(response: httpx.Response) -> dict[str, str]:
    """Set-Cookie lines by cookie name, lower-cased attributes."""
    return {line.split("=", 1)[0]: line.lower() for line in response.headers.get_list("set-cookie")}


def _value(response: httpx.Response, name: str) -> str:
    """A cookie's value as set (a browser sends Secure cookies to http://localhost; httpx's jar does not)."""
    line = next(line for line in response.headers.get_list("set-cookie") if line.startswith(name + "="))
    return line.split(";")[0].split("=", 1)[1]


async def _register(client: httpx.AsyncClient, email: str) -> httpx.Response:
    body = {"email": email, "password": STRONG_PASSWORD, "consent_health_data": True}
    response = await client.post("/api/auth/register", json=body)
    assert response.status_code == 201, response.text
    return response


@pytest.fixture
async def app(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FastAPI]:
    fast_hashing(monkeypatch)
    yield create_app()
    await close_services()


def _mode(monkeypatch: pytest.MonkeyPatch, **env: str) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()


async def test_over_https_the_cookies_are_host_prefixed_and_over_local_http_they_are_as_before(app: FastAPI) -> None:
    async with _client(app, "https") as client:
        cookies = _set(await _register(client, "secure@example.com"))
    refresh, hint = cookies[HOST_REFRESH], cookies["__Host-vigor_signed_in"]
    for part in ("secure", "httponly", "samesite=strict", "path=/"):
        assert part in refresh
    assert "path=/api" not in refresh and "domain=" not in refresh
    assert "secure" in hint and "httponly" not in hint and "domain=" not in hint
    async with _client(app, "http") as client:  # http://localhost development
        registered = await _register(client, "local@example.com")
        cookies = _set(registered)
        assert "path=/api/auth" in cookies[PLAIN_REFRESH] and "secure" in cookies[PLAIN_REFRESH]
        assert HOST_REFRESH not in cookies and "vigor_signed_in" in cookies
        sent = {"Cookie": f"{PLAIN_REFRESH}={_value(registered, PLAIN_REFRESH)}"}
        assert (await client.post("/api/auth/refresh", headers=sent)).status_code == 200  # a session end to end


async def test_a_session_from_before_the_switch_moves_to_the_prefixed_cookie_at_its_next_refresh(app: FastAPI) -> None:
    async with _client(app, "http") as before:
        old = _value(await _register(before, "moving@example.com"), PLAIN_REFRESH)
    async with _client(app, "https") as after:
        renewed = await after.post("/api/auth/refresh", headers={"Cookie": f"{PLAIN_REFRESH}={old}"})
        assert renewed.status_code == 200
        cookies = _set(renewed)
        assert HOST_REFRESH in cookies and "max-age=0" in cookies[PLAIN_REFRESH]  # the old one is cleared
        new = _value(renewed, HOST_REFRESH)
        again = await after.post("/api/auth/refresh", headers={"Cookie": f"{HOST_REFRESH}={new}"})
        assert again.status_code == 200
        token = again.json()["access_token"]
        out = await after.post("/api/auth/logout", headers={"Authorization": f"Bearer {token}"})
        cleared = {name for name, line in _set(out).items() if "max-age=0" in line}
        assert cleared == {HOST_REFRESH, PLAIN_REFRESH, "__Host-vigor_signed_in", "vigor_signed_in"}


async def test_forwarded_https_counts_only_from_a_trusted_proxy(app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    _mode(monkeypatch, VIGOR_TRUSTED_PROXIES="10.0.0.0/8")
    forwarded = {"X-Forwarded-Proto": "https"}
    async with _client(app, "http", peer="10.1.2.3") as proxy:  # a TLS terminator in front of the app
        body = {"email": "proxied@example.com", "password": STRONG_PASSWORD, "consent_health_data": True}
        assert HOST_REFRESH in _set(await proxy.post("/api/auth/register", json=body, headers=forwarded))
    async with _client(app, "http", peer="203.0.113.5") as stranger:  # anyone can write the header
        body = {"email": "direct@example.com", "password": STRONG_PASSWORD, "consent_health_data": True}
        assert PLAIN_REFRESH in _set(await stranger.post("/api/auth/register", json=body, headers=forwarded))


@pytest.mark.parametrize(("mode", "scheme", "name"), [("on", "http", HOST_REFRESH), ("off", "https", PLAIN_REFRESH)])
async def test_the_setting_forces_either_style(
    monkeypatch: pytest.MonkeyPatch, mode: str, scheme: str, name: str
) -> None:
    fast_hashing(monkeypatch)
    _mode(monkeypatch, VIGOR_HOST_COOKIES=mode)
    app = create_app()
    try:
        async with _client(app, scheme) as client:
            assert name in _set(await _register(client, f"forced-{mode}@example.com"))
    finally:
        await close_services()
