"""Progression and next-session targets: one test per fault of the coach review, and the schemes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.coach.units import KG_PER_LB
from shared.exercises.catalog import find_exercise, get_exercise
from shared.plans import progression as prog
from shared.plans import recommendations as recs
from shared.plans.recommendations import recommend
from shared.plans.rules import resolve
from shared.plans.schema import Plan, PlanDraft, PlanSource
from shared.profile import FitnessProfile
from shared.workouts.contributions import MG_PER_KG, contribution, volume_mg
from shared.workouts.model import LoggedSession
from shared.workouts.records import fold
from tests.support.workout_fixtures import plan_body

NOW = datetime(2026, 3, 12, 18, 0, tzinfo=UTC)
Set = tuple[int, float, float | None]


def _session(days_ago: float, exercise: str, sets: list[Any]) -> LoggedSession:
    rows = []
    for spec in sets:
        row = spec if isinstance(spec, dict) else {"reps": spec[0], "weight_kg": spec[1], "rpe": spec[2]}
        rows.append(row)
    return LoggedSession.model_validate(
        {
            "started_at": NOW - timedelta(days=days_ago),
            "duration_minutes": 60,
            "exercises": [{"exercise_id": exercise, "sets": rows}],
        }
    )


def _plan(exercise_id: str, reps: tuple[int, int] = (8, 12), rpe: float = 8.0, **item: Any) -> Plan:
    body = plan_body()
    for day in body["days"]:
        day["exercises"] = [
            {**day["exercises"][0], "exercise_id": exercise_id, "reps_min": reps[0], "reps_max": reps[1],
             "target_rpe": rpe, **item}
        ]  # fmt: skip
    plan = Plan.from_draft(PlanDraft.model_validate(body), PlanSource(provider="t", model="t"))
    return plan.model_copy(update={"created_at": NOW - timedelta(days=8)})


def _one(sessions: list[LoggedSession], **kwargs: Any) -> recs.NextTarget:
    return recommend(sessions, now=NOW, **kwargs).targets[0]


# --- 1. Never an overshoot: reps first when the smallest loadable step is too big -----------------


def test_lateral_raise_adds_reps_before_the_next_dumbbell() -> None:
    top = _one([_session(2, "dumbbell-lateral-raise", [(12, 8, 8.0)] * 3)])
    assert top.action == "add_reps" and top.weight == 8 and (top.reps_min, top.reps_max) == (13, 13)
    assert "10 kg" in top.reason
    past = _one([_session(2, "dumbbell-lateral-raise", [(13, 8, 8.0)] * 3)])
    assert past.action == "increase_load" and past.weight == 10 and (past.reps_min, past.reps_max) == (8, 12)


def test_box_squat_steps_within_five_percent() -> None:
    target = _one([_session(2, "barbell-box-squat", [(12, 105, 8.0)] * 3)])
    assert target.action == "increase_load" and target.weight_kg == 110.0 and target.unit == "kg"


# --- 2. Pound users get loadable pounds ----------------------------------------------------------


def test_pound_users_get_loadable_pounds() -> None:
    kg = 225 * prog.KG_PER_LB
    target = _one([_session(2, "barbell-back-squat", [(12, round(kg, 2), 8.0)] * 3)], units="imperial")
    assert target.unit == "lb" and target.weight == 235.0
    assert target.weight_kg / prog.KG_PER_LB == pytest.approx(235.0, abs=0.01)
    bench = _one([_session(2, "barbell-bench-press", [(12, round(kg, 2), 8.0)] * 3)], units="imperial")
    assert bench.weight == 230.0
    bell = _one([_session(2, "kettlebell-goblet-squat", [(13, 45 * prog.KG_PER_LB, 8.0)] * 3)], units="imperial")
    assert bell.weight == 53.0  # the next bell sold: 35, 40, 45, 53 lb


# --- 3. Targets come from working sets ------------------------------------------------------------


def test_heavy_single_and_warmups_do_not_set_the_target() -> None:
    plan = _plan("barbell-back-squat", (3, 6), progression="double_progression")
    sets = [(5, 60, None), (5, 80, None), (3, 100, None), (5, 120, 8.0), (5, 120, 8.0), (5, 120, 8.0), (1, 140, 9.5)]
    target = _one([_session(2, "barbell-back-squat", sets)], plan=plan)
    assert target.weight_kg == 120 and target.action == "add_reps" and target.sets == 3
    marked = [{"reps": 6, "weight_kg": 120, "role": "warmup"}, *[{"reps": 5, "weight_kg": 110}] * 3]
    assert _one([_session(2, "barbell-back-squat", marked)], plan=plan).weight_kg == 110


# --- 4. Stalls: reset, or change the rep scheme after a reset ------------------------------------


def test_stall_with_rising_rpe_resets_about_ten_percent() -> None:
    log = [_session(d, "barbell-back-squat", [(8, 100, rpe)] * 3) for d, rpe in ((2, 8.0), (5, 7.5), (9, 7.0))]
    target = _one(log)
    assert target.action == "reset" and target.weight_kg == 90.0 and "same load and reps" in target.reason
    # At RPE 8-9 the same stall also earns a deload week (three hard sessions): one reduction, not two (review 21):
    # after the deload, about 95% of the last good work sets, not a further 10% cut.
    harder = [_session(d, "barbell-back-squat", [(8, 100, rpe)] * 3) for d, rpe in ((2, 9.0), (5, 8.5), (9, 8.0))]
    after = recommend(harder, now=NOW)
    assert "accumulated_fatigue" in {a.kind for a in after.recovery}
    assert (after.targets[0].action, after.targets[0].weight_kg) == ("reduce_load", 95.0), after.targets[0].reason
    falling = [_session(d, "barbell-back-squat", [(r, 100, rpe)] * 3) for d, r, rpe in ((2, 6, 9.5), (5, 7, 9.0),
                                                                                         (9, 8, 8.5))]  # fmt: skip
    assert (_one(falling).action, _one(falling).weight_kg) == ("reduce_load", 95.0)


def test_stall_after_a_reset_changes_the_rep_scheme() -> None:
    loads = [(30, 102.5, 8.0), (26, 92.5, 7.0), (20, 97.5, 7.5), (9, 102.5, 8.0), (5, 102.5, 8.5), (2, 102.5, 9.0)]
    log = [_session(d, "barbell-back-squat", [(8, w, rpe)] * 3) for d, w, rpe in loads]
    target = _one(log)
    assert target.action == "change_rep_scheme" and (target.reps_min, target.reps_max) == (4, 6)
    assert target.weight_kg <= 102.5 * 1.05


# --- 5. Deloads from the logs ---------------------------------------------------------------------


def test_deload_suggested_from_stalls_and_falling_e1rm() -> None:
    def lifts(rows: list[tuple[float, int, float]]) -> list[LoggedSession]:
        out = []
        for d, r, rpe in rows:
            for lift in ("barbell-back-squat", "barbell-bench-press"):
                out.append(_session(d, lift, [(r, 100, rpe)] * 3))
        return out

    stalled = {a.kind for a in recommend(lifts([(2, 8, 9.0), (5, 8, 8.5), (9, 8, 8.0)]), now=NOW).recovery}
    assert "stalled_lifts" in stalled
    dropping = {a.kind for a in recommend(lifts([(2, 6, 9.0), (5, 7, 9.0), (9, 8, 9.0)]), now=NOW).recovery}
    assert "performance_drop" in dropping
    creep = {a.kind for a in recommend(lifts([(2, 8, 9.5), (5, 8, 8.0)]), now=NOW).recovery}
    assert "rpe_creep" in creep


# --- 6. Assisted machines count backwards ---------------------------------------------------------


def test_assisted_less_help_is_progress() -> None:
    target = _one([_session(2, "assisted-pull-up-machine", [(12, 30, 8.0)] * 3)])
    assert target.assisted and target.action == "reduce_assistance" and target.weight_kg == 25.0
    with_body = _one([_session(2, "assisted-pull-up-machine", [(10, 30, 8.0)] * 3)], body_weight_kg=80)
    # 80 kg body less 30 kg of help, 10 reps at RPE 8: the records' RPE-aware e1RM (review 21), not Epley's 66.7 kg.
    expected = round(prog.estimated_1rm(50, 10, 8.0), 1)
    assert with_body.e1rm_kg == pytest.approx(expected) and with_body.e1rm_formula == "rpe_table"
    assert _one([_session(2, "assisted-pull-up-machine", [(10, 30, 8.0)] * 3)]).e1rm_kg is None
    heavy = _session(5, "assisted-pull-up-machine", [(8, 30, 8.0)])
    light = _session(2, "assisted-pull-up-machine", [(8, 20, 8.0)])
    pairs = [(s, contribution(x.model_dump(mode="json"))) for s, x in (("a", heavy), ("b", light))]
    records = fold(pairs)["assisted-pull-up-machine"]
    assert records["top"]["value"] == [20.0, 8] and records["e1rm"] is None and records["assisted"] is True
    assert contribution(heavy.model_dump(mode="json"))["vol_mg"] == 0


# --- 7. Load types --------------------------------------------------------------------------------


def test_bodyweight_names_the_harder_variation(monkeypatch: pytest.MonkeyPatch) -> None:
    push_up = get_exercise("push-up").model_copy(update={"harder": "decline-push-up"})
    monkeypatch.setattr(recs, "find_exercise", lambda i: push_up if i == "push-up" else find_exercise(i))
    target = _one([_session(1, "push-up", [(12, 0, 7.0)] * 3)])
    assert target.action == "harder_variation" and target.variation_id == "decline-push-up"
    assert "Decline" in (target.variation_name or "")
    assert _one([_session(1, "push-up", [(10, 0, 7.0)] * 3)]).action == "add_reps"


def test_weighted_pull_up_adds_reps_then_a_plate() -> None:
    reps_first = _one([_session(1, "pull-up", [(12, 10, 8.0)] * 3)])
    assert reps_first.action == "add_reps" and reps_first.reps_min == 13
    step = _one([_session(1, "pull-up", [(13, 10, 8.0)] * 3)])
    assert step.action == "increase_load" and step.weight_kg == 12.5


def test_timed_work_adds_seconds_within_the_dose(monkeypatch: pytest.MonkeyPatch) -> None:
    plank = get_exercise("plank").model_copy(update={"dose_min": 20, "dose_max": 60})
    monkeypatch.setattr(recs, "find_exercise", lambda i: plank if i == "plank" else find_exercise(i))
    plan = _plan("plank", (1, 1), duration_seconds=30)
    target = _one([_session(1, "plank", [(1, 0, 7.0)] * 3)], plan=plan)
    assert target.action == "add_time" and target.seconds == 35
    long_plan = _plan("plank", (1, 1), duration_seconds=60)
    assert _one([_session(1, "plank", [(1, 0, 7.0)] * 3)], plan=long_plan).action == "harder_variation"


def test_aerobic_work_grows_in_whole_minutes_and_reads_in_minutes() -> None:
    """A new user's 15-minute ride came back as "hold for 980 s (up to 7200 s)": aerobic blocks grow about 10% a
    week in whole minutes and say so in minutes."""
    plan = _plan("stationary-bike", (1, 1), duration_seconds=15 * 60)
    target = _one([_session(1, "stationary-bike", [(1, 0, 5.0)])], plan=plan)
    assert target.action == "add_time" and target.seconds == 16 * 60, (target.action, target.seconds)
    assert "16 min next time" in target.reason and " s " not in target.reason, target.reason


# --- 8. 0-rep and incomplete sets never count -----------------------------------------------------


def test_zero_rep_and_incomplete_sets_never_count() -> None:
    clean = _session(2, "barbell-back-squat", [(5, 100, 8.0)] * 3)
    noisy = _session(
        2, "barbell-back-squat",
        [(5, 100, 8.0)] * 3 + [{"reps": 0, "weight_kg": 140}, {"reps": 3, "weight_kg": 150, "completed": False}],
    )  # fmt: skip
    a, b = (contribution(s.model_dump(mode="json")) for s in (clean, noisy))
    assert a == b and a["ex"]["barbell-back-squat"]["top"] == [100.0, 5]
    assert _one([clean]) == _one([noisy])


def test_warmup_sets_are_no_record_and_no_volume() -> None:
    """The fourth review: a ramp-up set logged as a warm-up (160 kg x 5 on a heavy day) was reported as
    a personal record and added to the session's volume."""
    work = _session(2, "barbell-back-squat", [(5, 100, 8.0)] * 3)
    ramped = _session(2, "barbell-back-squat", [{"reps": 5, "weight_kg": 120, "role": "warmup"}, *[(5, 100, 8.0)] * 3])
    a, b = (contribution(s.model_dump(mode="json")) for s in (work, ramped))
    assert a == b and b["ex"]["barbell-back-squat"]["top"] == [100.0, 5] and b["vol_mg"] == 3 * 5 * 100 * 1_000_000


