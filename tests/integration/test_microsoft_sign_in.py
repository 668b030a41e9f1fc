"""Sign in with Microsoft: the real msal library against a fake OIDC provider on 127.0.0.1."""

from __future__ import annotations

import ssl
import uuid
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
from tests.support.identity import STRONG_PASSWORD, client_for, sign_up, verify_email
from tests.support.mailbox import inbox

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
    provider.amr = None
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
    assert "__Host-vigor_refresh" in browser.cookies
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


def test_a_multi_tenant_authority_is_no_second_factor_unless_the_token_says_mfa() -> None:
    """The attacker review: with `/common`, a personal Microsoft account's password alone signs in, and v2.0 ID
    tokens carry no `amr` to say otherwise; such a sign-in does not open admin work. An ID token's own `amr`
    decides whenever it has one, with any authority."""
    from shared.config import Settings
    from shared.identity.microsoft import sign_in_methods

    single = "https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555"
    for authority, claims, methods in (
        ("https://login.microsoftonline.com/common", {}, ("ms",)),
        ("https://login.microsoftonline.com/organizations", {}, ("ms",)),
        ("https://login.microsoftonline.com/consumers/", {}, ("ms",)),
        (single, {}, ("ms", "mfa")),
        ("https://login.microsoftonline.com/common", {"amr": ["pwd", "mfa"]}, ("ms", "mfa")),
        ("https://login.microsoftonline.com/common", {"amr": ["pwd"]}, ("ms",)),
        ("https://login.microsoftonline.com/common", {"amr": "mfa"}, ("ms",)),  # not a list: no claim at all
        (single, {"amr": ["pwd"]}, ("ms",)),  # Microsoft says no second factor: the tenant rule does not override
    ):
        assert sign_in_methods(Settings(MICROSOFT_AUTHORITY=authority), claims) == methods, (authority, claims)


async def _admin_work_after_microsoft_sign_in(app: Any, ca: Path) -> tuple[int, str]:
    """Sign in with Microsoft in a new browser, then ask for an admin route twice (the second after a refresh, so
    how the sign-in was made survives renewal): the status and problem type of the second."""
    async with client_for(app) as browser:
        done = await _callback(browser, await _to_provider(browser, ca))
        assert done.status_code == 303, done.text
        answers = []
        for _ in range(2):
            tokens = await browser.post("/api/auth/refresh")
            assert tokens.status_code == 200, tokens.text
            assert "admin" in tokens.json()["user"]["roles"]  # ms:<tid>:<oid> is in ADMIN_IDENTITIES
            auth = {"Authorization": f"Bearer {tokens.json()['access_token']}"}
            answers.append(await browser.get("/api/admin/queue-health", headers=auth))
        first, second = answers
        assert first.status_code == second.status_code
        return second.status_code, str(second.json().get("type", "")) if second.status_code != 200 else ""


