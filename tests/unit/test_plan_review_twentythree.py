"""Plan fixes from strength-coach review 23 (issue 13, hB): rests by exercise class in every goal, the vertical pull
kept whatever the second goal, the knee-dominant main lift of a strength week without a bar, and a severe hip's
press and pull variety."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.exercises.catalog import get_exercise
from shared.plans.engine import generate_plan
from shared.plans.rests import COMPOUND_MIN_REST, loaded_compound
from shared.plans.schema import Plan
from shared.plans.validator import validate_plan
from shared.profile import FitnessProfile
from tests.unit.plan_strategies import profiles

LIFT_ROLES = ("main", "secondary", "accessory")


def _make(profile: dict[str, Any]) -> Plan:
    person = FitnessProfile.model_validate(profile)
    plan = generate_plan(person)
    assert validate_plan(plan, person).ok
    return plan


# --- item 4: a main lift rests like one in every goal ---------------------------------------------------------------


def test_a_fat_loss_bench_press_rests_at_least_a_minute() -> None:
    """Review 23: a fat-loss week gave the bench press (and the squat, the row) 45 s. NSCA: main multi-joint lifts
    rest 60-90 s at least even in metabolic work; 45 s is for accessories. 30-minute sessions pair the lifts, so
    each rests a minute after its set and the partner's set comes in between."""
    kit = ["barbell", "dumbbells", "bench", "pull_up_bar", "machines"]
    plan = _make({"goals": ["fat_loss"], "fitness_level": "advanced", "equipment": kit, "days_per_week": 3,
                  "session_minutes": 30, "birth_year": 1990})  # fmt: skip
    items = {i.exercise_id: i for d in plan.days for i in d.exercises}
    # (the day's one bench press: review 24, defect 8 took the dumbbell bench press that stood beside it)
    bench = items.get("barbell-bench-press") or items["dumbbell-bench-press"]
    assert bench.rest_seconds >= COMPOUND_MIN_REST, bench
    for day in plan.days:
        for item in day.exercises:
            if item.role in LIFT_ROLES and loaded_compound(get_exercise(item.exercise_id)):
                assert item.rest_seconds >= COMPOUND_MIN_REST, (day.name, item.exercise_id, item.rest_seconds)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profile=profiles)
def test_every_loaded_compound_rests_at_least_a_minute(profile: FitnessProfile) -> None:
    """Whatever the goal, level, minutes or supersets: a loaded multi-joint lift never rests under a minute; 45 s
    is an accessory's or a bodyweight circuit's."""
    plan = generate_plan(profile)
    for day in plan.days:
        for item in day.exercises:
            if item.role in LIFT_ROLES and loaded_compound(get_exercise(item.exercise_id)):
                assert item.rest_seconds >= COMPOUND_MIN_REST, (day.name, item.exercise_id, item.rest_seconds)


# --- item 2: the vertical pull stays whatever the second goal ------------------------------------------------------


def _vertical_pulls(plan: Plan) -> list[str]:
    return [
        i.exercise_id
        for d in plan.days
        for i in d.exercises
        if i.role in LIFT_ROLES and (e := get_exercise(i.exercise_id)).pattern == "vertical_pull" and e.compound
    ]


def test_strength_and_fat_loss_with_a_pull_up_bar_keeps_the_pull_up() -> None:
    """Review 23: strength + fat loss, barbell, bench and pull-up bar, 3 x 60: rows only, the pull-ups gone as lone
    sets while the conditioning held the minutes. The week now pulls up (two working sets at least)."""
    plan = _make({"goals": ["strength", "fat_loss"], "fitness_level": "intermediate", "days_per_week": 3,
                  "equipment": ["barbell", "dumbbells", "bench", "pull_up_bar"], "session_minutes": 60,
                  "birth_year": 1990})  # fmt: skip
    pulls = _vertical_pulls(plan)
    assert pulls, [[i.exercise_id for i in d.exercises] for d in plan.days]
    assert all(i.sets >= 2 for d in plan.days for i in d.exercises if i.exercise_id in pulls)


PULL_KITS = [["pull_up_bar", "dumbbells"], ["barbell", "bench", "pull_up_bar"], ["pull_up_bar", "kettlebells"],
             ["barbell", "dumbbells", "bench", "pull_up_bar"], ["cable_machine", "dumbbells"]]  # fmt: skip


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    second=st.sampled_from(["fat_loss", "hypertrophy", "general_fitness", None]),
    level=st.sampled_from(["beginner", "intermediate", "advanced"]),
    kit=st.sampled_from(PULL_KITS),
    days=st.integers(3, 6),
    minutes=st.integers(45, 90),
)  # fmt: skip
def test_a_strength_week_with_a_bar_or_pulldown_pulls_vertically(
    second: str | None, level: str, kit: list[str], days: int, minutes: int
) -> None:
    """Strength first, whatever goal comes second: a week of three or more days with a pull-up bar or a pulldown pulls
    vertically (two days of 45 minutes may still leave it out: docs/training-science.md)."""
    goals = ["strength", second] if second else ["strength"]
    plan = _make({"goals": goals, "fitness_level": level, "equipment": kit, "days_per_week": days,
                  "session_minutes": minutes, "birth_year": 1990})  # fmt: skip
    assert _vertical_pulls(plan), [[i.exercise_id for i in d.exercises] for d in plan.days]


# --- item 3: a severe hip keeps an overhead press and varies its rows ---------------------------------------------

SEVERE_HIP = [{"area": "hip", "severity": "severe"}]


