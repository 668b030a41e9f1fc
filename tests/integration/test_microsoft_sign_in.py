"""Sign in with Microsoft: the real msal library against a fake OIDC provider on 127.0.0.1."""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx
import pytest

from functions.http.app import create_app
from shared.bootstrap import close_services
from shared.config import get_settings
from tests.support.fake_oidc import TENANT_ID, FakeOidcProvider, run_fake_oidc
from tests.support.identity import client_for

CALLBACK = "https://testserver/api/auth/microsoft/callback"


@pytest.fixture(scope="module")
def provider_and_ca(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FakeOidcProvider, Path]]:
    with run_fake_oidc(tmp_path_factory.mktemp("oidc")) as running:
        yield running


@pytest.fixture
async def ctx(
    provider_and_ca: tuple[FakeOidcProvider, Path], monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[dict[str, Any]]:
    provider, ca = provider_and_ca
    provider.mode = "ok"
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(ca))
    monkeypatch.setenv("MICROSOFT_CLIENT_ID", provider.client_id)
    monkeypatch.setenv("MICROSOFT_CLIENT_SECRET", provider.client_secret)
    monkeypatch.setenv("MICROSOFT_AUTHORITY", provider.authority)
    monkeypatch.setenv("MICROSOFT_REDIRECT_URI", CALLBACK)
    monkeypatch.setenv("ADMIN_IDENTITIES", f"ms:{TENANT_ID}:{provider.oid}")
    get_settings.cache_clear()
    app = create_app()
    browser = client_for(app)
    yield {"provider": provider, "ca": ca, "app": app, "browser": browser}
    await browser.aclose()
    await close_services()  # closes the Services' Microsoft client and its HTTP session


async def _to_provider(browser: httpx.AsyncClient, ca: Path) -> httpx.URL:
    """Start at Vigor, follow to the provider, return the callback URL the provider redirects to."""
    start = await browser.get("/api/auth/microsoft/login")
    assert start.status_code == 302, start.text
    assert "vigor_ms_flow" in start.headers["set-cookie"] and "httponly" in start.headers["set-cookie"].lower()
    auth_uri = start.headers["location"]
    query = parse_qs(urlparse(auth_uri).query)
    assert query["code_challenge_method"] == ["S256"] and query["nonce"] and query["state"]
    async with httpx.AsyncClient(verify=ssl.create_default_context(cafile=str(ca))) as outside:
        answer = await outside.get(auth_uri)
    assert answer.status_code == 302
    return httpx.URL(answer.headers["location"])


async def _callback(browser: httpx.AsyncClient, url: httpx.URL) -> httpx.Response:
    return await browser.get(f"/api/auth/microsoft/callback?{url.query.decode()}")


async def test_providers_lists_microsoft_when_configured(ctx: dict[str, Any]) -> None:
    r = await ctx["browser"].get("/api/auth/providers")
    assert r.json() == {"providers": ["local", "microsoft"]}


async def test_sign_in_creates_the_user_keyed_by_tenant_and_object_id(ctx: dict[str, Any]) -> None:
    browser = ctx["browser"]
    done = await _callback(browser, await _to_provider(browser, ctx["ca"]))
    assert done.status_code == 303, done.text
    assert done.headers["location"] == "/"
    assert "vigor_refresh" in browser.cookies
    tokens = await browser.post("/api/auth/refresh")
    assert tokens.status_code == 200
    me = await browser.get("/api/users/me", headers={"Authorization": f"Bearer {tokens.json()['access_token']}"})
    assert me.json()["display_name"] == "Grace Hopper"
    assert sorted(me.json()["roles"]) == ["admin", "user"]  # ms:<tid>:<oid> is in ADMIN_IDENTITIES
    # One organisation's tenant as the authority: its Conditional Access owns multi-factor, so admin work is open.
    auth = {"Authorization": f"Bearer {tokens.json()['access_token']}"}
    assert (await browser.get("/api/admin/queue-health", headers=auth)).status_code == 200
    # Signing in again finds the same account.
    again = await _callback(browser, await _to_provider(browser, ctx["ca"]))
    assert again.status_code == 303
    second = await browser.post("/api/auth/refresh")
    assert second.json()["user"]["id"] == me.json()["id"]


@pytest.mark.parametrize("mode", ["wrong_key", "wrong_audience", "wrong_issuer", "expired", "replayed_nonce"])
async def test_bad_id_tokens_are_refused(ctx: dict[str, Any], mode: str) -> None:
    browser = ctx["browser"]
    provider: FakeOidcProvider = ctx["provider"]
    if mode == "replayed_nonce":  # an earlier flow's nonce, replayed into this one's token
        await _callback(browser, await _to_provider(browser, ctx["ca"]))
        browser.cookies.clear()
    provider.mode = mode
    done = await _callback(browser, await _to_provider(browser, ctx["ca"]))
    assert done.status_code == 401, done.text
    assert done.headers["content-type"].startswith("application/problem+json")
    assert "vigor_refresh" not in done.headers.get("set-cookie", "")


async def test_bad_or_replayed_state_and_missing_binding_are_refused(ctx: dict[str, Any]) -> None:
    browser = ctx["browser"]
    url = await _to_provider(browser, ctx["ca"])
    params = dict(url.params)
    forged = await browser.get("/api/auth/microsoft/callback", params={**params, "state": "forged-state"})
    assert forged.status_code == 401
    async with client_for(ctx["app"]) as other_browser:  # the flow cookie belongs to the first browser
        stolen = await other_browser.get("/api/auth/microsoft/callback", params=params)
        assert stolen.status_code == 401
    url = await _to_provider(browser, ctx["ca"])
    first = await _callback(browser, url)
    assert first.status_code == 303
    replay = await _callback(browser, url)
    assert replay.status_code == 401


async def test_callback_with_an_error_from_the_provider_is_refused(ctx: dict[str, Any]) -> None:
    browser = ctx["browser"]
    url = await _to_provider(browser, ctx["ca"])
    state = dict(url.params)["state"]
    r = await browser.get(
        "/api/auth/microsoft/callback", params={"state": state, "error": "access_denied", "error_description": "no"}
    )
    assert r.status_code == 401


def test_a_multi_tenant_authority_is_no_second_factor() -> None:
    """The attacker review: with `/common`, a personal Microsoft account's password alone signs in, and v2.0 ID
    tokens carry no `amr` to say otherwise; such a sign-in does not open admin work."""
    from shared.config import Settings
    from shared.identity.microsoft import sign_in_methods

    for authority, methods in (
        ("https://login.microsoftonline.com/common", ("ms",)),
        ("https://login.microsoftonline.com/organizations", ("ms",)),
        ("https://login.microsoftonline.com/consumers/", ("ms",)),
        ("https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555", ("ms", "mfa")),
    ):
        assert sign_in_methods(Settings(MICROSOFT_AUTHORITY=authority)) == methods, authority
