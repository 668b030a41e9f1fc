"""Plan fixes of the eighth session: weekly floors met with the minutes the extras left over, a conditioning
block where general fitness asks for fat loss too, and no effort note for a clearance with nothing to clear."""

from __future__ import annotations

from shared.plans.engine import generate_plan
from shared.plans.rules import resolve, routine_seconds, volume_band
from shared.plans.validator import validate_plan
from shared.profile import FitnessProfile, Injury, ParQ


def test_a_floor_is_met_with_the_minutes_the_extras_left() -> None:
    """A 96-year-old with a severe shoulder, 3 x 63 minutes on blood-pressure medicine: 12 minutes a day to
    spare, and the plan stopped half a hamstring set short of its floor, so Vigor's own validator refused it."""
    profile = FitnessProfile(
        birth_year=1930, fitness_level="intermediate", goals=["general_fitness"], equipment=[], days_per_week=3,
        session_minutes=63,
        injuries=[Injury(area="elbow", severity="mild"), Injury(area="shoulder", severity="severe"),
                  Injury(area="wrist", severity="mild"), Injury(area="neck", severity="mild")],
        par_q=ParQ(blood_pressure_medication=True),
    )  # fmt: skip
    plan = generate_plan(profile)
    report = validate_plan(plan, profile)
    assert report.ok and report.violations == [] and report.repairs == [], report
    floor, _ = volume_band("general_fitness", resolve(profile).level)
    hamstrings = next(row for row in plan.weekly_sets if row.muscle == "hamstrings")
    assert hamstrings.hard_sets >= floor and "hamstrings" not in plan.below_floor_muscles
    for day in plan.days:
        assert day.estimated_minutes <= profile.session_minutes
        assert not day.time_note or day.time_note.startswith(f"About {day.estimated_minutes} of")


def test_general_fitness_with_fat_loss_keeps_its_conditioning_block() -> None:
    """4 x 33 minutes at home, general fitness and fat loss: no aerobic work at all (the block was counted on
    when the week's days were chosen and then given only 30% of the session, under its minimum)."""
    profile = FitnessProfile(
        fitness_level="intermediate", goals=["general_fitness", "fat_loss"], equipment=[], days_per_week=4,
        session_minutes=33,
    )  # fmt: skip
    plan = generate_plan(profile)
    assert any(item.role == "conditioning" for day in plan.days for item in day.exercises)
    assert validate_plan(plan, profile).ok


def test_a_clearance_with_nothing_to_clear_adds_no_effort_note() -> None:
    profile = FitnessProfile(
        fitness_level="beginner", goals=["strength"], days_per_week=1, session_minutes=15,
        par_q=ParQ(medical_clearance=True),
    )  # fmt: skip
    plan = generate_plan(profile)
    assert not any("RPE 7 or lower" in note for note in plan.safety_notes), plan.safety_notes


def test_a_beginners_bodyweight_lift_names_the_rung_below() -> None:
    """Review 15: a beginner's push-ups at 3 x 8-12 with no regression; many beginners cannot do eight."""
    for equipment, rung in (
        (["bodyweight", "bench"], "incline push-ups (hands on a bench"),
        (["bodyweight"], "knee push-ups"),
    ):
        profile = FitnessProfile(
            fitness_level="beginner", goals=["general_fitness"], equipment=equipment, days_per_week=3,
            session_minutes=45, birth_year=1985,
        )  # fmt: skip
        notes = [i.notes for d in generate_plan(profile).days for i in d.exercises if i.exercise_id == "push-up"]
        # (a superset's lead can leave no room for the rung's aside: the note keeps whole sentences, review 26)
        assert notes and all(f"Can't do 8 yet? Start with {rung.split(' (')[0]}" in n for n in notes), notes
        assert any(f"Start with {rung}" in n for n in notes), notes


def test_work_added_for_a_floor_keeps_compound_lifts_first() -> None:
    """An isolation lift added for the chest floor went before an older adult's fast chair stands and a kettlebell
    deadlift: the validator had to reorder the day."""
    profile = FitnessProfile(
        birth_year=1930, fitness_level="advanced", goals=["general_fitness", "strength", "hypertrophy"],
        equipment=["kettlebells", "bench", "cardio_machine", "pull_up_bar"],
        injuries=[Injury(area="neck", severity="moderate")],
        days_per_week=6, session_minutes=30, preferred_days=["mon"], par_q=ParQ(blood_pressure_medication=True),
    )  # fmt: skip
    report = validate_plan(generate_plan(profile), profile)
    assert report.ok and report.repairs == [], report.repairs