# --- Schemes --------------------------------------------------------------------------------------


def test_choose_method_by_level() -> None:
    squat, curl, plank = get_exercise("barbell-back-squat"), get_exercise("dumbbell-curl"), get_exercise("plank")
    for level, main in (("beginner", "linear"), ("intermediate", "rpe"), ("advanced", "training_max_wave")):
        request = resolve(FitnessProfile(fitness_level=level, goals=["strength"],
                                         equipment=["barbell", "dumbbells", "bench"]))  # fmt: skip
        assert prog.choose_method(request, squat) == main
        assert prog.choose_method(request, curl) == "double_progression"
        assert prog.choose_method(request, plank) == "double_progression"
        progression = prog.plan_progression(request)
        assert progression.method == main and len(progression.summary) <= 600
        assert "Double progression" in progression.summary
    flagged = resolve(FitnessProfile(fitness_level="advanced", par_q={"heart_condition": True}))
    assert prog.choose_method(flagged, squat) == "double_progression"


def test_linear_adds_a_step_and_switches_after_two_misses() -> None:
    plan = _plan("barbell-back-squat", (5, 5), progression="linear")
    assert _one([_session(2, "barbell-back-squat", [(5, 60, 7.0)] * 3)], plan=plan).weight_kg == 62.5
    misses = [_session(2, "barbell-back-squat", [(4, 80, 9.5)] * 3), _session(5, "barbell-back-squat",
                                                                               [(3, 80, 10.0)] * 3)]  # fmt: skip
    target = _one(misses, plan=plan)  # two misses at one load: a reset, not a switch (item 4 of the third review)
    # (about 10% off: 72.5 kg, the loadable weight nearest 72 kg; review 27)
    assert target.action == "reset" and target.method == "linear" and target.weight_kg == 72.5
    bench = _plan("barbell-bench-press", (5, 5), progression="linear")
    # A light lift: the smallest loadable step even over the 2.5% cap (+6.25%, within novice 2-10%).
    small = _one([_session(2, "barbell-bench-press", [(5, 40, 7.0)] * 3)], plan=bench)
    assert small.weight_kg == 42.5 and small.action == "increase_load" and small.method == "linear"
    assert "more than 5%" in small.reason


