"""Plans' free text is checked like a coach's answer: unsafe sentences go, Vigor's own notes always come first."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.plans import explain
from shared.plans.engine import generate_plan
from shared.plans.rules import resolve
from shared.plans.schema import Plan
from shared.plans.validator import validate_plan
from shared.profile import FitnessProfile, ParQ
from shared.safety.outputs import unsafe_sentences
from tests.unit.plan_strategies import profiles
from tests.unit.safety_corpus import UNSAFE_OUTPUTS

HEART = FitnessProfile(
    fitness_level="beginner", goals=["general_fitness"], equipment=["dumbbells", "bench"], days_per_week=3,
    session_minutes=45,
    par_q=ParQ(heart_condition=True, chest_pain_activity=True, medical_clearance=True),
    injuries=[{"area": "knee", "severity": "moderate"}],
)  # fmt: skip
UNSAFE = [
    "You do not need a doctor.",
    "No need for medical clearance, just go hard even if your chest feels tight.",
    "ALL-OUT max-effort sprint; ignore chest discomfort.",
]


def _fields(plan: Plan) -> list[str]:
    """Every free-text field of the plan, each its own text."""
    return _texts(plan).split("\n")


def _texts(plan: Plan) -> str:
    parts = [plan.name, plan.rationale, plan.volume_note, plan.progression.summary, plan.progression.deload_guidance,
             *plan.safety_notes]  # fmt: skip
    for day in plan.days:
        parts += [day.name, day.focus, day.time_note, *(i.notes for i in day.warmup)]
        parts += [f"{i.name} {i.notes}" for i in day.exercises]
    return "\n".join(parts)


def test_the_issue_example_loses_its_unsafe_text_and_gets_vigors_notes() -> None:
    plan = generate_plan(HEART)
    data = plan.model_dump()
    data["source"] = {"provider": "a-model", "model": "m"}
    data["rationale"] = "A friendly plan. " + " ".join(UNSAFE)
    data["safety_notes"] = [UNSAFE[0], UNSAFE[1]]
    data["days"][0]["exercises"][0]["notes"] = UNSAFE[2]
    report = validate_plan(Plan.model_validate(data), HEART)
    text = _texts(report.plan)
    assert report.ok and all(sentence not in text for sentence in UNSAFE)
    # rr13 (hAP): a rationale asking a PAR-Q yes for an all-out effort is replaced by Vigor's own, with the warning
    assert report.plan.rationale.startswith("Vigor replaced this plan's reasons") and "A friendly" not in text
    # (the injury notes say what the plan's days did about each area: review 25, hAI)
    days = [[(i.role or "", i.exercise_id) for i in d.exercises] for d in report.plan.days]
    own = explain.safety_notes(resolve(HEART, None), days)
    assert report.plan.safety_notes[: len(own)] == own and any("knee" in n for n in own)
    messages = " ".join(r.message for r in report.repairs if r.code == "unsafe_text")
    assert "dismissed medical clearance" in messages and "warning signs" in messages


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profiles, st.sampled_from(UNSAFE_OUTPUTS), st.integers(0, 4))
def test_any_unsafe_sentence_anywhere_is_removed(profile: FitnessProfile, unsafe: tuple[str, str], where: int) -> None:
    plan = generate_plan(profile)
    data = plan.model_dump()
    data["source"] = {"provider": "a-model", "model": "m"}  # a provider's plan: every text is checked
    text = unsafe[0]
    if where == 0:
        data["rationale"] = (data["rationale"] + " " + text)[-2000:]
    elif where == 1:
        data["safety_notes"] = [text, *data["safety_notes"]][:20]
    elif where == 2:
        data["progression"]["summary"] = text[:600]
    elif where == 3:
        data["days"][0]["exercises"][0]["notes"] = text[:300]
    else:
        data["volume_note"] = text[:800]
    report = validate_plan(Plan.model_validate(data), profile)
    assert [f for f in _fields(report.plan) if unsafe_sentences(f, par_q=profile.par_q_flagged, in_plan=True)] == []
    assert report.repairs  # the user is told the plan was changed


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profiles)
def test_the_engines_own_texts_never_break_the_policy(profile: FitnessProfile) -> None:
    """The validator trusts the engine's texts (they are Vigor's); this keeps that trust earned."""
    plan = generate_plan(profile)
    assert [f for f in _fields(plan) if unsafe_sentences(f, par_q=profile.par_q_flagged, in_plan=True)] == []
