"""The eighth coach review's findings and the faults found beside it, each pinned as the reviewer's
example (the fault before the fix in the docstring)."""

from __future__ import annotations

from shared.plans.engine import generate_plan
from shared.plans.validator import validate_plan
from shared.plans.volume import weekly_hard_sets
from shared.profile import FitnessProfile, Injury

_MILD = ("lower_back", "shoulder", "elbow", "wrist", "neck", "hip", "ankle")


def test_a_floor_the_sessions_minutes_cannot_hold_is_excused_and_said() -> None:
    """Advanced fat loss, a cable machine only, 4 x 15 min, severe knee and upper back: cable kickbacks
    (2 x 12-15 reps a set) are the glutes' only exercise and 3 sets fill a lower day's lifting minutes, so
    the glutes got 6 weekly sets against a floor of 8 and the validator refused the engine's own plan."""
    injuries = [Injury(area="knee", severity="severe"), Injury(area="upper_back", severity="severe")]
    profile = FitnessProfile(
        fitness_level="advanced", goals=["fat_loss"], equipment=["cable_machine"], days_per_week=4, session_minutes=15,
        injuries=injuries + [Injury(area=a, severity="mild") for a in _MILD],
    )  # fmt: skip
    plan = generate_plan(profile)
    report = validate_plan(plan, profile)
    assert report.ok, report
    assert 0 < weekly_hard_sets(plan.days)["glutes"] < 8
    assert "glutes" in (plan.volume_note or "") and "minutes" in (plan.volume_note or "")
