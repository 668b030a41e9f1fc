"""`python -m shared.cli grant-admin EMAIL` / `revoke-admin EMAIL`: the operator's way to make admins."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import pytest

from shared import cli
from shared.bootstrap import Services, close_services, get_services
from shared.identity import accounts, audit, credentials, mail
from shared.identity.principal import Principal
from shared.identity.records import USERS
from tests.support.identity import STRONG_PASSWORD, fast_hashing
from tests.support.mailbox import inbox, link_token

T = TypeVar("T")


def _run(coro_factory: Callable[[Services], Awaitable[T]]) -> T:
    async def wrapped() -> T:
        try:
            return await coro_factory(await get_services())
        finally:
            await close_services()

    return asyncio.run(wrapped())


def test_grant_and_revoke_admin_are_audited(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fast_hashing(monkeypatch)
    account = _run(lambda s: accounts.register(s, "Ops@Example.com", STRONG_PASSWORD, "Ops", "127.0.0.1"))
    user_id = account["userId"]
    # Whoever registered the address may not own it: no admin until its owner opens the emailed link.
    assert cli.main(["grant-admin", "ops@example.com"]) == 1
    assert "not confirmed" in capsys.readouterr().err
    _run(lambda s: _confirm_address(s, user_id, "ops@example.com"))
    assert cli.main(["grant-admin", "ops@example.com"]) == 0
    assert user_id in capsys.readouterr().out
    roles = _run(lambda s: s.store.read(USERS, user_id, "account"))["roles"]
    assert sorted(roles) == ["admin", "user"]
    assert cli.main(["revoke-admin", "OPS@example.com"]) == 0
    assert _run(lambda s: s.store.read(USERS, user_id, "account"))["roles"] == ["user"]
    page = _run(lambda s: audit.list_records(s.store, 50, None))
    changes = [(r["actor"], r["action"]) for r in page.items if r["target"] == user_id]
    assert changes.count(("cli", "user.roles_changed")) == 2


async def _confirm_address(services: Services, user_id: str, email: str) -> None:
    """The owner opens the verification link that reached their mailbox (the local outbox), signed in."""
    await mail.enqueue(services, kind="verify_email", user_id=user_id, to=email)
    token = link_token([m for m in await inbox(email) if m["kind"] == "verify_email"][-1])
    await credentials.verify_email(services, Principal(user_id=user_id, roles=frozenset({"user"}), tier="free"), token)


def test_unknown_email_fails_without_creating_anything(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["grant-admin", "nobody@example.com"]) == 1
    assert "No account" in capsys.readouterr().err
