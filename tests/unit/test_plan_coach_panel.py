"""A panel of coach-written cases: edge profiles and the shape of the plan a strength coach expects.

Each case is a person a coach would meet; each assertion is something the coach would check first.
The property tests in test_plan_engine.py cover random profiles; these pin the shapes.
"""

from __future__ import annotations

from collections import Counter

from shared.exercises.catalog import get_exercise
from shared.plans.engine import generate_plan
from shared.plans.hold_rehab import held_rehab
from shared.plans.rests import HEAVY_LOWER_BARBELL
from shared.plans.rules import RPE_CAP_OLDER, RPE_CAP_PAR_Q, resolve
from shared.plans.schema import Plan, PlanExercise
from shared.plans.validator import validate_plan
from shared.plans.volume import eligible_pool, weekly_hard_sets
from shared.profile import FitnessProfile, ParQ

GYM = ["barbell", "dumbbells", "bench", "machines", "cable_machine", "pull_up_bar", "cardio_machine"]


def _items(plan: Plan) -> list[PlanExercise]:
    return [item for day in plan.days for item in day.exercises]


def _ids(plan: Plan) -> set[str]:
    return {item.exercise_id for item in _items(plan)}


def _valid(profile: FitnessProfile) -> Plan:
    plan = generate_plan(profile)
    report = validate_plan(plan, profile)
    assert report.ok, report.violations
    assert report.repairs == [], report.repairs
    return plan


def test_beginner_strength_in_a_full_gym_learns_the_basic_barbell_lifts() -> None:
    plan = _valid(
        FitnessProfile(fitness_level="beginner", goals=["strength"], equipment=GYM, days_per_week=3, session_minutes=60)
    )
    assert plan.template == "Beginner full-body linear progression"
    mains = [i for i in _items(plan) if i.role == "main"]
    assert {"barbell-back-squat", "barbell-bench-press", "barbell-deadlift"} <= {i.exercise_id for i in mains}
    assert all(i.sets >= 2 and i.reps_max <= 8 and i.progression == "linear" for i in mains)
    # The squat is practised every session: about three working sets each time (novice linear progression).
    squat_sets = [i.sets for i in _items(plan) if i.exercise_id == "barbell-back-squat"]
    assert len(squat_sets) >= 2 and sum(squat_sets) >= 5
    # Never the beginner plan: knee push-ups, towel rows, banded squats, sumo squats, floor presses.
    assert not _ids(plan) & {"knee-push-up", "towel-isometric-row", "band-squat", "dumbbell-sumo-squat",
                             "barbell-floor-press", "good-morning-bodyweight"}  # fmt: skip
    # The first main lift of each session has ramp-up sets.
    assert all(day.exercises[0].role == "main" and day.exercises[0].warmup_sets >= 2 for day in plan.days)


def test_advanced_barbell_strength_gets_squat_bench_deadlift_press_on_waves() -> None:
    plan = _valid(
        FitnessProfile(
            fitness_level="advanced",
            goals=["strength"],
            equipment=["barbell", "bench", "pull_up_bar", "dumbbells"],
            days_per_week=4,
            session_minutes=75,
        )
    )
    mains = {i.exercise_id for i in _items(plan) if i.role == "main"}
    assert {"barbell-back-squat", "barbell-bench-press", "barbell-deadlift", "barbell-overhead-press"} <= mains
    assert not _ids(plan) & {"zercher-squat", "good-morning-barbell", "barbell-floor-press"}
    assert plan.progression.method == "training_max_wave"
    for item in _items(plan):
        if item.role == "main":
            # The day's second main lift is supplemental work at moderate reps (5/3/1: one heavy lift a day).
            assert item.sets >= 3 and (item.reps_max <= 8 or item.progression != "training_max_wave"), item
            # The wave is written for the four lifts it tests; other main lifts follow RPE.
            big_four = {"barbell-back-squat", "barbell-bench-press", "barbell-deadlift", "barbell-overhead-press"}
            assert (item.progression == "training_max_wave") == (item.exercise_id in big_four), item
    assert "wave sets" in " ".join(i.notes for i in _items(plan) if i.role == "main")
    assert "waves with supplemental work" in plan.rationale and "top set" not in plan.rationale


