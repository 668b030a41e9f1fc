"""Plan fixes from strength-coach review 21 (second session of 2026-12-02)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.exercises.catalog import get_exercise
from shared.plans.engine import generate_plan
from shared.plans.validator import validate_plan
from shared.profile import FitnessProfile

EQUIPMENT = ("bodyweight", "dumbbells", "barbell", "kettlebells", "resistance_bands", "pull_up_bar", "bench",
             "cable_machine", "machines")  # fmt: skip


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    equipment=st.sets(st.sampled_from(EQUIPMENT), min_size=1, max_size=4),
    goal=st.sampled_from(["fat_loss", "strength", "hypertrophy", "general_fitness"]),
    days=st.integers(1, 5),
    minutes=st.sampled_from([20, 30, 45, 60]),
    cleared=st.booleans(),
    born=st.integers(1950, 2005),
)
def test_a_dizziness_answer_never_gets_a_loaded_lift_on_one_leg(
    equipment: set[str], goal: str, days: int, minutes: int, cleared: bool, born: int
) -> None:
    """Review 21 D3: a cleared dizziness answer got bodyweight single-leg Romanian deadlifts, a fall risk. Hard sets
    keep both feet down (squats, two-leg hinges, bridges) for anyone who answered yes to dizziness."""
    profile = FitnessProfile.model_validate({
        "goals": [goal], "equipment": sorted(equipment), "days_per_week": days, "session_minutes": minutes,
        "birth_year": born, "par_q": {"dizziness": True, "medical_clearance": cleared},
    })  # fmt: skip
    plan = generate_plan(profile)
    assert validate_plan(plan, profile).ok
    on_one_leg = [
        item.name for day in plan.days for item in day.exercises
        if (e := get_exercise(item.exercise_id)).balance and e.hard_sets
    ]  # fmt: skip
    assert on_one_leg == []


def test_the_review_profile_keeps_its_legs_trained_without_the_single_leg_hinge() -> None:
    profile = FitnessProfile.model_validate({
        "goals": ["fat_loss"], "equipment": ["bodyweight"], "days_per_week": 2, "session_minutes": 30,
        "birth_year": 1975, "par_q": {"dizziness": True, "medical_clearance": True},
    })  # fmt: skip
    plan = generate_plan(profile)
    ids = {item.exercise_id for day in plan.days for item in day.exercises}
    assert "single-leg-rdl-bodyweight" not in ids
    assert "bodyweight-squat" in ids
