"""All-time personal records per exercise, folded from session contributions.

Three kinds per exercise: best e1RM (`e1rm`), heaviest completed set (`top`, [kg, reps]) and most
reps at each weight (`reps`, keeping the REP_WEIGHTS heaviest weights so the summary stays bounded).
A record is {value, date, started, session_id}. The best one has the highest value; ties go to the
earlier session, then the smaller id, so the result does not depend on the order sessions arrive in.
For assisted exercises (entries marked `"assisted": true`) the top set is the LOWEST assistance
(then the most reps): less help is progress.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from shared.workouts.contributions import Contribution

REP_WEIGHTS = 10
Record = dict[str, Any]
ExerciseRecords = dict[str, Any]


def _rank(record: Record) -> tuple[Any, ...]:
    return (record["value"], _inverse(record["started"]), _inverse(record["session_id"]))


def _inverse(text: str) -> tuple[int, ...]:
    return (*(-ord(ch) for ch in text), 1)


def _flip(record: Record) -> Record:
    """An assisted top record ranked as [-kg, reps], so that less assistance is better."""
    return {**record, "value": [-record["value"][0], record["value"][1]]}


def better_top(candidate: Record, current: Record | None, assisted: bool) -> bool:
    """`better` for the top-set record, which for assisted exercises favours the least assistance."""
    if not assisted or current is None:
        return better(candidate, current)
    return better(_flip(candidate), _flip(current))


def better(candidate: Record, current: Record | None) -> bool:
    """`_rank(candidate) > _rank(current)`, without building the rank tuples (this runs for every
    record on every logged session): a higher value wins, then the smaller `started`, then the smaller
    id (`_inverse` orders strings backwards, a prefix after its extensions)."""
    if current is None:
        return True
    value, other = candidate["value"], current["value"]
    if value != other:
        return bool(value > other)
    if candidate["started"] != current["started"]:
        return bool(candidate["started"] < current["started"])
    return bool(candidate["session_id"] < current["session_id"])


def _record(value: Any, session_id: str, c: Contribution) -> Record:
    return {"value": value, "date": c["date"], "started": c["started"], "session_id": session_id}


def merge_contribution(
    records: dict[str, ExerciseRecords], session_id: str, c: Contribution, only: set[str] | None = None
) -> None:
    """Fold one session's contribution into `records` (in place); `only` limits the exercises."""
    for exercise_id, entry in c["ex"].items():
        if only is not None and exercise_id not in only:
            continue
        mine = records.setdefault(exercise_id, {"e1rm": None, "top": None, "reps": {}})
        if entry.get("name"):
            mine["name"] = entry["name"]
        if entry.get("assisted"):
            mine["assisted"] = True
        if entry.get("e1rm") is not None:
            candidate = _record(entry["e1rm"], session_id, c)
            if better(candidate, mine["e1rm"]):
                mine["e1rm"] = candidate
        if entry.get("top") is not None:
            candidate = _record(list(entry["top"]), session_id, c)
            if better_top(candidate, mine["top"], bool(entry.get("assisted"))):
                mine["top"] = candidate
        for weight, reps in entry.get("reps", {}).items():
            candidate = _record(reps, session_id, c)
            if better(candidate, mine["reps"].get(weight)):
                mine["reps"][weight] = candidate
        _trim(mine)
        if mine["e1rm"] is None and mine["top"] is None and not mine["reps"]:
            del records[exercise_id]


def _trim(mine: ExerciseRecords) -> None:
    if len(mine["reps"]) > REP_WEIGHTS:
        keep = sorted(mine["reps"], key=float, reverse=True)[:REP_WEIGHTS]
        mine["reps"] = {w: mine["reps"][w] for w in sorted(keep, key=float)}


def fold(contributions: Iterable[tuple[str, Contribution]], only: set[str] | None = None) -> dict[str, ExerciseRecords]:
    """Records from scratch over (session_id, contribution) pairs."""
    records: dict[str, ExerciseRecords] = {}
    for session_id, c in contributions:
        merge_contribution(records, session_id, c, only)
    return records


def held_by(mine: ExerciseRecords, session_ids: set[str]) -> bool:
    """Whether any of the exercise's records belongs to one of these sessions."""
    held = [mine.get("e1rm"), mine.get("top"), *mine.get("reps", {}).values()]
    return any(r is not None and r["session_id"] in session_ids for r in held)
