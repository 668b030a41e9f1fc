"""Replacements for one exercise of a plan, for one user: what a swap may offer.

    candidates(exercise, request, pool, taken) -> list[Exercise]    best first
    why(exercise, candidate) -> str                                   one line the app can show
    unfit_reason(exercise, replacement, request, pool) -> str         why one is not a candidate
    replaced(item, exercise, request) -> PlanExercise                 the plan slot re-dosed for it

A candidate does the same job in the session: the same movement pattern and role (compound or
isolation), sharing the exercise's lead muscle (conditioning and mobility work only need the same
pattern). It comes from the user's eligible pool (`shared.plans.volume.eligible_pool`: their
equipment, nothing an injury rules out, their level, no impact when PAR-Q, age or a severe
lower-limb injury says so) and is not already on that day. Order: the same kind of load first
(a loaded lift is replaced by a loaded lift before a bodyweight, timed or distance one), then the
catalog's own substitutions in its order, then main lifts, then the closest skill, then the most
primary muscles in common.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from shared.exercises.catalog import find_exercise
from shared.exercises.model import Exercise
from shared.plans.cues import exercise_note, has_top_set
from shared.plans.note_fit import fit_note
from shared.plans.progression import choose_method, wave_flat, wave_weeks
from shared.plans.rules import Request, clamp_reps, prescribe
from shared.plans.schema import PlanExercise


def fits(exercise: Exercise, request: Request) -> bool:
    """The user's equipment covers it and none of their injuries rules it out."""
    return exercise.needs_only(request.equipment) and not exercise.contraindicated_for(dict(request.injuries))


def _lead(exercise: Exercise) -> str:
    return exercise.primary_muscles[0]


def _alike(exercise: Exercise, other: Exercise) -> bool:
    if other.pattern != exercise.pattern or other.isolation != exercise.isolation:
        return False
    return not exercise.hard_sets or _lead(exercise) in other.primary_muscles


def _canonical(ids: Iterable[str]) -> set[str]:
    """Ids as the catalog knows them now (a stored plan may still use an earlier id, an alias)."""
    out = set()
    for ident in ids:
        found = find_exercise(ident)
        out.add(found.id if found is not None else ident)
    return out


def candidates(
    exercise: Exercise, request: Request, pool: Iterable[Exercise], taken: Collection[str]
) -> list[Exercise]:
    """Replacements for `exercise` for this user, best first (see the module docstring).

    `pool` is the user's eligible pool; `taken` the ids already on that day (the exercise itself is
    never offered, whether or not it is in `taken`)."""
    busy = _canonical(taken) | {exercise.id}
    listed = {ident: rank for rank, ident in enumerate(_ordered_substitutions(exercise))}
    usable = [e for e in pool if e.id not in busy and fits(e, request)]
    found = [e for e in usable if _alike(exercise, e)]
    if not found:
        # Nothing of the same kind fits (a squat for a severe knee): the same movement for the same
        # lead muscle, of any kind, so the muscle is still trained (a straight-leg raise).
        found = [e for e in usable if e.pattern == exercise.pattern and _lead(exercise) in e.primary_muscles]
    primary = set(exercise.primary_muscles)
    return sorted(
        found,
        key=lambda e: (
            e.load_type != exercise.load_type,
            listed.get(e.id, len(listed)),
            not e.main_lift,
            abs(e.skill - exercise.skill),
            -len(primary & set(e.primary_muscles)),
            e.id,
        ),
    )


def _ordered_substitutions(exercise: Exercise) -> list[str]:
    """The catalog's substitutions as current ids, in the catalog's order."""
    out: list[str] = []
    for ident in exercise.substitutions:
        found = find_exercise(ident)
        if found is not None and found.id not in out:
            out.append(found.id)
    return out


def _words(items: Iterable[str]) -> str:
    names = [item.replace("_", " ") for item in items]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def why(exercise: Exercise, candidate: Exercise) -> str:
    """Why `candidate` can replace `exercise`, in one line: e.g. "A listed substitution: squat pattern,
    trains quads and glutes; needs dumbbells."."""
    listed = candidate.id in _ordered_substitutions(exercise)
    lead = "A listed substitution" if listed else "Same movement"
    shared = [m for m in candidate.primary_muscles if m in exercise.primary_muscles] or candidate.primary_muscles
    kit = [item for item in candidate.equipment if item != "bodyweight"]
    needs = f"needs {_words(kit)}" if kit else "no equipment"
    load = "" if candidate.load_type == exercise.load_type else f"; {_LOAD_NOTE[candidate.load_type]}"
    return f"{lead}: {exercise.pattern.replace('_', ' ')} pattern, trains {_words(shared)}; {needs}{load}."


