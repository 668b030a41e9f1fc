"""A day's main lifts carry its most work, and a mobility program's days stretch the hips and lift twice (issue 13,
review 25 leftovers; hAS).

p05 (dumbbell hypertrophy, 4 x 45): the day's "main" shoulder press had 2 sets at 60 s rest beside a 5-set row, and a
glute bridge was dosed 2 x 6-10. p23 (7 x 90 strength): a main barbell row and chin-up at 2 sets beside 3-4 sets of
curls and leg curls. p10 (71 y, mobility, severe knee): every stretch was upper body or spine and day A lifted once.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.exercises.catalog import get_exercise
from shared.plans.allocator import _bridge as bridge
from shared.plans.engine import generate_plan
from shared.plans.main_sets import BRIDGE_REPS, heavy_main, least_main_sets
from shared.plans.rules import PlanOverrides, clamp_reps, resolve
from shared.plans.schema import Plan, PlanDay
from shared.plans.validator import validate_plan
from shared.plans.volume import eligible_pool
from shared.profile import INJURY_AREAS, FitnessProfile

GYM = ["barbell", "dumbbells", "bench", "pull_up_bar", "cable_machine", "machines", "cardio_machine", "kettlebells",
       "bodyweight"]  # fmt: skip
P05: dict[str, Any] = {"goals": ["hypertrophy"], "fitness_level": "intermediate",
                       "equipment": ["dumbbells", "bodyweight"], "days_per_week": 4, "session_minutes": 45}  # fmt: skip
P23: dict[str, Any] = {"goals": ["strength"], "fitness_level": "intermediate", "equipment": GYM, "days_per_week": 7,
                       "session_minutes": 90}  # fmt: skip
P10: dict[str, Any] = {"goals": ["mobility"], "fitness_level": "beginner", "equipment": ["dumbbells", "bodyweight"],
                       "days_per_week": 2, "session_minutes": 30, "birth_year": 1955, "sex": "female",
                       "injuries": [{"area": "knee", "severity": "severe"}]}  # fmt: skip
HIP_MUSCLES = frozenset({"glutes", "adductors", "quads"})


def _plan(fields: dict[str, Any]) -> tuple[Plan, FitnessProfile]:
    person = FitnessProfile.model_validate(fields)
    plan = generate_plan(person)
    report = validate_plan(plan, person)
    assert report.ok, report.violations
    return plan, person


def _rep_lifts(day: PlanDay, role: str) -> list[Any]:
    return [
        i for i in day.exercises
        if i.role == role and i.duration_seconds is None and get_exercise(i.exercise_id).hard_sets
    ]  # fmt: skip


def _main_faults(plan: Plan, person: FitnessProfile) -> list[str]:
    """Main lifts short of their least sets or outdosed by an accessory of their day; bridges as assistance below
    10 reps."""
    least = least_main_sets(resolve(person, PlanOverrides()))
    faults = []
    for day in plan.days:
        most = max((a.sets for a in _rep_lifts(day, "accessory")), default=0)
        lead = next((i for i in day.exercises if get_exercise(i.exercise_id).hard_sets), None)
        for item in _rep_lifts(day, "main"):
            if item.progression in ("training_max_wave", "linear"):
                continue  # (its sets are the wave's, or the novice programme's 3 x 5 and 1 x 5)
            # (the lift the day opens with, and a top set's lift, keep their role and at least 2 sets, and may stay
            # short of the least or of an accessory when the week's top or the minutes leave no set to move: left,
            # docs/training-science.md "hAS")
            kept = item is lead or heavy_main(item)  # (a top set's or an 8-rep lift keeps its role too)
            short = item.sets < 2 if kept else item.sets < least or item.sets < most
            if short:
                faults.append(f"D{day.day_index} {item.exercise_id} {item.sets} sets (least {least}, accessory {most})")
        for item in day.exercises:
            exercise = get_exercise(item.exercise_id)
            if item.role != "main" and bridge(exercise) and item.duration_seconds is None:
                if item.reps_min < clamp_reps(*BRIDGE_REPS, exercise)[0]:
                    faults.append(f"D{day.day_index} {item.exercise_id} {item.reps_min}-{item.reps_max} reps")
    return faults


def test_p05_main_lifts_lead_with_sets_and_rest() -> None:
    plan, person = _plan(P05)
    assert _main_faults(plan, person) == []
    presses = [i for d in plan.days for i in d.exercises if i.exercise_id == "dumbbell-shoulder-press"]
    assert any(p.role == "main" for p in presses)
    for press in (p for p in presses if p.role == "main"):
        assert press.sets >= 3, press  # was 2 sets (a paired week's rests: `lone_rests`)


def test_p23_main_lifts_and_the_hip_thrust_as_assistance() -> None:
    plan, person = _plan(P23)
    assert _main_faults(plan, person) == []
    # (its heavy row and chin-up stay main at 2 sets where the back is at its weekly top and no accessory keeps a set
    # to give: left, see the docs; the curls no longer outdo a main lift that is not the day's lead or heavy lift)
    thrusts = [i for d in plan.days for i in d.exercises if i.exercise_id == "barbell-hip-thrust" and i.role != "main"]
    assert all(i.reps_min >= 10 and i.rest_seconds <= 90 for i in thrusts), thrusts  # was 2 x 5-8 at 180 s


def test_p10_hips_move_with_the_knee_still_and_each_day_lifts_twice() -> None:
    plan, _ = _plan(P10)
    for day in plan.days:
        drills = [get_exercise(i.exercise_id) for i in day.exercises if i.role == "mobility"]
        hips = [e for e in drills if set(e.primary_muscles) & HIP_MUSCLES]
        assert hips and not any(e.contraindicated_for({"knee": "severe"}) for e in hips), [e.id for e in drills]
        lifts = [i for i in day.exercises if i.role in ("main", "secondary", "accessory")]
        assert len(lifts) >= 2, [i.exercise_id for i in day.exercises]


def test_hip_drills_for_a_still_knee_exist() -> None:
    for ident in ("supine-hip-rolls", "supine-leg-slide-out"):
        exercise = get_exercise(ident)
        assert exercise.pattern == "mobility" and set(exercise.primary_muscles) & HIP_MUSCLES
        assert not exercise.contraindicated_for({"knee": "severe"}) and exercise.contraindicated_for({"hip": "severe"})


_KITS = st.sampled_from([GYM, ["dumbbells", "bodyweight"], ["dumbbells", "bench", "pull_up_bar"],
                         ["resistance_bands", "bodyweight"], ["bodyweight", "pull_up_bar"], ["kettlebells"],
                         ["barbell", "bench", "pull_up_bar"]])  # fmt: skip
_INJURY = st.lists(
    st.builds(lambda a, s: {"area": a, "severity": s}, st.sampled_from(INJURY_AREAS),
              st.sampled_from(["mild", "moderate", "severe"])),
    max_size=1,
)  # fmt: skip


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    goal=st.sampled_from(["strength", "hypertrophy", "fat_loss", "general_fitness", "endurance"]),
    level=st.sampled_from(["beginner", "intermediate", "advanced"]),
    kit=_KITS, days=st.integers(1, 7), minutes=st.sampled_from([20, 30, 45, 60, 90]),
    year=st.sampled_from([1955, 1985, 2000]), injuries=_INJURY,
)  # fmt: skip
def test_property_every_main_lift_carries_its_day(
    goal: str, level: str, kit: list[str], days: int, minutes: int, year: int, injuries: list[dict[str, str]]
) -> None:
    """Every main lift of every plan has at least its least working sets (3; 2 for novices outside strength, older
    adults, mobility and endurance, 20-minute sessions and heart answers) and no fewer than any accessory on its day;
    a glute bridge or hip thrust that is not the day's main lift is written for 10-15 reps; the plan validates."""
    fields = {"goals": [goal], "fitness_level": level, "equipment": kit, "days_per_week": days,
              "session_minutes": minutes, "birth_year": year, "injuries": injuries}  # fmt: skip
    plan, person = _plan(fields)
    assert _main_faults(plan, person) == []


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    level=st.sampled_from(["beginner", "intermediate", "advanced"]), kit=_KITS, days=st.integers(1, 7),
    minutes=st.sampled_from([30, 45, 60]), year=st.sampled_from([1950, 1970, 1995]),
    injuries=_INJURY.filter(lambda i: all(x["severity"] != "severe" or x["area"] == "knee" for x in i)),
)  # fmt: skip
def test_property_mobility_days_stretch_the_hips_and_lift_twice(
    level: str, kit: list[str], days: int, minutes: int, year: int, injuries: list[dict[str, str]]
) -> None:
    """A mobility goal's day of over 20 minutes never lifts once (a second lift of another kind joins a lone one);
    every day with mobility drills has one for the hips when the person may do any (a severe knee keeps the
    knee-still ones)."""
    fields = {"goals": ["mobility"], "fitness_level": level, "equipment": kit, "days_per_week": days,
              "session_minutes": minutes, "birth_year": year, "injuries": injuries}  # fmt: skip
    plan, person = _plan(fields)
    pool = eligible_pool(resolve(person, PlanOverrides()))
    hips_allowed = any(e.pattern == "mobility" and set(e.primary_muscles) & HIP_MUSCLES for e in pool)
    for day in plan.days:
        lifts = [i for i in day.exercises if i.role in ("main", "secondary", "accessory")]
        assert len(lifts) != 1, (day.day_index, [i.exercise_id for i in day.exercises])
        drills = [get_exercise(i.exercise_id) for i in day.exercises if i.role == "mobility"]
        if drills and hips_allowed and len(drills) >= 3:
            assert any(set(e.primary_muscles) & HIP_MUSCLES for e in drills), [e.id for e in drills]