def test_hypertrophy_five_days_has_direct_arm_work_and_comparable_days() -> None:
    plan = _valid(
        FitnessProfile(
            fitness_level="intermediate", goals=["hypertrophy"], equipment=GYM, days_per_week=5, session_minutes=60
        )
    )
    accessories = [get_exercise(i.exercise_id) for i in _items(plan) if i.role == "accessory"]
    assert any("biceps" in e.primary_muscles for e in accessories)
    assert any("triceps" in e.primary_muscles for e in accessories)
    hard = [sum(i.sets for i in d.exercises if i.role in ("main", "secondary", "accessory")) for d in plan.days]
    assert max(hard) - min(hard) <= 10, hard


def test_one_fifteen_minute_session_is_short_work_not_filler() -> None:
    profile = FitnessProfile(fitness_level="intermediate", goals=["hypertrophy"], days_per_week=1, session_minutes=15)
    plan = _valid(profile)
    (day,) = plan.days
    assert day.estimated_minutes <= 16
    assert not any(get_exercise(i.exercise_id).pattern == "conditioning" for i in day.exercises)
    assert plan.below_floor_muscles and "cannot fit" in plan.volume_note


def test_seven_long_days_are_not_padded_with_burpees_or_elliptical() -> None:
    plan = _valid(
        FitnessProfile(
            fitness_level="advanced", goals=["hypertrophy"], equipment=GYM, days_per_week=7, session_minutes=180
        )
    )
    conditioning = [i for i in _items(plan) if get_exercise(i.exercise_id).pattern == "conditioning"]
    assert len(conditioning) == 1 and (conditioning[0].duration_seconds or 0) <= 25 * 60  # the recovery day's ride
    assert not _ids(plan) & {"burpee", "dumbbell-thruster-intervals", "high-knees", "jumping-jacks"}
    assert all(d.time_note for d in plan.days)


def test_older_adult_with_bands_on_blood_pressure_medication() -> None:
    profile = FitnessProfile(
        birth_year=1950,
        fitness_level="beginner",
        goals=["general_fitness"],
        equipment=["resistance_bands"],
        days_per_week=3,
        session_minutes=45,
        par_q=ParQ(blood_pressure_medication=True),
    )
    plan = _valid(profile)
    assert plan.template == "Older adult: strength, balance and power"
    # A balance drill every session: in the warm-up at 45 minutes or less (fast chair stands are power work).
    assert all(any(w.name.startswith("Single-leg stand") for w in d.warmup) for d in plan.days)
    assert all(any(i.role == "power" for i in d.exercises) for d in plan.days)
    for item in _items(plan):
        exercise = get_exercise(item.exercise_id)
        assert not exercise.impact and exercise.intensity != "plyometric", exercise.id
        # The one fast movement: chair stands for power, from a chair, no impact.
        assert exercise.intensity != "ballistic" or exercise.id == "fast-sit-to-stand", exercise.id
        assert item.target_rpe <= min(RPE_CAP_PAR_Q, RPE_CAP_OLDER)
    assert sum(w.duration_seconds for w in plan.warmup) >= 8 * 60  # longer than a younger adult's 5 min
    assert any("Over 65" in note for note in plan.safety_notes)
    assert any("doctor" in note for note in plan.safety_notes)


def test_par_q_chest_pain_gets_no_workouts_until_cleared() -> None:
    """The reviewer's P14: chest pain at rest and dizziness at 66 got barbell squats and deadlifts."""
    profile = FitnessProfile(
        birth_year=1960,
        fitness_level="beginner",
        goals=["general_fitness"],
        equipment=GYM,
        days_per_week=3,
        session_minutes=45,
        par_q=ParQ(chest_pain_rest=True, dizziness=True),
    )
    plan = _valid(profile)
    assert plan.template == "Medical clearance first"
    for item in _items(plan):
        exercise = get_exercise(item.exercise_id)
        assert not exercise.hard_sets and exercise.pattern != "conditioning" and item.target_rpe <= 3
    notes = " ".join(plan.safety_notes)
    assert "emergency services" in notes and "doctor" in notes
    assert all(day.time_note for day in plan.days)


