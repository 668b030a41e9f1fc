"""Plan fixes of the tenth session (the eighteenth coach read): a loaded squat for a sore back with a barbell, no
technical exercise of the next level, mountain climbers as intervals, varied lower days for a held upper body, an
endurance week's long run longer than its easy runs, compound lifts before flyes outside hypertrophy, and walking
rather than marching on the spot."""

from __future__ import annotations

from shared.exercises.catalog import get_exercise
from shared.plans.engine import generate_plan
from shared.plans.validator import validate_plan
from shared.profile import FitnessProfile, Injury

GYM = ["barbell", "dumbbells", "bench", "machines", "cable_machine", "pull_up_bar"]


def _ids(plan: object) -> set[str]:
    return {i.exercise_id for d in plan.days for i in d.exercises}  # type: ignore[attr-defined]


def test_a_moderate_lower_back_with_a_barbell_still_squats_with_a_load() -> None:
    """Born 1975, intermediate strength with a barbell and a bench, a moderate lower back and a mild knee: no loaded
    squat at all, Nordic curls at 6-8 reps and mountain climbers as the core work. The landmine squat (load at the
    chest, little spinal load) anchors the lower body; nothing of the next level's technique; no shoulder
    isometrics for a back."""
    profile = FitnessProfile(
        fitness_level="intermediate", goals=["strength"], equipment=["barbell", "bench"], days_per_week=3,
        session_minutes=75, birth_year=1975,
        injuries=[Injury(area="lower_back", severity="moderate"), Injury(area="knee", severity="mild")],
    )  # fmt: skip
    plan = generate_plan(profile)
    assert validate_plan(plan, profile).ok
    squat_days = [d for d in plan.days if any(i.exercise_id == "landmine-squat" and i.sets >= 2 for i in d.exercises)]
    assert len(squat_days) >= 2, [[i.exercise_id for i in d.exercises] for d in plan.days]
    used = _ids(plan)
    assert "nordic-curl" not in used and "mountain-climber" not in used, used
    assert not {i for i in used if get_exercise(i).rehab}, used


def test_technical_exercises_of_the_next_level_wait_for_that_level() -> None:
    """A Nordic curl or a pistol squat is a goal for an intermediate, not a prescription; an advanced lifter may get
    them."""
    for equipment in (["bodyweight"], ["barbell", "bench"], ["dumbbells"]):
        for goal in ("strength", "hypertrophy", "general_fitness"):
            profile = FitnessProfile(
                fitness_level="intermediate", goals=[goal], equipment=equipment, days_per_week=4, session_minutes=60
            )
            plan = generate_plan(profile)
            odd = [
                i for i in _ids(plan) if (e := get_exercise(i)).skill >= 3 and e.level == "advanced" and not e.main_lift
            ]
            assert not odd, (equipment, goal, odd)


def test_mountain_climbers_are_intervals_not_core_strength_work() -> None:
    climber = get_exercise("mountain-climber")
    assert climber.pattern == "conditioning" and climber.load_type == "time" and climber.impact
    assert not climber.hard_sets


def test_a_held_upper_body_does_not_repeat_one_leg_session_three_times() -> None:
    """A severe shoulder, hypertrophy, 4 x 60 in a full gym: three lower days each anchored by the leg press and the
    hip thrust. The third day squats on another machine."""
    profile = FitnessProfile(
        fitness_level="intermediate", goals=["hypertrophy"], equipment=GYM, days_per_week=4, session_minutes=60,
        birth_year=1990, injuries=[Injury(area="shoulder", severity="severe")],
    )  # fmt: skip
    plan = generate_plan(profile)
    assert validate_plan(plan, profile).ok
    anchors = [
        frozenset(i.exercise_id for i in d.exercises if i.role == "main") for d in plan.days if d.exercises
        if any(i.role == "main" for i in d.exercises)
    ]  # fmt: skip
    assert len(anchors) == 3 and len(set(anchors)) >= 2, anchors


def test_beginners_and_older_adults_keep_the_leg_press() -> None:
    """Machine variety is for trained people: a beginner or an older adult keeps the one squat machine they learn."""
    for level, born in (("beginner", 1995), ("intermediate", 1952)):
        profile = FitnessProfile(
            fitness_level=level, goals=["general_fitness"], equipment=["machines", "cable_machine"], days_per_week=3,
            session_minutes=60, birth_year=born,
        )  # fmt: skip
        used = _ids(generate_plan(profile))
        assert not used & {"hack-squat", "belt-squat"}, (level, used)


def test_an_endurance_weeks_long_run_is_longer_than_its_easy_runs() -> None:
    """Advanced endurance, dumbbells, 5 x 60: two 47-minute easy runs and a 47-minute "long" run. Easy runs now take
    three quarters of the long one."""
    profile = FitnessProfile(
        fitness_level="advanced", goals=["endurance"], equipment=["dumbbells"], days_per_week=5, session_minutes=60,
        birth_year=1985,
    )  # fmt: skip
    plan = generate_plan(profile)
    assert validate_plan(plan, profile).ok
    steady = [
        (d.name, i.duration_seconds or 0)
        for d in plan.days
        if d.name in ("Aerobic session", "Long aerobic session")
        for i in d.exercises
        if i.role == "conditioning" and i.sets == 1  # zone 2 (intervals come in rounds)
    ]
    long = [seconds for name, seconds in steady if name == "Long aerobic session"]
    easy = [seconds for name, seconds in steady if name == "Aerobic session"]
    assert len(long) == 1 and easy and all(seconds <= 0.8 * long[0] for seconds in easy), (long, easy)


def test_outside_hypertrophy_big_muscles_grow_on_compound_lifts_and_floors_hold() -> None:
    """The same endurance week had eight sets of floor flyes and its quads under the floor (a lone glute bridge and
    a press borrowed two sets of goblet squats)."""
    profile = FitnessProfile(
        fitness_level="advanced", goals=["endurance"], equipment=["dumbbells"], days_per_week=5, session_minutes=60,
        birth_year=1985,
    )  # fmt: skip
    plan = generate_plan(profile)
    assert not plan.below_floor_muscles
    flyes = sum(i.sets for d in plan.days for i in d.exercises if i.exercise_id == "dumbbell-floor-fly")
    assert flyes <= 2, flyes


def test_a_young_person_walks_briskly_rather_than_marching_on_the_spot() -> None:
    profile = FitnessProfile(
        fitness_level="beginner", goals=["general_fitness"], equipment=["bodyweight", "resistance_bands"],
        days_per_week=5, session_minutes=30, birth_year=2006,
    )  # fmt: skip
    used = _ids(generate_plan(profile))
    assert "brisk-walk" in used and not used & {"marching-in-place", "shadow-boxing", "jog"}, used
