"""Next-session targets after the sixteenth coach review: reps slipping inside the range hold the load before any
reset, and a session with fewer working sets than the plan's never adds load."""

from __future__ import annotations

from shared.plans.recommendations import recommend
from tests.unit.test_progression_fourteenth_review import NOW, _plan, _session


def test_reps_slipping_inside_the_range_hold_the_load_before_a_reset() -> None:
    """8,8,7 then 7,7,7 then 6,6,5 at one load in a 5-8 range said "Stalled: reset 10%"; every set met the range.
    Starting Strength and StrongLifts reset after sessions short of the reps, not before."""
    lift = "barbell-bench-press"
    plan = _plan(lift, "double_progression", (5, 8))
    log = [
        _session(2, lift, [(6, 80.0, None), (6, 80.0, None), (5, 80.0, None), (5, 80.0, None)]),
        _session(5, lift, [(7, 80.0, None)] * 4),
        _session(8, lift, [(8, 80.0, None), (8, 80.0, None), (7, 80.0, None), (7, 80.0, None)]),
    ]
    target = recommend(log, plan, now=NOW).targets[0]
    assert target.action == "hold" and target.weight_kg == 80.0, target.reason
    assert "every set stayed in the range" in target.reason
    # Short of the range twice after that: the load comes down.
    shorter = [_session(1, lift, [(4, 80.0, None)] * 4), _session(2, lift, [(4, 80.0, None)] * 4), *log[1:]]
    assert recommend(shorter, plan, now=NOW).targets[0].weight_kg < 80.0


def test_fewer_working_sets_than_planned_never_add_load() -> None:
    """A heavy single and one of three (here four) working sets got "Every set met its reps: add the next step"."""
    lift = "barbell-back-squat"
    for method in ("linear", "double_progression"):
        plan = _plan(lift, method, (5, 8))
        one = _session(2, lift, [(1, 140.0, 9.5), (8, 110.0, None)])
        target = recommend([one], plan, now=NOW).targets[0]
        assert target.action == "hold" and target.weight_kg == 110.0, (method, target.reason)
        assert "1 of 4 working sets" in target.reason
        full = _session(2, lift, [(8, 110.0, None)] * 4)
        assert recommend([full], plan, now=NOW).targets[0].weight_kg > 110.0
