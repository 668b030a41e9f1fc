"""Vigor's deterministic plan engine: a complete, validated-by-construction plan from a profile.

No network, no cost: the last provider in every LLM chain. The same profile (and overrides)
always gives the same plan; variety between days comes from a seed derived from the profile.
"""

from __future__ import annotations

import hashlib
import random
from datetime import datetime
from typing import Any

from shared.plans import explain
from shared.plans.allocator import Entry, Week, allocate
from shared.plans.filler import fill_time
from shared.plans.progression import plan_progression
from shared.plans.rules import FLOOR_MUSCLES, PlanOverrides, Request, resolve, routine_seconds, volume_band
from shared.plans.schema import Plan, PlanDay, PlanExercise, PlanSource, RoutineItem
from shared.plans.splits import SPLITS, weekdays
from shared.plans.volume import day_seconds, eligible_pool, excused_below_floor, volume_table
from shared.profile.model import FitnessProfile, Muscle

ENGINE_SOURCE = PlanSource(provider="engine", model="vigor-engine-1")


def _seed(profile: FitnessProfile, overrides: PlanOverrides) -> int:
    relevant = profile.model_dump_json(exclude={"display_name", "timezone", "daily_message_hour", "coach_tone"})
    text = relevant + overrides.model_dump_json()
    return int(hashlib.sha256(text.encode()).hexdigest()[:16], 16)


def _entry_item(entry: Entry) -> PlanExercise:
    rx, exercise = entry.rx, entry.exercise
    reserve = max(0, round(10 - rx.target_rpe))
    note = f"Stop about {reserve} reps short of failure." if rx.duration_seconds is None else "Hold steady, then rest."
    if exercise.unilateral:
        note += " Each side."
    return PlanExercise(
        exercise_id=exercise.id,
        name=exercise.name,
        sets=entry.sets,
        reps_min=rx.reps_min,
        reps_max=rx.reps_max,
        target_rpe=rx.target_rpe,
        rest_seconds=rx.rest_seconds,
        duration_seconds=rx.duration_seconds,
        notes=note,
    )


def routine(minutes: int) -> tuple[list[RoutineItem], list[RoutineItem]]:
    """The warm-up and cool-down done at every session, sized to its length."""
    warm, cool = routine_seconds(minutes)
    warmup = [
        RoutineItem(name="Easy cardio or brisk marching", duration_seconds=warm // 2, notes="Raise your temperature."),
        RoutineItem(
            name="Dynamic mobility and ramp-up sets",
            duration_seconds=warm - warm // 2,
            notes="Leg swings, arm circles, then 1-2 light sets of the first lift.",
        ),
    ]
    cooldown = [
        RoutineItem(
            name="Easy walk and slow breathing", duration_seconds=cool // 2, notes="Let your heart rate settle."
        ),
        RoutineItem(
            name="Gentle stretches", duration_seconds=cool - cool // 2, notes="The muscles you trained, 30 s each."
        ),
    ]
    return warmup, cooldown


def _order(entries: list[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: e.exercise.isolation)  # stable: compounds first, in placement order


def generate_plan(
    profile: FitnessProfile,
    overrides: PlanOverrides | object | None = None,
    *,
    plan_id: str | None = None,
    now: datetime | None = None,
) -> Plan:
    """Write a complete plan for this profile (and overrides: focus goal, days, minutes)."""
    wanted = PlanOverrides.coerce(overrides)
    request = resolve(profile, wanted)
    pool = eligible_pool(request)
    split, templates = SPLITS[request.days]
    warmup, cooldown = routine(request.minutes)
    warm, cool = routine_seconds(request.minutes)
    budget = request.minutes * 60 - warm - cool
    week = allocate(Week(request, pool, templates, budget, random.Random(_seed(profile, wanted))))

    days, any_filler = [], False
    for position, (weekday, template) in enumerate(
        zip(weekdays(request.days, profile.preferred_days), templates, strict=True)
    ):
        items = [_entry_item(entry) for entry in _order(week.days[position])]
        filler = fill_time(pool, request.goal, budget - week.used[position], request.par_q, rotate=position)
        any_filler = any_filler or bool(filler)
        day = PlanDay(
            day_index=weekday, name=template.name, focus=template.focus, estimated_minutes=0, exercises=items + filler
        )
        day.estimated_minutes = round(day_seconds(day, warm, cool) / 60)
        days.append(day)

    floor, top = volume_band(request.goal, request.level)
    time_limited, untrainable = excused_below_floor(request, pool)
    below: list[Muscle] = [m for m in FLOOR_MUSCLES if week.credit[m] < floor]
    short = [m for m in below if m not in untrainable]
    compound_rx = _first_compound(week)
    extra: dict[str, Any] = {} if plan_id is None else {"id": plan_id}
    if now is not None:
        extra["created_at"] = now
    return Plan(
        name=explain.plan_name(request, split),
        goal=request.goal,
        split=split,
        days=days,
        warmup=warmup,
        cooldown=cooldown,
        progression=plan_progression(request),
        rationale=explain.rationale(request, split, compound_rx[:2], compound_rx[2], any_filler),
        safety_notes=explain.safety_notes(request),
        volume_note=explain.volume_note(request, short if time_limited else [], [m for m in below if m in untrainable]),
        source=ENGINE_SOURCE,
        weekly_sets=volume_table(week.credit, floor, top),
        below_floor_muscles=below,
        **extra,
    )


def _first_compound(week: Week) -> tuple[int, int, float]:
    for entries in week.days:
        for entry in entries:
            if entry.exercise.compound and entry.rx.duration_seconds is None:
                return entry.rx.reps_min, entry.rx.reps_max, entry.rx.target_rpe
    return 8, 12, 6.0


__all__ = ["ENGINE_SOURCE", "PlanOverrides", "Request", "generate_plan", "routine"]
