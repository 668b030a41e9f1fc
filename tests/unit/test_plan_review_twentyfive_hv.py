"""Plan fixes from strength-coach review 24's leftovers (issue 13, hV): a 5/3/1 lift carries its wave in the plan's
structured fields and the progression names one method per lift (defect 12); the minor items of defect 13; and an
RPE lifter's one short session is not a deload (decisions.md, "One short session on RPE is not a deload")."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings

from shared.exercises.catalog import get_exercise
from shared.plans.engine import generate_plan
from shared.plans.progression import WAVE, WAVE_LIFTS
from shared.plans.schema import Plan
from shared.plans.substitutes import replaced
from shared.plans.validator import PlanValidator, validate_plan
from shared.profile import FitnessProfile
from tests.unit.plan_strategies import profiles

DEFAULT: dict[str, Any] = {"fitness_level": "intermediate", "goals": ["strength"], "days_per_week": 3,
                           "session_minutes": 60, "birth_year": 1990,
                           "equipment": ["barbell", "bench", "dumbbells", "pull_up_bar"]}  # fmt: skip
ADVANCED_531: dict[str, Any] = {"fitness_level": "advanced", "equipment": ["barbell", "bench", "pull_up_bar"],
                                "days_per_week": 4, "session_minutes": 90}  # fmt: skip


def _make(**fields: Any) -> Plan:
    person = FitnessProfile.model_validate({**DEFAULT, **fields})
    plan = generate_plan(person)
    assert validate_plan(plan, person).ok, validate_plan(plan, person).violations
    return plan


# --- defect 12: the wave in the structured fields, one method per lift ------------------------------------------------


def test_an_advanced_531_plan_stores_each_weeks_sets_percentages_and_amrap() -> None:
    """Review 24: bench and squat were stored as 5 x 3-6 @ RPE 8 every week, the wave only in the notes. A client
    reads each week's percentages of the training max, reps and the AMRAP set from the item, and the back-off
    fives its `sets` hold (First Set Last), none in the deload week."""
    plan = _make(**ADVANCED_531)
    waved = [i for d in plan.days for i in d.exercises if i.progression == "training_max_wave"]
    assert {i.exercise_id for i in waved} >= {"barbell-bench-press", "barbell-back-squat"}
    for item in waved:
        assert item.wave is not None and [w.week for w in item.wave] == [1, 2, 3, 4]
        for week, rows in zip(item.wave, WAVE, strict=True):
            wave = [(s.pct_training_max, s.reps) for s in week.sets if s.role != "backoff"]
            assert wave == list(rows)
            amrap = [s.amrap for s in week.sets]
            assert amrap == (
                [False] * len(week.sets) if week.deload else [False, False, True] + [False] * (item.sets - 3)
            )
            backoff = [s for s in week.sets if s.role == "backoff"]
            assert len(backoff) == (0 if week.deload else item.sets - 3)
            assert all(s.reps == 5 and s.pct_training_max == rows[0][0] for s in backoff)
        assert item.wave[3].deload and not any(w.deload for w in item.wave[:3])


def test_the_531_summary_names_the_wave_lifts_first_and_the_rpe_lifts_as_the_others() -> None:
    """Review 24: the summary began "Main lifts, RPE-based: ..." and then described the 5/3/1 percentages. The plan's
    method is the wave: its words come first and say which lifts follow it; the RPE words are for the other main
    lifts, and every main lift's item names one of the two."""
    plan = _make(**ADVANCED_531)
    summary = plan.progression.summary
    assert plan.progression.method == "training_max_wave"
    assert summary.startswith("Wave lifts (barbell squat, bench, deadlift, overhead press): 5/3/1")
    assert "Main lifts, RPE-based" not in summary
    assert summary.index("5/3/1") < summary.index("Other main lifts, RPE-based")
    for item in (i for d in plan.days for i in d.exercises if i.role == "main"):
        if item.exercise_id in WAVE_LIFTS:
            assert item.progression == "training_max_wave", item.name
        elif item.progression == "rpe":
            assert item.wave is None


def test_a_swap_off_the_wave_drops_its_weeks_and_the_validator_fills_a_writers_missing_wave() -> None:
    """The wave follows the item's scheme wherever it changes: a dumbbell press swapped in for the bench is RPE-based
    with no wave; an LLM's wave item without weeks gets them from the validator."""
    person = FitnessProfile.model_validate({**DEFAULT, **ADVANCED_531})
    plan = generate_plan(person)
    validator = PlanValidator(person)
    bench = next(i for d in plan.days for i in d.exercises if i.exercise_id == "barbell-bench-press")
    swapped = replaced(bench, get_exercise("dumbbell-bench-press"), validator.request)
    assert swapped.progression != "training_max_wave" and swapped.wave is None
    stripped = Plan.model_validate(
        {**plan.model_dump(), "days": [{**d.model_dump(), "exercises": [{**i.model_dump(), "wave": None}
                                                                         for i in d.exercises]} for d in plan.days]}
    )  # fmt: skip
    report = validator.validate(stripped)
    assert any(f.code == "wave" for f in report.repairs)
    again = next(i for d in report.plan.days for i in d.exercises if i.exercise_id == "barbell-bench-press")
    assert again.wave == bench.wave


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profiles)
def test_only_wave_items_carry_a_wave_and_every_one_matches_its_sets(profile: FitnessProfile) -> None:
    """Property: for any profile, an item has weeks exactly when it is on the wave, four of them, the three loading
    weeks ending in an AMRAP set with `sets - 3` back-off fives, and the engine's plan needs no wave repair."""
    plan = generate_plan(profile)
    for item in (i for d in plan.days for i in d.exercises):
        if item.progression != "training_max_wave":
            assert item.wave is None
            continue
        assert item.wave is not None and len(item.wave) == 4
        for week in item.wave[:3]:
            assert len(week.sets) == max(3, item.sets) and week.sets[2].amrap
    assert not any(f.code == "wave" for f in validate_plan(plan, profile).repairs)
