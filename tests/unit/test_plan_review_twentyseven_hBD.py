"""Review 27 (hBD, issue 13): specialty bars where they are the textbook answer (defect 3) and a severe ankle's
standing work (defect 9)."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.exercises.catalog import all_exercises, get_exercise, loading
from shared.plans.engine import generate_plan
from shared.plans.schema import Plan
from shared.plans.validator import validate_plan
from shared.profile import FitnessProfile

FULL_GYM = ["barbell", "bench", "dumbbells", "pull_up_bar", "cable_machine", "machines", "cardio_machine",
            "kettlebells"]  # fmt: skip
BASE: dict[str, Any] = {"birth_year": 1990, "fitness_level": "intermediate", "goals": ["strength"],
                        "equipment": FULL_GYM, "days_per_week": 3, "session_minutes": 60}  # fmt: skip
LIFTS = ("main", "secondary", "accessory")


def _profile(**fields: Any) -> FitnessProfile:
    return FitnessProfile.model_validate(BASE | fields)


def _ids(plan: Plan) -> set[str]:
    return {i.exercise_id for d in plan.days for i in d.exercises}


def _lifting_days(plan: Plan) -> list[Any]:
    return [d for d in plan.days if any(i.role in LIFTS for i in d.exercises)]


# --- defect 3: the safety squat bar for a severe shoulder ------------------------------------------------------------


def test_p10_severe_shoulder_squats_with_the_safety_bar_as_every_lower_days_main_lift() -> None:
    """p10: skater squats, bodyweight single-leg RDLs and a hip thrust, Monday without a main lift, the SSB idle.
    The yoke needs no shoulder rotation: it is the squat a severe shoulder keeps, dosed for strength."""
    profile = _profile(equipment=["barbell", "bench", "dumbbells", "safety_squat_bar", "trap_bar"],
                       injuries=[{"area": "shoulder", "severity": "severe"}])  # fmt: skip
    plan = generate_plan(profile)
    assert validate_plan(plan, profile).ok
    squats = [i for d in plan.days for i in d.exercises if i.exercise_id == "safety-bar-squat"]
    assert squats and all(i.role == "main" for i in squats)
    assert min(i.reps_min for i in squats) <= 6 and all(i.target_rpe >= 7.5 for i in squats)  # strength, not 8-12
    assert all("hands rest lightly on the handles" in (i.notes or "") for i in squats)
    for day in _lifting_days(plan):
        assert any(i.role == "main" for i in day.exercises), day.name


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    level=st.sampled_from(["beginner", "intermediate", "advanced"]),
    goal=st.sampled_from(["strength", "hypertrophy", "general_fitness"]),
    days=st.integers(2, 5),
    minutes=st.sampled_from([30, 45, 60, 90]),
    severity=st.sampled_from(["moderate", "severe"]),
    kit=st.sampled_from([["barbell", "bench", "dumbbells", "safety_squat_bar", "trap_bar"],
                         ["barbell", "safety_squat_bar"], [*FULL_GYM, "safety_squat_bar"]]),
)  # fmt: skip
def test_an_injured_shoulder_with_a_safety_bar_squats_with_it_and_every_leg_day_has_a_main_lift(
    level: str, goal: str, days: int, minutes: int, severity: str, kit: list[str]
) -> None:
    """Grid property for defect 3: the SSB squat is in the week, and every day that trains the legs leads with a
    main lift."""
    profile = _profile(fitness_level=level, goals=[goal], equipment=kit, days_per_week=days, session_minutes=minutes,
                       injuries=[{"area": "shoulder", "severity": severity}])  # fmt: skip
    plan = generate_plan(profile)
    assert "safety-bar-squat" in _ids(plan)
    for day in _lifting_days(plan):
        legs = any(get_exercise(i.exercise_id).pattern in ("squat", "hinge", "lunge") and i.role != "warmup"
                   for i in day.exercises if i.role in LIFTS)  # fmt: skip
        if legs:
            assert any(i.role == "main" for i in day.exercises), day.name


def test_the_yoke_alone_is_spared_by_the_shoulder_rule() -> None:
    """Every other lift with a load on the back (a straight bar held beside the shoulders) still waits for a severe
    shoulder; the safety-bar squat keeps its upper-back, neck and knee rules."""
    for e in all_exercises():
        load = loading(e.id)
        rules = {r.area: r.min_severity for r in e.contraindications}
        if load.load_position == "back" and (load.straight_bar or load.wrist_extension):
            assert "shoulder" in rules, e.id
    ssb = {r.area: r.min_severity for r in get_exercise("safety-bar-squat").contraindications}
    assert "shoulder" not in ssb and ssb["upper_back"] == "moderate" and ssb["knee"] == "moderate"


# --- defect 3: the trap bar for novices and older adults -------------------------------------------------------------


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    older=st.booleans(),
    goal=st.sampled_from(["strength", "hypertrophy", "general_fitness", "fat_loss"]),
    days=st.integers(2, 5),
    minutes=st.sampled_from([30, 45, 60, 75]),
    kit=st.sampled_from([FULL_GYM, ["barbell", "bench", "dumbbells"], ["barbell", "bench", "pull_up_bar"]]),
    units=st.sampled_from(["metric", "imperial"]),
)
def test_a_novice_or_older_adult_with_a_trap_bar_never_gets_the_straight_bar_deadlift(
    older: bool, goal: str, days: int, minutes: int, kit: list[str], units: str
) -> None:
    """Review 27: 378 of 1,080 such profiles got a conventional deadlift (once an unwarmed superset secondary for a
    71-year-old). With a trap bar the hinge is the trap-bar deadlift (Swinton et al. 2011; Fragala et al. 2019)."""
    profile = _profile(birth_year=1955 if older else 1990, fitness_level="beginner", goals=[goal], units=units,
                       equipment=[*kit, "trap_bar"], days_per_week=days, session_minutes=minutes)  # fmt: skip
    assert "barbell-deadlift" not in _ids(generate_plan(profile))


def test_the_novice_strength_week_deadlifts_on_the_trap_bar_and_on_the_straight_bar_without_one() -> None:
    """Starting Strength's weekly deadlift stays (review 25, defect 6): on the trap bar when there is one."""
    kit = ["barbell", "bench", "dumbbells", "pull_up_bar"]
    with_trap = generate_plan(_profile(fitness_level="beginner", equipment=[*kit, "trap_bar"]))
    without = generate_plan(_profile(fitness_level="beginner", equipment=kit))
    trap = [i for d in with_trap.days for i in d.exercises if i.exercise_id == "trap-bar-deadlift"]
    assert trap and trap[0].role == "main" and trap[0].warmup_sets >= 1
    assert "barbell-deadlift" in _ids(without) and "trap-bar-deadlift" not in _ids(without)
    # a trained lifter keeps the straight bar (p26: "no trap bar for the deadlift, which is fine at this level")
    assert "barbell-deadlift" in _ids(generate_plan(_profile(equipment=[*FULL_GYM, "trap_bar"])))


