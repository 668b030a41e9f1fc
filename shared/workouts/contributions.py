"""What one logged session adds to its week: pure functions over the session as stored (JSON).

A contribution is small and self-contained, so a week's aggregate is the sum of its sessions'
contributions and can be recomputed from the week document alone:

    {"started": utc key, "date": "YYYY-MM-DD", "vol": volume in centi-kg (an integer, so sums are exact),
     "hard": {muscle: hard sets}, "ex": {exercise_id: {"e1rm": kg | None, "top": [kg, reps] | None,
     "reps": {"<kg>": most reps}, "name": custom name}}}

Counting rules (docs/decisions.md, "Workouts and progress"):
* volume = reps x weight of completed sets;
* a hard set is a completed set at RPE 7 or more, or with no RPE recorded (most people log RPE
  only on hard sets), of an exercise that counts hard sets (not conditioning or mobility);
  secondary muscles count half, as in the plan engine (`shared.plans.volume.add_credit`);
* e1RM from completed loaded sets of 1-12 reps of load-based exercises (estimates beyond 12 reps are
  poor); records of reps-at-weight for everything but timed and distance work.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from shared.exercises.catalog import find_exercise
from shared.plans.recommendations import epley
from shared.plans.volume import add_credit
from shared.profile.model import Muscle
from shared.workouts.keys import utc_key

Contribution = dict[str, Any]
HARD_RPE = 7.0
E1RM_MAX_REPS = 12


def weight_key(weight_kg: float) -> str:
    """A weight as a map key: `100`, `102.5`, `0` (two decimals at most)."""
    return f"{round(weight_kg, 2):.2f}".rstrip("0").rstrip(".")


def is_hard(logged_set: dict[str, Any]) -> bool:
    rpe = logged_set.get("rpe")
    return bool(logged_set.get("completed")) and (rpe is None or float(rpe) >= HARD_RPE)


def contribution(session: dict[str, Any]) -> Contribution:
    """The contribution of one session (`session` as `LoggedSession.model_dump(mode="json")`)."""
    started = datetime.fromisoformat(str(session["started_at"]).replace("Z", "+00:00"))
    key = utc_key(started)
    volume = 0
    credit: dict[Muscle, float] = defaultdict(float)
    per_exercise: dict[str, dict[str, Any]] = {}
    for item in session.get("exercises", []):
        exercise_id = str(item["exercise_id"])
        exercise = find_exercise(exercise_id)
        load_type = exercise.load_type if exercise is not None else "weight"
        entry = per_exercise.setdefault(exercise_id, {"e1rm": None, "top": None, "reps": {}})
        if exercise is None and item.get("name"):
            entry["name"] = str(item["name"])
        for logged in item.get("sets", []):
            if not logged.get("completed"):
                continue
            reps, weight = int(logged["reps"]), float(logged["weight_kg"] or 0)
            volume += reps * round(weight * 100)
            if exercise is not None and is_hard(logged):
                add_credit(credit, exercise, 1)
            if weight > 0 and (entry["top"] is None or [weight, reps] > entry["top"]):
                entry["top"] = [weight, reps]
            if load_type in ("time", "distance") or reps < 1:
                continue
            wkey = weight_key(weight)
            entry["reps"][wkey] = max(reps, entry["reps"].get(wkey, 0))
            if load_type == "weight" and weight > 0 and reps <= E1RM_MAX_REPS:
                value = round(epley(weight, reps), 1)
                entry["e1rm"] = value if entry["e1rm"] is None else max(value, entry["e1rm"])
    return {
        "started": key,
        "date": key[:10],
        "vol": volume,
        "hard": {m: v for m, v in sorted(credit.items()) if v},
        "ex": per_exercise,
    }


def week_totals(contribs: dict[str, Contribution]) -> dict[str, Any]:
    """A week's aggregate from its sessions' contributions (order-independent, exact)."""
    hard: dict[str, float] = defaultdict(float)
    best: dict[str, list[Any]] = {}
    volume = 0
    for session_id in sorted(contribs):
        c = contribs[session_id]
        volume += int(c["vol"])
        for muscle, sets in c["hard"].items():
            hard[muscle] += sets
        for exercise_id, entry in c["ex"].items():
            value = entry.get("e1rm")
            if value is None:
                continue
            current = best.get(exercise_id)
            # Earlier dates win ties (ISO dates compare as strings).
            if current is None or value > current[0] or (value == current[0] and c["date"] < current[1]):
                best[exercise_id] = [value, c["date"]]
    return {
        "sessions": len(contribs),
        "volume_kg": volume / 100,
        "hard_sets_by_muscle": {m: hard[m] for m in sorted(hard) if hard[m]},
        "e1rm": {k: best[k] for k in sorted(best)},
    }
