"""Where workout documents live, how they are keyed, and the time helpers they share.

workouts container (pk userId), one `type` per kind:
    plan            `plan:<id>`             a plan (hand-made or generated)
    active_plan     `active_plan`           which plan is active (exactly one per user)
    session         `session:<id>`          one logged session
    week            `week:<YYYY-Www>`       that ISO week's aggregate, with each session's contribution
    progress        `progress`              all-time records and sessions per week (bounded summary)
    metric          `metric:<id>`           one body-metrics measurement
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime, timedelta

from shared.store import containers

WORKOUTS = containers.WORKOUTS.name
ACTIVE_PLAN_ID = "active_plan"
PROGRESS_ID = "progress"
_PUBLIC_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def new_id() -> str:
    return uuid.uuid4().hex


def doc_id(kind: str, public_id: str) -> str | None:
    """The document id for a public id, or None when the public id could never exist."""
    return f"{kind}:{public_id}" if _PUBLIC_ID.match(public_id) else None


def week_doc_id(week: str) -> str:
    return f"week:{week}"


def utc(moment: datetime) -> datetime:
    """An aware UTC datetime (naive input is taken as UTC)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def utc_key(moment: datetime) -> str:
    """Fixed-width UTC text that sorts like time: what documents are filtered and ordered by."""
    return utc(moment).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def iso_week(moment: datetime | date) -> str:
    """`2026-W05`: the ISO week (UTC for datetimes)."""
    day = utc(moment).date() if isinstance(moment, datetime) else moment
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_monday(week: str) -> date:
    year, number = week.split("-W")
    return date.fromisocalendar(int(year), int(number), 1)


def weeks_back(today: date, count: int) -> list[str]:
    """The `count` ISO weeks ending with today's, oldest first."""
    monday = today - timedelta(days=today.weekday())
    return [iso_week(monday - timedelta(weeks=i)) for i in range(count - 1, -1, -1)]


def previous_week(week: str) -> str:
    return iso_week(week_monday(week) - timedelta(weeks=1))


def now_utc() -> datetime:
    return datetime.now(UTC)
