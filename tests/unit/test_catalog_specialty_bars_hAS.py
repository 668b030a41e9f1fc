"""Specialty bars, review 25 defect 1 (issue 13, hAS): a coach swaps the back squat for a safety-bar squat and the
deadlift for a trap-bar deadlift when an injury rules the straight bar out. Both are catalog lifts that need the
bar itself (a profile equipment value each, loaded with a barbell's plates); their contraindications follow from
their loading like every other row's; plans and swaps use them only where the user has the bar and the injury allows.
"""

from __future__ import annotations

from typing import Any, cast

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.exercises.attributes import derive_contraindications
from shared.exercises.catalog import all_exercises, get_exercise, loading
from shared.importing.mapping import Mapper
from shared.plans.engine import generate_plan
from shared.plans.kit_words import missing_kit
from shared.plans.rules import PlanOverrides, resolve
from shared.plans.substitutes import candidates
from shared.plans.validator import validate_plan
from shared.plans.volume import eligible_pool
from shared.profile import EQUIPMENT, INJURY_AREAS, FitnessProfile
from shared.profile.model import Severity

GYM = ["barbell", "dumbbells", "bench", "pull_up_bar", "cable_machine", "machines", "cardio_machine", "kettlebells",
       "bodyweight"]  # fmt: skip
BARS = ["trap_bar", "safety_squat_bar"]
STRENGTH: dict[str, Any] = {"goals": ["strength"], "fitness_level": "intermediate", "equipment": GYM + BARS,
                            "days_per_week": 3, "session_minutes": 60, "birth_year": 1990}  # fmt: skip
SSB, TRAP = "safety-bar-squat", "trap-bar-deadlift"
SPECIALTY = {SSB: "safety_squat_bar", TRAP: "trap_bar"}


def _ids(**fields: Any) -> set[str]:
    person = FitnessProfile.model_validate({**STRENGTH, **fields})
    plan = generate_plan(person)
    report = validate_plan(plan, person)
    assert report.ok, report.violations
    return {i.exercise_id for d in plan.days for i in d.exercises}


def test_the_bars_are_equipment_a_profile_can_name() -> None:
    assert set(BARS) <= set(EQUIPMENT)
    person = FitnessProfile.model_validate({**STRENGTH, "equipment": list(EQUIPMENT)})  # every value at once
    assert set(person.equipment) == set(EQUIPMENT)


def test_each_bar_lift_needs_its_bar_and_a_barbells_plates() -> None:
    for ident, bar in SPECIALTY.items():
        exercise = get_exercise(ident)
        assert set(exercise.equipment) == {"barbell", bar} and exercise.main_lift and exercise.compound
        assert not exercise.needs_only({"barbell", "bench"}) and not exercise.needs_only({bar})
    assert get_exercise(SSB).pattern == "squat" and get_exercise(TRAP).pattern == "hinge"


def test_their_contraindications_follow_their_loading() -> None:
    """The rows carry no hand-written overrides beyond the trap bar's floor pull for a moderate knee (as every
    deadlift from the floor): the loading says where the load sits."""
    for ident in SPECIALTY:
        exercise = get_exercise(ident)
        derived = derive_contraindications(
            loading(ident), pattern=exercise.pattern, load_type=exercise.load_type, isolation=exercise.isolation,
            unilateral=exercise.unilateral, intensity=exercise.intensity, primary_muscles=exercise.primary_muscles,
            equipment=exercise.equipment,
        )  # fmt: skip
        rules = {c.area: c.min_severity for c in exercise.contraindications}
        if ident == TRAP:
            assert derived.pop("knee") == "severe" and rules.pop("knee") == "moderate"
        assert rules == derived, ident
    ssb, trap = loading(SSB), loading(TRAP)
    assert ssb.load_position == "back" and not ssb.straight_bar and not ssb.wrist_extension
    assert trap.load_position == "hands_low" and trap.neutral_grip and not trap.straight_bar and trap.from_floor


