"""Progress analytics from O(weeks) aggregate documents and one bounded summary; never the sessions.

Reads: the profile (its time zone, and its band when no plan is active), the progress summary
(records, streak runs), the active-plan pointer and the week documents the window needs (in one
`read_many`), then the active plan (days and volume bands).

Weeks, dates, "this week" and the streak are the user's local ones (`shared.workouts.local_time`).
The week documents are keyed by UTC ISO week, so for a zone that is UTC all year the window's
documents are read without their per-session contributions and shown as they are; for any other
zone the window's local weeks are regrouped from the contributions of the UTC weeks that overlap
them (one more week than the window, at most MAX_WEEKS + 1 documents).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

import orjson

from shared.exercises.catalog import find_exercise
from shared.identity.profiles import read_profile_doc
from shared.migrations import upgraded
from shared.plans.rules import FLOOR_MUSCLES, resolve
from shared.profile.model import MUSCLES, FitnessProfile
from shared.store.port import Document, DocumentStore
from shared.workouts.aggregates import read_or_none
from shared.workouts.contributions import week_totals
from shared.workouts.keys import ACTIVE_PLAN_ID, PROGRESS_ID, WORKOUTS, iso_week, week_doc_id
from shared.workouts.local_time import (
    KnownWeeks,
    by_local_week,
    in_zone,
    is_utc,
    local_date,
    local_midnight,
    local_now,
    local_streak,
    profile_zone,
    utc_weeks,
    week_start,
)
from shared.workouts.progress_models import ProgressPublic
from shared.workouts.rebuild_marks import check_on_read
from shared.workouts.streaks import streak

Bands = dict[str, tuple[int, int]]
Status = Literal["below", "within", "above"]
MAX_WEEKS = 104


async def _targets(
    store: DocumentStore, user_id: str, pointer: Document | None, profile_doc: Document | None, tz: ZoneInfo
) -> tuple[int | None, Bands | None, str | None]:
    """(sessions per week, band per muscle, local activation week) from the active plan, else the profile."""
    plan_doc = await read_or_none(store, user_id, f"plan:{pointer['plan_id']}") if pointer else None
    if plan_doc is not None and pointer is not None:
        # The stored plan was validated when it was written; only two of its fields are needed here.
        plan: dict[str, Any] = plan_doc["plan"]
        bands: Bands = {v["muscle"]: (int(v["band_min"]), int(v["band_max"])) for v in plan.get("weekly_sets", [])}
        activated = in_zone(datetime.fromisoformat(str(pointer["activated_at"])), tz).date()
        return len(plan["days"]), bands or None, iso_week(activated)
    if profile_doc is None:
        return None, None, None
    profile = FitnessProfile.model_validate(upgraded(profile_doc)["profile"])
    floor, top = resolve(profile).band  # the engine's band for this person (an older adult's floor)
    return profile.days_per_week, {m: (floor if m in FLOOR_MUSCLES else 0, top) for m in MUSCLES}, None


def _muscles(done: dict[str, float], bands: Bands | None, floor: frozenset[str]) -> dict[str, dict[str, Any]]:
    """Hard sets per muscle against its band, as `MuscleSets` fields; `floor` are the muscles whose
    band starts above zero (shown even in a week without sets for them)."""
    out: dict[str, dict[str, Any]] = {}
    for muscle in sorted(floor.union(done)):
        sets = float(done.get(muscle, 0.0))
        band = bands.get(muscle) if bands else None
        if band is None:
            out[muscle] = {"hard_sets": sets, "band_min": None, "band_max": None, "status": None}
            continue
        status: Status = "below" if sets < band[0] else "above" if sets > band[1] else "within"
        out[muscle] = {"hard_sets": sets, "band_min": band[0], "band_max": band[1], "status": status}
    return out


def _records(records: dict[str, Any], tz: ZoneInfo) -> list[dict[str, Any]]:
    """All-time records, as `PersonalRecord` fields, dated on the user's calendar."""
    out: list[dict[str, Any]] = []
    if not is_utc(tz):
        records = _local_dates(records, tz)
    for exercise_id in sorted(records):
        mine = records[exercise_id]
        exercise = find_exercise(exercise_id)
        name = exercise.name if exercise else str(mine.get("name") or exercise_id)
        base: dict[str, Any] = {
            "exercise_id": exercise_id,
            "name": name,
            "e1rm_kg": None,
            "weight_kg": None,
            "reps": None,
            "assisted": bool(mine.get("assisted")),
        }
        if mine.get("e1rm"):
            r = mine["e1rm"]
            record = {"kind": "e1rm", "e1rm_kg": r["value"], "date": r["date"], "session_id": r["session_id"],
                      "previous": _beaten(r)}  # fmt: skip
            out.append({**base, **record})
        if mine.get("top"):
            r = mine["top"]
            out.append(
                {
                    **base,
                    "kind": "heaviest_weight",
                    "weight_kg": r["value"][0],
                    "reps": r["value"][1],
                    "date": r["date"],
                    "session_id": r["session_id"],
                    "previous": _beaten(r),
                }
            )
        for weight, r in sorted(mine.get("reps", {}).items(), key=lambda kv: -float(kv[0])):
            out.append(
                {
                    **base,
                    "kind": "most_reps",
                    "weight_kg": float(weight),
                    "reps": r["value"],
                    "date": r["date"],
                    "session_id": r["session_id"],
                    "previous": _beaten(r),
                }
            )
    return out