async def test_an_admin_signed_in_with_microsoft_passes_two_step_by_the_id_tokens_amr(
    ctx: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 17: an admin who signs in with Microsoft needs no Vigor code when Microsoft's ID token says the sign-in
    passed multi-factor (`amr` holds "mfa"), even with the multi-tenant `/common` authority; a token that says
    otherwise, or says nothing there, leaves admin work closed (403 two-step-sign-in-required)."""
    provider: FakeOidcProvider = ctx["provider"]
    await close_services()
    monkeypatch.setenv("MICROSOFT_AUTHORITY", provider.common_authority)
    get_settings.cache_clear()
    app = create_app()
    refused = "urn:vigor:problem:two-step-sign-in-required"
    provider.amr = ["pwd", "mfa"]
    assert await _admin_work_after_microsoft_sign_in(app, ctx["ca"]) == (200, "")
    provider.amr = ["pwd"]
    assert await _admin_work_after_microsoft_sign_in(app, ctx["ca"]) == (403, refused)
    provider.amr = None  # v2.0 ID tokens leave `amr` out: a multi-tenant authority proves nothing
    assert await _admin_work_after_microsoft_sign_in(app, ctx["ca"]) == (403, refused)


async def test_with_its_own_tenant_an_id_token_without_mfa_still_needs_two_step(
    ctx: dict[str, Any],
) -> None:
    """One organisation's tenant as the authority counts as multi-factor only while the token is silent: an `amr`
    without "mfa" is Microsoft saying the password alone signed in."""
    provider: FakeOidcProvider = ctx["provider"]
    provider.amr = ["pwd"]
    status, kind = await _admin_work_after_microsoft_sign_in(ctx["app"], ctx["ca"])
    assert (status, kind) == (403, "urn:vigor:problem:two-step-sign-in-required")
    provider.amr = ["pwd", "rsa", "mfa"]
    assert await _admin_work_after_microsoft_sign_in(ctx["app"], ctx["ca"]) == (200, "")


async def test_a_password_admin_still_needs_vigors_own_two_step(ctx: dict[str, Any]) -> None:
    """Microsoft's `amr` opens nothing for a password sign-in: an admin who signs in with a password and no code
    is refused admin work, and passes once two-step sign-in is on and a code was given."""
    from shared.bootstrap import get_services
    from shared.identity import admins
    from tests.support.identity import enable_two_factor

    ctx["provider"].amr = ["pwd", "mfa"]
    user = await sign_up(ctx["app"])
    await verify_email(user)  # two-step sign-in and links wait for a confirmed address
    await admins.set_roles((await get_services()).store, user.user_id, ["user", "admin"], "cli")
    refused = await user.client.get("/api/admin/queue-health", headers=user.auth)
    assert refused.status_code == 403 and refused.json()["type"] == "urn:vigor:problem:two-step-sign-in-required"
    codes = await enable_two_factor(user)
    signed = await user.client.post(
        "/api/auth/login", json={"email": user.email, "password": STRONG_PASSWORD, "otp": codes[0]}
    )
    assert signed.status_code == 200, signed.text
    auth = {"Authorization": f"Bearer {signed.json()['access_token']}"}
    assert (await user.client.get("/api/admin/queue-health", headers=auth)).status_code == 200
    await user.client.aclose()


async def _follow(url: str, ca: Path) -> httpx.URL:
    async with httpx.AsyncClient(verify=ssl.create_default_context(cafile=str(ca))) as outside:
        answer = await outside.get(url)
    assert answer.status_code == 302
    return httpx.URL(answer.headers["location"])


async def test_a_local_account_links_microsoft_with_both_sign_ins(ctx: dict[str, Any]) -> None:
    """Issue 17, item 6: linking needs the Vigor password and then Microsoft's sign-in, in the same browser; the
    account then opens with either, the owner is told, and unlinking (the password again) ends it."""
    provider: FakeOidcProvider = ctx["provider"]
    provider.oid = str(uuid.uuid4())  # a Microsoft account no Vigor account knows yet
    user = await sign_up(ctx["app"])
    await verify_email(user)  # two-step sign-in and links wait for a confirmed address
    wrong = await user.client.post("/api/users/me/identities/microsoft", json={"password": "not-it"}, headers=user.auth)
    assert wrong.status_code == 422 and wrong.json()["errors"][0]["field"] == "password"
    start = await user.client.post(
        "/api/users/me/identities/microsoft", json={"password": STRONG_PASSWORD}, headers=user.auth
    )
    assert start.status_code == 200, start.text
    assert "vigor_ms_flow" in start.headers["set-cookie"] and start.headers["cache-control"] == "no-store"
    done = await _callback(user.client, await _follow(start.json()["url"], ctx["ca"]))
    assert done.status_code == 303 and done.headers["location"] == "/account?linked=microsoft", done.text
    me = (await user.client.get("/api/users/me", headers=user.auth)).json()
    assert me["microsoft_linked"] is True and me["local_sign_in"] is True
    # Signing in with Microsoft in another browser opens the same account.
    async with client_for(ctx["app"]) as browser:
        signed = await _callback(browser, await _to_provider(browser, ctx["ca"]))
        assert signed.status_code == 303
        assert (await browser.post("/api/auth/refresh")).json()["user"]["id"] == user.user_id
    # The owner is told by email.
    notices = [m for m in await inbox(user.email) if m["kind"] == "security_notice"]
    assert any("microsoft account now signs in" in m["subject"].lower() for m in notices), notices
    # Unlinking needs the password; afterwards Microsoft opens a new, separate account.
    gone = await user.client.request(
        "DELETE", "/api/users/me/identities/microsoft", json={"password": STRONG_PASSWORD}, headers=user.auth
    )
    assert gone.status_code == 200 and gone.json()["microsoft_linked"] is False
    again = await user.client.request(
        "DELETE", "/api/users/me/identities/microsoft", json={"password": STRONG_PASSWORD}, headers=user.auth
    )
    assert again.status_code == 404
    async with client_for(ctx["app"]) as browser:
        await _callback(browser, await _to_provider(browser, ctx["ca"]))
        assert (await browser.post("/api/auth/refresh")).json()["user"]["id"] != user.user_id


async def test_a_microsoft_account_that_opens_another_vigor_account_is_not_linked(ctx: dict[str, Any]) -> None:
    provider: FakeOidcProvider = ctx["provider"]
    provider.oid = str(uuid.uuid4())
    async with client_for(ctx["app"]) as browser:  # that Microsoft account already has its own Vigor account
        await _callback(browser, await _to_provider(browser, ctx["ca"]))
        theirs = (await browser.post("/api/auth/refresh")).json()["user"]["id"]
    user = await sign_up(ctx["app"])
    await verify_email(user)  # two-step sign-in and links wait for a confirmed address
    start = await user.client.post(
        "/api/users/me/identities/microsoft", json={"password": STRONG_PASSWORD}, headers=user.auth
    )
    done = await _callback(user.client, await _follow(start.json()["url"], ctx["ca"]))
    assert done.status_code == 409 and "another Vigor account" in done.json()["detail"]
    assert (await user.client.get("/api/users/me", headers=user.auth)).json()["microsoft_linked"] is False
    async with client_for(ctx["app"]) as browser:  # and it still opens its own account
        await _callback(browser, await _to_provider(browser, ctx["ca"]))
        assert (await browser.post("/api/auth/refresh")).json()["user"]["id"] == theirs


async def test_an_unconfirmed_address_links_no_microsoft_account_and_a_legacy_link_goes_with_the_owners_reset(
    ctx: dict[str, Any],
) -> None:
    """The attacker review of issue 17: someone who registered another person's address first linked their own
    Microsoft account, and it still opened the account after the owner took it back with "forgot password"."""
    ctx["provider"].oid = str(uuid.uuid4())
    squatter = await sign_up(ctx["app"], f"hana-{uuid.uuid4().hex[:6]}@example.com")
    refused = await squatter.client.post(
        "/api/users/me/identities/microsoft", json={"password": STRONG_PASSWORD}, headers=squatter.auth
    )
    assert refused.status_code == 403 and refused.json()["type"] == "urn:vigor:problem:email-not-verified"
    # A link made before the rule (by older code): written as it left it.
    from shared.bootstrap import get_services
    from shared.identity.records import ACCOUNT_ID, SYSTEM, USERS, ms_identity, system_doc
    from shared.store.port import PatchOp
    from tests.support.mailbox import link_token

    store, key = (await get_services()).store, ms_identity(TENANT_ID, ctx["provider"].oid)
    await store.create(SYSTEM, system_doc(key, type="identity_link", userId=squatter.user_id, created_at="2026-01-01"))
    account = await store.read(USERS, squatter.user_id, ACCOUNT_ID)
    await store.patch(
        USERS, squatter.user_id, ACCOUNT_ID, [PatchOp("set", "identities", [*account["identities"], key])]
    )
    async with client_for(ctx["app"]) as owner:  # the address's owner takes the account back
        await owner.post("/api/auth/password/forgot", json={"email": squatter.email})
        token = link_token([m for m in await inbox(squatter.email) if m["kind"] == "password_reset"][-1])
        reset = await owner.post(
            "/api/auth/password/reset", json={"token": token, "new_password": "copper-47-meadow-x"}
        )
        assert reset.status_code == 204, reset.text
    async with client_for(ctx["app"]) as browser:  # the squatter's Microsoft sign-in no longer opens it
        await _callback(browser, await _to_provider(browser, ctx["ca"]))
        assert (await browser.post("/api/auth/refresh")).json()["user"]["id"] != squatter.user_id
    assert key not in (await store.read(USERS, squatter.user_id, ACCOUNT_ID))["identities"]


async def test_a_link_flow_cannot_be_finished_in_another_browser(ctx: dict[str, Any]) -> None:
    """The flow cookie binds the link to the browser that re-entered the password: a victim lured to an attacker's
    link URL (or the reverse) finishes nothing."""
    ctx["provider"].oid = str(uuid.uuid4())
    user = await sign_up(ctx["app"])
    await verify_email(user)  # two-step sign-in and links wait for a confirmed address
    start = await user.client.post(
        "/api/users/me/identities/microsoft", json={"password": STRONG_PASSWORD}, headers=user.auth
    )
    url = await _follow(start.json()["url"], ctx["ca"])
    async with client_for(ctx["app"]) as other:
        assert (await _callback(other, url)).status_code == 401
    assert (await user.client.get("/api/users/me", headers=user.auth)).json()["microsoft_linked"] is False


async def _start_link(ctx: dict[str, Any], user: Any) -> httpx.URL:
    start = await user.client.post(
        "/api/users/me/identities/microsoft", json={"password": STRONG_PASSWORD}, headers=user.auth
    )
    assert start.status_code == 200, start.text
    return await _follow(start.json()["url"], ctx["ca"])


async def test_a_link_begun_before_the_owner_secured_the_account_does_not_finish(ctx: dict[str, Any]) -> None:
    """The attacker review: a link started with a stolen password finished after the owner signed out everywhere
    (or reset the password, or turned two-step on), and the attacker's Microsoft account then opened it."""
    ctx["provider"].oid = str(uuid.uuid4())
    user = await sign_up(ctx["app"])
    await verify_email(user)  # two-step sign-in and links wait for a confirmed address
    url = await _start_link(ctx, user)
    everywhere = await user.client.delete("/api/users/me/sessions", headers=user.auth)
    assert everywhere.status_code == 204, everywhere.text
    done = await _callback(user.client, url)
    assert done.status_code == 401 and "start it again" in done.json()["detail"], done.text
    async with client_for(ctx["app"]) as browser:  # that Microsoft account opens a new account, not this one
        await _callback(browser, await _to_provider(browser, ctx["ca"]))
        assert (await browser.post("/api/auth/refresh")).json()["user"]["id"] != user.user_id


async def test_unlinking_ends_the_sign_ins_made_with_microsoft(ctx: dict[str, Any]) -> None:
    ctx["provider"].oid = str(uuid.uuid4())
    user = await sign_up(ctx["app"])
    await verify_email(user)  # two-step sign-in and links wait for a confirmed address
    assert (await _callback(user.client, await _start_link(ctx, user))).status_code == 303
    async with client_for(ctx["app"]) as browser:
        await _callback(browser, await _to_provider(browser, ctx["ca"]))
        assert (await browser.post("/api/auth/refresh")).status_code == 200
        gone = await user.client.request(
            "DELETE", "/api/users/me/identities/microsoft", json={"password": STRONG_PASSWORD}, headers=user.auth
        )
        assert gone.status_code == 200
        assert (await browser.post("/api/auth/refresh")).status_code == 401  # the Microsoft sign-in ended
    assert (await user.client.get("/api/users/me", headers=user.auth)).status_code == 200  # the password one did not


async def test_an_admin_role_granted_by_a_linked_identity_goes_when_it_is_unlinked(
    ctx: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The attacker review: linking the configured admin identity made the account an admin, and the role stayed
    after the identity was unlinked."""
    provider: FakeOidcProvider = ctx["provider"]
    provider.oid = str(uuid.uuid4())
    monkeypatch.setenv("ADMIN_IDENTITIES", f"ms:{TENANT_ID}:{provider.oid}")
    get_settings.cache_clear()
    try:
        user = await sign_up(ctx["app"])
        await verify_email(user)  # two-step sign-in and links wait for a confirmed address
        assert (await _callback(user.client, await _start_link(ctx, user))).status_code == 303
        login = await user.client.post("/api/auth/login", json={"email": user.email, "password": STRONG_PASSWORD})
        assert "admin" in login.json()["user"]["roles"]
        user.token = login.json()["access_token"]
        gone = await user.client.request(
            "DELETE", "/api/users/me/identities/microsoft", json={"password": STRONG_PASSWORD}, headers=user.auth
        )
        assert gone.status_code == 200 and "admin" not in gone.json()["roles"], gone.json()
    finally:
        get_settings.cache_clear()


async def test_a_stale_link_left_by_an_interrupted_unlink_opens_nothing(ctx: dict[str, Any]) -> None:
    """The attacker review raced an unlink against a link: the account said "not linked" while the Microsoft
    account still opened it. A link document the account does not list now opens nothing."""
    from shared.bootstrap import get_services
    from shared.identity.records import SYSTEM, ms_identity, system_doc

    provider: FakeOidcProvider = ctx["provider"]
    provider.oid = str(uuid.uuid4())
    user = await sign_up(ctx["app"])
    key = ms_identity(TENANT_ID, provider.oid)
    await (await get_services()).store.create(SYSTEM, system_doc(key, type="identity_link", userId=user.user_id))
    async with client_for(ctx["app"]) as browser:
        await _callback(browser, await _to_provider(browser, ctx["ca"]))
        assert (await browser.post("/api/auth/refresh")).json()["user"]["id"] != user.user_id
