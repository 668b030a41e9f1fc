"""Plan fixes from strength-coach review 21's dose, balance and time findings (issue 13 leftovers)."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from shared.exercises.catalog import get_exercise
from shared.plans.engine import generate_plan, lower_upper_sets
from shared.plans.schema import Plan
from shared.plans.validator import validate_plan
from shared.profile import FitnessProfile

GYM = ["barbell", "dumbbells", "bench", "machines", "cable_machine", "pull_up_bar"]
KITS = (["resistance_bands"], ["bodyweight"], ["dumbbells"], ["machines", "cable_machine"], GYM, ["kettlebells"],
        ["dumbbells", "resistance_bands"])  # fmt: skip
PAR_Q: tuple[dict[str, bool], ...] = ({}, {"blood_pressure_medication": True}, {"bone_joint_problem": True},
         {"heart_condition": True, "medical_clearance": True})  # fmt: skip


def _plan(**fields: Any) -> tuple[FitnessProfile, Plan]:
    profile = FitnessProfile.model_validate(fields)
    plan = generate_plan(profile)
    assert validate_plan(plan, profile).ok, validate_plan(plan, profile).violations
    return profile, plan


def _weekly(plan: Plan, muscle: str) -> float:
    return next(v.hard_sets for v in plan.weekly_sets if v.muscle == muscle)


def test_an_older_adult_with_bands_trains_the_legs_at_least_half_as_much_as_the_upper_body() -> None:
    """D1: a 70-year-old with only bands, 3 x 45 min, did 8 leg sets a week beside 20 for the upper body."""
    _, plan = _plan(goals=["general_fitness"], equipment=["resistance_bands"], days_per_week=3, session_minutes=45,
                    birth_year=1955)  # fmt: skip
    lower, upper = lower_upper_sets(plan.days)
    assert 2 * lower >= upper, (lower, upper)
    assert _weekly(plan, "hamstrings") >= 4 and _weekly(plan, "quads") >= 4


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kit=st.sampled_from(KITS),
    par_q=st.sampled_from(PAR_Q),
    born=st.sampled_from([1950, 1953, 1956, 1970, 1985, 2000]),
    goal=st.sampled_from(["general_fitness", "strength", "hypertrophy", "fat_loss"]),
    days=st.integers(2, 4),
    minutes=st.sampled_from([30, 45, 60]),
)
def test_property_legs_are_never_dosed_under_half_the_upper_body(
    kit: list[str], par_q: dict[str, bool], born: int, goal: str, days: int, minutes: int
) -> None:
    """D1, as a property: 417 of 4032 such profiles tipped under half before (older adults with bands, PAR-Q answers,
    hypertrophy with dumbbells or kettlebells). Open: a cleared heart answer with bands at 30 minutes, whose 8-minute
    walk and 2-set cap leave no room for a leg lift beyond the chair stands (docs/training-science.md)."""
    assume(not (par_q.get("heart_condition") and kit == ["resistance_bands"] and minutes == 30))
    _, plan = _plan(goals=[goal], equipment=kit, days_per_week=days, session_minutes=minutes, birth_year=born,
                    par_q=par_q)  # fmt: skip
    lower, upper = lower_upper_sets(plan.days)
    assert 2 * lower >= upper, (lower, upper)


def test_the_minutes_are_not_blamed_while_a_walk_takes_them() -> None:
    """D1: "2 sessions of 30 minutes cannot fit the minimum ... for chest, hamstrings" beside a 9-minute walk."""
    _, plan = _plan(goals=["fat_loss"], equipment=["dumbbells", "resistance_bands"], days_per_week=2,
                    session_minutes=30, birth_year=1950)  # fmt: skip
    assert plan.below_floor_muscles == []
    assert "cannot fit" not in plan.volume_note


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kit=st.sampled_from(KITS),
    par_q=st.sampled_from(PAR_Q),
    born=st.sampled_from([1950, 1956, 1985]),
    goal=st.sampled_from(["general_fitness", "strength", "hypertrophy", "fat_loss"]),
    days=st.integers(1, 4),
    minutes=st.sampled_from([20, 30, 45]),
)
def test_property_no_cannot_fit_while_a_lifting_day_keeps_a_block(
    kit: list[str], par_q: dict[str, bool], born: int, goal: str, days: int, minutes: int
) -> None:
    """A floor short "for want of minutes" takes the minutes of a lifting day's walk or ride first (not for an
    endurance goal, whose aerobic work is the goal; a heart answer's walk is its prescription and the note says so).
    A day at the session's ceiling of hard sets says so instead: the walk's minutes would not help (review 23: a
    1 x 45 week at 16 hard sets blamed the minutes for the hamstrings' last set)."""
    _, plan = _plan(goals=[goal], equipment=kit, days_per_week=days, session_minutes=minutes, birth_year=born,
                    par_q=par_q)  # fmt: skip
    if f"of {minutes} minutes cannot fit" in plan.volume_note:
        lifting = [d for d in plan.days if any(i.role in ("main", "secondary", "accessory") for i in d.exercises)]
        assert not any(i.role == "conditioning" for d in lifting for i in d.exercises), plan.volume_note


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kit=st.sampled_from(KITS),
    answer=st.sampled_from([{"blood_pressure_medication": True}, {"heart_condition": True, "medical_clearance": True}]),
    born=st.sampled_from([1950, 1975]),
    goal=st.sampled_from(["general_fitness", "strength", "hypertrophy", "fat_loss"]),
    level=st.sampled_from(["beginner", "intermediate", "advanced"]),
    days=st.integers(1, 5),
    minutes=st.sampled_from([20, 30, 45, 60, 90]),
)
def test_property_a_heart_or_blood_pressure_answer_keeps_two_sets_a_lift(
    kit: list[str], answer: dict[str, bool], born: int, goal: str, level: str, days: int, minutes: int
) -> None:
    """D4: in a full gym the cap of 2 sets was raised to 3 when a floor was short (1516 of 4000 such profiles had a
    lift at 3+ sets). The floor gets another lift for the muscle instead."""
    _, plan = _plan(goals=[goal], equipment=kit, days_per_week=days, session_minutes=minutes, birth_year=born,
                    par_q=answer, fitness_level=level)  # fmt: skip
    # (blood-pressure medicine under 65 keeps the level's sets: ACSM's 2-4 sets per muscle group, review 24 defect 3)
    most = 2 if "heart_condition" in answer or born < 1960 else 5
    over = [(i.name, i.sets) for d in plan.days for i in d.exercises
            if get_exercise(i.exercise_id).hard_sets and i.role != "conditioning" and i.sets > most]  # fmt: skip
    assert over == []


