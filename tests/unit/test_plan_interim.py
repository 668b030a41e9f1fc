"""Time to a plan when an AI provider is slow (issue 22, item 4): the plan job saves the engine's plan first
(not active, named in the job's progress), so the web app can show it at once when the AI takes longer than
3 s, and the AI's plan, when it comes, names that interim plan in the job's result so the app can offer it.
The provider is a fake OpenAI-compatible server on 127.0.0.1 that answers after 6 s."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from shared.coach.plan_job import interim_plan_id
from shared.jobs.service import run_job_message
from shared.llm import configs
from shared.llm.structured import engine_plan
from shared.llm.types import ProviderConfig
from shared.plans.schema import PlanDraft
from shared.profile.model import FitnessProfile
from shared.queue import names
from tests.support.fake_llm import FakeLLM, running_fake_llm
from tests.support.identity import PROFILE
from tests.support.plan_world import World, plan_world

KEY = "sk-test-interim-0123456789"


@pytest.fixture
async def world(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[World]:
    async with plan_world(monkeypatch, {"LLM_CACHE_TTL_S": "0", "FAKE_LLM_KEY": KEY}) as world:
        yield world


@pytest.fixture
def slow_ai() -> Iterator[FakeLLM]:
    with running_fake_llm() as server:
        server.default["m-plan"] = "hang"  # waits hang_s, then answers with plan_json
        server.hang_s = 6.0
        plan = engine_plan(FitnessProfile.model_validate(PROFILE), None)
        draft = PlanDraft.model_validate(plan.model_dump(include=set(PlanDraft.model_fields)))
        server.plan_json = draft.model_copy(update={"name": "The AI coach's plan"}).model_dump_json()
        yield server


async def _job(w: World, job_id: str) -> dict[str, Any]:
    res = await w.user.client.get(f"/api/jobs/{job_id}", headers=w.user.auth)
    assert res.status_code == 200, res.text
    return dict(res.json())


async def _run_next(w: World) -> None:
    [message] = await w.services.queue.receive(names.AI_JOBS, max_messages=1, visibility_timeout=60)
    await run_job_message(w.services, message.body)
    await w.services.queue.delete(names.AI_JOBS, message.id, message.pop_receipt)


async def test_a_slow_ai_plan_leaves_the_engines_plan_ready_at_once_and_named_in_the_result(
    world: World, slow_ai: FakeLLM
) -> None:
    config = ProviderConfig(id="slow", kind="openai", model="m-plan", priority=1, base_url=slow_ai.url + "/v1",
                            api_key_ref="FAKE_LLM_KEY", timeout_s=20)  # fmt: skip
    await configs.create_config(world.services, config)
    accepted = await world.user.client.post("/api/ai/generate-workout", json={}, headers=world.user.auth)
    assert accepted.status_code == 202, accepted.text
    job_id = accepted.json()["job_id"]
    started = time.perf_counter()
    running = asyncio.create_task(_run_next(world))
    interim = None
    while interim is None and not running.done():
        job = await _job(world, job_id)
        interim = (job.get("progress") or {}).get("plan_id")
        await asyncio.sleep(0.02)
    ready_s = time.perf_counter() - started
    assert interim == interim_plan_id(job_id)
    # Ready while the AI is still writing (on a quiet machine in well under a second; shared CI boxes are slower).
    assert not running.done() and ready_s < slow_ai.hang_s, f"the engine's plan took {ready_s:.2f} s"
    shown = (await world.user.client.get(f"/api/workouts/{interim}", headers=world.user.auth)).json()
    assert shown["source"]["provider"] == "engine" and not shown["active"]
    await running
    done = await _job(world, job_id)
    assert done["status"] == "succeeded" and done["result"]["provider"] == "slow", done
    assert done["result"]["interim_plan_id"] == interim
    ai = (await world.user.client.get(f"/api/workouts/{done['result']['plan_id']}", headers=world.user.auth)).json()
    assert ai["name"] == "The AI coach's plan" and ai["active"]  # the first plan the user has, so it is active
    assert len(slow_ai.calls_for("m-plan")) == 1  # the interim plan called no provider


async def test_without_a_provider_there_is_no_interim_plan(world: World) -> None:
    accepted = await world.user.client.post("/api/ai/generate-workout", json={}, headers=world.user.auth)
    await _run_next(world)
    done = await _job(world, accepted.json()["job_id"])
    assert done["result"]["provider"] == "engine" and "interim_plan_id" not in done["result"]
    listed = (await world.user.client.get("/api/workouts", headers=world.user.auth)).json()
    assert len(listed["items"] if isinstance(listed, dict) else listed) == 1
