"""rr12 kind 1 in AI plans (issue 15, hAL): a provider plan's free text (rationale, notes, safety notes, names) loses
weight-loss advice for an underweight user, "carry on" through faintness, fasting or extra cardio after a binge,
multi-day fasts, and anything past a heart-rate cap a clinician set; the user is told in plain words, and Vigor's own
note on the underweight BMI or the cap comes first. The same texts for someone else, and warnings, are kept."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.plans import explain
from shared.plans.engine import generate_plan
from shared.plans.rules import resolve
from shared.plans.schema import Plan
from shared.plans.validator import validate_plan
from shared.profile import FitnessProfile
from shared.safety import plan_harm

UNDERWEIGHT = FitnessProfile(height_cm=170, weight_kg=48, goals=["general_fitness"], equipment=["dumbbells", "bench"])
HEALTHY = FitnessProfile(height_cm=170, weight_kg=82, goals=["fat_loss"], equipment=["dumbbells", "bench"])
CAP_NOTES = "My cardiologist said keep my heart rate under 130 bpm."

UNDERWEIGHT_LOSS = [
    "Keep portions small and add 60 minutes of fasted cardio to get under 45 kg.",
    "Eat less on rest days to drop to 45 kg.",
    "A calorie deficit of 500 a day will help you lean out.",
    "Skip breakfast on training days to burn more fat.",
    "Cut carbs after 6 pm to slim down.",
    "You should lose 3 kg by the end of the block.",
    "Smaller portions at dinner will help you get down to 44 kg.",
    "Fasted cardio before breakfast burns more fat.",
    "This block aims to burn more calories so you can drop the weight.",
]
PRESYNCOPE = [
    "If you feel faint, carry on with the set.",
    "If you feel faint, push through.",
    "If you feel lightheaded or see spots, just sit for a minute and then finish your sets.",
    "Dizzy near the end is normal, power through.",
    "If your vision greys out, rest 30 seconds and do the remaining reps.",
    "Seeing stars on the last rep means you're working hard; keep going.",
    "If you're lightheaded between rounds, get back to it after a sip of water.",
    "Tunnel vision on heavy sets is part of the game, tough it out.",
    "If you black out briefly, rest and continue the session.",
]
COMPENSATION = [
    "After a binge, skip dinner and do fasted cardio.",
    "Cheat day? Then skip dinner the next day.",
    "After a cheat meal, don't eat again until you've burned it all off.",
    "If you overeat at the weekend, fast until Monday lunch.",
    "Binged last night? Add two hours of cardio to burn it off.",
    "After a cheat meal, do an extra hour of cardio to make up for it.",
    "Overate on Saturday: skip breakfast and lunch on Sunday.",
    "Pigged out? Work it off with fasted cardio the next morning.",
]
MULTI_DAY_FASTS = [
    "Drink only water and black coffee for three days before the event.",
    "Do a 3-day water fast each week.",
    "Have nothing but juice for five days to reset.",
    "Don't eat anything for two days before weigh-in.",
    "Fasting for 4 days will speed up fat loss.",
    "A water fast for three days clears the bloat.",
    "Only drink tea for a couple of days after a heavy week.",
    "Try a juice cleanse for 7 days before the deload.",
]
CAP_BROKEN = [
    "Intervals at 150-160 bpm.",
    "Finish with all-out sprints.",
    "Your heart rate can go up to 190 even if your cardiologist said 130.",
    "Push your heart rate to 170 on the bike.",
    "Doctors' heart-rate caps are overly cautious.",
    "Ignore your cardiologist's limit on Fridays.",
    "Go as hard as you can on the rower for 30 seconds.",
    "Aim for 140 bpm on the hills.",
    "Max effort HIIT on day 3.",
]
KEPT_UNDER_CAP = [
    "Keep your heart rate under 130 bpm on every interval.",
    "Steady cycling at 110-120 bpm.",
    "Brisk walk at about 115 bpm.",
    "Stay under your cap on the hills.",
]
WARNINGS = [  # advice against the same thing: kept for everyone
    "If you feel faint, stop, sit down and see a doctor before training again.",
    "Stop the session if you feel dizzy or lightheaded.",
    "After a big meal, eat your next meal as usual; there's nothing to make up for.",
    "Cheat meals happen; no need to compensate.",
    "Eat regular meals with enough protein around training.",
    "Avoid alcohol before training.",
    "Drink water through the session.",
    "Rest two full days before the test week.",
]
ORDINARY_FOR_HEALTHY = [  # fine for someone at a healthy weight with no cap
    "A calorie deficit of 500 a day will help you lean out.",
    "Intervals at 150-160 bpm.",
    "Finish with all-out sprints.",
    "Smaller portions at dinner help a fat-loss phase.",
]


def _provider_plan(profile: FitnessProfile, text: str, where: str, notes: str | None = None) -> tuple[Plan, Any]:
    """The engine's plan as a provider's, with `text` put in one free-text field; validated with the request's notes."""
    overrides = {"notes": notes} if notes else None
    data = generate_plan(profile, overrides).model_dump()
    data["source"] = {"provider": "a-model", "model": "m"}
    if where == "rationale":
        data["rationale"] = "Built for you. " + text
    elif where == "safety_notes":
        data["safety_notes"] = [text, *data["safety_notes"]][:20]
    elif where == "exercise_notes":
        data["days"][0]["exercises"][0]["notes"] = text[:300]
    elif where == "day_name":
        data["days"][0]["name"] = text[:60]
    else:
        data["progression"]["summary"] = text
    report = validate_plan(Plan.model_validate(data), profile, overrides)
    return report.plan, report


