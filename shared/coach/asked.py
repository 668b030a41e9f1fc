"""The figures for one data question (`shared.coach.questions`), added to the coach's figures as `asked`.

Only the question asked gets its data, so prompts stay small. Every figure is already in the user's
units and local dates (strings such as "225 lb x 5"), so neither the built-in coach nor a model
converts anything; there are no internal ids. Sources, all bounded:

* records and best lifts: the progress summary (one document, all-time records per exercise);
* counts, volume and the streak: the week aggregates for the local period (`shared.coach.weeks`);
* the last session, comparisons, "when did I last...": the sessions `build_context` already read
  for the next-session targets (the last TARGET_LOOK_BACK), so they cost no further read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from shared.coach import weeks
from shared.coach.lookup import match_exercise, muscle_group
from shared.coach.questions import Period, Question
from shared.coach.session_facts import compare_sessions, hard_sets, logged_names, volume_text, weight_text
from shared.exercises.catalog import find_exercise
from shared.plans.schema import Plan
from shared.store.port import Document, DocumentStore
from shared.workouts import records as rec
from shared.workouts.aggregates import read_or_none
from shared.workouts.contributions import MG_PER_KG, volume_mg
from shared.workouts.keys import PROGRESS_ID
from shared.workouts.sessions import StoredSession

MAX_LISTED = 5
RECENT_RECORD_DAYS = 30


@dataclass(frozen=True)
class Facts:
    """What the questions may read: the user's calendar and units, and what `build_context` loaded."""

    store: DocumentStore
    user_id: str
    tz: ZoneInfo
    today: date
    units: str
    history: list[StoredSession]  # newest first
    history_complete: bool  # False when older sessions exist beyond `history`
    plan: Plan | None
    target_sessions: int | None
    streak_weeks: int
    sessions_this_week: int


async def asked_figures(question: Question, facts: Facts) -> dict[str, Any] | None:
    """The `asked` figures for the question, or None when it turns out not to be about the user's data."""
    if question.kind == "best_lift":
        return await _best_lift(question, facts)
    if question.kind == "records":
        return await _records(question, facts)
    if question.kind == "session_count":
        return await _session_count(question, facts)
    if question.kind == "volume_trend":
        return await _volume_trend(facts)
    if question.kind == "compare_last":
        return compare_sessions(facts.history, facts.plan, facts.tz, facts.units)
    if question.kind == "last_trained":
        return _last_trained(question, facts)
    return {"kind": "streak", "weeks": facts.streak_weeks, "target_per_week": max(1, facts.target_sessions or 1),
            "sessions_this_week": facts.sessions_this_week}  # fmt: skip


async def _summary_records(facts: Facts) -> tuple[Document | None, dict[str, Any]]:
    summary = await read_or_none(facts.store, facts.user_id, PROGRESS_ID)
    return summary, dict((summary or {}).get("records", {}))


def _record_text(name: str, kind: str, record: dict[str, Any], assisted: bool, units: str) -> str:
    if kind == "e1rm":
        return f"{name}: estimated 1RM {weight_text(float(record['value']), units)}"
    kg, reps = record["value"]
    label = "least assistance" if assisted else "heaviest set"
    return f"{name}: {label} {weight_text(float(kg), units)} x {reps}"


def _best_of(raw: list[dict[str, Any]], kind: str, assisted: bool) -> dict[str, Any] | None:
    best: dict[str, Any] | None = None
    for mine in raw:
        record = mine.get(kind)
        if record and (rec.better_top(record, best, assisted) if kind == "top" else rec.better(record, best)):
            best = record
    return best