def test_a_loaded_plan_for_a_chest_pain_user_is_refused_not_repaired() -> None:
    flagged = FitnessProfile(goals=["strength"], equipment=["barbell"], par_q=ParQ(chest_pain_activity=True))
    loaded = generate_plan(flagged.model_copy(update={"par_q": ParQ()}))  # what an unsafe writer could return
    report = validate_plan(loaded, flagged)
    assert "hold" in {v.code for v in report.violations}


def test_par_q_cleared_by_a_physician_trains_with_capped_effort_and_no_intervals() -> None:
    profile = FitnessProfile(
        fitness_level="advanced",
        goals=["fat_loss"],
        equipment=[*GYM, "kettlebells"],
        days_per_week=4,
        session_minutes=60,
        par_q=ParQ(chest_pain_activity=True, medical_clearance=True),
    )
    plan = _valid(profile)
    assert plan.template != "Medical clearance first"
    for item in _items(plan):
        exercise = get_exercise(item.exercise_id)
        assert item.target_rpe <= RPE_CAP_PAR_Q
        assert not exercise.impact and exercise.intensity != "plyometric", exercise.id
        if exercise.pattern == "conditioning":
            assert item.sets == 1 and "Zone 2" in item.notes  # steady, never intervals
    assert any(f"RPE {RPE_CAP_PAR_Q:g}" in note for note in plan.safety_notes)


def test_three_severe_injuries_wait_for_a_physiotherapist() -> None:
    profile = FitnessProfile(
        fitness_level="beginner",
        goals=["general_fitness"],
        equipment=GYM,
        days_per_week=3,
        session_minutes=45,
        injuries=[{"area": a, "severity": "severe"} for a in ("shoulder", "lower_back", "knee")],
    )
    plan = _valid(profile)
    assert plan.template == "Physiotherapy assessment first"
    # Only the injured areas' rehab drills, gently (review 24 defect 13, hAE): no lift, nothing above RPE 3.
    rehab = held_rehab(resolve(profile), eligible_pool(resolve(profile)))
    assert not any(get_exercise(i.exercise_id).hard_sets and i.exercise_id not in rehab for i in _items(plan))
    assert all(i.target_rpe <= 3 for i in _items(plan))
    assert any("physiotherapist" in note for note in plan.safety_notes)


def test_moderate_knee_in_a_gym_still_trains_the_quads_safely() -> None:
    """A moderate knee is trained around (a severe one waits for a physiotherapist's go-ahead:
    test_plan_review_seven)."""
    profile = FitnessProfile(
        fitness_level="intermediate",
        goals=["hypertrophy"],
        equipment=GYM,
        days_per_week=4,
        session_minutes=60,
        injuries=[{"area": "knee", "severity": "moderate"}],
    )
    plan = _valid(profile)
    injuries = dict(resolve(profile).injuries)
    assert not any(get_exercise(i).contraindicated_for(injuries) for i in _ids(plan))
    assert weekly_hard_sets(plan.days)["quads"] >= 4  # substituted, not only banned


def test_two_severe_injuries_still_pull_and_push() -> None:
    profile = FitnessProfile(
        fitness_level="intermediate",
        goals=["general_fitness"],
        equipment=GYM,
        days_per_week=3,
        session_minutes=60,
        injuries=[{"area": "knee", "severity": "severe"}, {"area": "lower_back", "severity": "severe"}],
    )
    plan = _valid(profile)
    credit = weekly_hard_sets(plan.days)
    assert credit["lats"] + credit["upper_back"] >= 4 and credit["chest"] >= 4
    assert credit["glutes"] > 0  # the hips still train, without the knee or the lower back


