"""Plan fixes from strength-coach review 23: older blood-pressure users' strength floor and lift priority, their
warm-up's posture changes, and one lift's sets per session (issue 13)."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.exercises.catalog import get_exercise
from shared.exercises.posture import posture
from shared.plans import warmup
from shared.plans.engine import generate_plan
from shared.plans.rules import PULL_PATTERNS, PUSH_PATTERNS
from shared.plans.schema import Plan, PlanDay
from shared.plans.validator import validate_plan
from shared.profile import FitnessProfile
from tests.unit.test_plan_review_twentytwo import KITS, PAR_Q

BP = {"blood_pressure_medication": True}


def _plan(**fields: Any) -> tuple[FitnessProfile, Plan]:
    profile = FitnessProfile.model_validate(fields)
    plan = generate_plan(profile)
    assert validate_plan(plan, profile).ok, validate_plan(plan, profile).violations
    return profile, plan


def _most_sets(plan: Plan) -> list[tuple[str, str, int]]:
    return [(i.name, i.role, i.sets) for d in plan.days for i in d.exercises
            if get_exercise(i.exercise_id).hard_sets and i.role in ("main", "secondary", "accessory")]  # fmt: skip


def test_one_lift_never_takes_six_sets_of_a_session() -> None:
    """F4: a one-day dumbbell week gave the floor press and the bent-over row 6 sets each."""
    _, plan = _plan(goals=["general_fitness"], fitness_level="intermediate", equipment=["dumbbells"], days_per_week=1,
                    session_minutes=60, birth_year=1995)  # fmt: skip
    assert all(sets <= 5 for _, _, sets in _most_sets(plan)), _most_sets(plan)
    rows = [i for i in plan.days[0].exercises if get_exercise(i.exercise_id).pattern == "horizontal_pull"]
    assert sum(i.sets for i in rows) >= 5  # the pulling is still there, spread over a second row


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kit=st.sampled_from(KITS),
    par_q=st.sampled_from(PAR_Q),
    born=st.sampled_from([1950, 1970, 1995]),
    goal=st.sampled_from(["general_fitness", "strength", "hypertrophy", "fat_loss", "endurance"]),
    level=st.sampled_from(["beginner", "intermediate", "advanced"]),
    days=st.integers(1, 6),
    minutes=st.sampled_from([30, 45, 60, 90, 120]),
)
def test_property_no_lift_over_five_working_sets_and_no_accessory_over_four(
    kit: list[str], par_q: dict[str, bool], born: int, goal: str, level: str, days: int, minutes: int
) -> None:
    """F4: 300 random profiles held 38 lifts at 6 working sets in a session (1-2 day weeks, few lifts)."""
    _, plan = _plan(goals=[goal], fitness_level=level, equipment=kit, days_per_week=days, session_minutes=minutes,
                    birth_year=born, par_q=par_q)  # fmt: skip
    assert all(sets <= (4 if role == "accessory" else 5) for _, role, sets in _most_sets(plan)), _most_sets(plan)


def _floor_runs(day: PlanDay) -> int:
    """How often the day's warm-up drills go down to the floor (a run of lying drills counts once)."""
    lying = [warmup._on_floor(d) for d in warmup.drills_of(day.warmup)]
    return sum(1 for i, down in enumerate(lying) if down and (i == 0 or not lying[i - 1]))


