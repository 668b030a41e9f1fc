"""What one logged session adds to its week: pure functions over the session as stored (JSON).

A contribution is small and self-contained, so a week's aggregate is the sum of its sessions'
contributions and can be recomputed from the week document alone:

    {"started": utc key, "date": "YYYY-MM-DD", "vol_mg": volume in milligrams (an integer, so sums are exact),
     "hard": {muscle: hard sets}, "ex": {exercise_id: {"e1rm": kg | None, "top": [kg, reps] | None,
     "reps": {"<kg>": most reps}, "name": custom name}},
     "cardio": {"s": seconds, "mm": millimetres} (only when the session has cardio)}

Counting rules (docs/decisions.md, "Workouts and progress"):
* only completed sets with at least one rep count at all (a 0-rep set is a missed attempt left
  marked completed), or timed and distance bouts (`duration_seconds` / `distance_m` given): nothing
  else counts toward volume, hard sets, e1RM or records;
* warm-up (ramp-up) sets (`set_type` or `role` "warmup") count toward nothing: not volume, records or e1RM;
* drop sets count toward volume and hard sets, never toward records or e1RM (docs/training-science.md,
  "Set types"); failure sets count like normal sets;
* volume = reps x weight of completed sets (assisted exercises add none: their load is help; a set
  with no weight adds none);
* a hard set is a completed set at RPE 7 or more, or with no RPE recorded (most people log RPE
  only on hard sets), of an exercise that counts hard sets (not conditioning or mobility);
  secondary muscles count half, as in the plan engine (`shared.plans.volume.add_credit`); warm-up
  sets (`role`) are not hard sets;
* e1RM from completed loaded sets of 1-12 reps of load-based exercises (estimates beyond 12 reps are
  poor), the one e1RM every screen shows (`progression.estimated_1rm`: the RPE table when the set's RPE is
  logged, else Epley); records of reps-at-weight for everything but timed and distance work, and not for a loaded
  lift (catalog `load_type` "weight") logged with no weight: its load is unknown, not 0 kg;
* assisted exercises (catalog `load_type` "assisted", or "assisted" in the id): the load is the
  assistance, so the "top" record is the lowest assistance (`"assisted": true` marks the entry) and
  there is no e1RM (bodyweight minus assistance needs a body weight the session does not carry);
* cardio = the seconds and metres of completed sets of cyclic conditioning (catalog `intensity`
  "cyclic", not a carry: a run, a ride, a row, a walk) and of the user's own exercises logged in time
  or distance; warm-up sets count here too (an easy kilometre is still a kilometre run). Holds and
  carries are not cardio. Metres are kept in millimetres so sums are exact.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from shared.exercises.catalog import find_exercise
from shared.plans.progression import estimated_1rm, is_assisted
from shared.plans.volume import add_credit
from shared.profile.model import Muscle
from shared.workouts.keys import utc_key

Contribution = dict[str, Any]
# A hard set is one taken within about 4 reps of failure (Baz-Valle et al. 2022; the counting behind
# the volume bands): RPE 6 and up. The plans' most conservative dose (PAR-Q, RPE 6) must count.
HARD_RPE = 6.0
E1RM_MAX_REPS = 12
# Volume is kept in milligrams: a pound is 453592.37 mg, so per-set rounding stays far below what could move
# a total shown in whole pounds or kilograms (centi-kg lost a pound over a month of sets in pounds).
MG_PER_KG = 1_000_000
_MG_PER_CENTI_KG = 10_000


def volume_mg(c: Contribution) -> int:
    """A contribution's volume in milligrams (contributions stored before milligrams carry centi-kg `vol`)."""
    if "vol_mg" in c:
        return int(c["vol_mg"])
    return int(c.get("vol", 0)) * _MG_PER_CENTI_KG


def weight_key(weight_kg: float) -> str:
    """A weight as a map key: `100`, `102.5`, `0` (two decimals at most)."""
    return f"{round(weight_kg, 2):.2f}".rstrip("0").rstrip(".")


def counts(logged_set: dict[str, Any]) -> bool:
    """Completed with at least one rep, or a timed or distance bout (a duration or distance given):
    anything else never counts."""
    done = int(logged_set.get("reps") or 0) >= 1 or bool(
        logged_set.get("duration_seconds") or logged_set.get("distance_m")
    )
    return bool(logged_set.get("completed")) and done


def set_type_of(logged_set: dict[str, Any]) -> str:
    """A stored set's type: its `set_type`, else "warmup" when its `role` says so (sets stored before set
    types carry only `role`), else "normal"."""
    found = logged_set.get("set_type")
    if found:
        return str(found)
    return "warmup" if logged_set.get("role") == "warmup" else "normal"