def test_bodyweight_fat_loss_uses_progressions_and_a_bounded_low_impact_block() -> None:
    profile = FitnessProfile(
        fitness_level="beginner", goals=["fat_loss"], equipment=["bodyweight"], days_per_week=4, session_minutes=40
    )
    plan = _valid(profile)
    assert plan.template == "Fat loss: full-body strength plus conditioning"
    for day in plan.days:
        blocks = [i for i in day.exercises if get_exercise(i.exercise_id).pattern == "conditioning"]
        assert len(blocks) <= 1
        # A bounded finisher on lifting days, a longer easy session on the beginner's extra day.
        longest = 30 if day.name == "Aerobic session" else 15
        assert all((b.duration_seconds or 0) <= longest * 60 and "Zone 2" in b.notes for b in blocks)
    assert sum(1 for d in plan.days if d.name.startswith("Full body")) == 3  # a beginner lifts three days
    assert not _ids(plan) & {"burpee", "jumping-jacks", "high-knees"}


def test_home_hypertrophy_names_the_ladder_template() -> None:
    plan = _valid(FitnessProfile(fitness_level="intermediate", goals=["hypertrophy"], equipment=["pull_up_bar"]))
    assert plan.template == "Home training: bodyweight progressions"
    assert "Template: Home training" in plan.rationale


def test_mobility_goal_is_a_real_mobility_program() -> None:
    profile = FitnessProfile(fitness_level="beginner", goals=["mobility"], days_per_week=3, session_minutes=30)
    plan = _valid(profile)
    for day in plan.days:
        drills = [i for i in day.exercises if i.role == "mobility"]
        assert len(drills) >= 4
        assert all(30 <= (i.duration_seconds or 0) <= 120 and i.sets >= 2 for i in drills)
    # Different drills across the week, not one stretch repeated.
    assert len({i.exercise_id for i in _items(plan) if i.role == "mobility"}) >= 8


def test_per_exercise_doses_not_goal_doses() -> None:
    """The issue's examples: Nordic curls never at 15-20, jumps never at 12-20, holds in seconds."""
    plan = _valid(
        FitnessProfile(
            fitness_level="advanced", goals=["endurance"], equipment=["bodyweight", "bench"], days_per_week=3
        )
    )
    for item in _items(plan):
        exercise = get_exercise(item.exercise_id)
        if exercise.load_type == "time":
            assert item.duration_seconds is not None and item.reps_min == item.reps_max == 1
        elif exercise.hard_sets:
            assert exercise.dose_min <= item.reps_min <= item.reps_max <= exercise.dose_max, exercise.id
        if exercise.intensity == "plyometric":
            assert item.reps_max <= 6 and item.target_rpe <= 7


def test_main_lifts_appear_once_per_session_and_lead_it() -> None:
    plan = _valid(
        FitnessProfile(
            fitness_level="intermediate", goals=["strength"], equipment=GYM, days_per_week=4, session_minutes=70
        )
    )
    for day in plan.days:
        counts = Counter(i.exercise_id for i in day.exercises)
        assert max(counts.values()) == 1
        roles = [i.role for i in day.exercises if i.role in ("main", "secondary", "accessory")]
        assert roles == sorted(roles, key=["main", "secondary", "accessory"].index)


def test_short_advanced_sessions_do_few_lifts_properly_and_never_cold() -> None:
    """Review 2's worst plan: 3 x 15 min advanced strength gave single cold sets of five lifts."""
    plan = _valid(
        FitnessProfile(fitness_level="advanced", goals=["strength"], equipment=GYM, days_per_week=3, session_minutes=15)
    )
    for day in plan.days:
        lifts = [i for i in day.exercises if get_exercise(i.exercise_id).hard_sets]
        assert len(lifts) <= 3
        assert max(i.sets for i in lifts) >= 2
        for item in lifts:
            exercise = get_exercise(item.exercise_id)
            if exercise.load_type == "weight" and item.reps_max <= 6:
                assert item.warmup_sets >= 1, item  # a heavy set never comes cold


