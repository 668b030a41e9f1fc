"""Plan fixes from strength-coach review 27 (issue 13; hBE): time use, dual goals and endurance balance.

D6: a week below a weekly floor never says its sets are "within the weekly sets the evidence supports", and a floor
muscle gets the sets the week's minutes hold. D7: a long session's second conditioning goal gets the block it would
get as the first goal. D8: an endurance plan's strength days carry calf work and the legs at least the upper body's
sets. The validator grid: every plan of a 2,880-profile grid validates (a sampled slice here, the three profiles
that failed in full).
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.exercises.catalog import find_exercise
from shared.plans.endurance_legs import week_sets
from shared.plans.engine import generate_plan
from shared.plans.validator import validate_plan
from shared.profile import FitnessProfile

GYM = ["barbell", "bench", "dumbbells", "pull_up_bar", "cable_machine", "machines", "cardio_machine", "kettlebells"]
KITS = {"gym": GYM, "dumbbells": ["dumbbells"], "bodyweight": ["bodyweight"], "bands": ["resistance_bands"]}
LEVELS = ("beginner", "intermediate", "advanced")
GOALS = ("strength", "hypertrophy", "fat_loss", "endurance", "general_fitness", "mobility")
WITHIN = "within the weekly sets the evidence supports"


def _person(**fields: Any) -> FitnessProfile:
    return FitnessProfile.model_validate(fields)


def _grid() -> list[dict[str, Any]]:
    """The review's validator grid: 3 levels x 6 goals x 4 kits x 2-5 days x 5 lengths x 2 ages (2,880)."""
    return [
        {"fitness_level": level, "goals": [goal], "equipment": kit, "days_per_week": days, "session_minutes": minutes,
         "birth_year": born}
        for level, goal, kit, days, minutes, born in itertools.product(
            LEVELS, GOALS, KITS.values(), (2, 3, 4, 5), (30, 45, 60, 90, 120), (1960, 1995)
        )
    ]  # fmt: skip


FAILED_IN_REVIEW = [
    {"fitness_level": "advanced", "goals": ["hypertrophy"], "equipment": ["dumbbells"], "days_per_week": 4,
     "session_minutes": 90, "birth_year": 1995},
    {"fitness_level": "advanced", "goals": ["hypertrophy"], "equipment": ["bodyweight"], "days_per_week": 4,
     "session_minutes": 90, "birth_year": 1995},
    {"fitness_level": "intermediate", "goals": ["strength"], "equipment": ["resistance_bands"], "days_per_week": 4,
     "session_minutes": 60, "birth_year": 1995},
]  # fmt: skip


@pytest.mark.parametrize("fields", FAILED_IN_REVIEW + _grid()[::40])
def test_every_grid_plan_passes_the_validator(fields: dict[str, Any]) -> None:
    """The API refuses a plan with a violation: the user would get no plan (lats 8 of 12, 53 of 60 min unexplained)."""
    person = _person(**fields)
    report = validate_plan(generate_plan(person), person)
    assert report.ok, [v.message for v in report.violations]


def test_the_dumbbell_hypertrophy_week_gives_the_lats_their_minimum() -> None:
    person = _person(**FAILED_IN_REVIEW[0])
    plan = generate_plan(person)
    lats = next(v for v in plan.weekly_sets if v.muscle == "lats")
    assert lats.hard_sets >= lats.band_min == 12
    assert "lats" not in plan.volume_note


SHORT_WEEKS = [
    {"fitness_level": "advanced", "goals": ["strength"], "equipment": GYM, "days_per_week": 7, "session_minutes": 15},
    {"fitness_level": "advanced", "goals": ["strength"], "equipment": GYM, "days_per_week": 5, "session_minutes": 15},
]


@pytest.mark.parametrize("fields", SHORT_WEEKS)
def test_a_week_below_a_floor_never_says_it_is_within_the_evidence(fields: dict[str, Any]) -> None:
    """Review 27 D6 (p24): Friday said "within the weekly sets the evidence supports" while the volume note said the
    hamstrings cannot fit their minimum."""
    plan = generate_plan(_person(**fields))
    assert plan.below_floor_muscles, "the example week is below a floor"
    for day in plan.days:
        assert WITHIN not in day.time_note, (day.name, day.time_note)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    level=st.sampled_from(LEVELS),
    goal=st.sampled_from(("strength", "hypertrophy", "general_fitness")),
    kit=st.sampled_from(list(KITS)),
    days=st.integers(1, 7),
    minutes=st.sampled_from((15, 20, 25, 30)),
)
def test_no_time_note_claims_the_evidence_while_a_floor_is_short(
    level: str, goal: str, kit: str, days: int, minutes: int
) -> None:
    """Property: a time note and the volume note never disagree about the weekly minimum."""
    plan = generate_plan(
        _person(fitness_level=level, goals=[goal], equipment=KITS[kit], days_per_week=days, session_minutes=minutes)
    )
    if plan.below_floor_muscles:
        assert all(WITHIN not in day.time_note for day in plan.days)


