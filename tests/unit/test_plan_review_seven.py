"""The seventh coach review's open findings, each pinned as a kind: a property over random profiles
and the reviewer's own example (before the fix in the docstring)."""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, given, settings

from shared.plans.engine import generate_plan
from shared.plans.rules import resolve
from shared.profile import FitnessProfile, ParQ
from tests.unit.plan_strategies import profiles

_DEEP = os.environ.get("HYPOTHESIS_PROFILE") == "deep"
PROPERTY = settings(max_examples=1500 if _DEEP else 150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- 6. One effort cap in the safety notes -------------------------------------------------------


@PROPERTY
@given(profiles)
def test_the_safety_notes_name_one_effort_cap_the_plans_own(profile: FitnessProfile) -> None:
    request = resolve(profile)
    plan = generate_plan(profile)
    caps = {float(cap) for cap in re.findall(r"RPE (\d+(?:\.\d+)?) or lower", " ".join(plan.safety_notes))}
    assert len(caps) <= 1, plan.safety_notes
    assert not caps or request.hold or caps == {request.rpe_cap}, (caps, request.rpe_cap)


def test_an_older_adult_with_a_par_q_answer_reads_one_cap() -> None:
    """Before: "RPE 6 or lower" (PAR-Q) and "RPE 7 or lower" (over 65) in the same plan."""
    profile = FitnessProfile(
        birth_year=1955,
        goals=["general_fitness"],
        equipment=["dumbbells"],
        par_q=ParQ(blood_pressure_medication=True),
    )
    notes = " ".join(generate_plan(profile).safety_notes)
    assert "RPE 6 or lower" in notes and "RPE 7" not in notes