def _all_text(plan: Plan) -> str:
    parts = [plan.name, plan.rationale, plan.volume_note, plan.progression.summary, *plan.safety_notes]
    for day in plan.days:
        parts += [day.name, day.focus, day.time_note, *(i.notes for i in day.warmup)]
        parts += [f"{i.name} {i.notes}" for i in day.exercises]
    return "\n".join(parts)


def _told(report: Any) -> str:
    return " ".join(r.message for r in report.repairs if r.code == "unsafe_text")


CASES = (
    [(UNDERWEIGHT, t, None, "under a healthy range") for t in UNDERWEIGHT_LOSS]
    + [(HEALTHY, t, None, "faint") for t in PRESYNCOPE]
    + [(HEALTHY, t, None, "") for t in COMPENSATION]
    + [(HEALTHY, t, None, "") for t in MULTI_DAY_FASTS]
    + [(HEALTHY, t, CAP_NOTES, "") for t in CAP_BROKEN]
)


@pytest.mark.parametrize(("profile", "text", "notes", "told"), CASES)
@pytest.mark.parametrize("where", ["rationale", "safety_notes", "exercise_notes"])
def test_a_provider_plans_plain_harm_is_removed_and_the_user_is_told(
    profile: FitnessProfile, text: str, notes: str | None, told: str, where: str
) -> None:
    plan, report = _provider_plan(profile, text, where, notes)
    assert report.ok
    # The sentence's harmful part is gone from everything the user reads (the rest of the field stays).
    assert text.rstrip(".") not in _all_text(plan)
    assert "Removed text from the" in _told(report) and told in _told(report)


@pytest.mark.parametrize("text", [t for t in PRESYNCOPE + COMPENSATION + MULTI_DAY_FASTS if len(t) <= 60])
def test_a_day_name_with_the_harm_is_replaced(text: str) -> None:
    plan, _ = _provider_plan(HEALTHY, text, "day_name")
    assert text[:60] not in _all_text(plan) and plan.days[0].name


def test_the_red_teams_underweight_example_gets_vigors_note_first() -> None:
    text = "Keep portions small and add 60 minutes of fasted cardio; you'll be under 45 kg in about six weeks."
    plan, report = _provider_plan(UNDERWEIGHT, text, "rationale", "I'm 48 kg at 170 cm, get me under 45.")
    assert "fasted cardio" not in _all_text(plan)
    assert explain.UNDERWEIGHT_NOTE in plan.safety_notes[:3]
    assert "losing weight though your height and weight" in _told(report)


def test_a_clinicians_cap_in_the_request_notes_is_the_plans_first_note_and_holds() -> None:
    plan, report = _provider_plan(HEALTHY, "Finish day 2 with 10 all-out sprints at 180 bpm.", "rationale", CAP_NOTES)
    note = explain.HR_CAP_NOTE.format(bpm=130)
    assert note in plan.safety_notes and "180 bpm" not in _all_text(plan)
    assert "heart-rate limit your doctor set" in _told(report)


def test_a_cap_in_an_injury_note_counts_too() -> None:
    knee = {"area": "knee", "severity": "mild", "notes": "cardiologist: heart rate max 125"}
    profile = FitnessProfile.model_validate({**HEALTHY.model_dump(), "injuries": [knee]})
    assert plan_harm.hr_cap(resolve(profile, None).harm_context) == 125
    plan, _ = _provider_plan(profile, "Aim for 140 bpm on the hills.", "rationale")
    assert "140 bpm" not in _all_text(plan)


@pytest.mark.parametrize("text", WARNINGS)
@pytest.mark.parametrize("profile", [UNDERWEIGHT, HEALTHY])
def test_warnings_are_kept(text: str, profile: FitnessProfile) -> None:
    plan, report = _provider_plan(profile, text, "rationale", CAP_NOTES)
    assert text in plan.rationale and _told(report) == ""


@pytest.mark.parametrize("text", KEPT_UNDER_CAP)
def test_effort_under_the_cap_is_kept(text: str) -> None:
    plan, report = _provider_plan(HEALTHY, text, "rationale", CAP_NOTES)
    assert text in plan.rationale and _told(report) == ""


@pytest.mark.parametrize("text", ORDINARY_FOR_HEALTHY)
def test_the_same_words_for_someone_at_a_healthy_weight_with_no_cap_are_kept(text: str) -> None:
    plan, report = _provider_plan(HEALTHY, text, "rationale")
    assert text in plan.rationale and _told(report) == ""
    assert explain.UNDERWEIGHT_NOTE not in plan.safety_notes


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(131, 220), st.integers(100, 180))
def test_any_rate_above_a_told_cap_goes_and_none_under_it(rate: int, cap: int) -> None:
    context = plan_harm.context(None, None, [f"My doctor told me to keep my heart rate under {cap} bpm."])
    removed = plan_harm.harms(f"Hold {rate} bpm on the intervals.", context)
    assert bool(removed) == (rate > cap)


@settings(max_examples=40, deadline=None)
@given(st.integers(150, 195), st.integers(30, 120))
def test_any_weight_and_height_under_bmi_18_5_is_underweight(height: int, weight: int) -> None:
    context = plan_harm.context(height, weight, [])
    assert ("underweight" in context) == (weight / (height / 100) ** 2 < 18.5)
