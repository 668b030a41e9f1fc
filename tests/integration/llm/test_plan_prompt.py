"""Plan prompts a real model can satisfy: a fake provider that writes its plan only from the request it
received (tests/support/prompt_plan_writer.py) gets that plan accepted as its own, over the real SDKs."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from shared.bootstrap import Services
from shared.exercises.catalog import get_exercise
from shared.identity.principal import Principal
from shared.llm import gateway
from shared.llm.plan_prompt import build_plan_request
from shared.plans.candidates import plan_brief
from shared.plans.schema import Plan, PlanDay, PlanDraft, PlanExercise, PlanSource, Progression
from shared.plans.validator import PlanValidator, validate_plan
from shared.profile.model import FitnessProfile, Injury, ParQ
from shared.workouts import plans, sessions
from shared.workouts.model import LoggedSession
from tests.integration.llm.conftest import add_provider
from tests.support.fake_llm import FakeLLM
from tests.support.prompt_plan_writer import block, request_parts, write_plan
from tests.support.strict_schema import strict_problems, violations
from tests.support.workout_fixtures import plan_body, session_body

GYM = ["barbell", "dumbbells", "bench", "machines", "cable_machine", "pull_up_bar"]
PROFILES = {
    "full_gym_strength": FitnessProfile(
        goals=["strength"], fitness_level="intermediate", equipment=GYM, days_per_week=4, session_minutes=60,
        birth_year=1992, sex="male", weight_kg=82,
    ),
    "dumbbells_only": FitnessProfile(
        goals=["hypertrophy"], fitness_level="beginner", equipment=["dumbbells"], days_per_week=3, session_minutes=45
    ),
    "bodyweight_knee_injury": FitnessProfile(
        goals=["general_fitness"], equipment=["bodyweight"], days_per_week=3, session_minutes=40,
        injuries=[Injury(area="knee", severity="moderate", notes="patellar tendon")],
    ),
    "older_par_q_cleared": FitnessProfile(
        birth_year=datetime.now(UTC).year - 71, goals=["general_fitness"], days_per_week=3, session_minutes=50,
        equipment=["dumbbells", "machines", "cardio_machine"],
        par_q=ParQ(heart_condition=True, blood_pressure_medication=True, medical_clearance=True),
    ),
    "awaiting_clearance": FitnessProfile(par_q=ParQ(chest_pain_activity=True), days_per_week=2),
}  # fmt: skip


@pytest.fixture
def writer(fake: FakeLLM) -> Iterator[list[list[str]]]:
    """The fake answers plans from the prompt alone; each answer's departures from the schema it was
    sent are recorded (a strict provider could not return them)."""
    problems: list[list[str]] = []

    def respond(body: dict[str, Any]) -> str:
        text, schema = request_parts(body)
        plan = write_plan(text)
        problems.append(violations(plan, schema))
        return json.dumps(plan)

    fake.responder = respond
    yield problems
    fake.responder = None


@pytest.mark.parametrize("name", list(PROFILES))
async def test_a_plan_written_only_from_the_prompt_is_accepted_as_the_providers(
    services: Services, fake: FakeLLM, principal: Principal, writer: list[list[str]], name: str
) -> None:
    profile = PROFILES[name]
    await add_provider(services, fake, "openai-real", "openai", "gpt-real", priority=1)
    result = await gateway.generate_plan(services, principal, profile)
    assert (result.provider, result.fallback_depth, result.plan.source.provider) == ("openai-real", 0, "openai-real")
    assert len(fake.calls) == 1 and writer == [[]]  # first answer accepted, and it kept to the schema
    report = validate_plan(result.plan, profile)
    assert report.violations == []
    brief = plan_brief(profile)
    used = {item.exercise_id for day in result.plan.days for item in day.exercises}
    assert used and used <= set(brief.ids)
    if brief.request.hold:
        assert all(not get_exercise(i).hard_sets for i in used)
    # Nothing of what the writer chose needed repairing (no swap, clamp, cut, trim or reorder); Vigor adding
    # its own safety notes is not a repair of the writer's work.
    draft = PlanDraft.model_validate(write_plan(request_parts(fake.calls[0].body)[0]))
    raw = Plan.from_draft(draft, result.plan.source)
    assert {f.code for f in validate_plan(raw, profile).repairs} <= {"safety"}


@pytest.mark.parametrize("kind,model", [("gemini", "gemini-real"), ("openai_compatible", "pplx-real")])
async def test_gemini_and_responses_apis_get_the_same_brief(
    services: Services, fake: FakeLLM, principal: Principal, writer: list[list[str]], kind: str, model: str
) -> None:
    profile = PROFILES["dumbbells_only"]
    extra = {"api_style": "responses"} if kind == "openai_compatible" else {}
    await add_provider(services, fake, "p", kind, model, priority=1, **extra)
    result = await gateway.generate_plan(services, principal, profile)
    assert (result.provider, result.fallback_depth) == ("p", 0) and writer == [[]]
    _, schema = request_parts(fake.calls[0].body)
    enum = schema["$defs"]["PlanExercise"]["properties"]["exercise_id"]["enum"]
    assert enum == plan_brief(profile).ids


@pytest.mark.parametrize("name", list(PROFILES))
def test_the_schema_enumerates_exactly_the_candidates_and_stays_strict(name: str) -> None:
    profile = PROFILES[name]
    request = build_plan_request(profile, None, None)
    brief = plan_brief(profile)
    schema = request.json_schema
    assert schema is not None and strict_problems(schema) == []
    assert schema["$defs"]["PlanExercise"]["properties"]["exercise_id"]["enum"] == brief.ids
    offered = [c["id"] for c in block(request.messages[0].content, "vigor_brief")["candidates"]]
    assert offered == brief.ids and len(offered) == len(set(offered)) and 0 < len(offered) <= 60
    assert "enum" not in schema["$defs"]["PlanDay"]["properties"]["name"]  # only exercise ids are limited


@pytest.mark.parametrize("name", list(PROFILES))
def test_every_candidate_passes_the_validators_equipment_and_injury_checks(name: str) -> None:
    profile = PROFILES[name]
    validator = PlanValidator(profile)
    brief = plan_brief(profile)
    for candidate in brief.candidates:
        e = candidate.exercise
        assert e.needs_only(validator.request.equipment), e.id
        assert not e.contraindicated_for(dict(validator.request.injuries)), e.id
        assert e in validator.pool, e.id
    # And through the validator itself: one day holding every candidate is neither swapped nor refused.
    items = [
        PlanExercise(exercise_id=c.exercise.id, name=c.exercise.name, sets=1, reps_min=c.reps[0], reps_max=c.reps[1],
                     target_rpe=c.target_rpe, rest_seconds=c.rest_seconds, duration_seconds=c.duration_seconds)
        for c in brief.candidates
    ]  # fmt: skip
    days = [
        PlanDay(day_index=i, name="All", focus="all", estimated_minutes=600, exercises=items[i * 20 : i * 20 + 20])
        for i in range((len(items) + 19) // 20)
    ]
    progression = Progression(summary="s", load_step_pct_min=2.5, load_step_pct_max=5, deload_every_weeks=5,
                              deload_guidance="g")  # fmt: skip
    source = PlanSource(provider="t", model="t")
    plan = Plan(name="All candidates", goal=brief.request.goal, split="custom", days=days, warmup=[], cooldown=[],
                progression=progression, rationale="r", safety_notes=[], source=source)  # fmt: skip
    report = validator.validate(plan)
    found = {f.code for f in [*report.repairs, *report.violations]}
    assert not found & {"equipment", "injury", "level", "unknown_exercise"}


async def test_the_prompt_carries_six_weeks_of_training_at_week_granularity(
    services: Services, fake: FakeLLM, principal: Principal, writer: list[list[str]]
) -> None:
    store, user = services.store, principal.user_id
    plan = await plans.create_plan(store, user, PlanDraft.model_validate(plan_body()))
    now = datetime.now(UTC)
    logged = []
    for days_ago, squat in ((1, 100.0), (8, 97.5), (15, 95.0), (60, 80.0)):  # the last is outside six weeks
        started = (now - timedelta(days=days_ago)).isoformat()
        body = session_body(started, [("barbell-back-squat", 5, squat, 8.0), ("barbell-back-squat", 5, squat, 8.5),
                                      ("barbell-bench-press", 8, 70.0, 8.0), ("push-up", 15, 0.0, None)])  # fmt: skip
        logged.append(await sessions.log_session(store, user, plan.plan.id, LoggedSession.model_validate(body)))
    profile = PROFILES["full_gym_strength"]
    await add_provider(services, fake, "openai-real", "openai", "gpt-real", priority=1)
    await gateway.generate_plan(services, principal, profile)
    text, _ = request_parts(fake.calls[0].body)
    recent = block(text, "user_data")["recent_training"]
    squat = next(e for e in recent["exercises"] if e["id"] == "barbell-back-squat")
    assert squat["sessions"] == 3 and squat["heaviest_set"] == "100 kg x 5"
    # 100 kg x 5 @ 8 by the RPE table (the one e1RM everywhere, review 21)
    assert max(v for v in squat["e1rm_kg_by_week"] if v is not None) == pytest.approx(123.3)
    push_up = next(e for e in recent["exercises"] if e["id"] == "push-up")
    assert push_up["best_bodyweight_reps"] == 15 and "heaviest_set" not in push_up
    assert len(recent["sessions_by_week"]) == 6 and sum(recent["sessions_by_week"]) == 3
    assert set(recent["adherence"]) == {"weeks", "planned", "done", "pct"}
    user_data = re.search(r"<user_data>.*</user_data>", text, re.S)
    assert user_data is not None
    assert not re.search(r"\d{4}-\d{2}-\d{2}|\d{4}-W\d{2}", user_data.group(0))  # weeks counted back, no dates
    for stored in logged:
        assert stored.id not in json.dumps(fake.calls[0].body)
    assert plan.plan.id not in json.dumps(fake.calls[0].body)


def test_candidates_are_ranked_basic_lifts_first_and_cover_every_muscle() -> None:
    brief = plan_brief(PROFILES["full_gym_strength"])
    first = [c.exercise for c in brief.candidates[:8]]
    assert all(e.main_lift and e.compound for e in first), [e.id for e in first]
    assert brief.ids[0] == "barbell-back-squat" and "barbell-bench-press" in brief.ids[:5]
    lifts = [c.exercise for c in brief.candidates if c.exercise.hard_sets]
    led = {e.primary_muscles[0] for e in lifts}
    trained = {m for day in brief.week for m in day["trains"]}
    assert trained <= led  # every muscle a day trains has an exercise led by it
