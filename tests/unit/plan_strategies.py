"""Hypothesis strategies for valid fitness profiles (shared by the plan tests)."""

from __future__ import annotations

from hypothesis import strategies as st

from shared.plans.rules import PlanOverrides
from shared.profile import EQUIPMENT, GOALS, INJURY_AREAS, LEVELS, SEVERITIES, WEEKDAYS, FitnessProfile, Injury, ParQ

injuries = st.lists(st.sampled_from(INJURY_AREAS), unique=True, max_size=9).flatmap(
    lambda areas: st.tuples(*[st.builds(Injury, area=st.just(a), severity=st.sampled_from(SEVERITIES)) for a in areas])
)

profiles = st.builds(
    FitnessProfile,
    fitness_level=st.sampled_from(LEVELS),
    goals=st.lists(st.sampled_from(GOALS), min_size=1, max_size=3, unique=True),
    equipment=st.lists(st.sampled_from(EQUIPMENT), max_size=10, unique=True),
    injuries=injuries.map(list),
    days_per_week=st.integers(1, 7),
    session_minutes=st.integers(15, 180),
    preferred_days=st.lists(st.sampled_from(WEEKDAYS), max_size=7, unique=True),
    par_q=st.builds(
        ParQ,
        heart_condition=st.booleans(),
        dizziness=st.booleans(),
        blood_pressure_medication=st.booleans(),
        medical_clearance=st.booleans(),
    ),
    birth_year=st.one_of(st.none(), st.integers(1930, 2010)),
)

overrides = st.one_of(
    st.none(),
    st.builds(
        PlanOverrides,
        focus=st.one_of(st.none(), st.sampled_from(GOALS)),
        days_per_week=st.one_of(st.none(), st.integers(1, 7)),
        session_minutes=st.one_of(st.none(), st.integers(15, 180)),
    ),
)
