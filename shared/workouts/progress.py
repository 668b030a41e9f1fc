"""Progress analytics from O(weeks) aggregate documents and one bounded summary; never the sessions.

Reads: the progress summary (records, sessions per week), the active-plan pointer and one week
document per week asked for (in one `read_many`), then the active plan (days and volume bands; the
profile's band when no plan is active).
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

import orjson

from shared.exercises.catalog import find_exercise
from shared.identity.profiles import load_profile
from shared.plans.rules import FLOOR_MUSCLES, volume_band
from shared.profile.model import MUSCLES
from shared.store.port import Document, DocumentStore
from shared.workouts.aggregates import read_or_none
from shared.workouts.keys import (
    ACTIVE_PLAN_ID,
    PROGRESS_ID,
    WORKOUTS,
    iso_week,
    now_utc,
    week_doc_id,
    weeks_back,
)
from shared.workouts.progress_models import ProgressPublic
from shared.workouts.rebuild_marks import check_on_read
from shared.workouts.streaks import streak

Bands = dict[str, tuple[int, int]]
Status = Literal["below", "within", "above"]
MAX_WEEKS = 104


async def _targets(
    store: DocumentStore, user_id: str, pointer: Document | None
) -> tuple[int | None, Bands | None, str | None]:
    """(sessions per week, band per muscle, activation week) from the active plan, else the profile."""
    plan_doc = await read_or_none(store, user_id, f"plan:{pointer['plan_id']}") if pointer else None
    if plan_doc is not None and pointer is not None:
        # The stored plan was validated when it was written; only two of its fields are needed here.
        plan: dict[str, Any] = plan_doc["plan"]
        bands: Bands = {v["muscle"]: (int(v["band_min"]), int(v["band_max"])) for v in plan.get("weekly_sets", [])}
        return len(plan["days"]), bands or None, iso_week(date.fromisoformat(str(pointer["activated_at"])[:10]))
    stored = await load_profile(store, user_id)
    if stored is None:
        return None, None, None
    floor, top = volume_band(stored.profile.primary_goal, stored.profile.fitness_level)
    return stored.profile.days_per_week, {m: (floor if m in FLOOR_MUSCLES else 0, top) for m in MUSCLES}, None


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


def _records(records: dict[str, Any]) -> list[dict[str, Any]]:
    """All-time records, as `PersonalRecord` fields."""
    out: list[dict[str, Any]] = []
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
            record = {"kind": "e1rm", "e1rm_kg": r["value"], "date": r["date"], "session_id": r["session_id"]}
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
                }
            )
    return out


async def get_progress(
    store: DocumentStore, user_id: str, weeks: int = 12, today: date | None = None
) -> ProgressPublic:
    """The caller's progress over the last `weeks` ISO weeks (this one included)."""
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
    today = today or now_utc().date()
    window = weeks_back(today, max(1, min(weeks, MAX_WEEKS)))
    # One lookup for the summary, the active-plan pointer and the weeks, without each week's
    # per-session contributions (most of a week document's size; only its totals are shown).
    ids = [PROGRESS_ID, ACTIVE_PLAN_ID, *(week_doc_id(w) for w in window)]
    found = await store.read_many(WORKOUTS, user_id, ids, without=("contrib",))
    if await check_on_read(store, user_id, found.get(PROGRESS_ID)):  # drifted aggregates are repaired first
        found = await store.read_many(WORKOUTS, user_id, ids, without=("contrib",))
    summary, pointer = found.get(PROGRESS_ID), found.get(ACTIVE_PLAN_ID)
    week_docs = [found.get(week_doc_id(w)) for w in window]
    target, bands, since = await _targets(store, user_id, pointer)
    floor = frozenset(m for m, (low, _) in (bands or {}).items() if low > 0)
    rows: list[dict[str, Any]] = []
    e1rm: dict[str, list[dict[str, Any]]] = {}
    for week, doc in zip(window, week_docs, strict=True):
        doc = doc or {"sessions": 0, "volume_kg": 0, "hard_sets_by_muscle": {}, "e1rm": {}}
        rows.append(
            {
                "week": week,
                "sessions": doc["sessions"],
                "target_sessions": target,
                "volume_kg": doc["volume_kg"],
                "hard_sets_by_muscle": _muscles(doc["hard_sets_by_muscle"], bands, floor),
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
    return {
        "weeks": rows, "e1rm": e1rm, "personal_records": _records((summary or {}).get("records", {})),
        "streak_weeks": streak((summary or {}).get("streaks", {}), target, window[-1]), "adherence": adherence,
        "active_plan_id": str(pointer["plan_id"]) if pointer else None,
    }  # fmt: skip
