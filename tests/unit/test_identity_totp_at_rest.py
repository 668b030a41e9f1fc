"""Issue 17: the TOTP secret is encrypted at rest under a key ring from settings, with the key id stored beside it;
plaintext secrets from before keep working and are sealed at their next use or by `reseal-secrets`; a rotated key
takes over without anyone setting two-step sign-in up again."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import pyotp
import pytest
from fastapi import FastAPI

from shared import cli
from shared.bootstrap import close_services, get_services
from shared.config import ConfigError, Settings, get_settings, load_settings
from shared.errors import Unavailable
from shared.identity import accounts, secretbox
from shared.identity.records import ACCOUNT_ID, USERS
from shared.identity.reseal import reseal_all
from shared.maintenance.daily import run_daily_maintenance
from shared.store.port import PatchOp
from tests.support.identity import (
    STRONG_PASSWORD,
    User,
    client_for,
    enable_two_factor,
    fast_hashing,
    sign_up,
    verify_email,
)

OLD = "k1:" + "a" * 64
NEW = "k2:" + "b" * 64


async def _account(user: User) -> dict[str, Any]:
    return await (await get_services()).store.read(USERS, user.user_id, ACCOUNT_ID)


async def _sign_in(app: FastAPI, user: User, otp: str) -> int:
    client = client_for(app, "198.51.100.77")
    body = {"email": user.email, "password": STRONG_PASSWORD, "otp": otp}
    response = await client.post("/api/auth/login", json=body)
    await client.aclose()
    return response.status_code


def _next_code(secret: str, steps: int = 1) -> str:
    totp = pyotp.TOTP(secret)
    return totp.at(time.time() + steps * totp.interval)


def _use_keys(monkeypatch: pytest.MonkeyPatch, ring: str) -> None:
    """The key ring the app starts with (before the first request builds the services)."""
    monkeypatch.setenv("TOTP_ENCRYPTION_KEYS", ring)
    get_settings.cache_clear()


async def _rotate(ring: str) -> Settings:
    """The operator changes the ring and the app restarts with it."""
    services = await get_services()
    services.settings = services.settings.model_copy(update={"totp_encryption_keys": ring})
    return services.settings


async def test_the_stored_secret_is_sealed_under_the_current_key_and_bound_to_the_account(
    app: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    _use_keys(monkeypatch, OLD)
    user = await sign_up(app)
    await verify_email(user)  # two-step sign-in and links wait for a confirmed address
    started = await user.client.post("/api/users/me/2fa/totp", json={"password": STRONG_PASSWORD}, headers=user.auth)
    secret = started.json()["secret"]
    pending = (await _account(user))["totp_pending"]["secret"]
    assert pending.startswith("v1.k1.") and secret not in pending
    code = pyotp.TOTP(secret).now()
    confirmed = await user.client.post("/api/users/me/2fa/totp/confirm", json={"code": code}, headers=user.auth)
    assert confirmed.status_code == 200
    stored = (await _account(user))["totp"]["secret"]
    assert stored.startswith("v1.k1.") and secret not in json.dumps(await _account(user))
    settings = get_settings()
    assert secretbox.open_secret(settings, user.user_id, stored) == secret
    with pytest.raises(ValueError):  # copied into another account, it does not open
        secretbox.open_secret(settings, "someone-else", stored)
    assert await _sign_in(app, user, _next_code(secret)) == 200


async def test_a_rotated_key_takes_over_and_the_old_one_can_then_leave(
    app: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    _use_keys(monkeypatch, OLD)
    first, second = await sign_up(app), await sign_up(app)
    await enable_two_factor(first)
    await enable_two_factor(second)
    secrets = {u.user_id: secretbox.open_secret(get_settings(), u.user_id, (await _account(u))["totp"]["secret"])
               for u in (first, second)}  # fmt: skip
    await _rotate(f"{NEW},{OLD}")  # the operator puts a new key in front
    assert await _sign_in(app, first, _next_code(secrets[first.user_id])) == 200  # the old box still opens...
    assert (await _account(first))["totp"]["secret"].startswith("v1.k2.")  # ...and is sealed again under k2
    assert (await _account(second))["totp"]["secret"].startswith("v1.k1.")
    done = await reseal_all(await get_services())  # the rest, without waiting for each person to sign in
    assert done["resealed"] == 1 and (await _account(second))["totp"]["secret"].startswith("v1.k2.")
    assert (await reseal_all(await get_services()))["resealed"] == 0  # nothing left under k1
    await _rotate(NEW)  # k1 retired
    assert await _sign_in(app, second, _next_code(secrets[second.user_id])) == 200


async def test_plaintext_secrets_from_before_encryption_keep_working_and_are_migrated(
    app: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    _use_keys(monkeypatch, OLD)
    users = [await sign_up(app) for _ in range(3)]
    services = await get_services()
    plain: dict[str, str] = {}
    for user in users:  # as an older deployment wrote them
        plain[user.user_id] = pyotp.random_base32()
        totp = {"secret": plain[user.user_id], "enabled_at": "2026-01-01T00:00:00Z", "last_step": 0, "recovery": []}
        await services.store.patch(USERS, user.user_id, ACCOUNT_ID, [PatchOp("set", "totp", totp)])
    assert await _sign_in(app, users[0], pyotp.TOTP(plain[users[0].user_id]).now()) == 200
    assert (await _account(users[0]))["totp"]["secret"].startswith("v1.k1.")  # sealed at its first use
    done = await run_daily_maintenance(services)
    assert done["secrets_resealed"] == 2
    for user in users:
        stored = (await _account(user))["totp"]["secret"]
        assert stored.startswith("v1.k1.") and plain[user.user_id] not in stored
    assert await _sign_in(app, users[1], pyotp.TOTP(plain[users[1].user_id]).now()) == 200


async def test_a_secret_under_a_key_no_longer_configured_is_a_503_not_a_way_in(
    app: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    _use_keys(monkeypatch, OLD)
    user = await sign_up(app)
    await enable_two_factor(user)
    secret = secretbox.open_secret(get_settings(), user.user_id, (await _account(user))["totp"]["secret"])
    settings = await _rotate(NEW)  # k1 removed before the reseal ran
    assert await _sign_in(app, user, _next_code(secret)) == 503
    assert (await reseal_all(await get_services()))["unreadable"] == 1
    with pytest.raises(Unavailable):
        secretbox.open_secret(settings, user.user_id, (await _account(user))["totp"]["secret"])


@pytest.mark.parametrize(
    ("ring", "message"),
    [
        ("k1", "id:key"),
        ("k1:short", "at least 32 bytes"),
        (f"{OLD},{OLD}", "used once"),
        ("K1:" + "a" * 64, "lower case"),
        ("@Microsoft.KeyVault(SecretName=totp-encryption-keys)", "Key Vault reference"),
    ],
)
def test_a_bad_key_ring_is_refused_at_start(monkeypatch: pytest.MonkeyPatch, ring: str, message: str) -> None:
    monkeypatch.setenv("TOTP_ENCRYPTION_KEYS", ring)
    with pytest.raises(ConfigError, match=message):
        load_settings()


def test_production_requires_a_key_ring_and_development_makes_one_in_the_data_dir(
    monkeypatch: pytest.MonkeyPatch, isolated_settings: Any
) -> None:
    monkeypatch.setenv("VIGOR_ENV", "production")
    monkeypatch.setenv("JWT_SIGNING_KEY", "j" * 64)
    monkeypatch.delenv("TOTP_ENCRYPTION_KEYS", raising=False)
    with pytest.raises(ConfigError, match="TOTP_ENCRYPTION_KEYS"):
        load_settings()
    monkeypatch.setenv("TOTP_ENCRYPTION_KEYS", OLD)
    assert secretbox.current_key_id(load_settings()) == "k1"
    monkeypatch.setenv("VIGOR_ENV", "development")
    monkeypatch.delenv("TOTP_ENCRYPTION_KEYS")
    settings = load_settings()
    sealed = secretbox.seal(settings, "u1", "JBSWY3DPEHPK3PXP")
    assert sealed.startswith("v1.local.") and secretbox.open_secret(settings, "u1", sealed) == "JBSWY3DPEHPK3PXP"
    assert (isolated_settings / secretbox.KEY_FILE).stat().st_mode & 0o077 == 0


def test_the_operator_command_reseals_every_account_after_a_rotation(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fast_hashing(monkeypatch)
    _use_keys(monkeypatch, OLD)
    plain = pyotp.random_base32()

    async def seed() -> str:
        try:
            services = await get_services()
            account = await accounts.register(services, "ops@example.com", STRONG_PASSWORD, "Ops", "127.0.0.1")
            totp = {"secret": plain, "enabled_at": "2026-01-01T00:00:00Z", "last_step": 0, "recovery": []}
            await services.store.patch(USERS, account["userId"], ACCOUNT_ID, [PatchOp("set", "totp", totp)])
            return str(account["userId"])
        finally:
            await close_services()

    user_id = asyncio.run(seed())
    _use_keys(monkeypatch, f"{NEW},{OLD}")
    assert cli.main(["reseal-secrets"]) == 0
    assert "1 checked, 1 resealed, 0 stale, 0 unreadable" in capsys.readouterr().out

    async def stored() -> str:
        try:
            return str((await (await get_services()).store.read(USERS, user_id, ACCOUNT_ID))["totp"]["secret"])
        finally:
            await close_services()

    sealed = asyncio.run(stored())
    assert sealed.startswith("v1.k2.") and secretbox.open_secret(get_settings(), user_id, sealed) == plain
