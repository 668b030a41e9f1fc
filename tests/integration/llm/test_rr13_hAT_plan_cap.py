"""hAT (issue 15, rr13 leftovers, kind 2): a heart-rate cap a clinician set, written in the profile's injury notes
(or the plan request's notes), goes to the AI plan writer as a number (`heart_rate_cap_bpm`), never as the note's
words; a provider's plan above it is repaired before the user reads it. POST /api/ai/generate-workout with the real
openai SDK against the fake server."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from shared.jobs.service import run_job_message
from shared.llm import configs
from shared.llm.structured import engine_plan
from shared.llm.types import ProviderConfig
from shared.plans import explain
from shared.plans.schema import PlanDraft
from shared.profile import FitnessProfile
from shared.queue import names
from tests.integration.llm.conftest import KEY
from tests.support.fake_llm import FakeLLM
from tests.support.identity import PROFILE
from tests.support.plan_world import World, plan_world

NOTE = "Ablation in 2024 at St Mary's; my cardiologist said keep my heart rate under 125 bpm."
CAPPED = {**PROFILE, "weight_kg": 72, "injuries": [{"area": "knee", "severity": "mild", "notes": NOTE}]}
ABOVE = [
    "Finish every session with 10 all-out sprints at 175 bpm.",
    "Your intervals should take your heart rate to 160 bpm.",
    "Go all-out on the rower for the last five minutes.",
]
WITHIN = "Keep the steady rides at 110-120 bpm, under your cardiologist's limit."


@pytest.fixture
async def world(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[World]:
    async with plan_world(monkeypatch, {"LLM_CACHE_TTL_S": "0", "FAKE_LLM_KEY": KEY}) as world:
        yield world


async def _plan(w: World, fake: FakeLLM, profile: dict[str, Any], text: str) -> tuple[dict[str, Any], str]:
    """The profile saved, a provider's plan carrying `text` in its rationale and first exercise's notes, generated over
    HTTP: the stored plan and what the provider was sent."""
    assert (await w.user.client.put("/api/users/profile", json=profile, headers=w.user.auth)).status_code == 200
    data = engine_plan(FitnessProfile.model_validate(profile), None).model_dump(include=set(PlanDraft.model_fields))
    data["rationale"] = "Written for your goals. " + text
    data["days"][0]["exercises"][0]["notes"] = text[:300]
    fake.plan_json = PlanDraft.model_validate(data).model_dump_json()
    config = ProviderConfig(id="writer", kind="openai", model="m-hat-cap", priority=1, base_url=fake.url + "/v1",
                            api_key_ref="FAKE_LLM_KEY", timeout_s=5)  # fmt: skip
    if not await configs.list_configs(w.services, cached=False):
        await configs.create_config(w.services, config)
    before = len(fake.calls)
    accepted = await w.user.client.post("/api/ai/generate-workout", json={}, headers=w.user.auth)
    assert accepted.status_code == 202, accepted.text
    while batch := await w.services.queue.receive(names.AI_JOBS, max_messages=8, visibility_timeout=60):
        for message in batch:
            await run_job_message(w.services, message.body)
            await w.services.queue.delete(names.AI_JOBS, message.id, message.pop_receipt)
    job = (await w.user.client.get(accepted.json()["status_url"], headers=w.user.auth)).json()
    assert job["status"] == "succeeded" and job["result"]["provider"] == "writer", job
    sent = json.dumps([c.body for c in fake.calls[before:]], ensure_ascii=False)
    plan = await w.user.client.get(f"/api/workouts/{job['result']['plan_id']}", headers=w.user.auth)
    assert plan.status_code == 200
    return dict(plan.json()), sent


@pytest.mark.parametrize("above", ABOVE)
async def test_the_cap_is_sent_as_a_number_and_a_plan_above_it_is_repaired(
    world: World, fake: FakeLLM, above: str
) -> None:
    plan, sent = await _plan(world, fake, CAPPED, above)
    assert '\\"heart_rate_cap_bpm\\": 125' in sent, sent[:400]
    assert "St Mary" not in sent and "Ablation" not in sent and "cardiologist said" not in sent  # no note text
    shown = str({k: v for k, v in plan.items() if k != "warnings"})
    assert above[:40] not in shown
    warned = " ".join(w["message"] for w in plan["warnings"] if w["code"] == "ai_plan_repaired")
    assert "heart-rate limit" in warned
    assert explain.HR_CAP_NOTE.format(bpm=125) in plan["safety_notes"]


async def test_a_plan_within_the_cap_is_kept(world: World, fake: FakeLLM) -> None:
    plan, sent = await _plan(world, fake, CAPPED, WITHIN)
    assert '\\"heart_rate_cap_bpm\\": 125' in sent
    assert WITHIN in plan["rationale"]


async def test_no_cap_told_sends_no_cap(world: World, fake: FakeLLM) -> None:
    _, sent = await _plan(world, fake, {**PROFILE, "weight_kg": 72, "injuries": []}, WITHIN)
    assert '\\"heart_rate_cap_bpm\\"' not in sent  # the key (the system prompt names the field)