def test_an_aerobic_day_warms_up_with_its_own_activity() -> None:
    """Review 15: an aerobic day kept 8 minutes of warm-up and 3 of cool-down around a 19-minute walk; they are
    the walk itself at an easy pace, and the day says so."""
    profile = FitnessProfile(
        fitness_level="beginner", goals=["endurance"], equipment=["bodyweight"], days_per_week=3, session_minutes=30,
        birth_year=1960, par_q=ParQ(blood_pressure_medication=True, medical_clearance=True),
    )  # fmt: skip
    aerobic = [d for d in generate_plan(profile).days if d.name in ("Aerobic session", "Long aerobic session")]
    assert aerobic
    for day in aerobic:
        block = next(i for i in day.exercises if i.role == "conditioning")
        warm, cool = routine_seconds(30, older=True)
        # (a steady block's warm-up is its own first minutes, slower still; review 21, D15)
        assert f"The first {warm // 60} minutes are the warm-up" in block.notes
        assert f"cool down with {cool // 60} easy minutes" in block.notes


def test_an_endurance_week_without_intervals_does_not_promise_them() -> None:
    beginner = FitnessProfile(
        fitness_level="beginner", goals=["endurance"], equipment=["bodyweight"], days_per_week=3, session_minutes=45,
        birth_year=1990,
    )  # fmt: skip
    plan = generate_plan(beginner)
    assert not any(i.notes.startswith("Intervals") for d in plan.days for i in d.exercises)
    assert "intervals" not in plan.rationale.lower() and "interval work" not in plan.rationale
    trained = beginner.model_copy(update={"fitness_level": "intermediate", "equipment": ["cardio_machine"],
                                          "days_per_week": 5})  # fmt: skip
    plan = generate_plan(trained)
    assert any(i.notes.startswith("Intervals") for d in plan.days for i in d.exercises)
    assert "zone 2 and intervals" in plan.rationale


def test_531_has_one_heavy_lift_a_day_and_supplemental_work_after_it() -> None:
    """Review 15: after the wave, front squats at 3 x 3-6 and rows at 3 x 5-8, RPE 8; Wendler's templates put
    supplemental work at moderate reps after the day's one heavy lift (5 x 10, or first-set-last)."""
    profile = FitnessProfile(
        fitness_level="advanced", goals=["strength"], days_per_week=4, session_minutes=75, birth_year=1985,
        equipment=["barbell", "bench", "dumbbells", "machines", "cable_machine", "pull_up_bar"],
    )  # fmt: skip
    plan = generate_plan(profile)
    assert plan.progression.method == "training_max_wave"
    for day in plan.days:
        lifts = [
            i for i in day.exercises if i.role in ("main", "secondary", "accessory") and i.duration_seconds is None
        ]
        waved = [i for i in lifts if i.progression == "training_max_wave"]
        assert len(waved) <= 1, day.name
        assert all(i.reps_min >= 6 for i in lifts if i not in waved), [(i.name, i.reps_min) for i in lifts]


def test_an_older_adults_mobility_week_keeps_the_all_round_strength_dose() -> None:
    """Review 15: a 68-year-old's 5 x 30 minutes of mobility and general fitness held one set of squats a strength
    day; ACSM/AHA's muscle strengthening on two or more days is the core of the advice at 65 and over."""
    profile = FitnessProfile(
        fitness_level="beginner", goals=["mobility", "general_fitness"], equipment=["bodyweight", "resistance_bands"],
        days_per_week=5, session_minutes=30, birth_year=1958,
    )  # fmt: skip
    assert resolve(profile).band == volume_band("general_fitness", "beginner")
    plan = generate_plan(profile)
    quads = next(row for row in plan.weekly_sets if row.muscle == "quads")
    assert quads.band_min == 4 and quads.hard_sets >= 4
    assert validate_plan(plan, profile).ok
    younger = profile.model_copy(update={"birth_year": 1990})
    assert resolve(younger).band == volume_band("mobility", "beginner")


def test_hand_held_loads_are_not_dosed_like_a_barbell() -> None:
    """Review 16: dumbbell lifts at 5-8 reps with 3-minute rests, goblet squats at 5-8; the weights' handling and
    the arms limit them before the legs or chest, and the rests filled sessions of 8 hard sets. Review 21 (D5) asked
    for the opposite on the main lifts of a strength goal (strength without a bar is still heavy): those, and the
    split squat that is the week's heavy squat, are 5-8 at 3-minute rests; the rest of the hand-held work keeps the
    review 16 floor, and a goblet squat is never under 8."""
    from shared.exercises.catalog import get_exercise

    for equipment in (["dumbbells", "bench"], ["kettlebells"], ["dumbbells"]):
        profile = FitnessProfile(
            fitness_level="intermediate", goals=["strength"], equipment=equipment, days_per_week=4,
            session_minutes=45, birth_year=1992,
        )  # fmt: skip
        for day in generate_plan(profile).days:
            for item in day.exercises:
                exercise = get_exercise(item.exercise_id)
                if exercise.load_type != "weight" or exercise.isolation or item.duration_seconds is not None:
                    continue
                if item.role == "main" and "goblet" not in exercise.id:
                    # (one leg or arm at a time: 6-10, review 24 defect 9)
                    want = (6, 10) if exercise.unilateral else (5, 8)
                    assert (item.reps_min, item.reps_max) == want and item.rest_seconds <= 180, item
                    continue
                assert item.reps_min >= (8 if "goblet" in exercise.id else 5), (item.name, item.reps_min)
                heavy = (item.reps_min, item.reps_max) == (5, 8)
                assert item.rest_seconds <= (180 if heavy else 120), (item.name, item.rest_seconds)