async def _best_lift(question: Question, facts: Facts) -> dict[str, Any] | None:
    _, records = await _summary_records(facts)
    names = logged_names(records, facts.history)
    if not question.phrase:
        return _top_sets(records, facts)
    matches = match_exercise(list(question.phrase), names)
    asked_for = " ".join(question.phrase)
    if not matches:
        return {"kind": "best_lift", "asked_for": asked_for, "logged": False} if len(question.phrase) <= 2 else None
    best = matches[0]
    if not best.logged:
        return {"kind": "best_lift", "asked_for": asked_for, "logged": False}
    raw = [mine for ex_id, mine in records.items() if _canonical(ex_id) == best.exercise_id]
    assisted = any(bool(mine.get("assisted")) for mine in raw)
    out: dict[str, Any] = {"kind": "best_lift", "asked_for": asked_for, "exercise": best.name, "logged": True}
    top, e1rm = _best_of(raw, "top", assisted), _best_of(raw, "e1rm", False)
    if top:
        kg, reps = top["value"]
        out["least_assistance" if assisted else "heaviest_set"] = f"{weight_text(float(kg), facts.units)} x {reps}"
        out["heaviest_set_date"] = weeks.local_date(top["started"], facts.tz).isoformat()
    if e1rm:
        out["best_e1rm"] = weight_text(float(e1rm["value"]), facts.units)
        out["best_e1rm_date"] = weeks.local_date(e1rm["started"], facts.tz).isoformat()
    reps_at = {w: r for mine in raw for w, r in mine.get("reps", {}).items()}
    if not top and reps_at:
        weight, record = max(reps_at.items(), key=lambda wr: (float(wr[0]), wr[1]["value"]))
        load = "bodyweight" if float(weight) == 0 else weight_text(float(weight), facts.units)
        out["most_reps"] = f"{record['value']} reps at {load}"
    others = [m.name for m in matches[1:] if m.logged and m.score == best.score]
    if others:
        out["also_logged"] = others[:3]
    return out


def _canonical(exercise_id: str) -> str:
    found = find_exercise(exercise_id)
    return found.id if found else exercise_id


def _top_sets(records: dict[str, Any], facts: Facts) -> dict[str, Any]:
    """The heaviest set of each of the user's most heavily loaded lifts ("what's my best lift?")."""
    tops = [(m["top"], ex_id, m) for ex_id, m in records.items() if m.get("top") and not m.get("assisted")]
    tops.sort(key=lambda t: (-float(t[0]["value"][0]), -int(t[0]["value"][1]), t[1]))
    listed = [
        {"text": _record_text(_name(ex_id, mine), "top", top, False, facts.units),
         "date": weeks.local_date(top["started"], facts.tz).isoformat()}
        for top, ex_id, mine in tops[:3]
    ]  # fmt: skip
    return {"kind": "best_lift", "asked_for": "", "logged": bool(listed), "top_sets": listed}


def _name(exercise_id: str, mine: dict[str, Any]) -> str:
    found = find_exercise(exercise_id)
    return found.name if found else str(mine.get("name") or exercise_id)


async def _records(question: Question, facts: Facts) -> dict[str, Any]:
    _, records = await _summary_records(facts)
    recent = Period(f"the last {RECENT_RECORD_DAYS} days", facts.today - timedelta(days=RECENT_RECORD_DAYS - 1),
                    facts.today)  # fmt: skip
    period = question.period or recent
    held: list[tuple[str, str, str]] = []  # (started, local date, text)
    for ex_id, mine in records.items():
        for kind in ("top", "e1rm"):
            record = mine.get(kind)
            if record:
                text = _record_text(_name(ex_id, mine), kind, record, bool(mine.get("assisted")), facts.units)
                held.append((str(record["started"]), weeks.local_date(record["started"], facts.tz).isoformat(), text))
    held.sort(reverse=True)
    first = period.first.isoformat() if period.first else ""
    inside = [h for h in held if first <= h[1] <= period.last.isoformat()]
    out: dict[str, Any] = {"kind": "records", "period": period.label, "count": len(inside),
                           "records": [{"text": t, "date": d} for _, d, t in inside[:MAX_LISTED]]}  # fmt: skip
    if not inside and held:
        out["latest"] = {"text": held[0][2], "date": held[0][1]}
    return out


async def _session_count(question: Question, facts: Facts) -> dict[str, Any]:
    monday = weeks.week_start(facts.today)
    period = question.period or Period("this week", monday, facts.today)
    out: dict[str, Any] = {"kind": "session_count", "period": period.label, "to": period.last.isoformat()}
    if period.first is None:  # all time: the summary counts every session by week
        summary, _ = await _summary_records(facts)
        out["sessions"] = sum(int(n) for n in (summary or {}).get("weeks", {}).values())
        return out
    start = weeks.local_midnight(period.first, facts.tz)
    found = await weeks.contributions(facts.store, facts.user_id, start,
                                      weeks.local_midnight(period.last + timedelta(days=1), facts.tz))  # fmt: skip
    days = [weeks.local_date(c["started"], facts.tz) for c in found]
    out |= {"from": period.first.isoformat(), "sessions": len(found),
            "volume": volume_text(sum(volume_mg(c) for c in found) / MG_PER_KG, facts.units)}  # fmt: skip
    if len(found) <= 2 * 7:
        out["days"] = [f"{d:%a} {d.isoformat()}" for d in days]
    if period.label in ("this week", "last week") and facts.target_sessions:
        out["target_per_week"] = facts.target_sessions
    return out