def test_a_blood_pressure_warm_up_gets_down_to_the_floor_once() -> None:
    """F3: an older user on blood-pressure medicine warmed up standing, then glute bridges on the floor, then standing
    again; the floor drills now come together, next to the walk or the day's first lift done lying."""
    _, plan = _plan(goals=["general_fitness"], equipment=["resistance_bands"], days_per_week=3, session_minutes=30,
                    birth_year=1955, par_q=BP)  # fmt: skip
    for day in plan.days:
        drills = warmup.drills_of(day.warmup)
        lying = [warmup._on_floor(d) for d in drills]
        assert _floor_runs(day) <= 1, [d.name for d in drills]
        first = next(get_exercise(i.exercise_id) for i in day.exercises if get_exercise(i.exercise_id).hard_sets)
        if any(lying) and posture(first) != "lying":
            assert lying[0], [d.name for d in drills]  # down once, straight after the walk, then up for good


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kit=st.sampled_from(KITS),
    answer=st.sampled_from([BP, {"dizziness": True, "medical_clearance": True}]),
    born=st.sampled_from([1950, 1958, 1975]),
    goal=st.sampled_from(["general_fitness", "strength", "hypertrophy", "fat_loss"]),
    injury=st.sampled_from([[], [{"area": "lower_back", "severity": "mild"}], [{"area": "hip", "severity": "mild"}]]),
    days=st.integers(1, 5),
    minutes=st.sampled_from([20, 30, 45, 60]),
)
def test_property_an_orthostatic_warm_up_has_one_floor_run(
    kit: list[str], answer: dict[str, bool], born: int, goal: str, injury: list[dict[str, str]], days: int,
    minutes: int,
) -> None:  # fmt: skip
    _, plan = _plan(goals=[goal], equipment=kit, days_per_week=days, session_minutes=minutes, birth_year=born,
                    par_q=answer, injuries=injury)  # fmt: skip
    assert all(_floor_runs(day) <= 1 for day in plan.days), [[i.name for i in d.warmup] for d in plan.days]


def _weekly(plan: Plan, muscle: str) -> float:
    return next(v.hard_sets for v in plan.weekly_sets if v.muscle == muscle)


def _pushes_pulls(day: PlanDay) -> tuple[int, int]:
    lifts = [(i, get_exercise(i.exercise_id)) for i in day.exercises if i.role in ("main", "secondary", "accessory")]
    pushes = sum(i.sets for i, e in lifts if e.hard_sets and e.pattern in PUSH_PATTERNS)
    return pushes, sum(i.sets for i, e in lifts if e.hard_sets and e.pattern in PULL_PATTERNS)


def test_an_older_blood_pressure_band_week_trains_every_major_muscle_group() -> None:
    """F1: born 1955, blood-pressure medicine, bands, 2 x 30 minutes: chest 2, lats 2, hamstrings 0 beside a 10-minute
    walk and a 7-minute warm-up. The walk and then the warm-up give way, and the plan says so."""
    _, plan = _plan(goals=["general_fitness"], equipment=["resistance_bands"], days_per_week=2, session_minutes=30,
                    birth_year=1955, par_q=BP)  # fmt: skip
    assert plan.below_floor_muscles == []
    assert all(_weekly(plan, m) >= 4 for m in ("chest", "lats", "upper_back", "quads", "hamstrings", "glutes"))
    assert "the warm-up is 5 minutes rather than 7" in plan.rationale
    for day in plan.days:  # the walk and the balance practice are kept
        assert any(i.role == "conditioning" and (i.duration_seconds or 0) >= 5 * 60 for i in day.exercises)
        assert any(d.name.startswith("Single-leg stand") for d in warmup.drills_of(day.warmup))
    _, three = _plan(goals=["general_fitness"], equipment=["resistance_bands"], days_per_week=3, session_minutes=30,
                     birth_year=1955, par_q=BP)  # fmt: skip
    assert three.below_floor_muscles == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kit=st.sampled_from([["resistance_bands"], ["resistance_bands", "bodyweight"], ["dumbbells"], ["kettlebells"]]),
    born=st.sampled_from([1940, 1950, 1955, 1958]),
    goal=st.sampled_from(["general_fitness", "strength", "fat_loss"]),
    level=st.sampled_from(["beginner", "intermediate"]),
    days=st.integers(2, 4),
    minutes=st.sampled_from([30, 45, 60]),
)
def test_property_an_older_blood_pressure_week_trains_the_hamstrings_and_pulls_as_it_presses(
    kit: list[str], born: int, goal: str, level: str, days: int, minutes: int
) -> None:
    """F1/F2: 36 of 432 older blood-pressure weeks had no hamstring set and 30 pressed more than they pulled."""
    _, plan = _plan(goals=[goal], fitness_level=level, equipment=kit, days_per_week=days, session_minutes=minutes,
                    birth_year=born, par_q=BP)  # fmt: skip
    assert _weekly(plan, "hamstrings") > 0
    pushes, pulls = map(sum, zip(*(_pushes_pulls(d) for d in plan.days), strict=True))
    assert pulls >= pushes - 2, (pushes, pulls)


