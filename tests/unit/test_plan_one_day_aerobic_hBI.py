"""A one-day long week with a conditioning goal gets a real aerobic block (review 28 defect 6, hBI).

rc28 q25: a beginner's general fitness, full gym, 1 x 180: 16 hard sets (the session cap) and 10 minutes of zone 2,
72 of 180 minutes used. The one session is the week's only aerobic session: 30-45 minutes of zone 2 fit the idle time.
"""

from __future__ import annotations

import pytest

from shared.plans.engine import generate_plan
from shared.plans.validator import validate_plan
from shared.profile import FitnessProfile

FULL = ["barbell", "bench", "dumbbells", "cable_machine", "machines", "cardio_machine"]


def _minutes(profile: FitnessProfile) -> tuple[float, int]:
    """(the week's aerobic minutes, the session's estimated minutes)."""
    plan = generate_plan(profile)
    assert validate_plan(plan, profile).ok
    aerobic = sum(
        i.sets * (i.duration_seconds or 0) / 60 for d in plan.days for i in d.exercises if i.role == "conditioning"
    )
    return aerobic, plan.days[0].estimated_minutes


def _aerobic_minutes(profile: FitnessProfile) -> float:
    return _minutes(profile)[0]


def test_the_reviewers_one_day_general_fitness_beginner_gets_half_an_hour_of_zone_two() -> None:
    profile = FitnessProfile(
        fitness_level="beginner", goals=["general_fitness"], equipment=FULL, days_per_week=1, session_minutes=180,
        birth_year=1990,
    )  # fmt: skip
    assert 30 <= _aerobic_minutes(profile) <= 45


@pytest.mark.parametrize("level", ["beginner", "intermediate", "advanced"])
@pytest.mark.parametrize("goals", [["general_fitness"], ["fat_loss"], ["strength", "general_fitness"]])
@pytest.mark.parametrize("minutes", [90, 120, 180])
def test_one_long_session_a_week_is_not_left_idle_beside_a_short_block(
    level: str, goals: list[str], minutes: int
) -> None:
    """Either the block is 30-45 minutes, or the lifting the week needs fills the session (90% of it or more)."""
    profile = FitnessProfile.model_validate(
        {"fitness_level": level, "goals": goals, "equipment": FULL, "days_per_week": 1, "session_minutes": minutes,
         "birth_year": 1985}
    )  # fmt: skip
    aerobic, used = _minutes(profile)
    assert aerobic <= 45
    assert aerobic >= 30 or used >= 0.9 * minutes, (aerobic, used)
