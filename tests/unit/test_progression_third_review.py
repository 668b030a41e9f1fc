"""Next-session targets: one test per kind of fault from the third coach review (a strength coach logging
sessions through the API): RPE top sets that never went up, a set on target reduced, one bad day cutting
the load, a novice stall without a reset, heavy singles without a note, new accounts told off for missed
sessions, and the 5/3/1 wave moving week by week on the session dates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, Literal

import pytest

from shared.plans import progression as prog
from shared.plans import recommendations as recs
from shared.plans.recommendations import recommend
from shared.plans.schema import Plan, PlanDraft, PlanSource
from shared.workouts.model import LoggedSession
from tests.support.workout_fixtures import plan_body

NOW = datetime(2026, 3, 12, 18, 0, tzinfo=UTC)
BENCH, SQUAT, ROW = "barbell-bench-press", "barbell-back-squat", "barbell-row"
LB = prog.KG_PER_LB


def _plan(exercise_id: str, reps: tuple[int, int], method: str, age: timedelta = timedelta(days=30)) -> Plan:
    body = plan_body()
    for day in body["days"]:
        day["exercises"] = [{**day["exercises"][0], "exercise_id": exercise_id, "role": "main", "reps_min": reps[0],
                             "reps_max": reps[1], "target_rpe": 8, "progression": method}]  # fmt: skip
    plan = Plan.from_draft(PlanDraft.model_validate(body), PlanSource(provider="t", model="t"))
    return plan.model_copy(update={"created_at": NOW - age})


def _session(days_ago: float, exercise: str, sets: list[Any], *more: tuple[str, list[Any]]) -> LoggedSession:
    def rows(spec: list[Any]) -> list[dict[str, Any]]:
        return [s if isinstance(s, dict) else {"reps": s[0], "weight_kg": s[1], "rpe": s[2]} for s in spec]

    entries = [(exercise, sets), *more]
    return LoggedSession.model_validate(
        {"started_at": NOW - timedelta(days=days_ago), "duration_minutes": 60,
         "exercises": [{"exercise_id": e, "sets": rows(s)} for e, s in entries]}
    )  # fmt: skip


def _one(sessions: list[LoggedSession], **kwargs: Any) -> recs.NextTarget:
    return recommend(sessions, now=kwargs.pop("now", NOW), **kwargs).targets[0]


# --- 1. RPE top sets go up when the e1RM does ---------------------------------------------------------

RPE_BENCH = _plan(BENCH, (3, 6), "rpe")


def test_rpe_beating_the_target_asks_for_more_reps_when_the_step_is_too_big() -> None:
    # 80 x 5 @ 8: the table gives 82.5 kg for 4 @ 8, and 2.5 kg (3.1% of 80) is within NSCA's 2.5-5% for the
    # upper body (review 19: a 2.5% cap kept a bench at 87.5 kg adding reps): 82.5 x 4, not 80 x 4.
    for rpe in (8.0, 7.0):
        target = _one([_session(2, BENCH, [(5, 80, rpe)])], plan=RPE_BENCH)
        assert (target.action, target.weight, target.reps_min, target.reps_max) == ("increase_load", 82.5, 4, 4)
        assert target.target_rpe == 8
    # A light dumbbell where the smallest step is over 5%: one more rep at the same load first.
    dumbbells = _plan("dumbbell-bench-press", (3, 6), "rpe")
    light = _one([_session(2, "dumbbell-bench-press", [(5, 20, 8.0)] * 3)], plan=dumbbells)
    assert (light.action, light.weight, light.reps_min) == ("add_reps", 20, 6), light
    # 80 x 6 @ 7 (e1RM ~105): top of the range, so the smallest loadable step, and the reason gives the
    # table's load (87.5 kg), not the current one.
    top = _one([_session(2, BENCH, [(6, 80, 7.0)])], plan=RPE_BENCH)
    assert (top.action, top.weight, top.reps_min) == ("increase_load", 82.5, 4)
    assert top.e1rm == pytest.approx(105.0, abs=0.1) and "is about 87.5 kg" in top.reason
    # Imperial: 190 x 5 @ 8 -> 195 x 4 (+2.6%), not 190 x 4.
    lb = _one([_session(2, BENCH, [(5, 190 * LB, 8.0)])], plan=RPE_BENCH, units="imperial")
    assert (lb.action, lb.weight, lb.unit, lb.reps_min) == ("increase_load", 195, "lb", 4)
    # A heavier bench where the step is within 2.5%: beating the target at the same load takes it.
    heavy = _one([_session(2, BENCH, [(4, 120, 7.5)])], plan=RPE_BENCH)  # the table rounds back to 120
    assert (heavy.action, heavy.weight, heavy.reps_min) == ("increase_load", 122.5, 4)


@pytest.mark.parametrize("units", ["metric", "imperial"])
def test_rpe_target_never_below_what_was_just_done(units: str) -> None:
    unit: Literal["kg", "lb"] = "lb" if units == "imperial" else "kg"
    loads = (60, 80, 100, 140) if unit == "kg" else (135, 190, 225, 315)
    for load in loads:
        for reps in range(3, 7):
            for rpe in (6.0, 7.0, 7.5, 8.0):
                t = _one([_session(2, BENCH, [(reps, prog.to_kg(load, unit), rpe)])], plan=RPE_BENCH, units=units)
                assert t.weight >= load, (load, reps, rpe, t)
                if t.weight == load:  # same load: at least the reps just done at this RPE or easier
                    assert t.action in ("add_reps", "hold") and t.reps_min >= min(reps, 6), (load, reps, rpe, t)


# --- 2. Exactly on target never reduces --------------------------------------------------------------


def test_a_set_exactly_on_target_holds() -> None:
    plan = _plan(ROW, (5, 8), "rpe")  # 6 reps at RPE 8
    metric = _one([_session(2, ROW, [(6, 60, 8.0)] * 3)], plan=plan)
    assert (metric.action, metric.weight, metric.reps_min) == ("hold", 60, 6)
    imperial = _one([_session(2, ROW, [(6, 155 * LB, 8.0)] * 3)], plan=plan, units="imperial")
    assert (imperial.action, imperial.weight) == ("hold", 155)


# --- 3. One bad day holds; two in a row reduce --------------------------------------------------------


def test_one_bad_day_holds_and_two_reduce() -> None:
    good = [_session(9, BENCH, [(5, 190 * LB, 8.0)]), _session(5, BENCH, [(5, 190 * LB, 8.0)])]
    bad = _session(2, BENCH, [(2, 195 * LB, 10.0)])
    once = _one([bad, *good], plan=RPE_BENCH, units="imperial")
    assert (once.action, once.weight) == ("hold", 195)
    assert once.e1rm == pytest.approx(234.3, abs=0.1)  # the best of the last three, not 204 from the bad day
    assert "one day, not a trend" in once.reason
    twice = _one([bad, _session(4, BENCH, [(2, 195 * LB, 10.0)]), good[0]], plan=RPE_BENCH, units="imperial")
    assert twice.action == "reduce_load" and twice.weight == 170  # 4 @ 8 of a 204 lb e1RM, rounded down
    assert "Two sessions in a row below the target" in twice.reason


# --- 4. Novice linear progression resets after two failed sessions -----------------------------------


def test_linear_stall_resets_then_switches_after_a_second_reset() -> None:
    plan = _plan(SQUAT, (5, 8), "linear")
    first = [_session(2, SQUAT, [(5, 65, 9.5), (5, 65, 9.5), (4, 65, 10.0)]),
             _session(5, SQUAT, [(5, 65, 9.0), (5, 65, 9.5), (5, 65, 9.5)]),
             _session(9, SQUAT, [(5, 65, 9.5), (4, 65, 10.0), (4, 65, 10.0)])]  # fmt: skip
    one_miss = _one(first[:1], plan=plan)
    assert one_miss.action == "hold" and one_miss.weight == 65
    reset = _one([first[0], first[2]], plan=plan)
    assert (reset.action, reset.weight, reset.method) == ("reset", 57.5, "linear")
    assert reset.reason.startswith(
        "Two sessions in a row short of 5 reps at 65 kg (sets of 5, 4 and 4, then sets of 5, 5 and 4)"
    )
    # Back up from the reset (57.5, 60, 62.5, 65) and two misses at 65 kg again: a second reset, and the
    # lift switches to double progression.
    build = [_session(d, SQUAT, [(5, w, 8.0)] * 3) for d, w in ((16, 57.5), (13, 60), (11, 62.5), (9.5, 65))]
    misses = [_session(d, SQUAT, [(5, 65, 9.5), (4, 65, 10.0), (4, 65, 10.0)]) for d in (25, 23)]
    again = [_session(d, SQUAT, [(5, 65, 9.5), (4, 65, 10.0), (4, 65, 10.0)]) for d in (4, 2)]
    second = _one([*again, *build, *misses], plan=plan, now=NOW)
    # Four hard sessions also ask for a deload week (review 21: one reduction, not two): after it, about 95% of the
    # last good work sets (65 x 5, 5, 5), not a further 10% cut; the switch to double progression stands.
    assert (second.action, second.weight, second.method) == ("reduce_load", 62.5, "double_progression")
    assert "double progression" in second.reason and "stalled before" in second.reason
    after = _one([_session(1, SQUAT, [(5, 57.5, 8.0)] * 3), *again, *build, *misses], plan=plan, now=NOW)
    assert after.method == "double_progression" and after.action == "add_reps" and after.weight == 57.5
    assert after.reason.startswith("Reset twice at about 65 kg: this lift now follows double progression.")


# --- 5. Every heavy single left out is named -----------------------------------------------------------


def test_heavy_singles_are_named_wherever_they_were_logged() -> None:
    plan = _plan(SQUAT, (3, 6), "double_progression")
    work = _session(3, SQUAT, [(5, 65, None)] * 3)
    own_session = _one([_session(2, SQUAT, [(1, 80, None)]), work], plan=plan)  # alone in its session, no RPE
    assert own_session.weight == 65 and own_session.e1rm == pytest.approx(75.8)
    assert len(own_session.notes) == 1 and "A heavy single at 80 kg was logged" in own_session.notes[0]
    assert "e1RM of 80 kg" in own_session.notes[0] and own_session.reason.endswith(own_session.notes[0])
    # A separate entry of the same exercise in the work session.
    entry = _one([_session(2, SQUAT, [(5, 65, 8.0)] * 3, (SQUAT, [(1, 80, 9.0)]))], plan=plan)
    assert len(entry.notes) == 1 and "80 kg at RPE 9" in entry.notes[0]
    # Imperial, logged before the work sets of the latest session's exercise in an earlier session.
    lb = _one([_session(2, SQUAT, [(5, 225 * LB, 8.0)] * 3), _session(3, SQUAT, [(1, 275 * LB, None)]),
               _session(6, SQUAT, [(5, 220 * LB, 8.0)] * 3)], plan=plan, units="imperial")  # fmt: skip
    assert len(lb.notes) == 1 and "A heavy single at 275 lb" in lb.notes[0]
    # Singles older than the exposure before the latest are history, not a note.
    old = _one([_session(2, SQUAT, [(5, 67.5, None)] * 3), work, _session(6, SQUAT, [(1, 80, None)])], plan=plan)
    assert old.notes == []


# --- 6. No consistency advice for new accounts ----------------------------------------------------------


def _kinds(sessions: list[LoggedSession], **kwargs: Any) -> dict[str, str]:
    return {a.kind: a.message for a in recommend(sessions, now=NOW, **kwargs).recovery}


def test_missed_sessions_only_after_the_first_week() -> None:
    today = [_session(0.02, SQUAT, [(5, 60, 7.0)] * 3), _session(0.01, BENCH, [(5, 40, 7.0)] * 3)]
    fresh = _plan(SQUAT, (5, 5), "linear", age=timedelta(minutes=30))
    assert "missed_sessions" not in _kinds(today, plan=fresh)
    assert "missed_sessions" not in _kinds(today, days_per_week=4)  # no plan: the first session is today
    week_old = [_session(6, SQUAT, [(5, 60, 7.0)] * 3)]
    assert "missed_sessions" not in _kinds(week_old, plan=_plan(SQUAT, (5, 5), "linear", age=timedelta(days=6)))
    ten = _kinds([_session(9, SQUAT, [(5, 60, 7.0)] * 3)], plan=_plan(SQUAT, (5, 5), "linear", timedelta(days=10)))
    assert ten["missed_sessions"].startswith("1 of 4 planned sessions in the last 10 days")  # 3 a week x 10/7
    old = _kinds([_session(9, SQUAT, [(5, 60, 7.0)] * 3)], plan=_plan(SQUAT, (5, 5), "linear", timedelta(days=60)))
    assert old["missed_sessions"].startswith("1 of 6 planned sessions in the last two weeks")


# --- 7. The 5/3/1 wave moves on with the sessions -------------------------------------------------------


def test_wave_moves_week_by_week_then_a_new_cycle() -> None:
    plan = _plan(SQUAT, (3, 5), "training_max_wave", age=timedelta(days=40))
    # Session dates relative to a fixed `now`: one squat session a week. The first logged sets (3 x 5 at
    # 100 kg, no RPE) set the training max: 90% of 116.7 -> 105 kg; that session is week 1.
    weeks: list[list[tuple[int, float, None]]] = [
        [(5, 100, None)] * 3,
        [(3, 72.5, None), (3, 82.5, None), (6, 92.5, None)],  # week 2: 70/80/90% x 3, 6 on the AMRAP
        [(5, 77.5, None), (3, 87.5, None), (3, 97.5, None)],  # week 3: 75/85/95% x 5/3/1, 3 on the AMRAP
        [(5, 40, None), (5, 52.5, None), (5, 62.5, None)],  # deload week: 40/50/60% x 5
    ]
    expected = [
        ("week 2", [72.5, 82.5, 92.5], [3, 3, 3], True),
        ("week 3", [77.5, 87.5, 97.5], [5, 3, 1], True),
        ("deload week", [40.0, 52.5, 62.5], [5, 5, 5], False),
        ("week 1", [70.0, 82.5, 92.5], [5, 5, 5], True),  # new cycle: TM 110 kg (65/75/85%)
    ]
    start = NOW - timedelta(days=27)
    logged: list[LoggedSession] = []
    for i, (sets, (label, loads, reps, amrap)) in enumerate(zip(weeks, expected, strict=True)):
        day = start + timedelta(days=7 * i)
        logged.insert(0, _session((NOW - day).total_seconds() / 86400, SQUAT, sets))
        now = day + timedelta(days=1)  # the day after each session
        target = recommend(logged, plan, now=now).targets[0]
        assert target.action == "wave" and f"; {label}:" in target.reason, (i, target.reason)
        assert [s.weight for s in target.sets_detail] == loads, (i, target.reason)
        assert [s.reps for s in target.sets_detail] == reps and target.sets_detail[-1].amrap is amrap
        assert ("Training max 110 kg" if i == 3 else "Training max 105 kg") in target.reason
        # Later the same week (before the next session) the target does not move on.
        assert recommend(logged, plan, now=day + timedelta(days=5)).targets[0].sets_detail == target.sets_detail
    # A second session of the lift within a few days belongs to the same week.
    extra = _session((NOW - start).total_seconds() / 86400 - 2, SQUAT, [(5, 100, None)] * 3)
    same_week = recommend([extra, logged[-1]], plan, now=start + timedelta(days=3)).targets[0]
    assert "; week 2:" in same_week.reason


def test_wave_starts_at_week_one_from_sets_logged_before_the_plan() -> None:
    plan = _plan(SQUAT, (3, 5), "training_max_wave", age=timedelta(days=10))
    before = _session(12, SQUAT, [(5, 100, None)] * 3)  # TM 105 kg
    first = recommend([before], plan, now=NOW).targets[0]
    assert "; week 1:" in first.reason and [s.weight for s in first.sets_detail] == [67.5, 77.5, 87.5]
    week_one = _session(6, SQUAT, [(5, 67.5, None), (5, 77.5, None), (8, 87.5, None)])
    second = recommend([week_one, before], plan, now=NOW).targets[0]
    assert "; week 2:" in second.reason and "Training max 105 kg" in second.reason
