"""The eighth coach review's findings and the faults found beside it, each pinned as the reviewer's
example (the fault before the fix in the docstring)."""

from __future__ import annotations

import os
from collections import defaultdict

from hypothesis import HealthCheck, given, settings

from shared.exercises.catalog import get_exercise
from shared.plans.allocator import SECONDARY_SLACK
from shared.plans.engine import generate_plan
from shared.plans.rules import SESSION_HARD_SETS_MAX, SESSION_MUSCLE_SETS_MAX, PlanOverrides, resolve
from shared.plans.schema import Plan
from shared.plans.validator import validate_plan
from shared.plans.volume import add_credit, weekly_hard_sets
from shared.profile import FitnessProfile, Injury, ParQ
from shared.profile.model import Muscle
from tests.unit.plan_strategies import overrides, profiles

_DEEP = os.environ.get("HYPOTHESIS_PROFILE") == "deep"

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
    # (since the tenth review no kickbacks: the stance knee; since review 20's D9 the 15-minute cable sessions keep no
    # idle ramp-up minutes, so the glutes reach their floor; a floor still short must be said)
    glutes = weekly_hard_sets(plan.days)["glutes"]
    assert glutes >= 8 or ("glutes" in (plan.volume_note or "") and "minutes" in (plan.volume_note or "")), glutes


# --- A session's ceiling of hard sets ------------------------------------------------------------