def _beaten(record: dict[str, Any]) -> Any:
    """What the record beat (`records.merge_contribution` keeps it), in the record's own shape; None for a first."""
    previous = record.get("previous")
    return None if previous is None else previous["value"]


def _local_dates(records: dict[str, Any], tz: ZoneInfo) -> dict[str, Any]:
    """The records with each `date` the local date of its `started` (stored dates are UTC)."""
    days: dict[str, str] = {}

    def dated(r: dict[str, Any]) -> dict[str, Any]:
        started = str(r["started"])
        if started not in days:
            days[started] = local_date(started, tz).isoformat()
        return {**r, "date": days[started]}

    out: dict[str, Any] = {}
    for exercise_id, mine in records.items():
        out[exercise_id] = {
            **mine,
            "e1rm": dated(mine["e1rm"]) if mine.get("e1rm") else None,
            "top": dated(mine["top"]) if mine.get("top") else None,
            "reps": {w: dated(r) for w, r in mine.get("reps", {}).items()},
        }
    return out


M_PER_MILE = 1609.344


def _cardio(doc: dict[str, Any], imperial: bool) -> dict[str, Any]:
    """A week's cardio (`contributions.is_cardio`): exact seconds and metres, and minutes and distance in the
    user's units (km, or miles when imperial) to two decimals for display."""
    seconds, metres = int(doc.get("cardio_seconds", 0)), float(doc.get("cardio_m", 0))
    return {
        "seconds": seconds, "minutes": round(seconds / 60, 2), "distance_m": metres,
        "distance": round(metres / (M_PER_MILE if imperial else 1000), 2), "distance_unit": "mi" if imperial else "km",
    }  # fmt: skip


async def get_progress(
    store: DocumentStore, user_id: str, weeks: int = 12, today: date | None = None
) -> ProgressPublic:
    """The caller's progress over the last `weeks` local ISO weeks (this one included); `today` is the
    user's local date (by default, now in their time zone)."""
    return ProgressPublic.model_validate(await progress_data(store, user_id, weeks, today))


async def progress_json(store: DocumentStore, user_id: str, weeks: int = 12, today: date | None = None) -> bytes:
    """`get_progress` as the JSON the API answers, serialised from the plain data it is built from.

    Validating ~200 nested models only to serialise them again was a quarter of this request's CPU;
    the data has every field of `ProgressPublic`, None included (tests check that both agree)."""
    return orjson.dumps(await progress_data(store, user_id, weeks, today))