def test_a_78_year_old_in_a_gym_trains_on_machines_without_barbell_rows() -> None:
    plan = _valid(
        FitnessProfile(
            birth_year=1948,
            fitness_level="beginner",
            goals=["general_fitness"],
            equipment=GYM,
            days_per_week=2,
            session_minutes=45,
        )
    )
    exercises = [get_exercise(i.exercise_id) for i in _items(plan)]
    assert not any(e.pattern == "horizontal_pull" and "barbell" in e.equipment for e in exercises)
    mains = [get_exercise(i.exercise_id) for i in _items(plan) if i.role == "main"]
    assert mains and all("barbell" not in e.equipment for e in mains)
    assert all(any(i.exercise_id == "fast-sit-to-stand" for i in d.exercises) for d in plan.days)  # power


def test_a_cleared_par_q_user_is_not_told_to_get_clearance_again() -> None:
    plan = _valid(FitnessProfile(goals=["strength"], par_q=ParQ(heart_condition=True, medical_clearance=True)))
    notes = " ".join(plan.safety_notes)
    assert "has cleared you" in notes and "before starting" not in notes


def test_warm_ups_fit_the_day_and_the_person() -> None:
    knee = _valid(
        FitnessProfile(
            fitness_level="intermediate",
            goals=["strength"],
            equipment=GYM,
            days_per_week=3,
            session_minutes=60,
            injuries=[{"area": "knee", "severity": "severe"}],
        )
    )
    for day in knee.days:
        names = [w.name for w in day.warmup]
        assert names[0] == "Quad sets and heel slides", names  # the injured knee first, unloaded
        assert not {"Bodyweight squats to a box or chair", "Split-stance rocks"} & set(names), names
    split = _valid(
        FitnessProfile(
            fitness_level="intermediate", goals=["hypertrophy"], equipment=GYM, days_per_week=4, session_minutes=60
        )
    )
    upper = next(d for d in split.days if d.name.startswith("Upper"))
    lower = next(d for d in split.days if d.name.startswith("Lower"))
    assert "Arm circles" in [w.name for w in upper.warmup] and "Leg swings" not in [w.name for w in upper.warmup]
    assert "Leg swings" in [w.name for w in lower.warmup] and "Arm circles" not in [w.name for w in lower.warmup]
    older = _valid(
        FitnessProfile(
            birth_year=1950, goals=["general_fitness"], equipment=["dumbbells"], days_per_week=3, session_minutes=45
        )
    )
    assert all(d.warmup[0].name.startswith("Sit-to-stand") for d in older.days)
    assert older.warmup[0].notes.startswith("Walk, march or cycle")  # no skipping for a 76-year-old


def test_a_kettlebell_plan_swings_and_anchored_lifts_say_how_to_set_up() -> None:
    plan = _valid(
        FitnessProfile(
            fitness_level="intermediate",
            goals=["general_fitness"],
            equipment=["kettlebells"],
            days_per_week=3,
            session_minutes=50,  # at 40-45 the all-round week's conditioning block leaves room for one hinge only
        )
    )
    assert "kettlebell-swing" in _ids(plan)  # the kettlebell's hinge for a trained person
    beginner = _valid(
        FitnessProfile(
            fitness_level="beginner",
            goals=["general_fitness"],
            equipment=["kettlebells"],
            days_per_week=3,
            session_minutes=40,
        )
    )
    assert "kettlebell-deadlift" in _ids(beginner)  # a beginner learns the hinge as a grind first
    assert not any(i.exercise_id == "kettlebell-swing" and i.role == "main" for i in _items(beginner))
    for item in _items(plan) + _items(beginner):
        if item.exercise_id == "nordic-curl":
            assert "Anchor the ankles" in item.notes


def test_upper_days_pull_about_as_much_as_they_press() -> None:
    push, pull = {"horizontal_push", "vertical_push"}, {"horizontal_pull", "vertical_pull"}
    for level, days in (("intermediate", 4), ("advanced", 4), ("intermediate", 3), ("advanced", 5)):
        plan = _valid(
            FitnessProfile(
                fitness_level=level, goals=["strength"], equipment=GYM, days_per_week=days, session_minutes=60
            )
        )
        for day in plan.days:
            lifts = [(get_exercise(i.exercise_id), i.sets) for i in day.exercises]
            patterns = [(e.pattern, sets) for e, sets in lifts]
            pressed = sum(sets for e, sets in lifts if e.pattern in push and e.compound)  # presses, not raises
            pulled = sum(sets for pattern, sets in patterns if pattern in pull)
            # Push and pull days are one-sided by design; a full-body day's deadlift also pulls, and a full
            # session may leave no minute to add a row, so it gets a little more slack than an upper day.
            if day.name.startswith("Upper"):
                assert pressed <= pulled + 1, (level, days, day.name, pressed, pulled)
            elif day.name.startswith("Full body"):
                assert pressed <= pulled + 3, (level, days, day.name, pressed, pulled)


