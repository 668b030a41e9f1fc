"""Next-session targets after the nineteenth coach review: the smallest plate step within NSCA's range, a held
target that says how to meet its RPE, targets that wait for the deload week the advice asks for, and double
progression that moves one rep at a time."""

from __future__ import annotations

from shared.plans.recommendations import recommend
from shared.plans.schema import Plan
from tests.unit.test_progression_review import NOW, _one, _plan, _session

BENCH = "barbell-bench-press"


def _double(reps: tuple[int, int] = (8, 12)) -> Plan:
    return _plan({0: [{"exercise_id": BENCH, "progression": "double_progression", "sets": 3, "reps_min": reps[0],
                       "reps_max": reps[1], "target_rpe": 7.0}]})  # fmt: skip


def test_a_bench_at_87_5_kg_takes_the_2_5_kg_step() -> None:
    """87.5 kg x 12 on every set at RPE 7: the next load is 90 kg (+2.9%, inside NSCA's 2.5-5% for the upper
    body), not another rep at 87.5 kg because 2.5 kg is over 2.5%."""
    target = _one([_session(2, BENCH, [(12, 87.5, 7.0)] * 3, day_index=0)], plan=_double())
    assert (target.action, target.weight, target.reps_min) == ("increase_load", 90.0, 8), target


def test_a_held_target_after_rpe_10_says_how_to_meet_its_rpe() -> None:
    """Sets at RPE 10 against a target of 7: the load holds and the reason says to stop about three reps short
    even if that means fewer reps (the target read "RPE 7" with no word on how)."""
    target = _one([_session(2, BENCH, [(9, 80, 10.0)] * 3, day_index=0)], plan=_double())
    assert target.action == "hold" and target.weight == 80 and target.target_rpe == 7
    assert "RPE 10 against 7" in target.reason and "3 reps in reserve" in target.reason, target.reason


def test_double_progression_aims_at_the_next_rep() -> None:
    """9, 9, 8 reps in an 8-12 range: the target is 9 or more on every set, the next rep, not "8-12" again."""
    target = _one([_session(2, BENCH, [(9, 80, 7.0), (9, 80, 7.0), (8, 80, 7.0)], day_index=0)], plan=_double())
    assert (target.action, target.weight, target.reps_min, target.reps_max) == ("add_reps", 80, 9, 12), target
    assert "9 reps or more" in target.reason


def test_targets_beside_a_deload_week_are_for_the_week_after() -> None:
    """Six weeks of training in a row: the recovery advice asks for a deload week, and each target says it is for
    the week after it (a "hold" beside "take a deload week" read as two instructions for one week)."""
    sessions = [_session(2 + 7 * week, BENCH, [(10, 80, 7.0)] * 3, day_index=0) for week in range(6)]
    result = recommend(sessions, plan=_double(), now=NOW)
    assert any(advice.kind == "deload_due" for advice in result.recovery), result.recovery
    assert result.targets[0].reason.endswith("This is for the week after your deload week.")