_LOAD_NOTE = {
    "weight": "loaded with weights",
    "bodyweight": "done with your bodyweight",
    "assisted": "done with assistance",
    "time": "done for time",
    "distance": "done for distance",
}


def unfit_reason(exercise: Exercise, replacement: Exercise, request: Request, pool: Iterable[Exercise]) -> str:
    """Why `replacement` is not a candidate for `exercise` (for a 422 naming it); "" when it is one
    apart from being taken."""
    if replacement.id == exercise.id:
        return "is the exercise being replaced"
    missing = [item for item in replacement.equipment if item != "bodyweight" and item not in request.equipment]
    if missing:
        return f"needs equipment you do not have ({_words(missing)})"
    injured = dict(request.injuries)
    if replacement.contraindicated_for(injured):
        areas = [r.area for r in replacement.contraindications if r.area in injured]
        return f"is not advised with your {_words(dict.fromkeys(areas))} injury"
    if replacement.id not in {e.id for e in pool}:
        return "is not suitable for you (your level, the impact it involves, or it is a rehabilitation exercise)"
    if replacement.pattern != exercise.pattern:
        return f"is a {replacement.pattern.replace('_', ' ')} exercise, not a {exercise.pattern.replace('_', ' ')} one"
    if replacement.isolation != exercise.isolation:
        return "is an isolation exercise" if replacement.isolation else "is a compound lift, not an isolation exercise"
    if not _alike(exercise, replacement):
        return f"does not train {_lead(exercise).replace('_', ' ')}"
    return ""


def replaced(item: PlanExercise, exercise: Exercise, request: Request) -> PlanExercise:
    """`item` with `exercise` in its place: the same sets, role, warm-up sets and place in the day.

    Lifting slots are dosed for the new exercise (`rules.prescribe`: reps within its dose bounds, or a
    duration for timed work; RPE and the rest of that dose, as the engine rests it on every day), and
    get the exercise's own progression scheme.
    Conditioning, mobility and balance slots keep their effort, rest and duration (the engine doses
    those by the session, not by the goal); only the unit changes if it must (reps within the new
    exercise's bounds, or a timed set)."""
    rx = prescribe(request, exercise)
    distance = None
    if exercise.load_type == "distance":
        distance = max(exercise.dose_min, min(exercise.dose_max, 40)) if exercise.dose_max > 30 else 30
    if item.role in _EXTRA_ROLES or not exercise.hard_sets:
        timed = exercise.load_type in ("time", "distance")
        reps = (1, 1) if timed else clamp_reps(item.reps_min, item.reps_max, exercise)
        duration = (item.duration_seconds or rx.duration_seconds) if timed else None
        note = item.notes.removesuffix(" Each side.") + (" Each side." if exercise.unilateral else "")
        return item.model_copy(
            update={
                "exercise_id": exercise.id, "name": exercise.name, "reps_min": reps[0], "reps_max": reps[1],
                "target_rpe": min(item.target_rpe, request.rpe_cap), "duration_seconds": duration,
                "distance_m": distance, "notes": fit_note(note),
            }
        )  # fmt: skip
    method = choose_method(request, exercise, role=item.role)
    return item.model_copy(
        update={
            "exercise_id": exercise.id,
            "name": exercise.name,
            "reps_min": rx.reps_min,
            "reps_max": rx.reps_max,
            "target_rpe": rx.target_rpe,
            "rest_seconds": rx.rest_seconds,
            "duration_seconds": rx.duration_seconds,
            "distance_m": distance,
            "notes": exercise_note(
                exercise,
                rx,
                role=item.role,
                sets=item.sets,
                method=method,
                request=request,
                top_sets=has_top_set(item.notes),
            ),
            "progression": method,
            "wave": wave_weeks(item.sets) if method == "training_max_wave" else None,
            **(wave_flat(item.sets, request.rpe_cap) if method == "training_max_wave" else {}),
        }
    )


_EXTRA_ROLES = ("conditioning", "mobility", "balance", "power")
