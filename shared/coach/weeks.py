"""The user's local calendar over the weekly aggregates: sessions, volume and hard sets per local week.

The week documents are keyed by UTC ISO week, but "this week" for a user in Berlin starts at Monday
00:00 Berlin time. Each week document keeps its sessions' contributions with their UTC start, so a
local period is answered exactly from the (at most period + 1) UTC weeks that overlap it, without
reading a session. Only the streak walks back further, and only as far as the run goes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from shared.store.port import DocumentStore
from shared.workouts.contributions import MG_PER_KG, Contribution, volume_mg
from shared.workouts.keys import WORKOUTS, iso_week, utc_key, week_doc_id

MAX_STREAK_WEEKS = 104  # as far back as the progress screen reads; a longer run reads "104+ weeks"
_STREAK_CHUNK = 12


@dataclass(frozen=True)
class LocalWeek:
    """One local week (Monday to Sunday in the user's time zone) as its sessions add up."""

    monday: date
    sessions: int
    volume_kg: float
    hard_sets: float


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def local_midnight(day: date, tz: ZoneInfo) -> datetime:
    """The instant the local day begins, in UTC (the first existing minute on a DST change)."""
    return datetime.combine(day, time(), tzinfo=tz).astimezone(UTC)


def local_date(started_key: str, tz: ZoneInfo) -> date:
    """The local date of a UTC key (`2026-01-05T18:30:00.000000Z`) as stored in contributions and records."""
    moment = datetime.strptime(started_key, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return moment.astimezone(tz).date()


def _utc_weeks(start: datetime, end: datetime) -> list[str]:
    """The UTC ISO weeks that overlap [start, end)."""
    weeks: list[str] = []
    day, last = start.date(), (end - timedelta(microseconds=1)).date()
    while True:
        if iso_week(day) not in weeks:
            weeks.append(iso_week(day))
        if day >= last:
            return weeks
        day = min(day + timedelta(days=7), last)


async def contributions(store: DocumentStore, user_id: str, start: datetime, end: datetime) -> list[Contribution]:
    """The contributions of the sessions started in [start, end), oldest first, from the week documents."""
    ids = [week_doc_id(w) for w in _utc_weeks(start, end)]
    found = await store.read_many(WORKOUTS, user_id, ids)
    low, high = utc_key(start), utc_key(end)
    picked = [c for doc in found.values() for c in doc.get("contrib", {}).values() if low <= c["started"] < high]
    return sorted(picked, key=lambda c: str(c["started"]))


def _add(into: dict[date, list[Contribution]], found: list[Contribution], tz: ZoneInfo) -> None:
    for c in found:
        into.setdefault(week_start(local_date(c["started"], tz)), []).append(c)


def _week(monday: date, found: list[Contribution]) -> LocalWeek:
    hard = sum(float(v) for c in found for v in c["hard"].values())
    return LocalWeek(monday, len(found), sum(volume_mg(c) for c in found) / MG_PER_KG, round(hard, 1))


async def local_weeks(store: DocumentStore, user_id: str, tz: ZoneInfo, first: date, last: date) -> list[LocalWeek]:
    """Every local week from the one holding `first` to the one holding `last`, oldest first."""
    start, end = week_start(first), week_start(last) + timedelta(days=7)
    by_week: dict[date, list[Contribution]] = {}
    _add(by_week, await contributions(store, user_id, local_midnight(start, tz), local_midnight(end, tz)), tz)
    mondays = [start + timedelta(weeks=i) for i in range((end - start).days // 7)]
    return [_week(m, by_week.get(m, [])) for m in mondays]


@dataclass(frozen=True)
class KnownWeeks:
    """Session counts per local week already at hand (from sessions loaded anyway), complete from `since`."""

    counts: dict[date, int]
    since: date  # the first Monday whose count is complete: date.min when every session is known, date.max for none


def known_weeks(starts: list[datetime], tz: ZoneInfo, complete: bool) -> KnownWeeks:
    """Counts per local week of these session starts; `complete` says no older session exists."""
    counts: dict[date, int] = {}
    for started in starts:
        monday = week_start(started.astimezone(tz).date())
        counts[monday] = counts.get(monday, 0) + 1
    if complete:
        return KnownWeeks(counts, date.min)
    if not starts:
        return KnownWeeks(counts, date.max)
    return KnownWeeks(counts, week_start(min(starts).astimezone(tz).date()) + timedelta(days=7))


async def local_streak(
    store: DocumentStore, user_id: str, tz: ZoneInfo, today: date, target: int | None, hint: int = 0,
    known: KnownWeeks | None = None,
) -> int:  # fmt: skip
    """Consecutive local weeks with at least `target` sessions, back from this week (or from last week
    while this one is still short of it), as `shared.workouts.streaks.streak` counts UTC weeks.

    Weeks from `known.since` on are counted from `known` (no read); older ones are read in chunks, the
    first sized by `hint` (the UTC streak, nearly always within a week of this one), so even a long streak
    costs one batched read; at most MAX_STREAK_WEEKS are counted."""
    need = min(7, max(1, target or 1))
    this_monday = week_start(today)
    known = known or KnownWeeks({}, date.max)
    counts = {m: n for m, n in known.counts.items() if m >= known.since}
    read_from = min(max(known.since, this_monday - timedelta(weeks=MAX_STREAK_WEEKS)), this_monday + timedelta(days=7))
    chunk = max(_STREAK_CHUNK // 3, hint + 2 - (this_monday - read_from).days // 7)
    run, monday = 0, this_monday
    while run < MAX_STREAK_WEEKS:
        if monday < read_from:
            first = max(monday - timedelta(weeks=chunk - 1), this_monday - timedelta(weeks=MAX_STREAK_WEEKS))
            for week in await local_weeks(store, user_id, tz, first, read_from - timedelta(days=1)):
                counts[week.monday] = week.sessions
            read_from, chunk = first, _STREAK_CHUNK
        if counts.get(monday, 0) < need:
            if monday == this_monday:  # this week is still open: the run may end last week
                monday -= timedelta(weeks=1)
                continue
            break
        run += 1
        monday -= timedelta(weeks=1)
    return run
