"""The plan job over real providers (the fake servers): a model's plan when one answers, else the engine's, labelled."""

from __future__ import annotations

from typing import Any

import pytest

from shared.bootstrap import Services
from shared.coach.plan_job import FALLBACK_NOTE
from shared.identity.profiles import save_profile
from shared.identity.records import ACCOUNT_ID, USERS
from shared.jobs.service import create_job, run_job_message
from shared.profile.model import FitnessProfile
from shared.queue import names
from shared.quota import reservations
from shared.store import containers
from shared.workouts import plans
from tests.integration.llm.conftest import add_provider
from tests.support.fake_llm import FakeLLM

USER = "user-plan-job"


async def _run_plan_job(services: Services) -> dict[str, Any]:
    await services.store.upsert(USERS, {"id": ACCOUNT_ID, "userId": USER, "type": "account", "tier": "premium"})
    await save_profile(services.store, USER, FitnessProfile(), None)
    job = await create_job(services, USER, "plan", {})
    [message] = await services.queue.receive(names.AI_JOBS)
    await run_job_message(services, message.body)
    await run_job_message(services, message.body)  # delivered twice
    return await services.store.read(containers.AI.name, USER, job["id"])


async def test_every_provider_failing_saves_the_engine_plan_labelled(services: Services, fake: FakeLLM) -> None:
    await add_provider(services, fake, "a", "openai", "m-down", priority=1)
    await add_provider(services, fake, "b", "gemini", "m-down2", priority=2)
    fake.default.update({"m-down": "500", "m-down2": "500"})
    job = await _run_plan_job(services)
    result = job["result"]
    assert job["status"] == "succeeded" and result["engine"] and result["fallback_depth"] == 2
    assert result["label"] == FALLBACK_NOTE
    stored = await plans.get_plan(services.store, USER, result["plan_id"])
    assert stored.plan.source.provider == "engine" and stored.active
    assert [w.code for w in stored.warnings] == ["engine_plan"]
    counts, _ = await reservations.usage(services.store, USER)
    assert counts["day"] == 1


async def test_a_healthy_provider_writes_the_plan(services: Services, fake: FakeLLM) -> None:
    await add_provider(services, fake, "a", "openai", "m-up", priority=1)
    job = await _run_plan_job(services)
    result = job["result"]
    assert job["status"] == "succeeded" and result["provider"] == "a" and not result["engine"]
    assert result["label"] is None and len(fake.calls_for("m-up")) == 1
    stored = await plans.get_plan(services.store, USER, result["plan_id"])
    assert stored.plan.source.provider == "a" and stored.warnings == []
    counts, _ = await reservations.usage(services.store, USER)
    assert counts["day"] == 1


@pytest.mark.parametrize("mode", ["malformed", "bad_plan"])
async def test_invalid_output_falls_back_to_the_engine(services: Services, fake: FakeLLM, mode: str) -> None:
    await add_provider(services, fake, "a", "openai", "m-bad", priority=1)
    fake.default["m-bad"] = mode
    job = await _run_plan_job(services)
    assert job["status"] == "succeeded" and job["result"]["engine"] and job["result"]["fallback_depth"] == 1