def test_a_lifting_day_is_not_left_with_one_or_two_lifts_while_time_remains() -> None:
    """Review 16: dumbbell strength on 6 x 45 minutes had a pull day of one row for 26 minutes, and no curls or
    rear-delt work all week."""
    profile = FitnessProfile(
        fitness_level="intermediate", goals=["strength"], equipment=["dumbbells"], days_per_week=6,
        session_minutes=45, birth_year=2005,
    )  # fmt: skip
    plan = generate_plan(profile)
    assert validate_plan(plan, profile).ok
    for day in plan.days:
        lifts = [i for i in day.exercises if i.role in ("main", "secondary", "accessory")]
        assert len(lifts) >= 3, (day.name, [i.name for i in lifts])
    pulls = [i.exercise_id for d in plan.days if d.name.startswith("Pull") for i in d.exercises]
    assert {"dumbbell-rear-delt-fly"} & set(pulls) and {"hammer-curl", "dumbbell-curl"} & set(pulls)


def test_hanging_standing_presses_and_cat_cow_wait_for_the_areas_they_load() -> None:
    """Review 16: hanging knee raises for a severe upper back, a standing landmine press for a severe ankle and
    cat-cow for a severe neck."""
    from shared.exercises.catalog import get_exercise

    def contra(exercise_id: str) -> set[tuple[str, str]]:
        return {(c.area, c.min_severity) for c in get_exercise(exercise_id).contraindications}

    assert ("upper_back", "severe") in contra("hanging-knee-raise") and ("upper_back", "severe") in contra("dead-hang")
    assert ("ankle", "severe") in contra("landmine-press")
    assert ("ankle", "severe") not in contra("barbell-bench-press")  # lying down: the ankles carry nothing
    assert ("neck", "severe") in contra("cat-cow")


def test_band_compounds_are_not_dosed_heavy() -> None:
    """Review 16: a banded lat pulldown at 5-8 reps; a band's tension cannot be made heavy."""
    profile = FitnessProfile(
        fitness_level="advanced", goals=["strength"], equipment=["resistance_bands"], days_per_week=3,
        session_minutes=45, birth_year=1990,
    )  # fmt: skip
    banded = [i for d in generate_plan(profile).days for i in d.exercises if i.exercise_id.startswith("band")]
    assert banded and all(i.reps_min >= 10 for i in banded if i.duration_seconds is None), banded


def test_a_linear_main_lift_is_written_for_fixed_reps() -> None:
    """Review 16: "linear" progression over a 5-8 range let reps drift down at one load until the stall rule fired;
    Starting Strength and StrongLifts add load while a fixed number of reps is met (3 x 5)."""
    profile = FitnessProfile(
        fitness_level="beginner", goals=["strength"], days_per_week=3, session_minutes=60, birth_year=1995,
        equipment=["barbell", "bench", "dumbbells", "pull_up_bar", "machines", "cable_machine"],
    )  # fmt: skip
    linear = [i for d in generate_plan(profile).days for i in d.exercises if i.progression == "linear"]
    assert linear and all(i.reps_min == i.reps_max for i in linear), [(i.name, i.reps_min, i.reps_max) for i in linear]


def test_a_short_session_keeps_its_minutes_for_training() -> None:
    """Review 16: 8-11 of 30 minutes went to warm-up and cool-down drills; the ramp-up sets finish a short session's
    warm-up. An adult's 30-minute session keeps 6 minutes for them, an older adult's 9."""
    assert sum(routine_seconds(30)) == 6 * 60 and sum(routine_seconds(30, older=True)) == 9 * 60
    # Longer sessions keep ACSM's 5-10 minutes of warm-up: 6 at 45 minutes (review 18: 13 of 40 minutes went to
    # drills and stretches), 8 at an hour.
    assert routine_seconds(45) == (6 * 60, 3 * 60) and sum(routine_seconds(60)) == 13 * 60
