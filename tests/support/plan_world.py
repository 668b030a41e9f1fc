"""An app with one signed-up, onboarded free-tier user, for the plan-job tests: `World` and `plan_world`."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi import FastAPI

from functions.http.app import create_app
from shared.bootstrap import Services, close_services, get_services
from shared.jobs.service import run_job_message
from shared.llm import configs
from shared.llm.types import ProviderConfig
from shared.queue import names
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


async def run_plan_jobs(w: World) -> int:
    """Deliver every queued AI job message once, as the queue trigger would; how many there were."""
    ran = 0
    while batch := await w.services.queue.receive(names.AI_JOBS, max_messages=32, visibility_timeout=60):
        for message in batch:
            await run_job_message(w.services, message.body)
            await w.services.queue.delete(names.AI_JOBS, message.id, message.pop_receipt)
            ran += 1
    return ran


async def provider_plan(w: World, base_url: str, model: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
    """POST /api/ai/generate-workout with `body`, the OpenAI-compatible server at `base_url` registered as provider
    "writer" (model `model`, key env FAKE_LLM_KEY) if no provider is; the job run and read back. Asserts the job
    succeeded with the writer's plan; returns the plan as the user reads it (GET /api/workouts/{id})."""
    config = ProviderConfig(id="writer", kind="openai", model=model, priority=1, base_url=base_url,
                            api_key_ref="FAKE_LLM_KEY", timeout_s=5)  # fmt: skip
    if not await configs.list_configs(w.services, cached=False):
        await configs.create_config(w.services, config)
    accepted = await w.user.client.post("/api/ai/generate-workout", json=body or {}, headers=w.user.auth)
    assert accepted.status_code == 202, accepted.text
    await run_plan_jobs(w)
    job = (await w.user.client.get(accepted.json()["status_url"], headers=w.user.auth)).json()
    assert job["status"] == "succeeded" and job["result"]["provider"] == "writer", job
    plan = await w.user.client.get(f"/api/workouts/{job['result']['plan_id']}", headers=w.user.auth)
    assert plan.status_code == 200, plan.text
    return dict(plan.json())
