"""Review 20's findings left open after the thirteenth session, each read as a coach reads a plan (sets per muscle, per
day, rests, minutes): core work comes after the floors (D4), PAR-Q answers past 65 train in circuits like everyone
else with a PAR-Q answer, and a PAR-Q answer never rests under a minute between hard sets."""

from __future__ import annotations

from shared.exercises.catalog import get_exercise
from shared.plans.engine import CORE_MUSCLES, generate_plan
from shared.plans.rules import PAR_Q_MIN_REST
from shared.plans.schema import Plan, PlanDay, PlanExercise
from shared.plans.validator import validate_plan
from shared.profile import FitnessProfile

LIFTING = ("main", "secondary", "accessory")


def _plan(raw: dict[str, object]) -> Plan:
    profile = FitnessProfile.model_validate(raw)
    plan = generate_plan(profile)
    report = validate_plan(plan, profile)
    assert report.violations == [] and report.repairs == [], (report.violations, report.repairs)
    return plan


def _lifts(day: PlanDay) -> list[PlanExercise]:
    return [i for i in day.exercises if i.role in LIFTING and get_exercise(i.exercise_id).hard_sets]


def _core_sets(plan: Plan) -> int:
    return sum(
        i.sets for d in plan.days for i in _lifts(d) if set(get_exercise(i.exercise_id).primary_muscles) <= CORE_MUSCLES
    )


def test_a_machine_hypertrophy_week_meets_its_floors_before_it_trains_abs() -> None:
    """D4: advanced, hypertrophy, machines only, 4 x 60: chest presses gave three sets to lone crunch, knee-raise and
    curl sets, and "cannot fit the minimum of 12 weekly hard sets for chest, lats, upper back, hamstrings" sat beside
    6 sets of abs. Now every floor is met and direct core work is what is left over."""
    plan = _plan({"goals": ["hypertrophy"], "fitness_level": "advanced", "equipment": ["machines"],
                  "days_per_week": 4, "session_minutes": 60})  # fmt: skip
    volume = {v.muscle: v for v in plan.weekly_sets}
    assert plan.below_floor_muscles == [], plan.volume_note
    for muscle in ("chest", "lats", "upper_back", "hamstrings", "quads", "glutes"):
        assert volume[muscle].hard_sets >= 12, (muscle, volume[muscle].hard_sets)
    assert _core_sets(plan) <= 2, _core_sets(plan)
    for day in plan.days:
        assert day.estimated_minutes <= 60 * 1.1, (day.name, day.estimated_minutes)


def test_core_sets_never_stand_where_a_floor_that_could_use_their_minutes_is_short() -> None:
    """D4 as a kind: across goals and kits, a week whose floor muscle is short for want of minutes does not keep a
    core lift on a day where that muscle's own lift could go (the minutes go to the floor first)."""
    for raw in (
        {"goals": ["hypertrophy"], "fitness_level": "advanced", "equipment": ["machines"], "days_per_week": 3,
         "session_minutes": 45},
        {"goals": ["hypertrophy"], "fitness_level": "intermediate", "equipment": ["dumbbells", "bench"],
         "days_per_week": 4, "session_minutes": 45},
        {"goals": ["strength"], "fitness_level": "advanced", "equipment": ["barbell", "bench", "pull_up_bar"],
         "days_per_week": 3, "session_minutes": 45},
        {"goals": ["general_fitness"], "equipment": ["cable_machine"], "days_per_week": 2, "session_minutes": 40},
    ):  # fmt: skip
        plan = _plan(raw)
        short = set(plan.below_floor_muscles)
        if not short:
            continue
        for day in plan.days:
            core = [
                i.exercise_id for i in _lifts(day) if set(get_exercise(i.exercise_id).primary_muscles) <= CORE_MUSCLES
            ]
            trains = {m for i in _lifts(day) for m in get_exercise(i.exercise_id).primary_muscles}
            assert not (core and short & trains), (raw, day.name, core, short)


