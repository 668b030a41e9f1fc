"""Facts about logged sessions, by the aggregates' counting rules (`shared.workouts.contributions`):
volume, working and hard sets, the top set per exercise, and the last session against the one before.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from shared.coach.units import volume as volume_text
from shared.coach.units import weight as weight_text
from shared.exercises.catalog import find_exercise
from shared.plans.schema import Plan
from shared.workouts.contributions import MG_PER_KG, contribution, counts, is_hard, volume_mg
from shared.workouts.model import LoggedSession
from shared.workouts.sessions import StoredSession

__all__ = ["compare_sessions", "hard_sets", "logged_names", "session_volume", "volume_text", "weight_text"]
MAX_CHANGES = 5


def session_volume(session: LoggedSession) -> float:
    """Reps x load of the completed working sets, in kg, exactly as the weekly aggregates count it."""
    return volume_mg(contribution(session.model_dump(mode="json"))) / MG_PER_KG


def _working(session: LoggedSession) -> dict[str, int]:
    """Working sets per exercise id: completed, at least one rep, not a warm-up."""
    found: dict[str, int] = {}
    for ex in session.exercises:
        n = sum(1 for s in ex.sets if counts(s.model_dump()) and s.role != "warmup")
        found[ex.exercise_id] = found.get(ex.exercise_id, 0) + n
    return found


def hard_sets(session: LoggedSession) -> int:
    """Hard sets (RPE 6+ or unrated, not warm-ups) of exercises that count hard sets."""
    total = 0
    for ex in session.exercises:
        exercise = find_exercise(ex.exercise_id)
        if exercise is not None and exercise.hard_sets:
            total += sum(1 for s in ex.sets if is_hard(s.model_dump()))
    return total


def logged_names(records: dict[str, Any], history: list[StoredSession]) -> dict[str, str]:
    """{exercise id: name} of every exercise in the records summary or the loaded sessions."""
    names: dict[str, str] = {}
    for exercise_id, mine in records.items():
        names[exercise_id] = _name(exercise_id, mine.get("name"))
    for stored in history:
        for ex in stored.session.exercises:
            names.setdefault(ex.exercise_id, _name(ex.exercise_id, ex.name))
    return names


def _name(exercise_id: str, fallback: str | None) -> str:
    found = find_exercise(exercise_id)
    return found.name if found else (fallback or exercise_id)


def _summary(stored: StoredSession, plan: Plan | None, tz: ZoneInfo, units: str) -> dict[str, Any]:
    session = stored.session
    day = session.started_at.astimezone(tz).date()
    out: dict[str, Any] = {
        "date": day.isoformat(), "weekday": f"{day:%A}", "volume": volume_text(session_volume(session), units),
        "working_sets": sum(_working(session).values()), "hard_sets": hard_sets(session),
    }  # fmt: skip
    if plan is not None and stored.plan_id == plan.id and session.day_index is not None:
        out["plan_day"] = next((f"{d.name}, {d.focus}" for d in plan.days if d.day_index == session.day_index), None)
    return out


def _top(entry: dict[str, Any] | None, units: str) -> str | None:
    if not entry or not entry.get("top"):
        return None
    kg, reps = entry["top"]
    return f"{weight_text(float(kg), units)} x {reps}"


def _changes(last: LoggedSession, before: LoggedSession, units: str) -> tuple[list[str], list[str]]:
    """A line per exercise of the last session against the one before, and what was dropped."""
    now, then = contribution(last.model_dump(mode="json"))["ex"], contribution(before.model_dump(mode="json"))["ex"]
    sets_now, sets_then = _working(last), _working(before)
    lines: list[str] = []
    for exercise_id, entry in list(now.items())[:MAX_CHANGES]:
        name, top, n = _name(exercise_id, entry.get("name")), _top(entry, units), sets_now.get(exercise_id, 0)
        label = "least assistance" if entry.get("assisted") else "top set"
        if exercise_id not in then:
            lines.append(f"{name}: new this time, {n} sets" + (f", {label} {top}" if top else ""))
            continue
        old_top, old_n = _top(then[exercise_id], units), sets_then.get(exercise_id, 0)
        if top and old_top and top != old_top:
            top_text = f"{label} {top} (was {old_top})"
        else:
            top_text = f"{label} {top} (same)" if top else ""
        set_text = f"{n} sets" + (f" (was {old_n})" if n != old_n else " (same)")
        lines.append(f"{name}: " + ", ".join(p for p in (top_text, set_text) if p))
    dropped = [_name(i, e.get("name")) for i, e in then.items() if i not in now]
    return lines, dropped


def compare_sessions(history: list[StoredSession], plan: Plan | None, tz: ZoneInfo, units: str) -> dict[str, Any]:
    """The last session against the previous one of the same plan day (else the previous session)."""
    if not history:
        return {"kind": "compare_last", "found": False}
    last = history[0]
    previous, basis = None, ""
    if last.session.day_index is not None:
        previous = next((s for s in history[1:] if s.plan_id == last.plan_id
                         and s.session.day_index == last.session.day_index), None)  # fmt: skip
        basis = "the previous session of the same plan day"
    if previous is None and len(history) > 1:
        previous, basis = history[1], "the previous session"
    out: dict[str, Any] = {"kind": "compare_last", "found": True, "last": _summary(last, plan, tz, units)}
    if previous is None:
        return out
    now, then = session_volume(last.session), session_volume(previous.session)
    changes, dropped = _changes(last.session, previous.session, units)
    out |= {"previous": _summary(previous, plan, tz, units), "compared_with": basis,
            "volume_change_pct": round(100 * (now - then) / then, 1) if then else None, "changes": changes}  # fmt: skip
    if dropped:
        out["dropped"] = dropped[:MAX_CHANGES]
    return out