GYM = ["barbell", "dumbbells", "bench", "machines", "cable_machine", "pull_up_bar"]
PROPERTY = settings(max_examples=1000 if _DEEP else 120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _day_loads(plan: Plan) -> list[tuple[int, dict[Muscle, float]]]:
    """(hard sets, fractional sets per muscle) of each day."""
    out = []
    for day in plan.days:
        credit: dict[Muscle, float] = defaultdict(float)
        sets = 0
        for item in day.exercises:
            exercise = get_exercise(item.exercise_id)
            if exercise.hard_sets:
                sets += item.sets
                add_credit(credit, exercise, item.sets)
        out.append((sets, credit))
    return out


@PROPERTY
@given(profile=profiles, wanted=overrides)
def test_no_session_holds_more_hard_sets_than_one_workout_should(
    profile: FitnessProfile, wanted: PlanOverrides | None
) -> None:
    plan = generate_plan(profile, wanted)
    ceiling = SESSION_HARD_SETS_MAX[resolve(profile, wanted).level]
    for sets, credit in _day_loads(plan):
        assert sets <= ceiling, (sets, ceiling, profile.model_dump_json(), wanted)
        assert max(credit.values(), default=0) <= SESSION_MUSCLE_SETS_MAX + SECONDARY_SLACK, credit
    for day in plan.days:  # no set is added for a muscle the day already gives its ceiling
        direct: dict[Muscle, int] = defaultdict(int)
        for item in day.exercises:
            exercise = get_exercise(item.exercise_id)
            if exercise.hard_sets:
                for muscle in exercise.primary_muscles:
                    direct[muscle] += item.sets
        assert max(direct.values(), default=0) <= SESSION_MUSCLE_SETS_MAX, (day.name, dict(direct))


def test_one_long_session_a_week_is_a_workout_not_a_marathon() -> None:
    """The eighth review: one 180-minute session a week held 44 hard sets (8 sets of squats and of
    bench press). Now it holds the level's ceiling and says why, and the floors it cannot reach."""
    profile = FitnessProfile(fitness_level="intermediate", goals=["hypertrophy"], equipment=GYM, days_per_week=1,
                             session_minutes=180)  # fmt: skip
    plan = generate_plan(profile)
    assert validate_plan(plan, profile).ok
    ((sets, _),) = _day_loads(plan)
    assert sets == SESSION_HARD_SETS_MAX["intermediate"] == 22
    assert all(i.sets <= 4 for i in plan.days[0].exercises)
    assert "22 hard sets are as many as one workout should hold" in plan.days[0].time_note
    assert "another session would close the gap" in plan.volume_note


def test_a_long_upper_day_keeps_room_for_the_arms() -> None:
    """Advanced hypertrophy, 4 x 120 min, a full gym: the upper days' eight lifts were bench, rows, flyes,
    straight-arm pulldowns and shrugs, with no curl or triceps work all week."""
    profile = FitnessProfile(fitness_level="advanced", goals=["hypertrophy"], equipment=GYM, days_per_week=4,
                             session_minutes=120)  # fmt: skip
    plan = generate_plan(profile)
    assert validate_plan(plan, profile).ok
    for day in (d for d in plan.days if d.name.startswith("Upper")):
        isolation = {get_exercise(i.exercise_id).primary_muscles[0] for i in day.exercises
                     if get_exercise(i.exercise_id).isolation}  # fmt: skip
        assert isolation & {"biceps", "triceps"}, (day.name, isolation)


def test_the_validator_cuts_a_marathon_session_from_a_provider() -> None:
    profile = FitnessProfile(fitness_level="intermediate", goals=["hypertrophy"], equipment=GYM, days_per_week=3,
                             session_minutes=180)  # fmt: skip
    plan = generate_plan(profile)
    first = plan.days[0]
    first.exercises = [i.model_copy(update={"sets": 8}) for i in first.exercises]  # 56 sets or so
    report = validate_plan(plan, profile)
    assert "session_ceiling" in {r.code for r in report.repairs}
    sets, _ = _day_loads(report.plan)[0]
    assert sets <= 22


# --- Severe injuries: nothing that stands on, or bends, the injured area --------------------------

_STANDING = ("wall-sit", "box-squat-bodyweight", "elliptical", "rowing-machine", "treadmill-walk", "brisk-walk",
             "stair-climber", "cable-leg-extension", "cable-leg-curl", "cable-glute-kickback", "cable-hip-adduction",
             "sissy-squat", "barbell-row", "barbell-overhead-press", "ski-erg", "deep-squat-hold")  # fmt: skip
_KIT = ["bodyweight", "dumbbells", "machines", "cable_machine", "cardio_machine", "bench", "barbell"]


def test_a_severe_ankle_gets_no_standing_leg_work_and_seated_conditioning() -> None:
    """The eighth review: a severe ankle still got box squats and wall sits, and elliptical blocks."""
    for goal, kit in (
        ("general_fitness", _KIT),
        ("fat_loss", _KIT),
        ("strength", _KIT),
        ("hypertrophy", ["cable_machine", "bodyweight"]),  # the ninth review's ankle-strap cables
        ("strength", ["barbell", "bench"]),  # the tenth's standing barbell rows and presses
        ("endurance", ["bodyweight", "cardio_machine", "dumbbells"]),  # and its ski erg
    ):
        profile = FitnessProfile(fitness_level="intermediate", goals=[goal], equipment=kit, days_per_week=4,
                                 session_minutes=60, injuries=[Injury(area="ankle", severity="severe")])  # fmt: skip
        plan = generate_plan(profile)
        assert validate_plan(plan, profile).ok
        for day in plan.days:
            for item in day.exercises:
                exercise = get_exercise(item.exercise_id)
                assert exercise.pattern not in ("squat", "lunge") or not exercise.compound, (goal, exercise.id)
                assert exercise.id not in _STANDING, (goal, exercise.id)


def test_a_severe_disc_gets_no_single_leg_press_or_mountain_climbers() -> None:
    """The eighth review: a severe lower back (a disc) got single-leg presses and mountain climbers."""
    for exercise_id in (
        "single-leg-press",
        "leg-press",
        "mountain-climber",
        "cable-split-squat",
        "cable-reverse-lunge",
        "machine-calf-raise",
        "goblet-squat-dumbbell",
    ):  # the ninth review: standing loaded lunges
        rules = {r.area: r.min_severity for r in get_exercise(exercise_id).contraindications}
        assert rules.get("lower_back") in ("mild", "moderate", "severe"), (exercise_id, rules)
    profile = FitnessProfile(fitness_level="advanced", goals=["hypertrophy"], equipment=_KIT, days_per_week=5,
                             session_minutes=75, injuries=[Injury(area="lower_back", severity="severe")])  # fmt: skip
    plan = generate_plan(profile)
    assert validate_plan(plan, profile).ok
    used = {i.exercise_id for d in plan.days for i in d.exercises}
    assert not used & {"single-leg-press", "leg-press", "mountain-climber", "hack-squat"}, used


def test_a_trained_person_without_equipment_gets_the_variations_of_their_level() -> None:
    """The eighth review: an advanced bodyweight strength plan was push-ups at 12-20 reps, wall sits and
    towel rows. Trained people get the harder variations (archer push-ups, pistol squats)."""
    profile = FitnessProfile(fitness_level="advanced", goals=["strength"], equipment=["bodyweight"], days_per_week=3,
                             session_minutes=45)  # fmt: skip
    plan = generate_plan(profile)
    assert validate_plan(plan, profile).ok
    used = {i.exercise_id for d in plan.days for i in d.exercises}
    assert {"archer-push-up", "pistol-squat"} <= used, used
    assert not used & {"push-up", "wall-push-up", "knee-push-up", "wall-sit", "bodyweight-squat"}, used
    # An older adult keeps the easier variations whatever the level.
    older = profile.model_copy(update={"birth_year": 1950})
    assert "archer-push-up" not in {i.exercise_id for d in generate_plan(older).days for i in d.exercises}


# --- The ninth review -----------------------------------------------------------------------------


def test_a_severe_neck_keeps_its_rows_and_loses_what_loads_the_neck() -> None:
    """Every row was gone (upper-back muscles counted as the neck) while all the pressing stayed."""
    profile = FitnessProfile(fitness_level="intermediate", goals=["strength"], equipment=["dumbbells", "bench",
                             "pull_up_bar", "barbell"], injuries=[Injury(area="neck", severity="severe")])  # fmt: skip
    plan = generate_plan(profile)
    assert validate_plan(plan, profile).ok
    used = [get_exercise(i.exercise_id) for d in plan.days for i in d.exercises]
    assert any(e.pattern == "horizontal_pull" and e.compound for e in used), [e.id for e in used]
    assert not {e.id for e in used} & {"barbell-shrug", "dumbbell-shrug", "dead-hang", "barbell-row", "pull-up",
                                        "barbell-back-squat", "barbell-overhead-press"}  # fmt: skip


def test_no_all_out_wave_sets_under_an_effort_cap() -> None:
    """A 71-year-old advanced lifter got 5/3/1 with its last set "as many good reps as you can" beside the
    note "RPE 7 or lower"; a cleared PAR-Q answer's plan was labelled 5/3/1 and was not one."""
    for update in ({"birth_year": 1955}, {"par_q": ParQ(dizziness=True, medical_clearance=True)}):
        profile = FitnessProfile(fitness_level="advanced", goals=["strength"], equipment=["barbell", "bench"],
                                 **update)  # fmt: skip
        plan = generate_plan(profile)
        text = plan.rationale + " ".join(i.notes for d in plan.days for i in d.exercises)
        assert all(i.progression != "training_max_wave" for d in plan.days for i in d.exercises), update
        assert "5/3/1" not in text and "as many" not in text.lower(), update
    young = generate_plan(FitnessProfile(fitness_level="advanced", goals=["strength"], equipment=["barbell", "bench"]))
    assert any(i.progression == "training_max_wave" for d in young.days for i in d.exercises)


def test_an_endurance_week_lifts_on_its_strength_days() -> None:
    """6 x 50 min endurance: 2 strength days gave 22 of their 50 minutes to the bike (the aerobic days do
    that), chest got 3 sets, and the note blamed "6 sessions of 50 minutes"."""
    kit = ["dumbbells", "cardio_machine"]
    profile = FitnessProfile(fitness_level="intermediate", goals=["endurance"], equipment=kit, days_per_week=6,
                             session_minutes=50)  # fmt: skip
    plan = generate_plan(profile)
    assert validate_plan(plan, profile).ok
    strength = [d for d in plan.days if d.name.startswith("Full body")]
    assert strength and all(
        get_exercise(i.exercise_id).pattern != "conditioning" for d in strength for i in d.exercises
    )
    assert not plan.below_floor_muscles and "6 sessions" not in plan.volume_note


def test_one_isolation_exercise_per_muscle_a_session_unless_a_floor_needs_another() -> None:
    """Advanced push/pull/legs: cable and banded lateral raises (8 sets) in one session, three leg-extension
    variants on one day. A second isolation exercise for a muscle is a filler when the muscle is at its floor."""
    kit = ["cable_machine", "resistance_bands", "dumbbells", "bench", "barbell", "machines"]
    for days in (4, 5, 6):
        profile = FitnessProfile(fitness_level="advanced", goals=["hypertrophy"], equipment=kit, days_per_week=days,
                                 session_minutes=90)  # fmt: skip
        plan = generate_plan(profile)
        assert validate_plan(plan, profile).ok
        for day in plan.days:
            # (one per set of muscles worked: a hammer curl's forearms beside an incline curl fill a short pull day,
            # review 23; a second curl or lateral raise does not)
            isolated = [tuple(sorted(get_exercise(i.exercise_id).primary_muscles)) for i in day.exercises
                        if get_exercise(i.exercise_id).isolation and get_exercise(i.exercise_id).hard_sets]  # fmt: skip
            assert len(isolated) == len(set(isolated)), (days, day.name, isolated)


def test_dumbbell_and_kettlebell_lifts_ramp_up_in_one_or_two_sets() -> None:
    """Three ramp-up sets before a kettlebell goblet squat in a 50-minute session (the ninth review)."""
    for kit in (["kettlebells"], ["dumbbells", "bench"]):
        for goal in ("general_fitness", "strength", "hypertrophy"):
            profile = FitnessProfile(fitness_level="advanced", goals=[goal], equipment=kit, days_per_week=3,
                                     session_minutes=75)  # fmt: skip
            plan = generate_plan(profile)
            assert validate_plan(plan, profile).ok
            for item in (i for d in plan.days for i in d.exercises):
                assert item.warmup_sets <= (1 if item.reps_min >= 8 else 2), (kit, goal, item)


def test_a_severe_area_is_spared_by_conditioning_warm_ups_and_arm_work_too() -> None:
    """The review on the final commit: rowing intervals for a severe shoulder (conditioning skipped the
    filter), cable woodchops and triceps kickbacks for a severe shoulder, and a single-leg stand in an older
    adult's warm-up and session with a severe knee."""
    cases = [
        (FitnessProfile(fitness_level="intermediate", goals=["endurance"], equipment=["cardio_machine"],
                        days_per_week=4, injuries=[Injury(area="shoulder", severity="severe")]),
         {"rowing-machine", "ski-erg", "arm-ergometer"}),
        (FitnessProfile(fitness_level="advanced", goals=["hypertrophy"], equipment=["cable_machine", "machines",
                        "dumbbells"], days_per_week=6, session_minutes=90,
                        injuries=[Injury(area="shoulder", severity="severe")]),
         {"cable-woodchop", "dumbbell-kickback"}),
        (FitnessProfile(birth_year=1955, injuries=[Injury(area="knee", severity="severe")]), {"single-leg-stand"}),
    ]  # fmt: skip
    for profile, banned in cases:
        plan = generate_plan(profile)
        assert validate_plan(plan, profile).ok
        used = {i.exercise_id for d in plan.days for i in d.exercises}
        warmups = " ".join(item.name for d in plan.days for item in d.warmup).lower()
        assert not used & banned, (banned, used)
        assert "single-leg stand" not in warmups, warmups