# --- defect 9: a severe ankle's standing work ------------------------------------------------------------------------

SPLIT_OR_TOES = ("dumbbell-split-stance-row", "dumbbell-renegade-row", "dumbbell-woodchop", "cable-woodchop",
                 "push-up", "plank", "farmers-carry-dumbbell", "suitcase-carry-dumbbell",
                 "barbell-farmers-hold")  # fmt: skip


def test_the_catalog_keeps_a_severe_ankle_off_split_stances_toes_and_held_walks() -> None:
    """A split stance, walking or turning on the feet under a load, a plank on the toes, or a timed heavy hold:
    each waits for a severe ankle (a split stance also for a severe knee and hip); every such row says why."""
    for ident in SPLIT_OR_TOES:
        rules = {r.area: r.min_severity for r in get_exercise(ident).contraindications}
        assert rules.get("ankle") in ("mild", "moderate", "severe"), ident
    for e in all_exercises():
        areas = {r.area for r in e.contraindications}
        stance = loading(e.id).stance
        if stance != "none":
            assert "ankle" in areas, e.id
        if stance == "split":
            assert {"knee", "hip"} <= areas, e.id
        if e.pattern == "carry" and e.load_type == "distance":
            assert stance == "split", e.id
    # the seated, lying, kneeling and bench versions stay
    for ident in ("dumbbell-row", "seated-dumbbell-press", "knee-push-up", "dumbbell-floor-press", "crunch"):
        assert "ankle" not in {r.area for r in get_exercise(ident).contraindications}, ident


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    level=st.sampled_from(["beginner", "intermediate", "advanced"]),
    kit=st.sampled_from([["dumbbells"], ["dumbbells", "bench"], ["bodyweight"], FULL_GYM, ["kettlebells"]]),
    days=st.integers(2, 5),
    area=st.sampled_from(["ankle", "knee", "hip"]),
)
def test_a_severe_lower_limb_gets_no_split_stance_and_a_severe_ankle_no_plank_on_the_toes(
    level: str, kit: list[str], days: int, area: str
) -> None:
    """p16: split-stance rows at 5 sets twice a week, renegade rows and standing woodchops beside "does not load
    it"."""
    profile = _profile(fitness_level=level, equipment=kit, days_per_week=days,
                       injuries=[{"area": area, "severity": "severe"}])  # fmt: skip
    plan = generate_plan(profile)
    for ident in _ids(plan):
        stance = loading(ident).stance if ident in {e.id for e in all_exercises()} else "none"
        assert stance != "split", ident
        if area == "ankle":
            assert stance == "none", ident