def is_hard(logged_set: dict[str, Any]) -> bool:
    """A completed set that is no warm-up, at RPE 6+ or unrated; a set to failure is hard whatever RPE it says."""
    if not counts(logged_set):
        return False
    kind = set_type_of(logged_set)
    rpe = logged_set.get("rpe")
    return kind == "failure" or (kind != "warmup" and (rpe is None or float(rpe) >= HARD_RPE))


def top_better(candidate: list[Any], current: list[Any] | None, assisted: bool) -> bool:
    """Whether [kg, reps] beats the current top set: heavier (less assistance when assisted), then more reps."""
    if current is None:
        return True
    if assisted:
        return bool((-candidate[0], candidate[1]) > (-current[0], current[1]))
    return bool(candidate > current)


def is_cardio(exercise_id: str) -> bool:
    """Counts toward cardio minutes and distance: a cyclic conditioning exercise of the catalog, or the user's own."""
    if exercise_id.startswith("custom:"):
        return True
    exercise = find_exercise(exercise_id)
    return exercise is not None and exercise.intensity == "cyclic" and exercise.pattern != "carry"


def _cardio(session: dict[str, Any]) -> dict[str, int]:
    seconds = millimetres = 0
    for item in session.get("exercises", []):
        if not is_cardio(str(item["exercise_id"])):
            continue
        for logged in item.get("sets", []):
            if counts(logged):
                seconds += int(logged.get("duration_seconds") or 0)
                millimetres += round(float(logged.get("distance_m") or 0) * 1000)
    return {"s": seconds, "mm": millimetres} if seconds or millimetres else {}


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
        assisted = is_assisted(exercise, exercise_id)
        entry = per_exercise.setdefault(exercise_id, {"e1rm": None, "top": None, "reps": {}})
        if assisted:
            entry["assisted"] = True
        if exercise is None and item.get("name"):
            entry["name"] = str(item["name"])
        for logged in item.get("sets", []):
            kind = set_type_of(logged)
            if not counts(logged) or kind == "warmup":
                continue  # a missed attempt, or a ramp-up set: neither volume, records nor e1RM
            reps, weight = int(logged["reps"]), float(logged.get("weight_kg") or 0)
            if not assisted:
                volume += reps * round(weight * MG_PER_KG)
            if exercise is not None and is_hard(logged):
                add_credit(credit, exercise, 1)
            if kind == "drop" or (load_type == "weight" and not assisted and weight <= 0):
                continue  # no record from a set taken without rest, nor from a lift whose load is unknown
            if weight > 0 and top_better([weight, reps], entry["top"], assisted):
                entry["top"] = [weight, reps]
            if load_type in ("time", "distance"):
                continue
            wkey = weight_key(weight)
            entry["reps"][wkey] = max(reps, entry["reps"].get(wkey, 0))
            if load_type == "weight" and not assisted and weight > 0 and reps <= E1RM_MAX_REPS:
                rpe = 10.0 if kind == "failure" else logged.get("rpe")  # a set to failure is RPE 10, whatever it says
                value = round(estimated_1rm(weight, reps, float(rpe) if rpe is not None else None), 1)
                entry["e1rm"] = value if entry["e1rm"] is None else max(value, entry["e1rm"])
    cardio = _cardio(session)
    return {
        "started": key,
        "date": key[:10],
        "vol_mg": volume,
        "hard": {m: v for m, v in sorted(credit.items()) if v},
        "ex": per_exercise,
        **({"cardio": cardio} if cardio else {}),
    }


def week_totals(contribs: dict[str, Contribution]) -> dict[str, Any]:
    """A week's aggregate from its sessions' contributions (order-independent, exact)."""
    hard: dict[str, float] = defaultdict(float)
    best: dict[str, list[Any]] = {}
    volume = cardio_s = cardio_mm = 0
    for session_id in sorted(contribs):
        c = contribs[session_id]
        volume += volume_mg(c)
        cardio_s += int(c.get("cardio", {}).get("s", 0))
        cardio_mm += int(c.get("cardio", {}).get("mm", 0))
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
        "volume_kg": round(volume / MG_PER_KG, 2),
        "hard_sets_by_muscle": {m: hard[m] for m in sorted(hard) if hard[m]},
        "e1rm": {k: best[k] for k in sorted(best)},
        "cardio_seconds": cardio_s,
        "cardio_m": cardio_mm / 1000,
    }
