"""The week's press and pull sets in proportion, and a full-range press before a floor press (issue 13, hBO; review
29, defect 3): a dumbbell novice pressed 10 sets to 6 of rows, a machines novice floor-pressed with dumbbells."""

from __future__ import annotations

import itertools
from typing import Any

from shared.plans.engine import generate_plan
from shared.plans.push_pull import PULL_PER_PUSH_MAX, PUSH_PER_PULL_MAX, tally
from shared.plans.validator import validate_plan
from shared.profile import FitnessProfile

KITS = [["dumbbells"], ["dumbbells", "bench"], ["machines", "cable_machine", "dumbbells"], ["resistance_bands"],
        ["kettlebells"], ["barbell", "bench", "dumbbells", "pull_up_bar", "cable_machine", "machines"],
        ["bodyweight"]]  # fmt: skip


def _profile(**fields: Any) -> FitnessProfile:
    base: dict[str, Any] = {"birth_year": 1985, "fitness_level": "beginner", "goals": ["strength"],
                            "equipment": ["dumbbells"], "days_per_week": 3, "session_minutes": 45}  # fmt: skip
    return FitnessProfile.model_validate(base | fields)


def _in_band(push: int, pull: int) -> bool:
    return push <= PUSH_PER_PULL_MAX * pull and pull <= PULL_PER_PUSH_MAX * push


def test_a_dumbbell_novices_week_rows_about_as_much_as_it_presses() -> None:
    """Review 29: dumbbells only, beginner strength 3 x 45: push 10 : pull 6 (shoulder press 3 x 5 twice, rows as
    2-set extras). The rows take sets in the spare minutes."""
    profile = _profile()
    plan = generate_plan(profile)
    assert validate_plan(plan, profile).ok
    push, pull = tally(plan.days)
    assert _in_band(push, pull), (push, pull)
    assert all(d.estimated_minutes <= 45 for d in plan.days)


def test_a_machines_novice_presses_on_the_machine_not_from_the_floor() -> None:
    """Review 29, p14: machines + cables + dumbbells, beginner strength 3 x 60: a dumbbell floor press as the only
    chest press (push 7 : pull 12). The machine chest press presses through the full range."""
    profile = _profile(equipment=["machines", "cable_machine", "dumbbells"], session_minutes=60)
    plan = generate_plan(profile)
    ids = {i.exercise_id for d in plan.days for i in d.exercises}
    assert "machine-chest-press" in ids and "dumbbell-floor-press" not in ids, ids
    # (still 7 : 12: the chest press is a 2-set secondary beside 2-set mains, which it may not out-dose; left)
    push, pull = tally(plan.days)
    assert pull <= 2 * push, (push, pull)


def test_grid_push_and_pull_sets_stay_in_proportion_on_every_kit() -> None:
    """Grid: 7 kits x 3 levels x 2-5 days x 30-60 minutes x strength and hypertrophy, uninjured. Review 29 read 11 of
    40 dumbbell weeks at 1.5 presses a pull or more; now no week is 1.5:1 either way past a 2-set slack (a week whose
    floors and minutes leave no set to move), and 3 in 4 are inside the band (202 of 252 on this grid)."""
    weeks = inside = 0
    for kit, level, days, minutes, goal in itertools.product(
        KITS, ("beginner", "intermediate", "advanced"), (2, 3, 5), (30, 60), ("strength", "hypertrophy")
    ):
        plan = generate_plan(_profile(equipment=kit, fitness_level=level, days_per_week=days, session_minutes=minutes,
                                      goals=[goal]))  # fmt: skip
        push, pull = tally(plan.days)
        if not push or not pull:
            continue
        weeks, inside = weeks + 1, inside + _in_band(push, pull)
        assert push <= 1.5 * pull + 2 and pull <= 1.5 * push + 2, (kit, level, days, minutes, goal, push, pull)
    assert inside >= 0.75 * weeks, (inside, weeks)