def test_the_review_blood_pressure_gym_week_meets_floors_with_more_lifts() -> None:
    _, plan = _plan(goals=["general_fitness"], equipment=GYM, days_per_week=3, session_minutes=60, birth_year=1950,
                    par_q={"blood_pressure_medication": True})  # fmt: skip
    assert all(i.sets <= 2 for d in plan.days for i in d.exercises if i.role in ("main", "secondary", "accessory"))
    assert plan.below_floor_muscles == []


def test_bodyweight_two_short_sessions_train_the_quads_to_their_floor() -> None:
    """Finding 4: bodyweight only, 2 x 20 min: quads 3 sets a week and "cannot fit"."""
    _, plan = _plan(goals=["general_fitness"], equipment=["bodyweight"], days_per_week=2, session_minutes=20,
                    birth_year=1990)  # fmt: skip
    assert _weekly(plan, "quads") >= 4
    assert plan.below_floor_muscles == []


def test_the_seeded_1930_dumbbell_week_reaches_the_hamstring_floor() -> None:
    """Finding 5: born 1930, dumbbells, hypertrophy, 3 x 40: hamstrings 5 of 6, excused as "topped" by the glutes."""
    _, plan = _plan(goals=["hypertrophy"], equipment=["dumbbells"], days_per_week=3, session_minutes=40,
                    birth_year=1930)  # fmt: skip
    assert _weekly(plan, "hamstrings") >= 6
    assert plan.below_floor_muscles == []


def test_a_machine_week_of_short_sessions_has_hamstring_work() -> None:
    """Finding 4: a gym of machines and cables, 3 x 15 min: no leg curl, 3 hamstring sets beside 7 chest sets. Each
    day is a 7-set circuit, so the days take turns: one gives its row to a leg curl, the others keep the pulling."""
    _, plan = _plan(goals=["general_fitness"], equipment=["machines", "cable_machine"], days_per_week=3,
                    session_minutes=15, birth_year=1990)  # fmt: skip
    assert _weekly(plan, "hamstrings") >= 4
    for muscle in ("chest", "lats", "upper_back", "quads", "glutes"):
        assert _weekly(plan, muscle) >= 4, muscle
    sets = [sum(i.sets for i in d.exercises if get_exercise(i.exercise_id).hard_sets) for d in plan.days]
    assert max(sets) - min(sets) <= 2, sets
    for day in plan.days:  # a day without its press, pull or leg lift says why
        kinds = {get_exercise(i.exercise_id).pattern for i in day.exercises}
        if not kinds & {"horizontal_pull", "vertical_pull"}:
            assert "no pulling today" in day.focus, day.focus


def _repeated_lifts(plan: Plan) -> list[tuple[int, str]]:
    return [(d.day_index, i.exercise_id) for d in plan.days for n, i in enumerate(d.exercises)
            if i.role != "mobility" and any(j.exercise_id == i.exercise_id for j in d.exercises[:n])]  # fmt: skip


