"""How the user's word on an exercise moves its next target (issue 22: feedback that acts).

The logs decide a target (`shared.plans.recommendations`); the latest answer about the exercise,
given since the session the target comes from, then moves it:

* `too_easy`: a step up sooner. A held load, or one still adding reps, goes up by the next loadable
  step now (reps restart at the bottom of the range). A load the logs say to hold or cut for missed
  reps is held instead: the sets were short, whatever it felt like.
* `too_hard`: no more than a hold. An increase (load, reps, a harder variation, less assistance, more
  time) becomes a hold at the last load; a target that already held steps down about 10%.
* `painful`: a load that hurt is not added to: about 10% lighter where the load allows, else a hold
  (the feedback's own answer offers a substitute and asks about an injury: `shared.feedback.painful`).

A training-max wave keeps its own sets (its week is set by the cycle); the answer is noted on it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from shared.exercises.model import Exercise
from shared.plans import progression as prog

if TYPE_CHECKING:
    from shared.plans.recommendations import Draft

FeltKind = Literal["too_easy", "too_hard", "painful", "disliked", "no_equipment"]
_UP = frozenset({"increase_load", "add_reps", "harder_variation", "reduce_assistance", "add_time", "add_distance"})


@dataclass(frozen=True)
class Felt:
    """The latest answer about one exercise and when it was given."""

    kind: FeltKind
    at: datetime


def _fmt(weight: float, unit: prog.Unit) -> str:
    return f"{weight:g} {unit}"


def adjust(
    draft: Draft, kind: FeltKind, exercise: Exercise | None, exercise_id: str, current_kg: float, seconds: int,
    unit: prog.Unit, reps: tuple[int, int],
) -> Draft:  # fmt: skip
    """The draft moved by the user's answer (see the module docstring); unchanged for other answers."""
    if kind not in ("too_easy", "too_hard", "painful"):
        return draft
    if draft.method == "training_max_wave":
        said = {"too_easy": "too easy", "too_hard": "too hard", "painful": "painful"}[kind]
        return replace(draft, reason=f"{draft.reason} You said this felt {said}: the wave keeps its week; tell "
                       "the coach if it keeps feeling this way.")  # fmt: skip
    lo, hi = reps
    assisted = prog.is_assisted(exercise, exercise_id)
    loaded = current_kg > 0 and not assisted and (exercise is None or exercise.load_type == "weight")
    current = prog.to_display(current_kg, unit)
    which = prog.kit(exercise, exercise_id)
    if kind == "too_easy":
        if not loaded:
            return draft
        if draft.action in ("reduce_load", "reset"):
            return replace(draft, action="hold", weight=current, reps_min=lo, reps_max=hi, reason="You said this "
                           f"felt too easy, but sets fell short of the range: keep {_fmt(current, unit)} and complete "
                           "every set before it goes up.")  # fmt: skip
        if draft.action not in ("hold", "add_reps"):
            return draft
        step = prog.next_load(current, exercise, unit) or prog.step_above(current, which, unit)
        if step is None:
            return draft
        return replace(draft, action="increase_load", weight=step, reps_min=lo, reps_max=hi, variation=None,
                       variation_id=None, reason=f"You said this felt too easy: go to {_fmt(step, unit)} now rather "
                       f"than after more reps, and restart at {lo} reps.")  # fmt: skip
    lighter = prog.floor_loadable(current * 0.9, which, unit) if loaded else 0.0
    if kind == "painful" and loaded and 0 < lighter < current:
        return replace(draft, action="reduce_load", weight=lighter, reps_min=lo, reps_max=hi, variation=None,
                       variation_id=None, reason=f"You said this was painful: about 10% lighter "
                       f"({_fmt(lighter, unit)}), and stop if it hurts again; a swap that spares the area is offered "
                       "with your feedback.")  # fmt: skip
    if draft.action in _UP or (kind == "painful" and draft.action != "reduce_load"):
        said = "was painful" if kind == "painful" else "felt too hard"
        return replace(draft, action="hold", weight=current if loaded else draft.weight, reps_min=lo, reps_max=hi,
                       seconds=seconds or draft.seconds, variation=None, variation_id=None,
                       reason=f"You said this {said}: keep the same {'load' if loaded else 'work'} until it feels "
                       "manageable, nothing added.")  # fmt: skip
    if kind == "too_hard" and draft.action == "hold" and loaded and 0 < lighter < current:
        return replace(draft, action="reduce_load", weight=lighter, reps_min=lo, reps_max=hi, reason="You said "
                       f"this felt too hard and the load was already holding: back off about 10% "
                       f"({_fmt(lighter, unit)}) and build up again.")  # fmt: skip
    return draft