def test_a_par_q_answer_past_65_trains_a_circuit_like_any_par_q_answer() -> None:
    """A 70-year-old on blood-pressure medicine and a 40-year-old on the same medicine, both 3 x 30 with dumbbells:
    both train a circuit of alternating regions with at least a minute between stations (ACSM/AHA, AACVPR), at the
    same sets per lift, with no floor missed. Review 20 found the older one on two lifts a day at 2-minute rests."""
    base = {"equipment": ["dumbbells", "bench"], "days_per_week": 3, "session_minutes": 30,
            "par_q": {"blood_pressure_medication": True, "medical_clearance": True}}  # fmt: skip
    older, younger = _plan({**base, "birth_year": 1956}), _plan({**base, "birth_year": 1986})
    assert younger.below_floor_muscles == [], younger.volume_note
    # (the older week also keeps its power drill and a walk: a floor it cannot fit is said, never silently missed)
    assert not older.below_floor_muscles or "cannot fit" in older.volume_note
    for plan in (older, younger):
        for day in plan.days:
            lifts = _lifts(day)
            # (partners share a posture on blood-pressure medicine, review 21 finding 2: a day of a standing squat,
            # a lying bench press and a standing RDL that share hips has no pair, each station at its minute)
            assert len(lifts) >= 3, (day.name, [i.exercise_id for i in lifts])
            # (blood-pressure medicine alone: 2-4 sets per muscle group, ACSM; review 24 defect 3 ended its cap of 2)
            assert all(60 <= i.rest_seconds <= 90 and i.sets <= 3 for i in lifts), [(i.exercise_id, i.rest_seconds)
                                                                                      for i in lifts]  # fmt: skip
    assert sum(len(_lifts(d)) for d in older.days) >= 9  # three stations a day, not two lifts


def test_a_par_q_answer_rests_a_minute_between_hard_sets_in_long_sessions_too() -> None:
    """A bone/joint or "other" answer at 75-120 minutes: crunches and calf raises at 15-20 reps were dosed 45 s of
    rest, under the PAR-Q minute the validator holds (`PAR_Q_MIN_REST`), and the week was repaired, not passed."""
    for raw in (
        {"fitness_level": "intermediate", "goals": ["strength"], "days_per_week": 7, "session_minutes": 75,
         "equipment": ["cardio_machine", "machines", "kettlebells", "barbell", "resistance_bands"],
         "birth_year": 2005, "par_q": {"other_reason": True}},
        {"fitness_level": "advanced", "goals": ["hypertrophy"], "equipment": ["bodyweight"], "days_per_week": 6,
         "session_minutes": 120, "birth_year": 1941, "par_q": {"bone_joint_problem": True}},
    ):  # fmt: skip
        plan = _plan(raw)
        assert all(i.rest_seconds >= PAR_Q_MIN_REST for d in plan.days for i in _lifts(d)), raw


def _own_sets(day: PlanDay) -> int:
    """A day's hard sets outside the core: what a push, pull or leg day is for."""
    return sum(i.sets for i in _lifts(day) if get_exercise(i.exercise_id).primary_muscles[0] not in CORE_MUSCLES)