def test_a_blood_pressure_floor_never_takes_the_same_lift_twice_in_a_day() -> None:
    """The seeded property failure: a blood-pressure answer's "second lift for the floor" (2 sets a lift) placed the
    same lift again (five isometric wall rows, three leg extensions on one day); the validator read the day as 85 of
    99 minutes with no note saying why."""
    profile, plan = _plan(goals=["strength"], equipment=["cable_machine"], days_per_week=1, session_minutes=99,
                          fitness_level="intermediate", injuries=[{"area": "shoulder", "severity": "severe"}],
                          par_q={"blood_pressure_medication": True})  # fmt: skip
    assert _repeated_lifts(plan) == []
    assert all(d.time_note or d.estimated_minutes >= 0.9 * profile.session_minutes for d in plan.days)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kit=st.sampled_from(KITS),
    answer=st.sampled_from([{"blood_pressure_medication": True}, {"heart_condition": True, "medical_clearance": True}]),
    born=st.sampled_from([1930, 1950, 1975]),
    goal=st.sampled_from(["general_fitness", "strength", "hypertrophy", "fat_loss"]),
    injury=st.sampled_from(
        [
            [],
            [{"area": "shoulder", "severity": "severe"}],
            [{"area": "wrist", "severity": "severe"}],
            [{"area": "knee", "severity": "moderate"}],
        ]
    ),
    days=st.integers(1, 7),
    minutes=st.sampled_from([45, 75, 97, 120]),
)
def test_property_a_heart_or_blood_pressure_week_has_each_lift_once_a_day(
    kit: list[str], answer: dict[str, bool], born: int, goal: str, injury: list[dict[str, str]], days: int,
    minutes: int,
) -> None:  # fmt: skip
    """The kind: a floor short under the 2-set cap gets a different lift, never the same one again; a floor that only
    one safe lift trains is excused at what 2 sets a lift allow (`volume._excused` counts `rules.sets_cap`)."""
    _, plan = _plan(goals=[goal], equipment=kit, days_per_week=days, session_minutes=minutes, birth_year=born,
                    par_q=answer, injuries=injury)  # fmt: skip
    assert _repeated_lifts(plan) == []


def _hard_sets(day: Any) -> int:
    return sum(i.sets for i in day.exercises
               if i.role in ("main", "secondary", "accessory") and get_exercise(i.exercise_id).hard_sets)  # fmt: skip


def test_the_lopsided_full_body_week_is_evened_out() -> None:
    """D7: kettlebells, general fitness, advanced, 3 x 90: days of 10, 20 and 20 hard sets."""
    _, plan = _plan(goals=["general_fitness"], equipment=["kettlebells"], days_per_week=3, session_minutes=90,
                    fitness_level="advanced", birth_year=1985)  # fmt: skip
    sets = [_hard_sets(d) for d in plan.days if _hard_sets(d)]
    mean = sum(sets) / len(sets)
    assert all(abs(s - mean) <= 0.25 * mean for s in sets), sets


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kit=st.sampled_from(KITS),
    goal=st.sampled_from(["general_fitness", "strength", "hypertrophy"]),
    level=st.sampled_from(["beginner", "intermediate", "advanced"]),
    days=st.integers(2, 3),
    minutes=st.sampled_from([45, 60, 90]),
)
def test_property_full_body_days_carry_comparable_work(kit: list[str], goal: str, level: str, days: int,
                                                       minutes: int) -> None:  # fmt: skip
    """D7 as a property: each full-body day has a leg lift, and its hard sets are within a quarter of the week's mean
    unless the minutes hold it (a day filled to its minutes; a conditioning block beside the lifting)."""
    profile, plan = _plan(goals=[goal], equipment=kit, days_per_week=days, session_minutes=minutes,
                          fitness_level=level, birth_year=1985)  # fmt: skip
    assume(plan.split == "full_body")
    lifting = [d for d in plan.days if _hard_sets(d)]
    for day in lifting:
        assert any(get_exercise(i.exercise_id).pattern in ("squat", "hinge", "lunge") or
                   set(get_exercise(i.exercise_id).primary_muscles) & {"quads", "hamstrings", "glutes"}
                   for i in day.exercises if i.role in ("main", "secondary", "accessory")), day.name  # fmt: skip
    mean = sum(_hard_sets(d) for d in lifting) / max(1, len(lifting))
    for day in lifting:
        full = day.estimated_minutes >= 0.9 * profile.session_minutes
        block = any(i.role == "conditioning" for d in lifting for i in d.exercises)
        assert full or block or abs(_hard_sets(day) - mean) <= 0.25 * mean, [_hard_sets(d) for d in lifting]


def test_a_light_day_note_beside_injury_cues_stays_within_the_schema() -> None:
    """The plan property's other failure: a light day's cue after a moderate hip's and upper back's cues ran past the
    300-character note limit, and the validator could not read the plan."""
    profile = FitnessProfile.model_validate(
        {"birth_year": 2000, "par_q": {"medical_clearance": True}, "days_per_week": 4, "session_minutes": 41,
         "goals": ["strength", "fat_loss", "general_fitness"], "fitness_level": "beginner",
         "equipment": ["resistance_bands", "dumbbells", "cardio_machine", "pull_up_bar", "cable_machine",
                       "kettlebells"],
         "preferred_days": ["tue", "thu", "wed", "sun", "fri"],
         "injuries": [{"area": "upper_back", "severity": "moderate"}, {"area": "hip", "severity": "moderate"}]}
    )  # fmt: skip
    plan = generate_plan(profile)
    assert validate_plan(plan, profile).ok
    light = [i.notes for d in plan.days for i in d.exercises if "Light day" in i.notes]
    assert light and all(len(n) <= 300 and n.endswith("short of failure today.") for n in light)
