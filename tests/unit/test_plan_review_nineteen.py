"""Plan fixes of the twelfth session (review 19's remaining notes): a one-day strength week keeps its main lifts'
working sets and still hinges and rows."""

from __future__ import annotations

from shared.exercises.catalog import get_exercise
from shared.plans.engine import generate_plan
from shared.plans.validator import validate_plan
from shared.profile import FitnessProfile

GYM = ["barbell", "dumbbells", "bench", "cable_machine", "machines", "pull_up_bar", "cardio_machine", "kettlebells"]


def test_a_one_day_strength_week_squats_benches_hinges_and_rows() -> None:
    """Review 19: one 60-minute strength session a week with a full gym was squat 2, bench 2, row 2, pull-up 2,
    Romanian deadlift 2, leg curl 2 and cable fly 2: two sets of each main lift and two isolation lifts. A coach's
    one-day week (Starting Strength's and Rippetoe's minimal programs) is the squat and bench for their working
    sets, a hinge and a row. The hinge now takes the leg curl's time and the day's second pull's, not the main
    lifts' third sets."""
    profile = FitnessProfile(
        fitness_level="intermediate", goals=["strength"], equipment=GYM, days_per_week=1, session_minutes=60,
        birth_year=1990,
    )  # fmt: skip
    plan = generate_plan(profile)
    assert validate_plan(plan, profile).ok
    (day,) = plan.days
    sets = {i.exercise_id: i.sets for i in day.exercises if i.role in ("main", "secondary", "accessory")}
    assert sets.get("barbell-back-squat", 0) >= 3 and sets.get("barbell-bench-press", 0) >= 3, sets
    patterns = {get_exercise(e).pattern: n for e, n in sets.items()}
    assert patterns.get("hinge", 0) >= 2, sets
    assert patterns.get("horizontal_pull", 0) + patterns.get("vertical_pull", 0) >= 2, sets
    assert not [e for e in sets if get_exercise(e).isolation], sets
    assert day.estimated_minutes <= 60