def _aerobic_minutes(plan: Any) -> float:
    """Minutes of conditioning work a week (work plus the easy minutes between intervals)."""
    seconds = 0
    for day in plan.days:
        for item in day.exercises:
            if item.role == "conditioning" and item.duration_seconds:
                seconds += item.duration_seconds * item.sets + item.rest_seconds * max(0, item.sets - 1)
    return seconds / 60


@pytest.mark.parametrize(
    ("lift", "aerobic"), list(itertools.product(("strength", "hypertrophy"), ("endurance", "fat_loss")))
)
@pytest.mark.parametrize(("days", "minutes"), [(2, 180), (2, 150), (2, 120)])
def test_goal_order_does_not_decide_the_aerobic_dose_of_long_sessions(
    lift: str, aerobic: str, days: int, minutes: int
) -> None:
    """Review 27 D7 (p18): strength + endurance 2 x 180 gave 16 min of zone 2, endurance + strength 45."""
    doses = [
        _aerobic_minutes(
            generate_plan(
                _person(
                    fitness_level="intermediate",
                    goals=goals,
                    equipment=GYM,
                    days_per_week=days,
                    session_minutes=minutes,
                )
            )
        )
        for goals in ([lift, aerobic], [aerobic, lift])
    ]
    assert min(doses) >= 0.8 * max(doses), doses


def test_strength_and_endurance_two_long_days_hold_real_zone_two() -> None:
    plan = generate_plan(
        _person(fitness_level="intermediate", goals=["strength", "endurance"], equipment=GYM, days_per_week=2,
                session_minutes=180)
    )  # fmt: skip
    steady = [
        i.duration_seconds or 0 for d in plan.days for i in d.exercises if i.role == "conditioning" and i.sets == 1
    ]
    assert max(steady) >= 30 * 60, steady


RUNNER = {"fitness_level": "intermediate", "goals": ["endurance"], "equipment": ["bodyweight", "resistance_bands"],
          "days_per_week": 4, "session_minutes": 45}  # fmt: skip


def _lifting_days(plan: Any) -> list[Any]:
    return [
        d for d in plan.days
        if any(i.role in ("main", "secondary", "accessory") and (e := find_exercise(i.exercise_id)) and e.hard_sets
               for i in d.exercises)
    ]  # fmt: skip


def _calf_work(day: Any) -> bool:
    lifts = [find_exercise(i.exercise_id) for i in day.exercises if i.role in ("main", "secondary", "accessory")]
    return any(e is not None and "calves" in e.primary_muscles for e in lifts)


def test_the_runner_from_review_27_trains_legs_and_calves() -> None:
    """p04: 23 upper-body sets beside 12 for the legs and no calf work."""
    plan = generate_plan(_person(**RUNNER))
    lower, upper = week_sets(plan.days)
    assert lower >= upper, (lower, upper)
    assert all(_calf_work(d) for d in _lifting_days(plan))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    level=st.sampled_from(("intermediate", "advanced")),
    kit=st.sampled_from(list(KITS)),
    days=st.integers(2, 6),
    minutes=st.sampled_from((30, 45, 60, 90)),
)
def test_endurance_weeks_never_leave_the_legs_at_a_fraction_of_the_upper_body(
    level: str, kit: str, days: int, minutes: int
) -> None:
    """Property (Blagrove et al. 2018; Rønnestad & Mujika 2014): an endurance goal's legs get at least half the upper
    body's sets (main wrote 2 beside 8 for a 2 x 45 gym week, 4 beside 10 for dumbbells 3 x 45), and the plan
    validates. Legs >= upper body holds for the review's runner (above), not yet for every short week."""
    person = _person(fitness_level=level, goals=["endurance"], equipment=KITS[kit], days_per_week=days,
                     session_minutes=minutes, birth_year=1990)  # fmt: skip
    plan = generate_plan(person)
    lower, upper = week_sets(plan.days)
    assert 2 * lower >= upper, (lower, upper)
    assert validate_plan(plan, person).ok
