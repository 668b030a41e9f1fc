"""The user's local calendar: dates, weeks, "today" and streaks follow the profile's time zone.

Stored instants stay UTC (`started`, `measured` keys), and the week documents stay keyed by UTC ISO
week (`week:2026-W45`); what a user sees is local. "This week" for a user in Kolkata starts at Monday
00:00 Kolkata time, so a Monday 00:55 session there (Sunday 19:25 UTC) is that Monday and counts in
that week. Each week document keeps its sessions' contributions with their UTC start, so a local
period is answered exactly from the (at most period + 1) UTC weeks that overlap it, without reading
a session. Only the streak walks back further, and only as far as the run goes.

Rules (also in the API's descriptions): a date-only `from`/`to` is a local date of the user; a
date-time with an offset is an instant. See docs/decisions.md, "Local time".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from shared.identity.profiles import read_profile_doc
from shared.store.port import Document, DocumentStore
from shared.workouts.contributions import MG_PER_KG, Contribution, volume_mg
from shared.workouts.keys import WORKOUTS, iso_week, utc, utc_key, week_doc_id

MAX_STREAK_WEEKS = 104  # as far back as the progress screen reads; a longer run reads "104+ weeks"
_STREAK_CHUNK = 12


@dataclass(frozen=True)
class LocalWeek:
    """One local week (Monday to Sunday in the user's time zone) as its sessions add up."""

    monday: date
    sessions: int
    volume_kg: float
    hard_sets: float


UTC_ZONE = ZoneInfo("UTC")
# Names of zones that are UTC all year: their local weeks are the stored UTC weeks (the fast path).
_ALWAYS_UTC = frozenset(
    {"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu", "Etc/GMT", "GMT",
     "Etc/GMT0", "GMT0", "Etc/GMT+0", "Etc/GMT-0", "GMT+0", "GMT-0", "Etc/Greenwich", "Greenwich"}
)  # fmt: skip


def zone(name: object) -> ZoneInfo:
    """The IANA zone named; UTC for none, or for a name this machine does not know (profiles are
    validated when saved, so that is only a zone database older than the one that accepted it)."""
    if not isinstance(name, str) or not name:
        return UTC_ZONE
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return UTC_ZONE


def profile_zone(profile_doc: Mapping[str, Any] | None) -> ZoneInfo:
    """The time zone of a stored profile document (UTC before onboarding)."""
    profile = (profile_doc or {}).get("profile") or {}
    return zone(profile.get("timezone"))


async def user_zone(store: DocumentStore, user_id: str) -> ZoneInfo:
    """The user's time zone, from their profile (one point read; UTC before onboarding)."""
    return profile_zone(await read_profile_doc(store, user_id))


def is_utc(tz: ZoneInfo) -> bool:
    """Whether the zone is UTC all year round (then local weeks are the stored UTC weeks)."""
    return tz.key in _ALWAYS_UTC


def local_now(tz: ZoneInfo, now: datetime | None = None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(tz)


def in_zone(moment: datetime, tz: ZoneInfo) -> datetime:
    """The same instant on the user's clock (a naive value is taken as UTC, as stored keys are)."""
    return utc(moment).astimezone(tz)


def local_bounds(
    start: date | datetime | None, end: date | datetime | None, tz: ZoneInfo
) -> tuple[str | None, str | None]:
    """`from` inclusive and `to` exclusive as UTC keys. A date is a day on the user's calendar: `from`
    starts at its local midnight and a date `to` includes that whole local day. A date-time with an
    offset is that instant; one without an offset is a time on the user's clock."""

    def instant(value: date | datetime, next_day: bool) -> str:
        if isinstance(value, datetime):
            return utc_key(value if value.tzinfo is not None else value.replace(tzinfo=tz))
        return utc_key(local_midnight(value + timedelta(days=1) if next_day else value, tz))

    return (instant(start, False) if start is not None else None, instant(end, True) if end is not None else None)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def local_midnight(day: date, tz: ZoneInfo) -> datetime:
    """The instant the local day begins, in UTC (the first existing minute on a DST change)."""
    return datetime.combine(day, time(), tzinfo=tz).astimezone(UTC)


def local_date(started_key: str, tz: ZoneInfo) -> date:
    """The local date of a UTC key (`2026-01-05T18:30:00.000000Z`) as stored in contributions and records."""
    return datetime.fromisoformat(started_key).astimezone(tz).date()


def utc_weeks(start: datetime, end: datetime) -> list[str]:
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
    ids = [week_doc_id(w) for w in utc_weeks(start, end)]
    found = await store.read_many(WORKOUTS, user_id, ids)
    low, high = utc_key(start), utc_key(end)
    picked = [c for doc in found.values() for c in doc.get("contrib", {}).values() if low <= c["started"] < high]
    return sorted(picked, key=lambda c: str(c["started"]))


def by_local_week(
    docs: Iterable[Document], tz: ZoneInfo, start: datetime, end: datetime
) -> dict[date, dict[str, Contribution]]:
    """The contributions (by session id) in these week documents of the sessions started in
    [start, end), grouped by the Monday of their local week, each with its `date` made local."""
    low, high = utc_key(start), utc_key(end)
    out: dict[date, dict[str, Contribution]] = {}
    for doc in docs:
        for session_id, c in doc.get("contrib", {}).items():
            if low <= c["started"] < high:
                day = local_date(c["started"], tz)
                out.setdefault(week_start(day), {})[session_id] = {**c, "date": day.isoformat()}
    return out


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
