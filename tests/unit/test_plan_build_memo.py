"""One `generate_plan` call's builds share ranks and doses (`shared/plans/build_memo.py`): the same plans, less work.

The memo is only sound while the slot ranking and the dose before pairing read neither `Request.straight` nor
`Request.trimmed_warmup`: the property tests below fail when a rule starts to read them (through `Request.paired`
too), and the plan test fails when sharing changes any plan.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.plans import templates
from shared.plans.allocator import Week
from shared.plans.build_memo import BuildMemo, Rankings
from shared.plans.engine import generate_plan
from shared.plans.rules import FLOOR_MUSCLES, PAIRED_VOLUME_GOALS, Request, prescribe, resolve, unpaired_dose
from shared.plans.splits import Slot
from shared.plans.volume import eligible_pool
from shared.profile import EQUIPMENT, LEVELS, FitnessProfile, ParQ
from shared.profile.model import MUSCLES
from tests.unit.plan_strategies import injuries, profiles

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NOW = datetime(2026, 1, 5, tzinfo=UTC)

# Weeks `generate_plan` builds twice or three times: a volume goal's 31-45 minute week (paired, then straight sets),
# with a blood-pressure answer sometimes (the trimmed warm-up's build).
rebuilt = st.builds(
    FitnessProfile,
    fitness_level=st.sampled_from(LEVELS),
    goals=st.sampled_from(sorted(PAIRED_VOLUME_GOALS)).map(lambda g: [g]),
    equipment=st.lists(st.sampled_from(EQUIPMENT), max_size=10, unique=True),
    injuries=injuries.map(list),
    days_per_week=st.integers(1, 7),
    session_minutes=st.integers(31, 45),
    par_q=st.builds(ParQ, blood_pressure_medication=st.booleans(), medical_clearance=st.booleans()),
    birth_year=st.one_of(st.none(), st.integers(1940, 2005)),
)


def _variants(profile: FitnessProfile) -> list[Request]:
    request = resolve(profile)
    return [request, replace(request, straight=True), replace(request, trimmed_warmup=True)]


def _unshared(self: BuildMemo, request: object) -> bool:
    return False


@SETTINGS
@given(rebuilt)
def test_plans_are_the_same_with_and_without_the_shared_memo(profile: FitnessProfile) -> None:
    shared = generate_plan(profile, plan_id="p", now=NOW)
    with mock.patch.object(BuildMemo, "shares", _unshared):
        alone = generate_plan(profile, plan_id="p", now=NOW)
    assert shared.model_dump_json() == alone.model_dump_json()


@SETTINGS
@given(st.one_of(rebuilt, profiles))
def test_slot_ranks_read_neither_straight_nor_the_trimmed_warmup(profile: FitnessProfile) -> None:
    requests = _variants(profile)
    pool = eligible_pool(requests[0])
    _, days = requests[0].split()
    weeks = [Week(r, pool, days, templates.lifting_seconds(r, pool), random.Random(0)) for r in requests]
    slots = {s for day in days for s in day.slots} | {Slot(m, m in FLOOR_MUSCLES) for m in MUSCLES}
    for slot in slots:
        ranks = [[week._slot_ranker(slot)(e) for e in week.by_muscle[slot.muscle]] for week in weeks]
        assert ranks[1] == ranks[0] and ranks[2] == ranks[0], slot


@SETTINGS
@given(st.one_of(rebuilt, profiles))
def test_doses_before_pairing_read_neither_straight_nor_the_trimmed_warmup(profile: FitnessProfile) -> None:
    requests = _variants(profile)
    for exercise in eligible_pool(requests[0]):
        doses = [unpaired_dose(r, exercise) for r in requests]
        assert doses[1] == doses[0] and doses[2] == doses[0], exercise.id
        for r in requests:  # the memo's dose, paired where the request pairs, is the dose
            assert prescribe(r, exercise, unpaired=doses[0]) == prescribe(r, exercise), exercise.id


def test_a_straight_build_reuses_the_paired_builds_ranks_and_doses() -> None:
    profile = FitnessProfile(
        fitness_level="advanced", goals=["hypertrophy"], equipment=list(EQUIPMENT), days_per_week=7, session_minutes=38
    )
    built: list[Rankings] = []
    doses = 0
    real_rankings, real_dose = BuildMemo.rankings_for, unpaired_dose

    def spy_rankings(self: BuildMemo, *args: object) -> Rankings:
        built.append(real_rankings(self, *args))  # type: ignore[arg-type]
        return built[-1]

    def spy_dose(*args: object) -> object:
        nonlocal doses
        doses += 1
        return real_dose(*args)  # type: ignore[arg-type]

    with (
        mock.patch.object(BuildMemo, "rankings_for", spy_rankings),
        mock.patch("shared.plans.allocator.unpaired_dose", spy_dose),
    ):
        generate_plan(profile)
        shared = doses
        assert len(built) == 2 and built[1] is built[0]  # paired, then straight sets: one ranking memo
        with mock.patch.object(BuildMemo, "shares", _unshared):
            doses = 0
            generate_plan(profile)
    assert shared < doses  # the straight build dosed only what the paired one had not


def test_a_different_person_or_week_gets_its_own_memo() -> None:
    memo = BuildMemo()
    request = resolve(FitnessProfile(goals=["hypertrophy"], days_per_week=3, session_minutes=40))
    assert memo.shares(request)
    assert memo.shares(replace(request, straight=True, trimmed_warmup=True))
    assert not memo.shares(replace(request, minutes=50))
    pool = eligible_pool(request)
    _, days = request.split()
    first = memo.rankings_for(pool, days, [{"a": 0.5}])
    assert memo.rankings_for(pool, days, [{"a": 0.5}]) is first
    assert memo.rankings_for(pool, days, [{"a": 0.25}]) is not first  # other tie-breaks rank otherwise
    assert memo.rankings_for(pool[1:], days, [{"a": 0.25}]) is not memo.rankings_for(pool, days, [{"a": 0.25}])
