"""All-time personal records per exercise, folded from session contributions.

Three kinds per exercise: best e1RM (`e1rm`), heaviest completed set (`top`, [kg, reps]) and most
reps at each weight (`reps`, keeping the REP_WEIGHTS heaviest weights so the summary stays bounded).
A record is {value, date, started, session_id, previous}. The best one has the highest value; ties go to the
earlier session, then the smaller id, so the result does not depend on the order sessions arrive in.
For assisted exercises (entries marked `"assisted": true`) the top set is the LOWEST assistance
(then the most reps): less help is progress.

`previous` is what the record beat: the best of that kind among the sessions before the record's own (by
`started`, then id), as {value, started, session_id}; None when there was none (a first time is a baseline). It
is kept exactly whatever order sessions arrive in: a later session that beats the record has the record as its
previous; an earlier one that does not beat it may become its previous; an earlier one that beats it needs the best
before itself, which the summary knows only when the old previous is earlier still; otherwise `merge_contribution`
reports the exercise, and the caller recounts it from every week (`fold` sorts, so it never has to). Review 21's
D12: "previous" was always null in the workout analysis, which read records without the summary before them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
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


def better_assisted(candidate: Record, current: Record | None) -> bool:
    """`better_top` for an assisted exercise: the least assistance wins."""
    return better_top(candidate, current, True)


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
    return {"value": value, "date": c["date"], "started": c["started"], "session_id": session_id, "previous": None}


def _earlier(a: Record, b: Record) -> bool:
    """Whether `a`'s session comes before `b`'s (by start, then id: the order `fold` folds in)."""
    return (a["started"], a["session_id"]) < (b["started"], b["session_id"])


def _mark(record: Record) -> Record:
    """A record as another record's `previous`: its value and session, no previous of its own."""
    return {"value": record["value"], "started": record["started"], "session_id": record["session_id"]}


Beats = Callable[[Record, "Record | None"], bool]


def _merged(candidate: Record, current: Record | None, beats: Beats) -> tuple[Record | None, bool]:
    """(the record once `candidate` is seen, whether it is known). None: unchanged."""
    if current is None:
        return candidate, True
    previous = current.get("previous")
    if beats(candidate, current):
        if _earlier(current, candidate):
            return {**candidate, "previous": _mark(current)}, True
        # Logged after the record but done before it: the best before it is the record's previous when that one
        # is earlier still (or there is none); else only a recount knows it.
        if previous is None or _earlier(previous, candidate):
            return {**candidate, "previous": previous}, True
        return {**candidate, "previous": previous}, False
    if _earlier(candidate, current) and beats(candidate, previous):
        return {**current, "previous": _mark(candidate)}, True
    return None, True


def merge_contribution(
    records: dict[str, ExerciseRecords], session_id: str, c: Contribution, only: set[str] | None = None
) -> set[str]:
    """Fold one session's contribution into `records` (in place); `only` limits the exercises. Returns the
    exercises whose `previous` this merge cannot know (a session done before a record and beating it, logged
    after it): recount them (`fold`)."""
    unsure: set[str] = set()
    for exercise_id, entry in c["ex"].items():
        if only is not None and exercise_id not in only:
            continue
        mine = records.setdefault(exercise_id, {"e1rm": None, "top": None, "reps": {}})
        if entry.get("name"):
            mine["name"] = entry["name"]
        if entry.get("assisted"):
            mine["assisted"] = True
        assisted = bool(entry.get("assisted"))
        found: list[tuple[str, str | None, Any, Beats]] = []
        if entry.get("e1rm") is not None:
            found.append(("e1rm", None, entry["e1rm"], better))
        if entry.get("top") is not None:
            found.append(("top", None, list(entry["top"]), better_assisted if assisted else better))
        found += [("reps", weight, reps, better) for weight, reps in entry.get("reps", {}).items()]
        for kind, weight, value, beats in found:
            current = mine[kind] if weight is None else mine["reps"].get(weight)
            record, known = _merged(_record(value, session_id, c), current, beats)
            if not known:
                unsure.add(exercise_id)
            if record is None:
                continue
            if weight is None:
                mine[kind] = record
            else:
                mine["reps"][weight] = record
        _trim(mine)
        if mine["e1rm"] is None and mine["top"] is None and not mine["reps"]:
            del records[exercise_id]
    return unsure


def _trim(mine: ExerciseRecords) -> None:
    if len(mine["reps"]) > REP_WEIGHTS:
        keep = sorted(mine["reps"], key=float, reverse=True)[:REP_WEIGHTS]
        mine["reps"] = {w: mine["reps"][w] for w in sorted(keep, key=float)}


def fold(contributions: Iterable[tuple[str, Contribution]], only: set[str] | None = None) -> dict[str, ExerciseRecords]:
    """Records from scratch over (session_id, contribution) pairs, folded in the order the sessions were done (so
    every record's `previous` is known)."""
    records: dict[str, ExerciseRecords] = {}
    for session_id, c in sorted(contributions, key=lambda pair: (pair[1]["started"], pair[0])):
        merge_contribution(records, session_id, c, only)
    return records


def held_by(mine: ExerciseRecords, session_ids: set[str]) -> bool:
    """Whether any of the exercise's records, or what one of them beat (`previous`), belongs to one of these
    sessions: a change to such a session needs the exercise recounted."""
    held = [mine.get("e1rm"), mine.get("top"), *mine.get("reps", {}).values()]
    held += [r.get("previous") for r in held if r is not None]
    return any(r is not None and r["session_id"] in session_ids for r in held)
