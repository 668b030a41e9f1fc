"""The ICS calendar of the active plan's coming sessions (RFC 5545, the `icalendar` library).

One event per plan day on each date whose weekday is the day's `day_index` (the plan engine put the days on
the user's preferred weekdays), from today for `weeks` weeks, at the user's usual training time
(`notification_prefs.workout_time`) in their profile's time zone: DTSTART carries the TZID and the calendar a
VTIMEZONE, so the hour stays right across DST changes. Summary: the day's focus (its name when empty);
description: the exercises with sets and reps. Never injuries, PAR-Q answers, safety or exercise notes.
UIDs derive from a hash of the user id and the date and weekday slot, so a calendar app that re-reads the feed
updates an event (a changed plan changes its text) instead of adding a second one.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from shared.plans.schema import Plan, PlanDay, PlanExercise

PRODID = "-//Vigor//Training plan//EN"
REFRESH = timedelta(hours=6)


def _exercise_line(item: PlanExercise) -> str:
    if item.duration_seconds:
        amount = f"{item.sets} x {item.duration_seconds} s"
    elif item.distance_m:
        amount = f"{item.sets} x {item.distance_m} m"
    elif item.reps_min == item.reps_max:
        amount = f"{item.sets} x {item.reps_min}"
    else:
        amount = f"{item.sets} x {item.reps_min}-{item.reps_max}"
    return f"{item.name}: {amount}"


def _description(day: PlanDay) -> str:
    lines = [_exercise_line(item) for item in day.exercises]
    return "\n".join([*lines, "", "Log it in Vigor when you are done."]) if lines else "Log it in Vigor."


def event_uid(user_id: str, day: date, slot: int) -> str:
    owner = hashlib.sha256(f"vigor-calendar:{user_id}".encode()).hexdigest()[:20]
    return f"{day.isoformat()}-{slot}-{owner}@vigor"


def build_calendar(user_id: str, plan: Plan | None, timezone: str, training_time: str, default_minutes: int,
                   today: date, weeks: int, now: datetime | None = None) -> bytes:  # fmt: skip
    """The ICS bytes (text/calendar; UTF-8). An absent plan gives a valid calendar with no events."""
    zone = ZoneInfo(timezone)
    hours, minutes = (int(part) for part in training_time.split(":"))
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "Vigor training")
    cal.add("x-wr-timezone", timezone)
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", REFRESH)
    for offset in range(weeks * 7):
        day = today + timedelta(days=offset)
        for slot, plan_day in enumerate(d for d in (plan.days if plan else []) if d.day_index == day.weekday()):
            start = datetime(day.year, day.month, day.day, hours, minutes, tzinfo=zone)
            event = Event()
            event.add("uid", event_uid(user_id, day, slot))
            event.add("dtstamp", stamp)
            event.add("dtstart", start)
            event.add("duration", timedelta(minutes=plan_day.estimated_minutes or default_minutes))
            event.add("summary", (plan_day.focus or plan_day.name)[:120])
            event.add("description", _description(plan_day))
            event.add("categories", ["Training"])
            event.add("transp", "OPAQUE")
            cal.add_component(event)
    cal.add_missing_timezones()
    return bytes(cal.to_ical())
