"""Plan fixes after strength-coach review 24 (issue 13, hAD): the aerobic guideline in short general-fitness weeks
(defect 2's leftover), PAR-Q-capped weeks without crowding (defect 3's leftover), short older weeks, and the rest of a
lone barbell lift in a paired week."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.exercises.catalog import get_exercise
from shared.plans.engine import generate_plan
from shared.plans.schema import Plan
from shared.plans.templates import WEEKLY_AEROBIC_MINUTES
from shared.plans.validator import validate_plan
from shared.profile import EQUIPMENT, LEVELS, FitnessProfile

LIFT_ROLES = ("main", "secondary", "accessory")
GYM = ["barbell", "bench", "dumbbells", "pull_up_bar", "cable_machine", "machines", "kettlebells", "cardio_machine",
       "resistance_bands"]  # fmt: skip
AEROBIC_NOTE = re.compile(r"sessions hold (?:about (\d+) minutes|none) of it a week.*?add about (\d+) minutes outside")


def _make(**fields: Any) -> tuple[Plan, FitnessProfile]:
    person = FitnessProfile.model_validate(fields)
    plan = generate_plan(person)
    assert validate_plan(plan, person).ok, validate_plan(plan, person).violations
    return plan, person


def _steady_minutes(plan: Plan) -> int:
    """The week's steady aerobic minutes as a user would add them up from the plan's conditioning items."""
    seconds = sum(
        i.duration_seconds or 0
        for d in plan.days
        for i in d.exercises
        if get_exercise(i.exercise_id).pattern == "conditioning" and i.sets == 1 and i.duration_seconds
    )
    return seconds // 60


# --- defect 2: the aerobic guideline in a general-fitness week ------------------------------------------------------


def test_five_twenty_minute_general_fitness_days_say_how_to_reach_150_aerobic_minutes() -> None:
    """Review 24, defect 2: 5 x 20 general fitness held 13 aerobic minutes a week (a tenth of the guideline) and said
    nothing about it. 5 x 20 is 100 minutes in all, so the plan says what it holds and how to add the rest outside the
    sessions (WHO 2020; ACSM: 150 minutes of moderate activity a week, bouts of any length count)."""
    plan, _ = _make(goals=["general_fitness"], days_per_week=5, session_minutes=20)
    found = AEROBIC_NOTE.search(plan.rationale)
    assert found, plan.rationale
    held = int(found.group(1) or 0)
    assert held == _steady_minutes(plan) < WEEKLY_AEROBIC_MINUTES
    assert held + int(found.group(2)) == WEEKLY_AEROBIC_MINUTES
    assert "more than all of your sessions' minutes" in plan.rationale  # 100 minutes cannot hold 150


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    goal=st.sampled_from(["general_fitness", "fat_loss"]),
    level=st.sampled_from(LEVELS),
    days=st.integers(1, 7),
    minutes=st.sampled_from([15, 20, 30, 45, 60, 90]),
    kit=st.lists(st.sampled_from(EQUIPMENT), max_size=4, unique=True),
)
def test_property_a_general_fitness_or_fat_loss_week_states_its_aerobic_gap(
    goal: str, level: str, days: int, minutes: int, kit: list[str]
) -> None:
    """Every general-fitness or fat-loss week under 65 either holds the 150 aerobic minutes or says how many it holds
    and how many to add outside the sessions, the two adding up to 150; a week that holds them says nothing."""
    plan, _ = _make(goals=[goal], fitness_level=level, days_per_week=days, session_minutes=minutes, equipment=kit,
                    birth_year=1990)  # fmt: skip
    held = _steady_minutes(plan)
    found = AEROBIC_NOTE.search(plan.rationale)
    if held >= WEEKLY_AEROBIC_MINUTES:
        assert found is None, plan.rationale
        return
    assert found, (held, plan.rationale)
    assert int(found.group(1) or 0) == held
    assert held + int(found.group(2)) == WEEKLY_AEROBIC_MINUTES
    assert plan.rationale.count("Aerobic work:") == 1
