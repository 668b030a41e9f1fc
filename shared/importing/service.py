"""Importing a file: read it, map its exercises, and add its workouts as ordinary sessions, once.

Imported workouts are written like logged ones (`sessions.log_session_with_records`), so records,
e1RM trends, progress and the next plan use them at once. Nothing is written twice:
* a workout whose start (to the second) has no session is added, under an id derived from the user
  and that start, so two imports racing write one session;
* a session at the same start that already has every set of the workout is a duplicate, skipped
  (the same file twice adds nothing; an export of Vigor's re-imported adds nothing);
* one that lacks some of them gets the missing sets (overlapping files merge by start and content).
A set's identity is its exercise, type, reps, weight (to 10 g), time and distance (to a metre); RPE
and notes are not compared.

A dry run writes no session and no exercise; corrections sent with it (`chosen`) are remembered
for the next import (`corrections.py`). Imported notes from the last two weeks are screened for the
coach like a logged session's (`shared.coach.flags`).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from shared.coach import flags
from shared.errors import FieldError, InvalidInput
from shared.exercises.catalog import find_exercise
from shared.identity.profiles import read_profile_doc
from shared.importing import corrections, custom, detect, stream
from shared.importing.assemble import MAX_EXERCISES, MAX_SETS, Candidate, assemble, drop_lone_labels
from shared.importing.detect import SourceChoice
from shared.importing.mapping import Mapper, slug
from shared.importing.model import Issue, Parsed, Units
from shared.importing.summary import MAX_WARNINGS, ExerciseMapping, ImportSummary, ImportWarning
from shared.migrations import upgraded
from shared.store.port import Document, DocumentStore
from shared.workouts import bulk, sessions
from shared.workouts.keys import utc, utc_key
from shared.workouts.local_time import profile_zone
from shared.workouts.model import LoggedSession, LoggedSet
from shared.workouts.ranges import page_in_range

MAX_CHOICES = 500
PAGE = 500
NOTES_SCREENED = timedelta(days=14)


def session_id_for(user_id: str, started: datetime) -> str:
    """The id an imported session gets: the same user and start (to the second) give the same id."""
    second = utc(started).replace(microsecond=0)
    return hashlib.sha256(f"import:{user_id}:{utc_key(second)}".encode()).hexdigest()[:32]


def fingerprint(exercise_id: str, logged: LoggedSet) -> tuple[Any, ...]:
    weight = round(logged.weight_kg, 2) if logged.weight_kg else None  # 0 kg and no weight are one (Strong's 0)
    distance = None if logged.distance_m is None else round(logged.distance_m)
    return (exercise_id, logged.set_type, logged.reps, weight, logged.duration_seconds, distance)


def missing_sets(old: LoggedSession, new: LoggedSession) -> tuple[list[dict[str, Any]], int]:
    """`old`'s exercises with the sets of `new` it lacks added (to the same exercise while it has room),
    and how many were added."""
    have = Counter(fingerprint(e.exercise_id, s) for e in old.exercises for s in e.sets)
    result = [e.model_dump() for e in old.exercises]
    added = 0
    for item in new.exercises:
        missing = []
        for logged in item.sets:
            key = fingerprint(item.exercise_id, logged)
            if have[key] > 0:
                have[key] -= 1
            else:
                missing.append(logged.model_dump())
        if not missing:
            continue
        target = next((r for r in result if r["exercise_id"] == item.exercise_id
                       and len(r["sets"]) + len(missing) <= MAX_SETS), None)  # fmt: skip
        if target is not None:
            target["sets"] += missing
        elif len(result) < MAX_EXERCISES:
            result.append({**item.model_dump(), "sets": missing})
        else:
            continue
        added += len(missing)
    drop_lone_labels(result)
    return result, added


def _second(started: datetime) -> str:
    return utc_key(utc(started).replace(microsecond=0))[:19]


async def _existing(store: DocumentStore, user_id: str, candidates: list[Candidate]) -> dict[str, Document]:
    """The user's sessions in the file's time span, by start to the second: one range read a page at a
    time (not a query per workout: a 5,000-workout file would make 5,000 round trips)."""
    if not candidates:
        return {}
    starts = [c.session.started_at for c in candidates]
    low = utc_key(utc(min(starts)).replace(microsecond=0))
    high = utc_key(utc(max(starts)).replace(microsecond=0) + timedelta(seconds=1))
    found: dict[str, Document] = {}
    cursor = None
    while True:
        docs, cursor = await page_in_range(
            store, user_id, "session", "started", low, high, newest_first=False, limit=PAGE, cursor=cursor
        )
        for doc in docs:
            found.setdefault(str(doc["started"])[:19], doc)
        if cursor is None:
            return found


def _resolved(chosen: Mapping[str, str], customs: Mapping[str, str]) -> dict[str, str]:
    """The user's corrections (source name -> a catalog id, one of their custom ids, or `custom` for
    a new custom exercise named like the source) as exercise ids; 422 naming `mapping.<name>`."""
    if len(chosen) > MAX_CHOICES:
        raise InvalidInput("Too many corrections.", [FieldError("mapping", f"at most {MAX_CHOICES} names")])
    errors, resolved = [], {}
    for name, target in chosen.items():
        found = find_exercise(target)
        if found is not None:
            resolved[name] = found.id
        elif target == "custom":
            resolved[name] = f"custom:{slug(name)}"
        elif target in customs:
            resolved[name] = target
        else:
            errors.append(
                FieldError(
                    f"mapping.{name[:100]}", "must be a catalog exercise id, one of your custom ids, or 'custom'"
                )
            )
    if errors:
        raise InvalidInput("Some corrections name no exercise.", errors)
    return resolved


def _warnings(issues: list[Issue]) -> list[ImportWarning]:
    ordered = sorted(issues, key=lambda i: i.line)[:MAX_WARNINGS]
    return [ImportWarning(line=i.line, column=i.column, message=i.message) for i in ordered]


Progress = Callable[[str, int, int | None, str], Awaitable[None]]  # (phase, done, total, unit): jobs.progress


async def _profile_units(store: DocumentStore, user_id: str, units: Units | None) -> tuple[Document | None, Units]:
    profile_doc = await read_profile_doc(store, user_id)
    if units is None:
        units = "lb" if ((profile_doc or {}).get("profile") or {}).get("units") == "imperial" else "kg"
    return profile_doc, units


async def import_file(
    store: DocumentStore,
    user_id: str,
    lines: Iterable[str],
    *,
    source: SourceChoice = "auto",
    dry_run: bool = True,
    units: Units | None = None,
    chosen: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> ImportSummary:
    """Import a CSV export (its text lines); see the module docstring. `units`: what a file that does
    not say its units is in (default: the profile's). 422 naming `file`, `source` or `mapping.<name>`."""
    profile_doc, units = await _profile_units(store, user_id, units)
    parsed = detect.parse(lines, source, units)
    return await _import_parsed(store, user_id, parsed, profile_doc, dry_run, chosen, now or datetime.now(UTC), None)


async def import_stream(
    store: DocumentStore,
    user_id: str,
    chunks: AsyncIterator[bytes],
    *,
    size: int | None = None,
    source: SourceChoice = "auto",
    dry_run: bool = True,
    units: Units | None = None,
    chosen: Mapping[str, str] | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """`import_file` for a file read as a stream of byte chunks (a staged blob of `size` bytes), decoded and
    parsed as it arrives (`stream.py`), reporting `reading` (bytes) and then `writing` (sessions) progress."""
    profile_doc, units = await _profile_units(store, user_id, units)
    read = 0

    async def counted() -> AsyncIterator[bytes]:
        nonlocal read
        async for chunk in chunks:
            read += len(chunk)
            if progress is not None:
                await progress("reading", read, size, "bytes")
            yield chunk

    parsed = await stream.parse_stream(counted(), lambda lines: detect.parse(lines, source, units))
    return await _import_parsed(store, user_id, parsed, profile_doc, dry_run, chosen, now or datetime.now(UTC),
                                progress)  # fmt: skip


async def _import_parsed(
    store: DocumentStore, user_id: str, parsed: Parsed, profile_doc: Document | None, dry_run: bool,
    chosen: Mapping[str, str] | None, now: datetime, progress: Progress | None,
) -> ImportSummary:  # fmt: skip
    customs = await custom.names(store, user_id)
    remembered = await corrections.load(store, user_id)
    if chosen:
        remembered = await corrections.remember(store, user_id, _resolved(chosen, customs))
    mapper = Mapper(remembered, customs)
    built = assemble(parsed, mapper, profile_zone(profile_doc), now)
    mapped = {name: mapper.match(name) for name in built.sets_by_name}
    created = sorted({m.exercise_id for m in mapped.values() if m.exercise_id.startswith("custom:")} - set(customs))
    new = merged = duplicates = imported = 0
    pending: dict[str, LoggedSession] = {}  # new sessions by start, written together at the end
    existing = await _existing(store, user_id, built.candidates)
    total = len(built.candidates)
    for done, candidate in enumerate(built.candidates):
        if progress is not None and not done % 100:
            await progress("comparing", done, total, "sessions")
        second = _second(candidate.session.started_at)
        base, doc = pending.get(second), existing.get(second)
        if base is None and doc is None:
            new, imported = new + 1, imported + candidate.sets
            pending[second] = candidate.session
            continue
        if base is None:
            assert doc is not None
            base = LoggedSession.model_validate(upgraded(doc)["session"] if "type" in doc else doc["session"])
        exercises, added = missing_sets(base, candidate.session)
        if not added:
            duplicates += 1
            continue
        merged, imported = merged + 1, imported + added
        if second in pending:  # the file holds this start twice: one session
            pending[second] = LoggedSession.model_validate({**base.model_dump(), "exercises": exercises})
        elif not dry_run:
            assert doc is not None
            session_id = str(doc["id"]).split(":", 1)[1]
            stored = await sessions.update_session(store, user_id, session_id, {"exercises": exercises}, None)
            existing[second] = {"id": doc["id"], "session": stored.session.model_dump(mode="json")}
    if not dry_run and pending:
        docs = [sessions.session_doc(user_id, session_id_for(user_id, s.started_at), s) for s in pending.values()]

        async def written(done: int, total: int) -> None:
            if progress is not None:
                await progress("writing", done, total, "sessions")

        await bulk.add_sessions(store, user_id, docs, written)
        fresh = [s for s in pending.values() if s.started_at >= now - NOTES_SCREENED]
        await flags.remember_notes(store, user_id, flags.session_notes([("", s) for s in fresh]))
    return ImportSummary(
        source=parsed.source, variant=parsed.variant, dry_run=dry_run, rows=parsed.rows,
        sessions_found=len(built.candidates), sessions_new=new, sessions_merged=merged, duplicates_skipped=duplicates,
        sets_found=sum(c.sets for c in built.candidates), sets_imported=imported,
        exercises=[
            ExerciseMapping(source_name=name, sets=built.sets_by_name[name], exercise_id=m.exercise_id,
                            exercise_name=m.name, match=m.how, score=m.score)
            for name, m in mapped.items()
        ],
        custom_created=created, warnings=_warnings(parsed.issues + built.issues),
        warnings_total=len(parsed.issues) + len(built.issues),
    )  # fmt: skip