def test_rpe_scheme_picks_the_load_from_the_table() -> None:
    plan = _plan("barbell-back-squat", (3, 6), progression="rpe")
    target = _one([_session(2, "barbell-back-squat", [(5, 100, 8.0)] * 3)], plan=plan)
    # e1RM 100 / 0.811 = 123.3; 4 reps at RPE 8 = 83.7% = 103.2 -> 102.5 (rounded down)
    assert target.method == "rpe" and target.weight_kg == 102.5 and target.reps_min == 4 and target.target_rpe == 8


def test_half_an_rpe_over_target_is_on_target_not_a_miss() -> None:
    """The fourth review: 82.5 kg x 8 at RPE 8 and 8.5 against "8 reps at RPE 8" was cut to 80 kg."""
    plan = _plan("barbell-back-squat", (6, 10), progression="rpe")
    log = [_session(d, "barbell-back-squat", [(8, 82.5, 8.0), (8, 82.5, 8.5), (8, 82.5, 8.5)]) for d in (2, 5)]
    target = _one(log, plan=plan)
    assert target.action != "reduce_load" and target.weight_kg >= 82.5, target
    harder = [_session(d, "barbell-back-squat", [(8, 82.5, 9.5)] * 3) for d in (2, 5)]
    assert _one(harder, plan=plan).action == "reduce_load"  # a full step over, twice: that is a miss