def _pattern_items(plan: Plan, pattern: str) -> list[tuple[str, str]]:
    return [
        (d.name, i.exercise_id)
        for d in plan.days
        for i in d.exercises
        if i.role in LIFT_ROLES and (e := get_exercise(i.exercise_id)).pattern == pattern and e.compound
    ]


def test_a_severe_hip_with_dumbbells_and_a_bench_presses_overhead_and_varies_the_row() -> None:
    """Review 23: a severe hip, dumbbells, 3 x 45 strength: the chest-supported row on every day and no overhead press
    (the seated press went for a glute-bridge hold beside an incline press). A hip injury does not rule out a press
    seated with back support; the one-arm bench row takes one of the days."""
    plan = _make({"goals": ["strength"], "fitness_level": "intermediate", "equipment": ["dumbbells", "bench"],
                  "days_per_week": 3, "session_minutes": 45, "birth_year": 1985, "injuries": SEVERE_HIP})  # fmt: skip
    assert _pattern_items(plan, "vertical_push"), [[i.exercise_id for i in d.exercises] for d in plan.days]
    rows = _pattern_items(plan, "horizontal_pull")
    lifting = [d for d in plan.days if any(i.role in LIFT_ROLES for i in d.exercises)]
    assert not any(sum(1 for _, r in rows if r == row) >= len(lifting) for _, row in rows), rows


def test_a_severe_hip_with_dumbbells_only_presses_seated() -> None:
    """Dumbbells and no bench: the seated press on a sturdy chair (the standing press loads the hips)."""
    plan = _make({"goals": ["strength"], "fitness_level": "intermediate", "equipment": ["dumbbells"],
                  "days_per_week": 3, "session_minutes": 45, "birth_year": 1985, "injuries": SEVERE_HIP})  # fmt: skip
    assert "seated-dumbbell-press" in {e for _, e in _pattern_items(plan, "vertical_push")}, plan.days


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    level=st.sampled_from(["beginner", "intermediate", "advanced"]),
    kit=st.sampled_from([["dumbbells"], ["dumbbells", "bench"], ["dumbbells", "bench", "pull_up_bar"],
                         ["dumbbells", "kettlebells"]]),
    days=st.integers(3, 5),
    minutes=st.integers(60, 75),
    area=st.sampled_from(["hip", "knee", "ankle"]),
)  # fmt: skip
def test_a_severe_lower_limb_strength_week_with_dumbbells_presses_overhead(
    level: str, kit: list[str], days: int, minutes: int, area: str
) -> None:
    """A severe hip, knee or ankle leaves the shoulders free: a strength week with dumbbells presses overhead (three or
    more sessions of an hour or more; shorter or fewer may still leave it out: docs/training-science.md)."""
    plan = _make({"goals": ["strength"], "fitness_level": level, "equipment": kit, "days_per_week": days,
                  "session_minutes": minutes, "birth_year": 1985,
                  "injuries": [{"area": area, "severity": "severe"}]})  # fmt: skip
    assert _pattern_items(plan, "vertical_push"), [[i.exercise_id for i in d.exercises] for d in plan.days]


# --- item 1: a strength week without a bar leads with the squat as often as with the hinge -----------------------


def _leads(plan: Plan) -> dict[str, int]:
    """Days whose first lower-body main lift is knee-dominant (squat, lunge) or a hinge."""
    leads = {"knee": 0, "hinge": 0}
    for day in plan.days:
        lower = [e for i in day.exercises if i.role == "main"
                 and (e := get_exercise(i.exercise_id)).pattern in ("squat", "lunge", "hinge")]  # fmt: skip
        if lower:
            leads["hinge" if lower[0].pattern == "hinge" else "knee"] += 1
    return leads


def test_dumbbells_without_a_bench_rotate_the_main_lift_and_train_the_quads() -> None:
    """Review 23: strength, dumbbells, no bench: the dumbbell RDL led every day and the quads got 6 hard sets. Now the
    split squat or lunge leads the squat days and the RDL the deadlift day, and the quads get 8 or more sets (the
    intermediate band is 6-15; target about 9)."""
    plan = _make({"goals": ["strength"], "fitness_level": "intermediate", "equipment": ["dumbbells"],
                  "days_per_week": 3, "session_minutes": 60, "birth_year": 1990})  # fmt: skip
    leads = _leads(plan)
    assert leads["knee"] >= 2 and leads["hinge"] >= 1, leads
    quads = next(w.hard_sets for w in plan.weekly_sets if w.muscle == "quads")
    assert quads >= 8, quads


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    level=st.sampled_from(["beginner", "intermediate", "advanced"]),
    kit=st.sampled_from([["dumbbells"], ["dumbbells", "pull_up_bar"], ["kettlebells"], ["dumbbells", "kettlebells"],
                         ["dumbbells", "bench"]]),
    days=st.integers(2, 6),
    minutes=st.sampled_from([45, 60, 75, 90]),
)  # fmt: skip
def test_a_strength_week_without_a_bar_leads_with_the_squat_as_often_as_the_hinge(
    level: str, kit: list[str], days: int, minutes: int
) -> None:
    """The main lift rotates by pattern: a knee-dominant main lift leads at least as many days as the hinge."""
    plan = _make({"goals": ["strength"], "fitness_level": level, "equipment": kit, "days_per_week": days,
                  "session_minutes": minutes, "birth_year": 1990})  # fmt: skip
    leads = _leads(plan)
    assert leads["knee"] >= leads["hinge"], (leads, [[i.exercise_id for i in d.exercises] for d in plan.days])