def _covered_from(facts: Facts) -> datetime | None:
    """From when `history` holds every session (None: all of them)."""
    return None if facts.history_complete or not facts.history else facts.history[-1].session.started_at


async def _volume_trend(facts: Facts) -> dict[str, Any]:
    monday = weeks.week_start(facts.today)
    rows = await weeks.local_weeks(facts.store, facts.user_id, facts.tz, monday - timedelta(weeks=4), facts.today)
    covered = _covered_from(facts)
    hard: dict[date, int] = {}
    for stored in facts.history:
        day = stored.session.started_at.astimezone(facts.tz).date()
        hard[weeks.week_start(day)] = hard.get(weeks.week_start(day), 0) + hard_sets(stored.session)

    def row(week: weeks.LocalWeek) -> dict[str, Any]:
        whole = covered is None or covered <= weeks.local_midnight(week.monday, facts.tz)
        return {"week_of": week.monday.isoformat(), "sessions": week.sessions,
                "volume": volume_text(week.volume_kg, facts.units),
                "hard_sets": hard.get(week.monday, 0) if whole else None}  # fmt: skip

    done, current = rows[:-1], rows[-1]
    recent, before = (done[2].volume_kg + done[3].volume_kg) / 2, (done[0].volume_kg + done[1].volume_kg) / 2
    direction, change = "no data", None
    if recent and not before:
        direction = "starting"
    elif before:
        change = round(100 * (recent - before) / before, 1)
        direction = "up" if change >= 5 else "down" if change <= -5 else "steady"
    return {"kind": "volume_trend", "weeks": [row(w) for w in done], "this_week_so_far": row(current),
            "direction": direction, "change_pct": change,
            "compared": "average of the last 2 complete weeks against the 2 before"}  # fmt: skip


def _last_trained(question: Question, facts: Facts) -> dict[str, Any] | None:
    out: dict[str, Any] = {"kind": "last_trained", "searched_sessions": len(facts.history),
                           "searched_all": facts.history_complete}  # fmt: skip
    group = muscle_group(list(question.phrase))
    if not question.phrase:
        out |= {"target": "any session", "target_kind": "any"}
        wanted: set[str] | None = None
    elif group is not None:
        out |= {"target": group.label, "target_kind": "muscle"}
        wanted = {e.id for ex in _every(facts.history) if (e := find_exercise(ex))
                  and group.muscles & set(e.primary_muscles)}  # fmt: skip
    else:
        matches = match_exercise(list(question.phrase), logged_names({}, facts.history))
        if not matches:
            if len(question.phrase) > 2:
                return None
            return {**out, "target": " ".join(question.phrase), "target_kind": "exercise", "found": False}
        best = matches[0]
        out |= {"target": best.name if best.logged else " ".join(question.phrase), "target_kind": "exercise"}
        wanted = {m.exercise_id for m in matches if m.logged and m.score == best.score} if best.logged else set()
    for stored in facts.history:
        done = [ex for ex in stored.session.exercises if any(s.completed and s.reps > 0 for s in ex.sets)]
        hit = [ex for ex in done if wanted is None or _canonical(ex.exercise_id) in wanted]
        if hit:
            day = stored.session.started_at.astimezone(facts.tz).date()
            names = list(dict.fromkeys(_name(ex.exercise_id, {"name": ex.name}) for ex in hit))
            return {**out, "found": True, "date": day.isoformat(), "weekday": f"{day:%A}",
                    "days_ago": (facts.today - day).days, "exercises": names[:4]}  # fmt: skip
    return {**out, "found": False}


def _every(history: list[StoredSession]) -> set[str]:
    return {ex.exercise_id for s in history for ex in s.session.exercises}
