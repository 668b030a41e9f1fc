"""An app with one signed-up, onboarded free-tier user, for the plan-job tests: `World` and `plan_world`."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
from fastapi import FastAPI

from functions.http.app import create_app
from shared.bootstrap import Services, close_services, get_services
from tests.support.identity import PROFILE, User, fast_hashing, sign_up


@dataclass
class World:
    app: FastAPI
    user: User
    services: Services


@contextlib.asynccontextmanager
async def plan_world(monkeypatch: pytest.MonkeyPatch, env: dict[str, str] | None = None) -> AsyncIterator[World]:
    """Accounting settles at once (`LLM_DEFER_ACCOUNTING=false`), plus `env`; the user has PROFILE."""
    fast_hashing(monkeypatch)
    monkeypatch.setenv("LLM_DEFER_ACCOUNTING", "false")
    for name, value in (env or {}).items():
        monkeypatch.setenv(name, value)
    app = create_app()
    user = await sign_up(app)  # free tier: 10 AI requests a day, $5 a month
    assert (await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)).status_code == 200
    yield World(app, user, await get_services())
    await user.client.aclose()
    await close_services()
