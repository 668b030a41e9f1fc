"""Review 24 (hK), defects 1 and 2: short sessions keep the week's patterns and pair a barbell lift only with a lift
off the bar; a deadlift-type hinge on at most two days a week and never two days running, a bar row never two days
running."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.exercises.catalog import get_exercise
from shared.plans.bar_days import bar_row, barbell, heavy_hinge
from shared.plans.coverage import day_kind
from shared.plans.engine import generate_plan
from shared.plans.schema import Plan
from shared.plans.validator import validate_plan
from shared.profile import FitnessProfile

DEFAULT_KIT = ["barbell", "bench", "dumbbells", "pull_up_bar"]
GYM = ["barbell", "dumbbells", "bench", "pull_up_bar", "cable_machine", "machines"]
FULL_GYM = ["dumbbells", "barbell", "kettlebells", "resistance_bands", "pull_up_bar", "bench", "cable_machine",
            "machines", "cardio_machine"]  # fmt: skip
LIFTS = ("main", "secondary", "accessory")


def _plan(**fields: Any) -> Plan:
    base: dict[str, Any] = {"goals": ["strength"], "fitness_level": "intermediate", "equipment": DEFAULT_KIT,
                            "birth_year": 1990, "days_per_week": 3, "session_minutes": 60}  # fmt: skip
    base.update(fields)
    profile = FitnessProfile(**base)
    plan = generate_plan(profile)
    assert validate_plan(plan, profile).ok
    return plan


def _lifts(plan: Plan) -> list[tuple[int, list[Any]]]:
    return [
        (d.day_index, [get_exercise(i.exercise_id) for i in d.exercises if i.role in LIFTS])
        for d in plan.days
        if any(i.role in LIFTS for i in d.exercises)
    ]


def _bar_pairs(plan: Plan) -> list[tuple[str, ...]]:
    """Superset groups holding two or more barbell lifts."""
    out = []
    for day in plan.days:
        for label in {i.superset for i in day.exercises if i.superset}:
            group = [get_exercise(i.exercise_id) for i in day.exercises if i.superset == label]
            if sum(barbell(e) for e in group) > 1:
                out.append(tuple(e.id for e in group))
    return out


def _adjacent(a: int, b: int) -> bool:
    return (a - b) % 7 in (1, 6)


def _back_spread_faults(plan: Plan) -> list[str]:
    lifts = _lifts(plan)
    hinges = [d for d, day in lifts if any(heavy_hinge(e) for e in day)]
    rows = [d for d, day in lifts if any(bar_row(e) for e in day)]
    faults = [f"deadlift on {len(hinges)} days"] if len(hinges) > 2 else []
    faults += [f"deadlift on days {a} and {b}" for a in hinges for b in hinges if a < b and _adjacent(a, b)]
    faults += [f"bar row on days {a} and {b}" for a in rows for b in rows if a < b and _adjacent(a, b)]
    return faults


def test_one_short_session_pairs_no_two_barbell_lifts() -> None:
    """1 x 15, strength: the week was a back squat supersetted with a bench press (two bars, or a plate change every
    set). The squat stays; its partner is a lift off the bar."""
    plan = _plan(days_per_week=1, session_minutes=15)
    assert _bar_pairs(plan) == []
    ((_, day),) = _lifts(plan)
    kinds = {day_kind(e) for e in day}
    assert {"legs", "press"} <= kinds
    assert any(e.pattern in ("squat", "lunge") for e in day)


def test_two_short_sessions_squat_hinge_press_and_pull_in_the_week() -> None:
    """2 x 15, strength: bench + pull-up, then deadlift + bench: no squat all week, the bench twice and the deadlift
    supersetted with the bench. Now each day leads with the legs (a squat one day, a hinge the other) and the week
    presses and pulls, with no two barbell lifts in one superset."""
    plan = _plan(days_per_week=2, session_minutes=15)
    assert _bar_pairs(plan) == []
    days = [day for _, day in _lifts(plan)]
    assert len(days) == 2
    for day in days:
        assert day_kind(day[0]) == "legs", [e.id for e in day]
    patterns = {e.pattern for day in days for e in day}
    assert patterns & {"squat", "lunge"} and "hinge" in patterns
    kinds = {day_kind(e) for day in days for e in day}
    assert {"legs", "press", "pull"} <= kinds
    presses = [e.id for day in days for e in day if day_kind(e) == "press"]
    assert len(presses) == len(set(presses))  # not the bench twice


def test_five_twenty_minute_general_fitness_days_spread_the_back_loading() -> None:
    """5 x 20, general fitness: the barbell deadlift on three of four lifting days, the bent-over row on Friday and
    Saturday, and barbell tri-sets at 60 s rest. Now a deadlift-type hinge comes on at most two days and not two days
    running, a bar row never two days running, and every superset holds one barbell lift at most."""
    plan = _plan(goals=["general_fitness"], days_per_week=5, session_minutes=20)
    assert _back_spread_faults(plan) == []
    assert _bar_pairs(plan) == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kit=st.sampled_from([DEFAULT_KIT, GYM, FULL_GYM]),
    goal=st.sampled_from(["general_fitness", "strength", "hypertrophy", "fat_loss"]),
    level=st.sampled_from(["beginner", "intermediate", "advanced"]),
    born=st.sampled_from([1955, 1975, 1995]),
    days=st.integers(1, 6),
    minutes=st.sampled_from([15, 20, 30, 45]),
)
def test_property_short_weeks_pair_no_two_barbell_lifts_and_spread_the_back_loading(
    kit: list[str], goal: str, level: str, born: int, days: int, minutes: int
) -> None:
    """Any goal, level and age with a bar and other kit: no superset of two barbell lifts, a deadlift on at most two
    days and never two days running, a bar row never two days running."""
    plan = _plan(goals=[goal], fitness_level=level, equipment=kit, birth_year=born, days_per_week=days,
                 session_minutes=minutes)  # fmt: skip
    assert _bar_pairs(plan) == []
    assert _back_spread_faults(plan) == []