def test_an_older_blood_pressure_strength_week_pulls_on_every_day_it_presses() -> None:
    """F2: born 1955, blood-pressure medicine, dumbbells, strength, 3 x 45: Monday was a goblet squat, a wall push-up
    and a floor fly with no row, beside a day of two rows."""
    _, plan = _plan(goals=["strength"], equipment=["dumbbells"], days_per_week=3, session_minutes=45, birth_year=1955,
                    par_q=BP)  # fmt: skip
    for day in plan.days:
        pushes, pulls = _pushes_pulls(day)
        assert pulls >= pushes, (day.name, [i.name for i in day.exercises])
    flies = [i.name for d in plan.days for i in d.exercises if "fly" in i.name.lower()]
    assert flies == []  # the chest's sets are pressing ones
    assert plan.below_floor_muscles == []


def test_an_older_blood_pressure_dumbbell_week_keeps_its_squat_beside_the_hinge() -> None:
    """F2: born 1955, blood-pressure medicine, dumbbells, strength, 2 x 30: the goblet squat went for a second
    Romanian deadlift (the quads' sets came from the fast chair stands). Squat, hinge, press and pull keep a lift."""
    _, plan = _plan(goals=["strength"], equipment=["dumbbells"], days_per_week=2, session_minutes=30, birth_year=1955,
                    par_q=BP)  # fmt: skip
    lifts = [get_exercise(i.exercise_id) for d in plan.days for i in d.exercises if i.role in ("main", "secondary")]
    assert any(e.pattern in ("squat", "lunge") and e.main_lift for e in lifts), [e.name for e in lifts]
    assert any(e.pattern == "hinge" for e in lifts)
    assert _weekly(plan, "hamstrings") > 0


def test_a_main_lift_left_at_two_sets_keeps_one_ramp_up_set() -> None:
    """The plan suite's validator property (a seed of the random profiles): a back squat cut to 2 working sets by the
    floors' top-up kept the 2 ramp-up sets it was given at 3."""
    back = [{"area": "lower_back", "severity": "mild"}]
    _, plan = _plan(goals=["strength"], equipment=["barbell", "dumbbells", "bench"], days_per_week=6,
                    session_minutes=40, birth_year=1995, injuries=back)  # fmt: skip
    items = [i for d in plan.days for i in d.exercises if i.warmup_sets]
    assert items and all(i.warmup_sets <= max(1, i.sets - 1) for i in items), [
        (i.name, i.sets, i.warmup_sets) for i in items
    ]


def test_a_lift_left_alone_on_a_short_day_is_no_superset_of_one() -> None:
    """The plan suite's validator property: a 15-minute day whose partner lift went kept "Superset A" on its press."""
    knee = [{"area": "knee", "severity": "moderate"}]
    _, plan = _plan(goals=["strength"], equipment=["dumbbells", "resistance_bands"], days_per_week=5,
                    session_minutes=15, birth_year=1995, injuries=knee)  # fmt: skip
    for day in plan.days:
        labels = [i.superset for i in day.exercises if i.superset]
        assert all(labels.count(label) >= 2 for label in labels), (day.name, labels)
        assert not any(i.notes.startswith("Superset") for i in day.exercises if not i.superset)
