"""What a plan writer (an LLM) may choose from for one request: exercises with their doses, the week's
shape and the volume band, all from the engine's own rules.

    brief = plan_brief(profile, overrides)
    brief.candidates    exercises this user may do, basic lifts first, each with its dose limits
    brief.week          the weekdays and what each day trains (the engine's split)
    brief.volume        weekly hard sets per muscle: floor, top, and which floors may be missed

The pool is `volume.eligible_pool` (the validator's pool: equipment, injuries, level, age, PAR-Q),
doses are `rules.prescribe` (the engine's), so anything a writer picks from here passes the
validator's equipment, injury and dose checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from shared.exercises.model import Exercise
from shared.plans import conditioning
from shared.plans.allocator import MAX_EXERCISES, _equipment_rank, _oddity
from shared.plans.conditioning import RECOVERY_MINUTES
from shared.plans.rules import (
    FLOOR_MUSCLES,
    LEVEL_RANK,
    LOADED_EQUIPMENT,
    MAX_SETS,
    Request,
    prescribe,
    resolve,
    session_routine,
    set_cap,
    set_seconds,
)
from shared.plans.schema import PlanExercise
from shared.plans.splits import FULL_ROTATION, SPLITS, weekdays
from shared.plans.templates import AEROBIC_MINUTES, MIN_BLOCK_MINUTES, block_minutes
from shared.plans.templates import choose as choose_template
from shared.plans.volume import eligible_pool, excused_below_floor
from shared.profile.model import MUSCLES, FitnessProfile

LIMIT = 60  # candidates in a prompt: enough for variety, small enough to keep the prompt cheap
PER_MUSCLE = 3  # each muscle's best direct exercises are always offered, whatever the cap cuts
# Extras where the engine's template or the week's days use them: conditioning modalities, balance
# drills (and chair stands for power) for older adults, mobility drills (breathing first for a hold).
CONDITIONING, BALANCE, MOBILITY, MOBILITY_PROGRAM = 4, 3, 8, 16
POWER_DRILL, BREATHING = "fast-sit-to-stand", "diaphragmatic-breathing"
HOLD_RPE = 3.0

# The basic lifts the engine anchors its days on (the split templates' preferred lifts), in order.
_BASIC: dict[str, int] = {
    ident: rank
    for rank, ident in enumerate(
        dict.fromkeys(
            ident
            for day in (*FULL_ROTATION, *(day for _, days in SPLITS.values() for day in days))
            for slot in day.slots
            for ident in slot.prefer
        )
    )
}


@dataclass(frozen=True)
class Candidate:
    """One exercise a writer may use, with the dose the engine would give it."""

    exercise: Exercise
    reps: tuple[int, int]
    duration_seconds: int | None
    max_sets: int
    target_rpe: float
    rest_seconds: int
    set_seconds: int  # at the longest duration, for timed work
    shortest: int | None = None  # conditioning: the block may be this short (duration_s is then a range)

    def as_prompt(self) -> dict[str, Any]:
        """Compact JSON for the prompt (empty fields left out)."""
        e = self.exercise
        row: dict[str, Any] = {
            "id": e.id, "name": e.name, "pattern": e.pattern, "equipment": e.equipment,
            "primary": e.primary_muscles, "secondary": e.secondary_muscles or None,
            "type": e.pattern if not e.hard_sets else "isolation" if e.isolation else "compound",
            "unilateral": e.unilateral or None, "reps": list(self.reps),
            "duration_s": [self.shortest, self.duration_seconds] if self.shortest else self.duration_seconds,
            "sets_max": self.max_sets, "rpe": self.target_rpe, "rest_s": self.rest_seconds, "set_s": self.set_seconds,
        }  # fmt: skip
        return {k: v for k, v in row.items() if v is not None}


@dataclass(frozen=True)
class PlanBrief:
    """Everything a plan writer needs besides the profile (see the module docstring)."""

    request: Request
    candidates: tuple[Candidate, ...]
    week: list[dict[str, Any]]
    volume: dict[str, Any]
    session: dict[str, Any]

    @property
    def ids(self) -> list[str]:
        return [c.exercise.id for c in self.candidates]


def _rank(request: Request, e: Exercise) -> tuple[Any, ...]:
    """Basic lifts first, as the engine's allocator ranks a compound slot, then the rest by how usual they are."""
    level = LEVEL_RANK[request.level]
    loaded = bool(request.equipment & LOADED_EQUIPMENT)
    return (
        not e.hard_sets,
        request.par_q and e.dose_max < 10,
        loaded and e.load_type != "weight" and e.pattern != "vertical_pull" and not e.isolation,
        _BASIC.get(e.id, len(_BASIC)),
        not e.main_lift,
        e.isolation,
        _oddity(e),
        _equipment_rank(e, older=request.older),
        e.skill,
        abs(LEVEL_RANK[e.level] - level),
        e.id,
    )


def _engine_item(request: Request, e: Exercise, week: list[dict[str, Any]]) -> PlanExercise | None:
    """The engine's own item for an extra, for its dose: a zone-2 block (an aerobic day's length when the week
    has one), chair stands for power, a balance drill, a mobility hold."""
    if e.pattern == "conditioning":
        aerobic = any(day["kind"] == "aerobic" for day in week)
        bound = AEROBIC_MINUTES[request.level] if aerobic else block_minutes(request) or RECOVERY_MINUTES
        block = conditioning.block((e,), request, bound * 60, 0, bound=bound, minimum=1)
        return block.item if block is not None else None
    if e.id == POWER_DRILL:
        return conditioning.power_item((e,), set())
    if e.balance and not e.hard_sets:
        return conditioning.balance_item((e,), 0, set())
    if e.pattern == "mobility":
        return next(iter(conditioning.mobility_program((e,), 3600, 0)), None)
    return None