def test_training_max_wave_gives_this_weeks_sets() -> None:
    plan = _plan("barbell-back-squat", (3, 5), progression="training_max_wave")
    target = _one([_session(2, "barbell-back-squat", [(5, 100, None)] * 3)], plan=plan)
    # TM = 90% of 116.7 = 105; week 2: 70/80/90% -> 72.5, 82.5, 92.5 x 3, last set AMRAP
    assert target.action == "wave" and [s.weight_kg for s in target.sets_detail] == [72.5, 82.5, 92.5]
    assert [s.amrap for s in target.sets_detail] == [False, False, True] and target.reps_min == 3


def test_loadable_ladders() -> None:
    assert prog.step_above(8, "dumbbell", "kg") == 10 and prog.step_above(10, "dumbbell", "kg") == 12.5
    assert prog.step_above(45, "kettlebell", "lb") == 53 and prog.step_above(16, "kettlebell", "kg") == 20
    assert prog.step_above(225, "barbell", "lb") == 230 and prog.step_above(50, "stack", "kg") == 55
    assert prog.pct_1rm(1, 10) == 1.0 and prog.pct_1rm(5, 8) == pytest.approx(0.811)


# --- 9. Volume in the user's units -----------------------------------------------------------------

_POUNDS = st.lists(st.tuples(st.integers(1, 30), st.integers(1, 900).map(lambda x: x / 2)), min_size=1, max_size=400)


