"""Logged sessions: log from a plan or without one, history (newest first, cursor pages, from/to), read,
edit (fields left out stay as they were), delete.

Document `session:<id>`: {type: "session", plan_id (None: logged without a plan), started (UTC key), week,
session: LoggedSession (JSON), contrib: its aggregate contribution, created_at, updated_at}. Every write goes through
`commits.write_session`, which stores it together with its week and the progress summary.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from shared.errors import ErrorList, NotFound, PreconditionFailed
from shared.exercises.catalog import find_exercise
from shared.metrics import events as metric_events
from shared.migrations import CURRENT, upgraded
from shared.store.port import Document, DocumentStore, etag_of
from shared.workouts import aggregates, customs, rebuild
from shared.workouts.commits import write_session
from shared.workouts.contributions import contribution
from shared.workouts.keys import PROGRESS_ID, doc_id, iso_week, new_id, now_utc, utc_key
from shared.workouts.local_time import in_zone, local_bounds, user_zone
from shared.workouts.model import MAX_SESSION_NAME, LoggedSession
from shared.workouts.plan_checks import CUSTOM_HELP, CUSTOM_ID
from shared.workouts.plans import get_plan, plan_days
from shared.workouts.ranges import page_in_range


@dataclass(frozen=True)
class StoredSession:
    id: str
    plan_id: str | None
    session: LoggedSession
    etag: str
    created_at: str
    updated_at: str


def _stored(doc: Document) -> StoredSession:
    plan_id = doc.get("plan_id")
    return StoredSession(
        doc["id"].split(":", 1)[1],
        str(plan_id) if plan_id is not None else None,
        LoggedSession.model_validate(upgraded(doc)["session"]),
        str(etag_of(doc)),
        str(doc["created_at"]),
        str(doc["updated_at"]),
    )


def for_plan(found: Sequence[StoredSession], plan_id: str | None, since: datetime | None = None) -> list[LoggedSession]:
    """The logged sessions for next-session targets against the plan `plan_id`: a session logged against
    another plan keeps its sets but loses its plan day (that plan's day means nothing in this one).

    A session logged without a plan but with a plan day (POST /sessions with `day_index`, no `plan_id`) keeps its
    day when it was logged since the plan was made (`since`: the plan's `created_at`): that day was this plan's
    (review 26: Friday's 2 x 5 done as written, judged against Monday's 3 x 5, read "2 of 3 sets done: hold")."""
    return [
        s.session if s.plan_id == plan_id or s.session.day_index is None or _since(s, plan_id, since)
        else s.session.model_copy(update={"day_index": None})
        for s in found
    ]  # fmt: skip


def _since(stored: StoredSession, plan_id: str | None, since: datetime | None) -> bool:
    """Whether a plan-less session was logged (stored) at or after `since` (to the second, as it is stored)."""
    if stored.plan_id is not None or plan_id is None or since is None:
        return False
    try:
        logged = datetime.fromisoformat(stored.created_at)
    except ValueError:
        return False
    logged = logged if logged.tzinfo is not None else logged.replace(tzinfo=UTC)
    return logged >= since.replace(microsecond=0)


def check_exercises(logged: LoggedSession, day_indexes: set[int] | None) -> None:
    """422 for an exercise neither in the catalog nor custom-with-a-name, a day the plan lacks, or a
    superset label only one exercise has (a superset is 2+ exercises done alternately)."""
    errors = ErrorList()
    if day_indexes is not None and logged.day_index is not None and logged.day_index not in day_indexes:
        errors.add("day_index", f"the plan has no day {logged.day_index}; its days are {sorted(day_indexes)}")
    labels = [item.superset for item in logged.exercises]
    for i, item in enumerate(logged.exercises):
        if item.superset and labels.count(item.superset) < 2:
            errors.add(
                f"exercises.{i}.superset", f"superset {item.superset} needs 2 or more exercises; only this one has it"
            )
        if find_exercise(item.exercise_id) is not None:
            continue
        if not CUSTOM_ID.match(item.exercise_id):
            errors.add(f"exercises.{i}.exercise_id", CUSTOM_HELP)
        elif not (item.name or "").strip():
            errors.add(f"exercises.{i}.name", "a custom exercise needs a name")
    errors.raise_if_any("The session has invalid fields")


async def register_customs(store: DocumentStore, user_id: str, logged: LoggedSession) -> None:
    """Every custom exercise the session names becomes one of the user's (`customs`): the one place for it."""
    named = customs.named_in(e.model_dump() for e in logged.exercises)
    if named:
        await customs.ensure(store, user_id, named)


def _doc(user_id: str, session_id: str, plan_id: str | None, logged: LoggedSession, created_at: str) -> Document:
    body = logged.model_dump(mode="json")
    return {
        "id": f"session:{session_id}", "userId": user_id, "type": "session", "plan_id": plan_id,
        "started": utc_key(logged.started_at), "week": iso_week(logged.started_at), "session": body,
        "contrib": contribution(body), "created_at": created_at, "updated_at": now_utc().isoformat(timespec="seconds"),
        "schema_version": CURRENT["session"],
    }  # fmt: skip


def session_doc(user_id: str, session_id: str, logged: LoggedSession) -> Document:
    """A new session document logged without a plan (`bulk.add_sessions` writes these)."""
    check_exercises(logged, None)
    return _doc(user_id, session_id, None, logged, now_utc().isoformat(timespec="seconds"))


async def session_records(store: DocumentStore, user_id: str, session_id: str) -> list[dict[str, Any]]:
    """The all-time records this session holds now (for the log response: "new PR!"). A summary of an older format
    (no `previous` on its records) is recounted first (`rebuild.repair_user`)."""
    summary = await aggregates.read_or_none(store, user_id, PROGRESS_ID)
    if summary is not None and summary.get("aggregates") != aggregates.FORMAT:
        await rebuild.repair_user(store, user_id)
        summary = await aggregates.read_or_none(store, user_id, PROGRESS_ID)
    return records_held(summary, session_id)


def records_held(summary: Document | None, session_id: str) -> list[dict[str, Any]]:
    """The all-time records the session holds in this progress summary.

    Each carries `previous`: the best it beat (the best of that kind in the sessions done before it, kept in the
    summary: `records.merge_contribution`), in the record's own shape; None when there was none (the exercise's
    first time, or the first set at that weight): a first time is a baseline, not a record beaten (a new user's
    review: a first workout claimed 9 records). The same for the log response and a later analysis (review 21:
    the analysis said "previous: null" for every record).

    A record is labelled as what it is: "most reps at a weight" only when it beat the reps done at that weight
    before. The first set at a weight has no reps to beat there: on a loaded lift it is the heaviest set or the e1RM
    when it is one, never a most-reps record (review 26: a heavy single was announced as "most reps: 1"). An
    unloaded exercise (no heaviest-weight record) keeps its first reps as its baseline."""
    held: list[dict[str, Any]] = []
    for exercise_id, mine in sorted((summary or {}).get("records", {}).items()):
        for kind, key in (("e1rm", "e1rm"), ("heaviest_weight", "top")):
            record = mine.get(key)
            if record and record["session_id"] == session_id:
                held.append({"exercise_id": exercise_id, "kind": kind, "value": record["value"],
                             "previous": _value(record.get("previous"))})  # fmt: skip
        for weight, record in mine.get("reps", {}).items():
            if record["session_id"] == session_id and (record.get("previous") is not None or not mine.get("top")):
                held.append(
                    {
                        "exercise_id": exercise_id,
                        "kind": "most_reps",
                        "weight_kg": float(weight),
                        "value": record["value"],
                        "previous": _value(record.get("previous")),
                    }
                )
    return held


def _value(record: dict[str, Any] | None) -> Any:
    return None if record is None else record["value"]


async def log_session(store: DocumentStore, user_id: str, plan_id: str | None, logged: LoggedSession) -> StoredSession:
    """Log a session done from one of the user's plans (NotFound for any other plan), or without one (None)."""
    return (await log_session_with_records(store, user_id, plan_id, logged))[0]


async def log_session_with_records(
    store: DocumentStore, user_id: str, plan_id: str | None, logged: LoggedSession, session_id: str | None = None
) -> tuple[StoredSession, list[dict[str, Any]]]:
    """`log_session`, plus the all-time records the session holds in the summary its logging wrote
    (what `session_records` would read back, without reading the summary again).

    `session_id`: the id an `Idempotency-Key` names (`shared.idempotency.derived_id`). When a session
    with it exists already (the first attempt wrote it and died before its key recorded the answer),
    that session is the answer and nothing more is written."""
    day_indexes: set[int] | None = None
    if plan_id is not None:
        plan_id, day_names = await plan_days(store, user_id, plan_id)
        day_indexes = set(day_names)
        if logged.name is None and logged.day_index is not None and day_names.get(logged.day_index):
            # History and the CSV export show the plan day's name ("Lower body A"), as they do an import's.
            logged = logged.model_copy(update={"name": day_names[logged.day_index][:MAX_SESSION_NAME]})
    check_exercises(logged, day_indexes)
    await register_customs(store, user_id, logged)
    keyed = session_id is not None
    session_id = session_id or new_id()
    doc = _doc(user_id, session_id, plan_id, logged, now_utc().isoformat(timespec="seconds"))

    def change(current: Document | None) -> Document:
        if current is not None:  # a new id: only a retry after a lost race reads it, and a lost race writes nothing
            raise PreconditionFailed("session id already in use")
        return doc

    if keyed:
        found = await aggregates.read_or_none(store, user_id, doc_id("session", session_id) or "")
        if found is not None:
            return _stored(found), await session_records(store, user_id, session_id)
    written = await write_session(store, user_id, session_id, change, known_absent=not keyed)
    saved = written.session
    assert saved is not None
    await metric_events.session_logged(store, user_id, now_utc())
    stored = StoredSession(
        session_id, plan_id, logged, str(etag_of(saved)), str(saved["created_at"]), str(saved["updated_at"])
    )  # `logged` is what `_stored` would validate again from its own dump
    if written.summary is not None and written.summary.get("aggregates") != aggregates.FORMAT:
        return stored, await session_records(store, user_id, session_id)  # an older summary: recounted first
    return stored, records_held(written.summary, session_id)


async def _read(store: DocumentStore, user_id: str, session_id: str) -> Document:
    key = doc_id("session", session_id)
    doc = await aggregates.read_or_none(store, user_id, key) if key else None
    if doc is None:
        raise NotFound("No such session.")
    return doc


def _check_etag(doc: Document, if_match: str | None) -> None:
    if if_match is not None and if_match.strip('"') != str(etag_of(doc)).strip('"'):
        raise PreconditionFailed("The session changed since you read it; reload it and try again.")


async def get_session(store: DocumentStore, user_id: str, session_id: str) -> StoredSession:
    return _stored(await _read(store, user_id, session_id))


async def list_sessions(
    store: DocumentStore, user_id: str, low: str | None, high: str | None, limit: int, cursor: str | None
) -> tuple[list[StoredSession], str | None]:
    """History, newest first, `low` <= started < `high` (UTC keys)."""
    items, next_cursor = await page_in_range(
        store, user_id, "session", "started", low, high, newest_first=True, limit=limit, cursor=cursor
    )
    return [_stored(doc) for doc in items], next_cursor


def on_clock(stored: StoredSession, tz: ZoneInfo) -> StoredSession:
    """The session with `started_at` on the user's clock (the same instant, their offset)."""
    session = stored.session.model_copy(update={"started_at": in_zone(stored.session.started_at, tz)})
    return replace(stored, session=session)


async def history(
    store: DocumentStore,
    user_id: str,
    start: date | datetime | None,
    end: date | datetime | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[StoredSession], str | None]:
    """The history as the API shows it: `from`/`to` on the user's calendar (`local_time.local_bounds`),
    newest first, each `started_at` on the user's clock."""
    tz = await user_zone(store, user_id)
    low, high = local_bounds(start, end, tz)
    found, next_cursor = await list_sessions(store, user_id, low, high, limit, cursor)
    return [on_clock(s, tz) for s in found], next_cursor


async def read_session(store: DocumentStore, user_id: str, session_id: str) -> StoredSession:
    """One session as the API shows it: `started_at` on the user's clock."""
    doc = await _read(store, user_id, session_id)
    return on_clock(_stored(doc), await user_zone(store, user_id))


def merged(old: LoggedSession, changes: dict[str, Any]) -> LoggedSession:
    """`old` with the fields in `changes` (as sent: absent = unchanged, null = cleared) replaced; a whole
    field is replaced (sending `exercises` replaces every exercise). 422 naming the field for a null
    where a value is required (`started_at`, `duration_minutes`, `exercises`) or a result that is invalid."""
    errors = ErrorList()
    for name in ("started_at", "duration_minutes", "exercises"):
        if name in changes and changes[name] is None:
            errors.add(name, "is required; leave it out to keep it as it is")
    errors.raise_if_any("The session has invalid fields")
    body = {**old.model_dump(), **changes}
    if body.get("notes") is None:
        body["notes"] = ""  # null clears the notes
    try:
        return LoggedSession.model_validate(body)
    except ValidationError as exc:
        for e in exc.errors():
            errors.add(".".join(str(part) for part in e["loc"]) or "body", e["msg"])
        errors.raise_if_any("The session has invalid fields")
        raise


async def update_session(
    store: DocumentStore, user_id: str, session_id: str, changes: dict[str, Any] | LoggedSession, if_match: str | None
) -> StoredSession:
    """Change a session: the fields in `changes` (absent = unchanged, explicit null = cleared; see `merged`),
    so an older client that leaves out notes, session RPE or energy loses none of them; a whole LoggedSession
    replaces everything. 412 on a stale If-Match."""
    if isinstance(changes, LoggedSession):
        changes = changes.model_dump()
    old = await _read(store, user_id, session_id)
    _check_etag(old, if_match)
    logged = merged(_stored(old).session, changes)
    plan_id = old.get("plan_id")
    days: set[int] | None = None
    if plan_id is not None:
        try:
            plan = (await get_plan(store, user_id, str(plan_id))).plan
            days = {day.day_index for day in plan.days}
        except NotFound:
            pass  # the plan was deleted since: the session stays editable

    check_exercises(logged, days)
    await register_customs(store, user_id, logged)

    def change(current: Document | None) -> Document:
        if current is None:
            raise NotFound("No such session.")
        if if_match is not None and etag_of(current) != etag_of(old):
            raise PreconditionFailed("The session changed since you read it; reload it and try again.")
        if if_match is None and etag_of(current) != etag_of(old):
            # Changed between our read and this write: merge onto what is there now, not onto the older copy.
            again = merged(_stored(current).session, changes)
            check_exercises(again, days)
            return _doc(user_id, session_id, current.get("plan_id"), again, str(current["created_at"]))
        return _doc(user_id, session_id, current.get("plan_id"), logged, str(current["created_at"]))

    saved = (await write_session(store, user_id, session_id, change)).session
    assert saved is not None
    return _stored(saved)


async def delete_session(store: DocumentStore, user_id: str, session_id: str, if_match: str | None = None) -> None:
    old = await _read(store, user_id, session_id)
    _check_etag(old, if_match)

    def change(current: Document | None) -> None:
        if current is not None and if_match is not None and etag_of(current) != etag_of(old):
            raise PreconditionFailed("The session changed since you read it; reload it and try again.")
        # None: deleted meanwhile, by a write that kept the aggregates in step; nothing left to do

    await write_session(store, user_id, session_id, change)