def test_where_each_bar_fits_as_a_coach_would_use_it() -> None:
    def out(ident: str, area: str, severity: Severity) -> bool:
        return get_exercise(ident).contraindicated_for({area: severity})

    # The safety-bar squat: hands in front, no external rotation, straight wrists; the pads still on the upper back.
    for area in ("shoulder", "wrist"):
        assert out("barbell-back-squat", area, "moderate") or area == "wrist"
        assert not out(SSB, area, "moderate"), area
    assert out(SSB, "upper_back", "moderate") and out(SSB, "lower_back", "moderate") and out(SSB, "knee", "moderate")
    # The trap bar: an upright torso and the load at the sides (Swinton et al. 2011).
    assert out("barbell-deadlift", "upper_back", "moderate") and not out(TRAP, "upper_back", "moderate")
    assert out("barbell-deadlift", "lower_back", "mild") and not out(TRAP, "lower_back", "mild")
    assert out(TRAP, "lower_back", "moderate") and out(TRAP, "knee", "moderate") and out(TRAP, "upper_back", "severe")


def test_the_review_repros_with_the_bars() -> None:
    """p16's moderate upper back pulls from a trap bar, never a bar on the back; a moderate shoulder squats with the
    safety bar; a mild low back pulls from the trap bar; a healthy lifter keeps the back squat and deadlift."""
    upper = _ids(injuries=[{"area": "upper_back", "severity": "moderate"}])
    assert TRAP in upper and not upper & {"barbell-back-squat", "barbell-deadlift", SSB}
    assert SSB in _ids(injuries=[{"area": "shoulder", "severity": "moderate"}])
    low = _ids(injuries=[{"area": "lower_back", "severity": "mild"}])
    assert TRAP in low and "barbell-deadlift" not in low
    healthy = _ids()
    assert {"barbell-back-squat", "barbell-deadlift"} <= healthy and not healthy & set(SPECIALTY)


def test_a_swap_offers_the_bar_version_first_where_it_fits() -> None:
    for lift, bar_lift, area in (("barbell-back-squat", SSB, "shoulder"), ("barbell-deadlift", TRAP, "upper_back")):
        person = FitnessProfile.model_validate({**STRENGTH, "injuries": [{"area": area, "severity": "moderate"}]})
        request = resolve(person, PlanOverrides())
        offered = candidates(get_exercise(lift), request, eligible_pool(request), set())
        assert offered and offered[0].id == bar_lift, [e.id for e in offered[:3]]
        without = resolve(FitnessProfile.model_validate({**STRENGTH, "equipment": GYM}), PlanOverrides())
        assert bar_lift not in {e.id for e in candidates(get_exercise(lift), without, eligible_pool(without), set())}


def test_imports_and_words_name_the_bars() -> None:
    mapper = Mapper({}, {})
    assert mapper.match("Deadlift (Trap bar)").exercise_id == TRAP
    assert mapper.match("Safety Squat Bar Squat").exercise_id == SSB
    assert missing_kit("Stand in the middle of the trap bar", set(GYM)) == ["trap_bar"]
    assert missing_kit("Hex bar deadlift", set(GYM) | {"trap_bar"}) == []
    assert missing_kit("Safety-bar squat", set(GYM)) == ["safety_squat_bar"]


_AREAS = st.lists(st.sampled_from(INJURY_AREAS), min_size=0, max_size=3, unique=True)
_INJURED = _AREAS.flatmap(
    lambda areas: st.tuples(*[st.sampled_from(["mild", "moderate", "severe"]) for _ in areas]).map(
        lambda severities: [{"area": a, "severity": s} for a, s in zip(areas, severities, strict=True)]
    )
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(injuries=_INJURED, bars=st.sets(st.sampled_from(BARS)), goal=st.sampled_from(["strength", "hypertrophy"]),
       days=st.integers(2, 5))  # fmt: skip
def test_property_the_bars_only_where_owned_and_allowed(
    injuries: list[dict[str, str]], bars: set[str], goal: str, days: int
) -> None:
    """For random injuries and bar sets: a bar lift appears only when its bar is owned and no injury rules it out;
    when the straight-bar lift it replaces is ruled out and the bar lift fits, the week never falls back to the
    straight-bar lift."""
    person = FitnessProfile.model_validate(
        {**STRENGTH, "goals": [goal], "equipment": GYM + sorted(bars), "days_per_week": days, "injuries": injuries}
    )
    ids = {i.exercise_id for d in generate_plan(person).days for i in d.exercises}
    severity = {i["area"]: cast(Severity, i["severity"]) for i in injuries}
    for ident, bar in SPECIALTY.items():
        if ident in ids:
            assert bar in bars and not get_exercise(ident).contraindicated_for(severity), ident
    for exercise in all_exercises():
        if exercise.id in ids:
            assert exercise.needs_only(set(person.equipment)) and not exercise.contraindicated_for(severity)
