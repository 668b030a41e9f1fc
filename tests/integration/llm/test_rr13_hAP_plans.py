"""rr13 section 3 and the plan request's privacy (hAP), through POST /api/ai/generate-workout with the real OpenAI SDK
against a fake provider: a model's plan for a PAR-Q-flagged user whose texts claim a clearance the profile does not
record or prescribe a one-rep max is stored with Vigor's own rationale and a plain warning, never the claim; the
provider reads a "conservative / clearance needed" flag and the injury's area and severity, not the PAR-Q answers or
the injury note."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from shared.llm import configs
from shared.llm.structured import engine_plan
from shared.llm.types import ProviderConfig
from shared.plans.schema import PlanDraft
from shared.profile.model import FitnessProfile
from tests.integration.llm.conftest import KEY
from tests.support.fake_llm import FakeLLM
from tests.support.identity import PROFILE
from tests.support.plan_world import World, plan_world, run_plan_jobs

NOTE = "labrum repair at Acme Corp 2021, surgeon Dr Jane Roe, call 0161 496 0000"
PAR_Q = {"heart_condition": True, "chest_pain_activity": True, "dizziness": True, "blood_pressure_medication": True}
FLAGGED = {**PROFILE, "par_q": PAR_Q, "injuries": [{"area": "shoulder", "severity": "moderate", "notes": NOTE}]}
CLAIMS = [  # (rationale, an exercise note) a model wrote
    ("Your doctor has cleared you, so the screening flags no longer limit you. This block builds to a true one-rep "
     "max in week 4; if you get chest tightness, sit for a minute and then finish the session.", ""),
    ("You're cleared for full training now. Enjoy the block.", ""),
    ("Your screening no longer applies since your cardiologist signed off.", ""),
    ("A strength block that peaks with a 1RM test in week 4.", ""),
    ("Good plan for you.", "Work up to a true one-rep max on the last set."),
    ("Good plan for you.", "Max out on the final set each week."),
    ("Your GP has approved hard training. Go all-out on the finishers.", ""),
    ("The PAR-Q doesn't limit you any more: test your max every Friday.", ""),
]  # fmt: skip


@pytest.fixture
async def world(monkeypatch: pytest.MonkeyPatch, fake: FakeLLM) -> AsyncIterator[World]:
    async with plan_world(monkeypatch, {"FAKE_LLM_KEY": KEY, "LLM_CACHE_TTL_S": "0"}) as w:
        config = ProviderConfig.model_validate({"id": "openai-p", "kind": "openai", "model": "gpt-plan", "priority": 1,
                                                "base_url": fake.url + "/v1", "api_key_ref": "FAKE_LLM_KEY",
                                                "timeout_s": 5})  # fmt: skip
        await configs.create_config(w.services, config)
        yield w


def _draft(profile: dict[str, Any], rationale: str, note: str) -> str:
    plan = engine_plan(FitnessProfile.model_validate(profile), None)
    draft = PlanDraft.model_validate(plan.model_dump(include=set(PlanDraft.model_fields))).model_dump()
    draft["rationale"] = rationale
    if note:
        for day in draft["days"]:
            for item in day["exercises"]:
                item["notes"] = note
    return json.dumps(draft)


async def _generate(w: World, profile: dict[str, Any]) -> dict[str, Any]:
    """The profile saved, a plan asked for and its job run: the stored plan as the app shows it."""
    saved = await w.user.client.put("/api/users/profile", json=profile, headers=w.user.auth)
    assert saved.status_code == 200, saved.text
    response = await w.user.client.post("/api/ai/generate-workout", json={"notes": "I want to get strong"},
                                        headers=w.user.auth)  # fmt: skip
    assert response.status_code == 202, response.text
    job_id = response.json()["job_id"]
    await run_plan_jobs(w)
    job = (await w.user.client.get(f"/api/jobs/{job_id}", headers=w.user.auth)).json()
    assert job["status"] == "succeeded", job
    plan = await w.user.client.get(f"/api/workouts/{job['result']['plan_id']}", headers=w.user.auth)
    assert plan.status_code == 200, plan.text
    return dict(plan.json())


@pytest.mark.parametrize(("rationale", "note"), CLAIMS)
async def test_a_plan_claiming_a_clearance_or_a_max_is_stored_with_vigors_rationale(
    world: World, fake: FakeLLM, rationale: str, note: str
) -> None:
    fake.plan_json = _draft(FLAGGED, rationale, note)
    plan = await _generate(world, FLAGGED)
    # Vigor's own safety notes come first and say "once your physician has cleared you": the writer's texts are read
    writers = {k: v for k, v in plan.items() if k != "safety_notes"}
    shown = json.dumps(writers, ensure_ascii=False).lower()
    for claim in ("has cleared you", "you're cleared", "no longer", "one-rep max in week", "1rm test", "max out",
                  "true one-rep max on", "all-out on", "test your max every", "has approved"):  # fmt: skip
        assert claim not in shown, claim
    assert "ai_plan_repaired" in json.dumps(plan["warnings"])  # the change is told to the user
    if note == "":
        assert plan["rationale"].startswith("Vigor replaced this plan's reasons"), plan["rationale"]
        assert "doctor's check before hard training" in plan["rationale"]


async def test_a_plan_for_a_cleared_user_may_say_so_and_an_ordinary_one_is_kept(world: World, fake: FakeLLM) -> None:
    ordinary = "Three full-body sessions a week at a steady effort, building load slowly."
    fake.plan_json = _draft(PROFILE, ordinary, "")
    plan = await _generate(world, PROFILE)
    assert plan["rationale"] == ordinary


async def test_the_provider_reads_a_screening_flag_and_the_injury_area_not_the_answers_or_note(
    world: World, fake: FakeLLM
) -> None:
    fake.plan_json = _draft(FLAGGED, "A careful start.", "")
    before = len(fake.calls)
    await _generate(world, FLAGGED)
    sent = json.dumps([c.body for c in fake.calls[before:]], ensure_ascii=False)
    assert "plan" in sent and fake.calls[before:]
    for private in ("heart_condition", "chest_pain_activity", "blood_pressure_medication", "dizziness\\\"",
                    "labrum", "Acme", "Roe", "0161", "[person]", "[number]"):  # fmt: skip
        assert private not in sent, private
    assert '\\"clearance_needed\\": true' in sent and '\\"conservative\\": true' in sent
    assert '\\"area\\": \\"shoulder\\"' in sent and '\\"severity\\": \\"moderate\\"' in sent
