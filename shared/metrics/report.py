"""Admins' success metrics for a window of UTC days, from the counters alone (and safety's daily counts).

Weeks are ISO weeks whose Monday falls in [monday(from), to]; cohorts are the ISO weeks of sign-up days in
[from, to]. A cohort's rate is `final` once every day of it has passed its whole window (`events.WINDOWS`):
before that it can still rise. Shares are None where there is nobody to divide by.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import Any

from pydantic import BaseModel, Field

from shared.errors import FieldError, InvalidInput
from shared.metrics import counters
from shared.metrics.events import WINDOWS
from shared.safety import events as safety_events
from shared.store.port import Document, DocumentStore

MAX_DAYS = 366


class DayMetrics(BaseModel):
    date: date
    active_users: int
    sessions: int
    signups: int


class WeekMetrics(BaseModel):
    week: str
    start: date
    active_users: int
    three_plus_users: int
    three_plus_share: float | None
    coach_users: int
    coach_share: float | None


class CohortMetrics(BaseModel):
    week: str
    start: date
    signups: int
    d7_retained: int
    d7_rate: float | None
    d7_final: bool
    d30_retained: int
    d30_rate: float | None
    d30_final: bool


class RatingMetrics(BaseModel):
    kind: str
    source: str
    count: int
    average: float | None
    counts: dict[str, int]


class SafetyMetrics(BaseModel):
    date: date
    counts: dict[str, int]


class MetricsReport(BaseModel):
    from_: date = Field(serialization_alias="from")
    to: date
    days: list[DayMetrics]
    weeks: list[WeekMetrics]
    cohorts: list[CohortMetrics]
    ratings: list[RatingMetrics]
    safety: list[SafetyMetrics]


EARLIEST_DAY = date(2000, 1, 1)


def window(first: date | None, last: date | None, today: date) -> tuple[date, date]:
    """The days asked for: `to` defaults to today, `from` to 12 weeks before it; InvalidInput naming the field
    for `from` after `to`, a window over MAX_DAYS days, or a day before 2000 or more than a year ahead (no
    counters exist there, and days near the calendar's ends overflow the date arithmetic)."""
    for name, day in (("from", first), ("to", last)):
        if day is not None and not EARLIEST_DAY <= day <= today + timedelta(days=366):
            raise InvalidInput(
                f"`{name}` is out of range.", [FieldError(f"query.{name}", "must be from 2000-01-01 to a year ahead")]
            )
    last = last or today
    first = first or last - timedelta(days=83)
    if first > last:
        raise InvalidInput("`from` is after `to`.", [FieldError("query.from", "must be on or before `to`")])
    if (last - first).days + 1 > MAX_DAYS:
        raise InvalidInput(
            f"At most {MAX_DAYS} days at once.", [FieldError("query.to", f"at most {MAX_DAYS} days after `from`")]
        )
    return first, last


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _sums(rows: list[Document], scope: str) -> dict[str, dict[str, int]]:
    sums: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in rows:
        if row.get("scope") == scope:
            for name in counters.FIELDS[scope]:
                sums[str(row["day"])][name] += int(row.get(name, 0))
    return sums


def _cohorts(rows: list[Document], first: date, last: date, today: date) -> list[CohortMetrics]:
    weeks: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for day, sums in _sums(rows, "cohort").items():
        if first.isoformat() <= day <= last.isoformat():
            for name, value in sums.items():
                weeks[counters.monday(date.fromisoformat(day))][name] += value
    out = []
    for start, sums in sorted(weeks.items()):
        end = min(start + timedelta(days=6), last)
        out.append(CohortMetrics(
            week=counters.iso_week(start), start=start, signups=sums["signups"],
            d7_retained=sums["d7"], d7_rate=_share(sums["d7"], sums["signups"]),
            d7_final=end + timedelta(days=WINDOWS["d7"][1]) < today,
            d30_retained=sums["d30"], d30_rate=_share(sums["d30"], sums["signups"]),
            d30_final=end + timedelta(days=WINDOWS["d30"][1]) < today,
        ))  # fmt: skip
    return out


def _ratings(rows: list[Document]) -> list[RatingMetrics]:
    sums: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in rows:
        if row.get("scope") == "rating":
            for name, value in row.items():
                if name in ("count", "sum") or name.startswith("n_"):
                    sums[(str(row.get("kind")), str(row.get("source")))][name] += int(value)
    return [RatingMetrics(kind=kind, source=source, count=s["count"],
                          average=round(s["sum"] / s["count"], 2) if s.get("sum") and s["count"] else None,
                          counts={k[2:]: v for k, v in sorted(s.items()) if k.startswith("n_")})
            for (kind, source), s in sorted(sums.items())]  # fmt: skip


async def build(store: DocumentStore, first: date, last: date, today: date) -> MetricsReport:
    """The report for [first, last] (at most MAX_DAYS days; the caller checks)."""
    rows = await counters.read_range(store, counters.monday(first), last)
    daily, cohort = _sums(rows, "day"), _sums(rows, "cohort")
    days = [DayMetrics(date=d, active_users=daily[d.isoformat()]["active"], sessions=daily[d.isoformat()]["sessions"],
                       signups=cohort[d.isoformat()]["signups"])
            for d in (first + timedelta(days=i) for i in range((last - first).days + 1))]  # fmt: skip
    weekly = _sums(rows, "week")
    weeks = []
    start = counters.monday(first)
    while start <= last:
        s = weekly[start.isoformat()]
        active, three, coach = s["active"], s["three_plus"], s["coach"]
        weeks.append(WeekMetrics(week=counters.iso_week(start), start=start, active_users=active,
                                 three_plus_users=three, three_plus_share=_share(three, active),
                                 coach_users=coach, coach_share=_share(coach, active)))  # fmt: skip
        start += timedelta(days=7)
    safety = await safety_events.summary(store, (last - first).days + 1, datetime.combine(last, time(12)))
    return MetricsReport(
        from_=first, to=last, days=days, weeks=weeks, cohorts=_cohorts(rows, first, last, today),
        ratings=_ratings([r for r in rows if str(r["day"]) >= first.isoformat()]),
        safety=sorted((SafetyMetrics(date=date.fromisoformat(d["date"]), counts=d["counts"]) for d in safety),
                      key=lambda m: m.date),
    )  # fmt: skip


def _cell(text: str) -> str:
    """A text cell a spreadsheet will not run as a formula (a model or category name is shown as written)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def to_csv(report: MetricsReport) -> str:
    """The report in long form: `section,period,metric,value` (one figure a row; empty for no share)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["section", "period", "metric", "value"])

    def rows(section: str, period: str, fields: dict[str, Any]) -> None:
        for name, value in fields.items():
            writer.writerow([_cell(section), _cell(period), _cell(name), "" if value is None else value])

    for d in report.days:
        rows("daily", d.date.isoformat(), d.model_dump(exclude={"date"}))
    for w in report.weeks:
        rows("weekly", w.week, w.model_dump(exclude={"week", "start"}))
    for c in report.cohorts:
        rows("cohort", c.week, c.model_dump(exclude={"week", "start"}))
    for r in report.ratings:
        rows("rating", f"{r.kind}:{r.source}", {"count": r.count, "average": r.average,
                                                 **{f"n_{k}": v for k, v in r.counts.items()}})  # fmt: skip
    for s in report.safety:
        rows("safety", s.date.isoformat(), s.counts)
    return out.getvalue()
