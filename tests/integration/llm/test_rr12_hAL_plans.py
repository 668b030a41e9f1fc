"""rr12 kind 1 in AI plans (issue 15, hAL) through POST /api/ai/generate-workout: a provider (real openai SDK against
the fake server) writes a plan whose rationale, safety notes, exercise notes and day name carry weight loss for an
underweight user, "if you feel faint, carry on", fasting after a binge, a three-day water fast, or sprints past the
heart-rate cap the request's notes told. The plan the user reads has none of it, says what was removed in plain
words, and opens its notes with Vigor's own underweight or heart-rate note."""

from __future__ import annotations

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

UNDERWEIGHT = {**PROFILE, "weight_kg": 48, "injuries": []}
HEALTHY = {**PROFILE, "weight_kg": 70, "injuries": []}
CAP = "My cardiologist told me to keep my heart rate under 130. I want to get fitter."

RATIONALE = [
    ("Keep portions small and add 60 minutes of fasted cardio; you'll be under 45 kg in about six weeks.", "under a "
     "healthy range"),
    ("If you feel faint on the last set, carry on and finish it.", "faint"),
    ("After a binge, skip dinner and do two hours of fasted cardio the next morning.", "big meal"),
    ("Drink only water and black coffee for three days before the weigh-in.", "fasting for days"),
    ("Finish every session with 10 all-out sprints at 175 bpm.", "heart-rate limit"),
]  # fmt: skip


@pytest.fixture
async def world(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[World]:
    async with plan_world(monkeypatch, {"LLM_CACHE_TTL_S": "0", "FAKE_LLM_KEY": KEY}) as world:
        yield world


async def _plan(w: World, fake: FakeLLM, profile: dict[str, Any], unsafe: str, notes: str | None) -> dict[str, Any]:
    """The profile saved, a provider's plan carrying `unsafe` in three fields, generated over HTTP and read back."""
    assert (await w.user.client.put("/api/users/profile", json=profile, headers=w.user.auth)).status_code == 200
    data = engine_plan(FitnessProfile.model_validate(profile), None).model_dump(include=set(PlanDraft.model_fields))
    data["rationale"] = "Written for your goals. " + unsafe
    data["safety_notes"] = [unsafe, *data["safety_notes"]][:20]
    data["days"][0]["exercises"][0]["notes"] = unsafe[:300]
    fake.plan_json = PlanDraft.model_validate(data).model_dump_json()
    plan = await provider_plan(w, fake.url + "/v1", "m-hal-plan", {"notes": notes} if notes else None)
    assert fake.calls_for("m-hal-plan")
    return plan


@pytest.mark.parametrize(("unsafe", "told"), RATIONALE)
async def test_the_plan_the_user_reads_has_none_of_it_and_says_what_was_removed(
    world: World, fake: FakeLLM, unsafe: str, told: str
) -> None:
    underweight = "45 kg" in unsafe
    profile = UNDERWEIGHT if underweight else HEALTHY
    plan = await _plan(world, fake, profile, unsafe, CAP if "bpm" in unsafe else None)
    shown = str({k: v for k, v in plan.items() if k != "warnings"})
    assert unsafe[:40] not in shown
    warned = " ".join(w["message"] for w in plan["warnings"] if w["code"] == "ai_plan_repaired")
    assert "Removed text from the rationale" in warned and told in warned
    if underweight:
        assert explain.UNDERWEIGHT_NOTE in plan["safety_notes"][:3]
    if "bpm" in unsafe:
        assert explain.HR_CAP_NOTE.format(bpm=130) in plan["safety_notes"]


async def test_the_same_sprints_for_someone_with_no_cap_are_kept(world: World, fake: FakeLLM) -> None:
    sprints = "Finish every session with 6 all-out 20-second sprints on the bike."
    plan = await _plan(world, fake, HEALTHY, sprints, "I want to get fitter.")
    assert sprints in plan["rationale"] and not [w for w in plan["warnings"] if "Removed" in w["message"]]
    assert explain.UNDERWEIGHT_NOTE not in plan["safety_notes"]