def test_a_seven_day_push_pull_legs_week_gives_its_pull_days_the_work_of_its_push_days() -> None:
    """Review 20: advanced, hypertrophy, full gym, 7 x 180: pull days carried 17-18 hard sets beside push days of 23-24
    (3-4 of them hanging leg raises) and leg days of 24-25, the lats and upper back at their weekly top. The pull days
    now add a second curl variation (the template's second biceps slot), and days are compared by their own work, not
    their core sets: every push, pull and leg day within about 10% of the fullest."""
    gym = ["barbell", "dumbbells", "bench", "cable_machine", "machines", "pull_up_bar"]
    plan = _plan({"goals": ["hypertrophy"], "fitness_level": "advanced", "days_per_week": 7, "session_minutes": 180,
                  "equipment": gym})  # fmt: skip
    split = {d.name: _own_sets(d) for d in plan.days if d.name.startswith(("Push", "Pull", "Legs"))}
    assert len(split) == 6, split
    pulls = [n for name, n in split.items() if name.startswith("Pull")]
    pushes = [n for name, n in split.items() if name.startswith("Push")]
    assert min(pulls) >= 0.85 * max(split.values()), split
    assert min(pulls) >= 0.9 * max(pushes), split
    for day in plan.days:
        if day.name.startswith("Pull"):
            curls = [i.exercise_id for i in _lifts(day) if get_exercise(i.exercise_id).primary_muscles[0] == "biceps"]
            assert len(curls) <= 2 and len(set(curls)) == len(curls), (day.name, curls)


def test_a_weeks_only_pulling_is_never_one_set() -> None:
    """A lone set is not a training stimulus (ACSM 2009): the week's only row in a 1 x 40 endurance week was "Seated
    cable row 1 x 10-15", and a 3 x 25 strength-endurance week's only pulldown had 1 set beside 4 sets of cable
    flyes. The row takes two minutes of the bike; the pulldown takes the flyes' third and fourth sets."""
    endurance = _plan({"fitness_level": "beginner", "goals": ["endurance"], "days_per_week": 1, "session_minutes": 40,
                       "equipment": ["cardio_machine", "cable_machine", "kettlebells", "pull_up_bar"],
                       "birth_year": 1993})  # fmt: skip
    mixed = _plan({"fitness_level": "advanced", "goals": ["endurance", "strength"], "days_per_week": 3,
                   "session_minutes": 25, "equipment": ["cable_machine", "barbell", "bench", "machines"]})  # fmt: skip
    for plan in (endurance, mixed):
        lifts = [i for d in plan.days for i in _lifts(d)]
        assert all(i.sets >= 2 for i in lifts), [(i.exercise_id, i.sets) for i in lifts]
        for day in plan.days:
            assert day.estimated_minutes <= 40, (day.name, day.estimated_minutes)
    pulldown = next(i for d in mixed.days for i in _lifts(d) if i.exercise_id == "lat-pulldown")
    fly = next((i for d in mixed.days for i in _lifts(d) if i.exercise_id == "cable-fly"), None)
    assert fly is None or fly.sets <= pulldown.sets, (fly.sets, pulldown.sets)  # (review 23: a press before a fly)


def test_lone_sets_are_gone_from_seeded_weeks_of_twenty_minutes_or_more() -> None:
    """Item 3 as a kind over seeded profiles (every goal but mobility, 25-90 minutes, 2-6 days): no working lift at one
    set. (Mobility programs keep one strength set beside their stretches; 15-20 minute single sessions can still end
    with one: docs/training-science.md.)"""
    import random

    from shared.profile import EQUIPMENT, LEVELS

    goals = ["strength", "hypertrophy", "fat_loss", "general_fitness", "endurance"]
    # (the seeds draw from the vocabulary this test was written for: the specialty bars, added later, need a barbell
    # and shifted the draws; hAS)
    KIT_AT_REVIEW_20 = [e for e in EQUIPMENT if e not in ("trap_bar", "safety_squat_bar")]
    for seed in range(40):
        rng = random.Random(seed)
        raw: dict[str, object] = {"fitness_level": rng.choice(LEVELS), "goals": [rng.choice(goals)],
               "equipment": rng.sample(KIT_AT_REVIEW_20, rng.randint(1, 5)), "days_per_week": rng.randint(2, 6),
               "session_minutes": rng.choice([25, 30, 45, 60, 90])}  # fmt: skip
        plan = _plan(raw)
        lone = [(d.name, i.exercise_id) for d in plan.days for i in _lifts(d) if i.sets < 2]
        assert not lone, (raw, lone)
