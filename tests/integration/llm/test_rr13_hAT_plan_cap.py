"""hAT (issue 15, rr13 leftovers, kind 2): a heart-rate cap a clinician set, written in the profile's injury notes
(or the plan request's notes), goes to the AI plan writer as a number (`heart_rate_cap_bpm`), never as the note's
words; a provider's plan above it is repaired before the user reads it. POST /api/ai/generate-workout with the real
openai SDK against the fake server."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from shared.llm.structured import engine_plan
from shared.plans import explain
from shared.plans.schema import PlanDraft
from shared.profile import FitnessProfile
from tests.integration.llm.conftest import KEY
from tests.support.fake_llm import FakeLLM
from tests.support.identity import PROFILE
from tests.support.plan_world import World, plan_world, provider_plan

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
    before = len(fake.calls)
    plan = await provider_plan(w, fake.url + "/v1", "m-hat-cap")
    sent = json.dumps([c.body for c in fake.calls[before:]], ensure_ascii=False)
    return plan, sent


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