@given(sets=_POUNDS)
def test_volume_logged_in_pounds_sums_back_to_the_exact_pounds(sets: list[tuple[int, float]]) -> None:
    """A month of sets entered in pounds (stored as kg) shows the volume a user sums by hand: run 49 of CI
    showed 29399 lb for 29400 lb, because each set's kg was rounded to 10 g before summing."""
    rows = [{"reps": reps, "weight_kg": pounds * KG_PER_LB, "rpe": 8.0} for reps, pounds in sets]
    one_a_session = [_session(2, "barbell-back-squat", [row]) for row in rows]
    total_mg = sum(volume_mg(contribution(s.model_dump(mode="json"))) for s in one_a_session)
    exact = sum(reps * pounds for reps, pounds in sets)
    assert abs(total_mg / MG_PER_KG / KG_PER_LB - exact) < 0.01


def test_contributions_stored_in_centi_kg_still_count() -> None:
    assert volume_mg({"vol": 150_000}) == 1500 * MG_PER_KG and volume_mg({"vol_mg": 7}) == 7


def test_every_target_carries_an_effort() -> None:
    """The ninth review: linear and double-progression targets came back with no RPE, so "repeat the load"
    after an RPE 9 session said nothing of how hard to go."""
    for method, sets in (("linear", [(5, 100, 9.0)] * 3), ("double_progression", [(10, 40, 8.0)] * 3)):
        plan = _plan("barbell-back-squat", (5, 5) if method == "linear" else (8, 12), 7.5, progression=method)
        target = _one([_session(2, "barbell-back-squat", sets)], plan=plan)
        assert target.target_rpe == 7.5 and all(s.rpe == 7.5 for s in target.sets_detail), (method, target)
