"""The plan validator catches and repairs bad plans, and reports what it cannot repair."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from shared.exercises.catalog import get_exercise
from shared.plans.engine import generate_plan
from shared.plans.rules import resolve, volume_band
from shared.plans.schema import Plan, PlanExercise, plan_json_schema
from shared.plans.validator import Finding, validate_plan
from shared.plans.volume import weekly_hard_sets
from shared.profile import FitnessProfile, ParQ
from shared.profile.model import Severity
from tests.unit.plan_strategies import profiles

GYM = FitnessProfile(
    fitness_level="intermediate",
    goals=["hypertrophy"],
    equipment=["barbell", "dumbbells", "bench", "pull_up_bar", "cable_machine"],
    days_per_week=3,
    session_minutes=60,
)


def _codes(findings: list[Finding]) -> set[str]:
    return {f.code for f in findings}


def _with_item(plan: Plan, day: int, position: int, **changes: object) -> Plan:
    data = plan.model_dump()
    data["days"][day]["exercises"][position].update(changes)
    return Plan.model_validate(data)


def test_wrong_equipment_is_swapped() -> None:
    profile = FitnessProfile(**{**GYM.model_dump(), "equipment": ["dumbbells", "bench"]})
    plan = generate_plan(GYM)
    bad = _with_item(plan, 0, 0, exercise_id="barbell-back-squat", name="Barbell back squat")
    report = validate_plan(bad, profile)
    assert "equipment" in _codes(report.repairs)
    swapped = get_exercise(report.plan.days[0].exercises[0].exercise_id)
    assert swapped.needs_only({"dumbbells", "bench"}) and "quads" in swapped.primary_muscles


def test_contraindicated_exercise_is_swapped() -> None:
    profile = FitnessProfile(**{**GYM.model_dump(), "injuries": [{"area": "lower_back", "severity": "moderate"}]})
    bad = _with_item(generate_plan(profile), 0, 0, exercise_id="barbell-deadlift", name="Barbell deadlift")
    report = validate_plan(bad, profile)
    assert "injury" in _codes(report.repairs)
    swapped = get_exercise(report.plan.days[0].exercises[0].exercise_id)
    assert not swapped.contraindicated_for({"lower_back": "moderate"})


def test_no_safe_swap_is_a_violation() -> None:
    profile = FitnessProfile(
        equipment=["bodyweight"], injuries=[{"area": a, "severity": "severe"} for a in ("shoulder", "wrist")]
    )
    bad = _with_item(generate_plan(profile), 0, 0, exercise_id="barbell-overhead-press", name="x")
    report = validate_plan(bad, profile)
    assert not report.ok and _codes(report.violations) & {"equipment", "minutes", "volume_floor"}


def test_unknown_exercise_is_a_violation() -> None:
    bad = _with_item(generate_plan(GYM), 0, 0, exercise_id="magic-press")
    report = validate_plan(bad, GYM)
    assert "unknown_exercise" in _codes(report.violations)


def test_too_many_sets_are_cut_to_the_top() -> None:
    plan = generate_plan(GYM)
    data = plan.model_dump()
    for day in data["days"]:
        for item in day["exercises"]:
            if get_exercise(item["exercise_id"]).hard_sets:
                item["sets"] = 8
    report = validate_plan(Plan.model_validate(data), GYM)
    _, top = volume_band("hypertrophy", "intermediate")
    assert "volume_top" in _codes(report.repairs)
    assert max(weekly_hard_sets(report.plan.days).values()) <= top


def test_isolation_before_compound_is_reordered() -> None:
    plan = generate_plan(GYM)
    data = plan.model_dump()
    day = next(i for i, d in enumerate(plan.days) if any(get_exercise(e.exercise_id).isolation for e in d.exercises))
    data["days"][day]["exercises"].reverse()
    report = validate_plan(Plan.model_validate(data), GYM)
    assert "order" in _codes(report.repairs)
    hard = [get_exercise(i.exercise_id) for i in report.plan.days[day].exercises]
    flags = [e.isolation for e in hard if e.hard_sets]
    assert flags == sorted(flags)


def test_wrong_minutes_are_recomputed_trimmed_or_refused_when_short_without_a_reason() -> None:
    plan = generate_plan(GYM)
    stated = _with_item(plan, 0, 0).model_copy(deep=True)
    stated.days[0].estimated_minutes = 5
    assert "minutes" in _codes(validate_plan(stated, GYM).repairs)
    assert validate_plan(stated, GYM).plan.days[0].estimated_minutes == plan.days[0].estimated_minutes
    long = plan.model_copy(deep=True)
    long.days[1].exercises.append(
        PlanExercise(exercise_id="stationary-bike", name="Stationary bike", sets=1, reps_min=1, reps_max=1,
                     target_rpe=5, rest_seconds=0, duration_seconds=3600)
    )  # fmt: skip
    report = validate_plan(long, GYM)
    assert report.ok and abs(report.plan.days[1].estimated_minutes - 60) <= 6
    short = plan.model_copy(deep=True)
    short.days[2].exercises = short.days[2].exercises[:2]
    report = validate_plan(short, GYM)
    # Never padded: a short session is refused unless it says why, and accepted when it does.
    assert "minutes" in _codes(report.violations)
    assert not any(get_exercise(i.exercise_id).pattern == "conditioning" for i in report.plan.days[2].exercises)
    short.days[2].time_note = "Cut short to fit a lunch break."
    assert validate_plan(short, GYM).ok


def test_wrong_day_count_is_a_violation() -> None:
    plan = generate_plan(GYM)
    plan.days = plan.days[:2]
    assert "days_per_week" in _codes(validate_plan(plan, GYM).violations)


def test_doses_and_par_q_are_made_safe() -> None:
    profile = FitnessProfile(**{**GYM.model_dump(), "par_q": ParQ(dizziness=True)})
    plan = generate_plan(GYM)
    plan.safety_notes = []
    bad = _with_item(plan, 0, 0, target_rpe=10, rest_seconds=5, reps_min=12, reps_max=6)
    report = validate_plan(bad, profile)
    first = report.plan.days[0].exercises[0]
    assert first.target_rpe <= 7 and first.rest_seconds >= 60 and first.reps_min <= first.reps_max
    assert any("doctor" in n for n in report.plan.safety_notes)


def test_volume_below_floor_without_excuse_is_a_violation_and_with_excuse_is_stated() -> None:
    roomy = FitnessProfile(**{**GYM.model_dump(), "session_minutes": 90})  # time for every floor
    plan = generate_plan(roomy)
    plan.days = [d.model_copy(update={"exercises": d.exercises[:1]}) for d in plan.days]
    report = validate_plan(plan, roomy)
    assert "volume_floor" in _codes(report.violations)
    tight = FitnessProfile(goals=["hypertrophy"], fitness_level="advanced", days_per_week=1, session_minutes=15)
    short_plan = generate_plan(tight).model_copy(update={"volume_note": ""})
    report = validate_plan(short_plan, tight)
    assert report.ok and "volume_note" in _codes(report.repairs) and report.plan.volume_note


def test_bad_progression_is_clamped() -> None:
    plan = generate_plan(GYM)
    plan.progression = plan.progression.model_copy(update={"deload_every_weeks": 8, "load_step_pct_max": 10})
    report = validate_plan(plan, GYM)
    assert report.plan.progression.deload_every_weeks == 6 and report.plan.progression.load_step_pct_max == 5


def test_strict_json_schema_shape() -> None:
    schema = plan_json_schema()
    text = str(schema)
    for word in ("minimum", "maximum", "maxLength", "minItems", "'default'", "'title'", "'const'"):
        assert word not in text

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("type") == "object":
                assert node["additionalProperties"] is False
                assert set(node["required"]) == set(node["properties"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    assert "id" not in schema["properties"] and "source" not in schema["properties"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profiles, profiles)
def test_a_plan_for_someone_else_is_repaired_or_rejected_never_unsafe(
    writer: FitnessProfile, user: FitnessProfile
) -> None:
    report = validate_plan(generate_plan(writer), user)
    injuries: dict[str, Severity] = {i.area: i.severity for i in user.injuries}
    for day in report.plan.days:
        for item in day.exercises:
            exercise = get_exercise(item.exercise_id)
            assert not exercise.contraindicated_for(injuries)
            assert exercise.needs_only(set(user.equipment))
    request = resolve(user)  # the band the user is held to (an older adult's at least the all-round one)
    _, top = request.band if report.plan.goal == request.goal else volume_band(report.plan.goal, user.fitness_level)
    assert max(weekly_hard_sets(report.plan.days).values()) <= top
