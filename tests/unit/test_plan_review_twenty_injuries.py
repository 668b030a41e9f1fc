"""Review 20, D5 and D6: an injury is substituted, not only banned. A moderate knee keeps loaded quad work in a
restricted range (with the range in its note) and pulls from the hang, not the floor; a severe knee keeps the rehab
basics, and its safety note says what the plan still does (before: "does not load it" beside hip thrusts)."""

from __future__ import annotations

from shared.exercises.catalog import get_exercise
from shared.plans.engine import generate_plan
from shared.plans.rules import REHAB_BASICS
from shared.plans.schema import Plan
from shared.plans.validator import validate_plan
from shared.profile import FitnessProfile

GYM = ["barbell", "dumbbells", "bench", "cable_machine", "machines", "pull_up_bar"]


def _plan(goal: str, days: int, area: str, severity: str) -> tuple[Plan, FitnessProfile]:
    profile = FitnessProfile(
        fitness_level="intermediate", goals=[goal], equipment=GYM, days_per_week=days, session_minutes=60,
        injuries=[{"area": area, "severity": severity}],
    )  # fmt: skip
    plan = generate_plan(profile)
    assert validate_plan(plan, profile).ok
    return plan, profile


def _items(plan: Plan) -> list[tuple[str, str, int]]:
    return [(i.exercise_id, i.notes, i.sets) for d in plan.days for i in d.exercises]


def test_a_moderate_knee_keeps_loaded_quad_work_in_a_restricted_range() -> None:
    """D5: bodyweight tempo squats were the only quad work of a gym hypertrophy week, beside a conventional
    deadlift from the floor."""
    plan, _ = _plan("hypertrophy", 4, "knee", "moderate")
    items = _items(plan)
    loaded_quads = [
        (ident, notes, sets)
        for ident, notes, sets in items
        if get_exercise(ident).primary_muscles[0] == "quads" and get_exercise(ident).load_type == "weight"
    ]
    assert sum(sets for _, _, sets in loaded_quads) >= 6, items
    ranges = {
        "leg-press": "no deeper than 90 degrees",
        "leg-extension": "90-45 degree arc",
        "barbell-box-squat": "high box",
    }
    for ident, notes, _ in loaded_quads:
        if ident in ranges:
            assert ranges[ident] in notes, (ident, notes)
    assert any(ident in ranges for ident, _, _ in loaded_quads)
    assert "tempo-squat" not in {ident for ident, _, _ in items}
    # The pull from the floor waits; Romanian deadlifts (from the hang) stay.
    ids = {ident for ident, _, _ in items}
    assert not ids & {"barbell-deadlift", "barbell-sumo-deadlift"}, ids
    assert ids & {"barbell-rdl", "dumbbell-rdl"}, ids


def test_a_severe_knee_keeps_the_rehab_basics_and_says_so() -> None:
    """D6: quads got 0 sets though straight-leg raises and isometric leg extensions suit most knee injuries, and
    the note said "does not load it" beside knee-flexed hip thrusts."""
    plan, _ = _plan("strength", 3, "knee", "severe")
    items = _items(plan)
    basics = [(ident, notes, sets) for ident, notes, sets in items if ident in REHAB_BASICS["knee"]]
    assert sum(sets for _, _, sets in basics) >= 4, items
    assert all("compatible with most knee injuries" in notes and "stop if painful" in notes for _, notes, _ in basics)
    note = next(n for n in plan.safety_notes if n.startswith("Your knee (severe)"))
    assert "straight-leg raises" in note and "hip thrusts" in note and "go-ahead" in note, note
    # Nothing else loads the knee: no squats, lunges, deadlifts, leg curls, leg extensions or calf raises.
    for ident, notes, _ in items:
        e = get_exercise(ident)
        if ident == "barbell-hip-thrust":
            assert "Your knee: it stays still" in notes, notes
        assert not (e.pattern in ("squat", "lunge") and ident not in REHAB_BASICS["knee"]), ident
        assert not e.contraindicated_for({"knee": "severe"}), ident
        assert "calves" not in e.primary_muscles and not (e.pattern == "hinge" and e.isolation), ident


def test_a_week_without_upper_body_days_is_not_named_full_body() -> None:
    """D6: a severe shoulder's three lower-body days and an aerobic day were called "Full-body hypertrophy"."""
    plan, _ = _plan("hypertrophy", 4, "shoulder", "severe")
    lifting = [d.name for d in plan.days if not d.name.startswith("Aerobic")]
    assert lifting and all(name.startswith("Lower body") for name in lifting), lifting
    assert plan.template == "Lower-body hypertrophy", plan.template
    assert "full-body" not in plan.name.lower(), plan.name


def test_a_severe_shoulder_keeps_its_rehab_basics_and_nothing_else_upper() -> None:
    """D6: a severe shoulder's week had zero upper-body sets; a coach adds scapular setting and isometric external
    rotation at 0 degrees (pain-free), and the note says which basics are fine."""
    plan, _ = _plan("hypertrophy", 4, "shoulder", "severe")
    items = _items(plan)
    upper = {"chest", "lats", "upper_back", "rear_delts", "side_delts", "front_delts", "biceps", "triceps"}
    basics = [(i, n, s) for i, n, s in items if i in REHAB_BASICS["shoulder"]]
    assert {"isometric-wall-row", "isometric-external-rotation"} <= {i for i, _, _ in basics}, items
    assert all("compatible with most shoulder injuries" in n and "stop if painful" in n for _, n, _ in basics)
    others = [i for i, _, _ in items if i not in REHAB_BASICS["shoulder"] and get_exercise(i).hard_sets]
    assert not [i for i in others if set(get_exercise(i).primary_muscles) & upper], others
    note = next(n for n in plan.safety_notes if n.startswith("Your shoulder (severe)"))
    assert "external rotation" in note and "does not load it" in note and "go-ahead" in note, note