async def progress_data(
    store: DocumentStore, user_id: str, weeks: int = 12, today: date | None = None
) -> dict[str, Any]:
    """The fields of `ProgressPublic`, as plain data."""
    profile_doc = await read_profile_doc(store, user_id)
    tz = profile_zone(profile_doc)
    this_monday = week_start(today or local_now(tz).date())
    mondays = [this_monday - timedelta(weeks=i) for i in range(max(1, min(weeks, MAX_WEEKS)) - 1, -1, -1)]
    window = [iso_week(m) for m in mondays]
    fast = is_utc(tz)
    start, end = local_midnight(mondays[0], tz), local_midnight(this_monday + timedelta(days=7), tz)
    stored_weeks = window if fast else utc_weeks(start, end)
    # One lookup for the summary, the active-plan pointer and the weeks; in UTC without each week's
    # per-session contributions (most of a week document's size; only its totals are shown).
    ids = [PROGRESS_ID, ACTIVE_PLAN_ID, *(week_doc_id(w) for w in stored_weeks)]
    without = ("contrib",) if fast else ()
    found = await store.read_many(WORKOUTS, user_id, ids, without=without)
    if await check_on_read(store, user_id, found.get(PROGRESS_ID)):  # drifted aggregates are repaired first
        found = await store.read_many(WORKOUTS, user_id, ids, without=without)
    summary, pointer = found.get(PROGRESS_ID), found.get(ACTIVE_PLAN_ID)
    week_docs: list[dict[str, Any] | None]
    if fast:
        week_docs = [found.get(week_doc_id(w)) for w in window]
    else:
        docs = [found[week_doc_id(w)] for w in stored_weeks if week_doc_id(w) in found]
        grouped = by_local_week(docs, tz, start, end)
        week_docs = [week_totals(grouped[m]) if m in grouped else None for m in mondays]
    target, bands, since = await _targets(store, user_id, pointer, profile_doc, tz)
    imperial = ((profile_doc or {}).get("profile") or {}).get("units") == "imperial"
    floor = frozenset(m for m, (low, _) in (bands or {}).items() if low > 0)
    rows: list[dict[str, Any]] = []
    e1rm: dict[str, list[dict[str, Any]]] = {}
    for week, doc in zip(window, week_docs, strict=True):
        doc = doc or {"sessions": 0, "volume_kg": 0, "hard_sets_by_muscle": {}, "e1rm": {}}
        rows.append(
            {
                "week": week,
                "monday": mondays[len(rows)].isoformat(),
                "sessions": doc["sessions"],
                "target_sessions": target,
                "volume_kg": doc["volume_kg"],
                "hard_sets_by_muscle": _muscles(doc["hard_sets_by_muscle"], bands, floor),
                "cardio": _cardio(doc, imperial),
            }
        )
        for exercise_id, (value, day) in sorted(doc["e1rm"].items()):
            e1rm.setdefault(exercise_id, []).append({"date": day, "e1rm_kg": value})
    first_done = next((r["week"] for r in rows if r["sessions"]), None)
    if since is not None and first_done is not None:
        since = min(since, first_done)  # sessions logged (or backfilled) before the plan was activated count too
    complete = [r for r in rows[:-1] if since is None or r["week"] >= since]
    planned = (target or 0) * len(complete)
    done = sum(min(r["sessions"], target) for r in complete) if target else 0
    adherence = {
        "days_per_week": target,
        "weeks": len(complete),
        "planned": planned,
        "done": done,
        "pct": round(100 * done / planned, 1) if planned else None,
    }
    run = streak((summary or {}).get("streaks", {}), target, window[-1])  # in UTC weeks
    if not fast:  # the window's local weeks are known; older ones are read only if the run goes back further
        known = KnownWeeks({m: int(r["sessions"]) for m, r in zip(mondays, rows, strict=True)}, mondays[0])
        run = await local_streak(store, user_id, tz, this_monday, target, hint=run, known=known)
    return {
        "weeks": rows, "e1rm": e1rm, "personal_records": _records((summary or {}).get("records", {}), tz),
        "streak_weeks": run, "adherence": adherence, "active_plan_id": str(pointer["plan_id"]) if pointer else None,
    }  # fmt: skip