def _dose(request: Request, e: Exercise, week: list[dict[str, Any]]) -> Candidate:
    """The engine's dose: `prescribe` for lifts, the engine's own item for extras; RPE 3 at most in a hold."""
    item = _engine_item(request, e, week)
    if item is not None:
        reps, duration, sets, rpe, rest = (
            (item.reps_min, item.reps_max), item.duration_seconds, item.sets, item.target_rpe, item.rest_seconds,
        )  # fmt: skip
    else:
        rx = prescribe(request, e)
        reps, duration, rpe, rest = (rx.reps_min, rx.reps_max), rx.duration_seconds, rx.target_rpe, rx.rest_seconds
        sets = min(MAX_SETS[request.level], set_cap(e))
    rpe = min(rpe, HOLD_RPE) if request.hold else rpe
    shortest = MIN_BLOCK_MINUTES * 60 if e.pattern == "conditioning" and duration else None
    seconds = set_seconds(reps[0], reps[1], rest, duration, e.unilateral)
    return Candidate(e, reps, duration, sets, rpe, rest, seconds, shortest)


def _extras(request: Request, pool: tuple[Exercise, ...], week: list[dict[str, Any]]) -> list[Exercise]:
    """Conditioning, mobility and balance options where the engine's template or the week's days use them."""
    template, kinds = choose_template(request), {day["kind"] for day in week}
    extras: list[Exercise] = []
    if template.conditioning or kinds & {"aerobic", "recovery"}:
        extras += conditioning.modalities(pool, request)[:CONDITIONING]
    if template.balance:
        extras += [e for e in pool if e.balance and not e.hard_sets and not e.impact][:BALANCE]
        extras += [e for e in pool if e.id == POWER_DRILL]
    if template.mobility_program or template.hold or kinds & {"mobility", "recovery"}:
        drills = sorted((e for e in pool if e.pattern == "mobility" and not e.balance), key=lambda e: e.id != BREATHING)
        extras += drills[: MOBILITY_PROGRAM if template.mobility_program else MOBILITY]
    return list({e.id: e for e in extras}.values())


def choose(
    request: Request, pool: tuple[Exercise, ...], week: list[dict[str, Any]], limit: int = LIMIT
) -> list[Exercise]:
    """The candidates: each muscle's best few, then the best of the rest, up to `limit` lifts, then the
    extras (`_extras`). No lifts at all during a hold."""
    extras = _extras(request, pool, week)
    if request.hold:
        return extras
    taken = {e.id for e in extras}
    hard = sorted((e for e in pool if e.hard_sets and e.id not in taken), key=lambda e: _rank(request, e))
    chosen: dict[str, Exercise] = {}
    for muscle in MUSCLES:
        for e in [e for e in hard if e.primary_muscles[0] == muscle][:PER_MUSCLE]:
            chosen.setdefault(e.id, e)
    for e in hard:
        if len(chosen) >= limit - len(extras):
            break
        chosen.setdefault(e.id, e)
    return sorted(chosen.values(), key=lambda e: _rank(request, e)) + extras


def _week(request: Request, profile: FitnessProfile) -> list[dict[str, Any]]:
    split, days = request.split()
    out = []
    for weekday, day in zip(weekdays(request.days, profile.preferred_days, days), days, strict=True):
        kind = "gentle" if request.hold else day.kind
        muscles = list(dict.fromkeys(slot.muscle for slot in day.slots)) if kind == "lifting" else []
        out.append({"day_index": weekday, "name": day.name if kind != "gentle" else "Gentle movement",
                    "kind": kind, "split": split, "trains": muscles})  # fmt: skip
    return out


def plan_brief(profile: FitnessProfile, overrides: object = None, limit: int = LIMIT) -> PlanBrief:
    """The candidates, week, volume band and session limits for this profile and overrides."""
    request = resolve(profile, overrides)
    pool = eligible_pool(request)
    week = _week(request, profile)
    candidates = tuple(_dose(request, e, week) for e in choose(request, pool, week, limit))
    floor, top = request.band
    time_limited, untrainable = excused_below_floor(request, pool)
    volume = {
        "goal": request.goal, "floor": 0 if request.hold else floor, "top": 0 if request.hold else top,
        "floor_muscles": [] if request.hold else [m for m in FLOOR_MUSCLES if m not in untrainable],
        "floor_may_be_missed_for_time": time_limited and not request.hold,
        "counting": "sets of a candidate count 1 for each primary muscle and 0.5 for each secondary muscle",
    }  # fmt: skip
    warm, cool = session_routine(request)
    session = {
        "minutes": request.minutes, "warmup_s": warm, "cooldown_s": cool,
        "max_exercises": MAX_EXERCISES[request.level], "rpe_cap": HOLD_RPE if request.hold else request.rpe_cap,
        "hold": request.hold,
    }  # fmt: skip
    return PlanBrief(request, candidates, week, volume, session)
