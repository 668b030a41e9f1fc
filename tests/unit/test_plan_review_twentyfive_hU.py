"""Plan fixes after strength-coach review 24 (issue 13, hU): an older lifter's week puts the legs before the presses
(defect 6's open part), and the random-seed failures of the plan properties."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.exercises.catalog import get_exercise
from shared.plans.engine import generate_plan
from shared.plans.rules import PUSH_PATTERNS
from shared.plans.schema import Plan, PlanDay, PlanExercise
from shared.plans.splits import region
from shared.plans.validator import validate_plan
from shared.profile import EQUIPMENT, GOALS, LEVELS, FitnessProfile

LIFT_ROLES = ("main", "secondary", "accessory")
GYM = ["barbell", "bench", "dumbbells", "pull_up_bar", "cable_machine", "machines", "kettlebells", "cardio_machine",
       "resistance_bands"]  # fmt: skip
DEFAULT: dict[str, Any] = {"fitness_level": "intermediate", "goals": ["strength"], "days_per_week": 3,
                           "session_minutes": 60, "birth_year": 1990,
                           "equipment": ["barbell", "bench", "dumbbells", "pull_up_bar"]}  # fmt: skip
LEGS = {"quads", "hamstrings", "glutes"}


def _make(**fields: Any) -> tuple[Plan, FitnessProfile]:
    person = FitnessProfile.model_validate({**DEFAULT, **fields})
    plan = generate_plan(person)
    assert validate_plan(plan, person).ok, validate_plan(plan, person).violations
    return plan, person


def _lifts(day: PlanDay) -> list[PlanExercise]:
    return [i for i in day.exercises if i.role in LIFT_ROLES and get_exercise(i.exercise_id).hard_sets]


def _leg(item: PlanExercise) -> bool:
    muscles = get_exercise(item.exercise_id).primary_muscles
    return bool(LEGS & set(muscles)) and {region(m) for m in muscles} == {"lower"}


def _press(item: PlanExercise) -> bool:
    exercise = get_exercise(item.exercise_id)
    return exercise.compound and exercise.pattern in PUSH_PATTERNS


def _legs_and_presses(plan: Plan, *, power: bool = False) -> tuple[int, int]:
    legs = sum(i.sets for d in plan.days for i in _lifts(d) if _leg(i))
    legs += sum(i.sets for d in plan.days for i in d.exercises if i.role == "power") if power else 0
    return legs, sum(i.sets for d in plan.days for i in _lifts(d) if _press(i))


def _sets(plan: Plan) -> list[list[tuple[str, int]]]:
    return [[(i.exercise_id, i.sets) for i in _lifts(d)] for d in plan.days]


# --- a: past 65, the legs get at least the presses' sets -------------------------------------------------------------


def test_a_76_year_old_squats_as_many_sets_as_he_benches_in_a_45_minute_full_gym_week() -> None:
    """hM's open example: born 1950, intermediate, full gym, 3 x 45: the chest's top-up took a squat set for the bench
    (day A: squat 2 sets, bench 4, the squat's ramp-up cut to 1). Lower-body strength is an older adult's priority
    (ACSM/AHA, Nelson et al. 2007): the squat keeps its sets, the leg sets are at least the press sets."""
    plan, _ = _make(birth_year=1950, equipment=GYM, session_minutes=45)
    for day in plan.days:
        legs = [i.sets for i in _lifts(day) if _leg(i) and i.role == "main"]
        presses = [i.sets for i in _lifts(day) if _press(i)]
        if legs and presses:
            assert max(legs) >= max(presses), (day.name, _sets(plan))
    week_legs, week_presses = _legs_and_presses(plan)
    assert week_legs >= week_presses, (week_legs, week_presses, _sets(plan))


def test_an_older_advanced_lifters_long_week_does_not_press_more_than_it_squats_and_hinges() -> None:
    """Born 1950, advanced, barbell kit, 3 x 90: five sets of incline press beside four of bench made 15 press sets
    against 14 of squats and deadlifts; a coach gives the spare set to the legs."""
    plan, _ = _make(birth_year=1950, fitness_level="advanced", session_minutes=90)
    legs, presses = _legs_and_presses(plan)
    assert legs >= presses, (legs, presses, _sets(plan))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    level=st.sampled_from(LEVELS),
    goals=st.lists(st.sampled_from(GOALS), min_size=1, max_size=2, unique=True),
    kit=st.one_of(
        st.sampled_from(
            [
                GYM,
                DEFAULT["equipment"],
                ["dumbbells", "bench"],
                ["resistance_bands"],
                ["bodyweight"],
                ["machines", "cable_machine"],
            ]
        ),
        st.lists(st.sampled_from(EQUIPMENT), max_size=10, unique=True),
    ),
    days=st.integers(1, 7),
    minutes=st.sampled_from([15, 20, 30, 45, 60, 75, 90, 120]),
    birth_year=st.integers(1935, 1958),
    blood_pressure=st.booleans(),
)
def test_an_older_adults_week_never_presses_more_than_it_trains_the_legs(
    level: str, goals: list[str], kit: list[str], days: int, minutes: int, birth_year: int, blood_pressure: bool
) -> None:
    """Over 65, every level, goal, kit, days and minutes: the week's leg sets (quads, hamstrings, glutes) are at
    least its press sets; under 30 minutes the power drill's sit-to-stands or swings count as the legs' work."""
    plan, _ = _make(fitness_level=level, goals=goals, equipment=kit, days_per_week=days, session_minutes=minutes,
                    birth_year=birth_year, par_q={"blood_pressure_medication": blood_pressure})  # fmt: skip
    legs, presses = _legs_and_presses(plan, power=minutes < 30)
    assert legs >= presses, (legs, presses, _sets(plan))


# --- b: random-seed failures of the plan properties ------------------------------------------------------------------


def test_a_bands_beginners_full_body_days_carry_comparable_work() -> None:
    """test_property_full_body_days_carry_comparable_work's seed failure: bands, beginner hypertrophy, 3 x 45 gave
    days of 15, 15 and 10 hard sets (38, 38 and 28 minutes): a day right at a quarter under the mean was left, and
    the last session ended 17 minutes early. Full-body days of one week carry similar work (NSCA, Haff & Triplett
    2016)."""
    plan, _ = _make(birth_year=1985, fitness_level="beginner", goals=["hypertrophy"], equipment=["resistance_bands"],
                    session_minutes=45)  # fmt: skip
    sets = [sum(i.sets for i in _lifts(d)) for d in plan.days if _lifts(d)]
    mean = sum(sets) / len(sets)
    assert all(abs(s - mean) < 0.25 * mean for s in sets), sets