def test_a_twenty_minute_session_pairs_its_lifts() -> None:
    plan = _valid(
        FitnessProfile(
            fitness_level="intermediate", goals=["hypertrophy"], equipment=GYM, days_per_week=3, session_minutes=20
        )
    )
    for day in plan.days:
        every = [i for i in day.exercises if i.role in ("main", "secondary", "accessory")]
        # (a barbell squat or deadlift is done alone at 2 minutes' rest: review 27, defect 2; the lifts around it pair)
        lifts = [i for i in every if i.exercise_id not in HEAVY_LOWER_BARBELL]
        assert len(every) >= 3 and all(i.superset for i in lifts), [(i.name, i.superset) for i in every]
        # Unpaired, the same 20 minutes held 4 sets (ramp-up sets now count in the session's time).
        assert sum(i.sets for i in every) >= 6
        # A pair's partner is part of the rest: 60 s at most (review 24, defect 10: NSCA, 60 s is for light accessory
        # and circuit work); a heavy barbell squat, deadlift or RDL alone rests 2 minutes at least.
        assert all(i.rest_seconds <= 60 for i in lifts)
        assert all(i.rest_seconds >= 120 and not i.superset for i in every if i.exercise_id in HEAVY_LOWER_BARBELL)
    # An hour: straight sets with full rests. 45 minutes pair for goals built on volume (review 18: 40-45 minute
    # weeks said they "cannot fit" what antagonist pairs fit); a strength week rests fully between heavy sets.
    longer = _valid(
        FitnessProfile(
            fitness_level="intermediate", goals=["hypertrophy"], equipment=GYM, days_per_week=3, session_minutes=60
        )
    )
    assert not any(i.superset for i in _items(longer))
    paired = _valid(
        FitnessProfile(
            fitness_level="intermediate", goals=["hypertrophy"], equipment=GYM, days_per_week=3, session_minutes=45
        )
    )
    # Every multi-joint lift beside the main ones is paired; a heavy barbell squat's or deadlift's 90 s in its pair
    # (review 24, defect 10) can leave one isolation lift a day on its own, done as straight sets.
    for day in paired.days:
        alone = [i for i in day.exercises if i.role in ("secondary", "accessory") and not i.superset]
        assert all(get_exercise(i.exercise_id).isolation for i in alone) and len(alone) <= 1, (day.name, alone)
    strength = _valid(
        FitnessProfile(
            fitness_level="intermediate", goals=["strength"], equipment=GYM, days_per_week=3, session_minutes=45
        )
    )
    assert not any(i.superset for i in _items(strength))


def _profile(level: str, goal: str, equipment: list[str], days: int, injuries: dict[str, str]) -> FitnessProfile:
    return FitnessProfile(
        fitness_level=level,
        goals=[goal],
        equipment=equipment,
        days_per_week=days,
        injuries=[{"area": a, "severity": s} for a, s in injuries.items()],
    )


