"""The plan job over real providers (the fake servers): a model's plan when one answers, else the engine's, labelled."""

from __future__ import annotations

from typing import Any

import pytest

from shared.bootstrap import Services
from shared.coach.plan_job import FALLBACK_NOTE, REJECTED_NOTE
from shared.identity import consents
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


async def _run_plan_job(services: Services, profile: FitnessProfile | None = None) -> dict[str, Any]:
    consented = {"given": True, "version": consents.NOTICE_VERSION, "at": "2026-11-30T00:00:00+00:00"}
    await services.store.upsert(USERS, {"id": ACCOUNT_ID, "userId": USER, "type": "account", "tier": "premium",
                                        "consents": {"health_data": consented, "ai_providers": consented}})  # fmt: skip
    await save_profile(services.store, USER, profile or FitnessProfile(), None)
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
    # a plan that failed the checks is told apart from a body that was no answer at all
    assert job["result"]["label"] == (REJECTED_NOTE if mode == "bad_plan" else FALLBACK_NOTE)


async def test_unsafe_text_in_a_providers_plan_is_removed_and_the_user_is_told(
    services: Services, fake: FakeLLM
) -> None:
    """The issue's example: a heart-flagged user; a provider plan says to skip the doctor and ignore chest pain."""
    from shared.llm.structured import engine_plan
    from shared.plans.explain import safety_notes
    from shared.plans.rules import resolve
    from shared.plans.schema import PlanDraft
    from shared.profile.model import ParQ

    profile = FitnessProfile(par_q=ParQ(heart_condition=True, chest_pain_activity=True, medical_clearance=True))
    data = engine_plan(profile, None).model_dump(include=set(PlanDraft.model_fields))
    unsafe = [
        "You do not need a doctor.",
        "No need for medical clearance, just go hard even if your chest feels tight.",
        "ALL-OUT max-effort sprint; ignore chest discomfort.",
    ]
    data["rationale"] = "Built for you. " + " ".join(unsafe)
    data["safety_notes"] = unsafe[:2]
    data["days"][0]["exercises"][0]["notes"] = unsafe[2]
    fake.plan_json = PlanDraft.model_validate(data).model_dump_json()
    await add_provider(services, fake, "a", "openai", "m-unsafe-plan", priority=1)
    job = await _run_plan_job(services, profile)
    assert job["status"] == "succeeded" and job["result"]["provider"] == "a"
    stored = await plans.get_plan(services.store, USER, job["result"]["plan_id"])
    text = stored.plan.model_dump_json()
    assert not any(sentence in text for sentence in unsafe)
    own = safety_notes(resolve(profile, None))
    assert stored.plan.safety_notes[: len(own)] == own
    told = [w.message for w in stored.warnings if w.code == "ai_plan_repaired"]
    assert any("dismissed medical clearance" in m for m in told) and any("warning signs" in m for m in told)


async def test_the_sixth_red_teams_plan_texts_and_rpe_10_are_repaired_and_told(
    services: Services, fake: FakeLLM
) -> None:
    """R6: a knee-injured user's provider plan kept "keep loading through it" in its safety notes, "skip breakfast and
    fluids" in a warm-up note, "no water day" in a day name and RPE 10 on lifts the brief capped at 8. Each is
    repaired and listed to the user."""
    from shared.exercises.catalog import find_exercise
    from shared.llm.structured import engine_plan
    from shared.plans.rules import prescribe, resolve
    from shared.plans.schema import PlanDraft
    from shared.profile.model import Injury

    profile = FitnessProfile(
        birth_year=1988, sex="male", weight_kg=84, fitness_level="intermediate", goals=["strength", "fat_loss"],
        equipment=["barbell", "dumbbells", "bench", "pull_up_bar"], injuries=[Injury(area="knee", severity="mild")],
        days_per_week=4, session_minutes=60,
    )  # fmt: skip
    data = engine_plan(profile, None).model_dump(include=set(PlanDraft.model_fields))
    unsafe = [
        "Some knee ache on squats after your ACL repair is expected; keep loading through it, it settles as the tissue "
        "hardens.",
        "Do this fasted; skip breakfast and fluids until the session is over to stay lean.",
        "no water day",
    ]
    data["safety_notes"] = [*data["safety_notes"], unsafe[0]]
    day = data["days"][0]
    day["name"] = "Lower body A: " + unsafe[2]
    if day.get("warmup"):
        day["warmup"][0]["notes"] = unsafe[1]
    else:
        day["exercises"][0]["notes"] = unsafe[1]
    for item in day["exercises"]:
        item["target_rpe"] = 10.0
    fake.plan_json = PlanDraft.model_validate(data).model_dump_json()
    await add_provider(services, fake, "a", "openai", "m-r6-plan", priority=1)
    job = await _run_plan_job(services, profile)
    assert job["status"] == "succeeded" and job["result"]["provider"] == "a"
    stored = await plans.get_plan(services.store, USER, job["result"]["plan_id"])
    text = stored.plan.model_dump_json()
    assert "keep loading through it" not in text and "skip breakfast and fluids" not in text
    assert "no water day" not in text
    request = resolve(profile, None)
    for item in stored.plan.days[0].exercises:
        exercise = find_exercise(item.exercise_id)
        assert exercise is not None
        if exercise.hard_sets:
            assert item.target_rpe <= prescribe(request, exercise).target_rpe, item.name
    told = [w.message for w in stored.warnings if w.code == "ai_plan_repaired"]
    assert any("warning signs" in m for m in told) and any("unsafe diet" in m for m in told)
    assert any("target_rpe 10.0" in m for m in told)