def test_injured_areas_are_trained_around_never_loaded_hard() -> None:
    """The fourth coach review's refusals: pull-ups and presses at RPE 8 for a severe upper back,
    deadlifts and box squats for a severe ankle, heavy rows for a torn rotator cuff, an injured neck
    treated like none."""
    back = _valid(_profile("intermediate", "strength", ["barbell", "pull_up_bar"], 2, {"upper_back": "severe"}))
    assert not _ids(back) & {"pull-up", "chin-up", "barbell-overhead-press", "barbell-row", "barbell-deadlift"}
    ankle = _valid(_profile("intermediate", "strength", ["barbell"], 3, {"ankle": "severe"}))
    assert not _ids(ankle) & {"barbell-deadlift", "barbell-box-squat", "barbell-back-squat", "barbell-rdl"}
    shoulder = _valid(_profile("intermediate", "hypertrophy", ["dumbbells", "bench"], 2, {"shoulder": "severe"}))
    for item in _items(shoulder):
        exercise = get_exercise(item.exercise_id)
        if exercise.hard_sets and {"lats", "upper_back", "chest", "front_delts"} & set(exercise.primary_muscles):
            assert item.target_rpe <= 6 and (item.duration_seconds or item.reps_min >= 8), item
            # (or, for the severe shoulder's rehab basics, review 20's note: pain-free, stop if painful)
            rehab = "Rehab basics, compatible with most shoulder injuries: a pain-free angle; stop if painful."
            assert "Your shoulder: moderate load, every rep pain-free" in item.notes or rehab in item.notes
    neck = _valid(_profile("intermediate", "strength", ["barbell", "bench"], 3, {"neck": "moderate"}))
    assert not _ids(neck) & {"barbell-back-squat", "barbell-overhead-press"}


def test_goals_and_hearts_that_need_aerobic_work_get_it() -> None:
    def aerobic_minutes(plan: Plan) -> list[int]:
        return [
            sum((i.duration_seconds or 0) for i in d.exercises if i.role == "conditioning") // 60 for d in plan.days
        ]

    endurance = _valid(FitnessProfile(goals=["endurance"], days_per_week=1, session_minutes=30))
    assert aerobic_minutes(endurance)[0] >= 10
    fat_loss = _valid(FitnessProfile(goals=["fat_loss"], days_per_week=4, session_minutes=15))
    assert all(
        m >= 5 for d, m in zip(fat_loss.days, aerobic_minutes(fat_loss), strict=True) if d.name == "Aerobic session"
    )
    cleared = ParQ(heart_condition=True, medical_clearance=True)
    heart = _valid(
        FitnessProfile(
            birth_year=1960,
            fitness_level="intermediate",
            goals=["strength"],
            equipment=GYM,
            session_minutes=45,
            par_q=cleared,
        )
    )
    assert all(m >= 8 for m in aerobic_minutes(heart))  # cardiac rehabilitation is aerobic work first


def test_an_older_adult_in_thirty_minutes_trains_every_major_muscle() -> None:
    """The fourth review: a 66-year-old with 30 minutes got one set a week for chest, lats and upper back."""
    plan = _valid(
        FitnessProfile(
            birth_year=1958,
            fitness_level="intermediate",
            goals=["strength"],
            equipment=["barbell", "bench", "dumbbells", "machines", "cable_machine"],
            session_minutes=30,
        )
    )
    weekly = weekly_hard_sets(plan.days)
    assert all(weekly[m] >= 4 for m in ("chest", "lats", "upper_back", "quads", "hamstrings", "glutes")), weekly
    assert not any(i.exercise_id in ("t-bar-row", "barbell-row", "dumbbell-bent-over-row") for i in _items(plan))
    for day in plan.days:
        # The balance drill is in the warm-up when the session is this short; rests stay at two minutes.
        assert any(w.name == "Single-leg stand next to a chair" for w in day.warmup)
        assert all(i.rest_seconds <= 120 for i in day.exercises)


def test_a_cleared_older_heart_patient_gets_a_real_session() -> None:
    """The sixth review: a 71-year-old cleared after a heart condition got one lift a session."""
    plan = _valid(FitnessProfile(birth_year=1955, par_q=ParQ(heart_condition=True, medical_clearance=True)))
    for day in plan.days:
        lifts = [i for i in day.exercises if i.role in ("main", "secondary", "accessory")]
        assert len(lifts) >= 3 and sum(i.sets for i in lifts) >= 6, [(i.name, i.sets) for i in lifts]
        assert any(i.role == "conditioning" for i in day.exercises)  # and the aerobic work
        assert not {"pike-push-up", "decline-push-up"} & {i.exercise_id for i in day.exercises}  # never head-down
