"""The UTC hour whose timer run sends a user's daily coach message (their "send slot").

The hourly timer runs at five past each UTC hour (`functions/timers.py`) and reads only the profiles
whose `daily_slot` is that hour (an indexed, single-value query), so its work follows the users due
now, never the whole user base. A slot is the first run at or after the user's local message hour
on a given local date: 08:00 in Berlin is 07:00 UTC in winter (slot 7) and 06:00 UTC in summer
(slot 6); 08:00 in Kolkata (UTC+5:30) is 02:30 UTC, reached by the 03:05 run (slot 3).

The slot depends on the date (daylight saving time), so it is written for the *next* message: on
save (`shared/identity/profiles.save_profile`), and by the daily run after each message or when a
stored slot no longer matches (the evening before a clock change) - see `shared/coach/daily.py`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

RUN_MINUTE = 5  # the timer's minute past each hour (functions/timers.DAILY_MESSAGES_SCHEDULE)


def message_instant(timezone: str, hour: int, day: date) -> datetime:
    """The UTC instant of `hour`:00 local time on `day`.

    An hour skipped by a spring-forward change resolves to the instant after the gap (02:00 that does
    not exist in Berlin is 01:00 UTC, 03:00 local); a repeated fall-back hour is its first occurrence.
    """
    local = datetime.combine(day, time(hour), tzinfo=ZoneInfo(timezone))  # fold=0: the earlier offset
    return local.astimezone(UTC)


def due_date(timezone: str, hour: int, now: datetime) -> date | None:
    """The local date when the local time at `now` has reached `hour` today, else None.

    On a spring-forward day an hour that does not exist is reached at the next one; on a fall-back
    day the repeated hour belongs to the same local date, so it cannot make a second message.
    """
    local = now.astimezone(ZoneInfo(timezone))
    return local.date() if local.hour >= hour else None


def slot_of(instant: datetime, run_minute: int = RUN_MINUTE) -> int:
    """The UTC hour (0-23) of the first timer run (at `run_minute` past each hour) at or after `instant`."""
    utc = instant.astimezone(UTC)
    run = utc.replace(minute=run_minute, second=0, microsecond=0)
    if run < utc:
        run += timedelta(hours=1)
    return run.hour


def slot_for_day(timezone: str, hour: int, day: date) -> int:
    """The slot of the message for local date `day`."""
    return slot_of(message_instant(timezone, hour, day))


def next_instant(timezone: str, hour: int, now: datetime) -> datetime:
    """The UTC instant of the next `hour`:00 local from `now`: today's if it has not come yet, else tomorrow's."""
    local = now.astimezone(ZoneInfo(timezone))
    day = local.date() if local.hour < hour else local.date() + timedelta(days=1)
    return message_instant(timezone, hour, day)


def next_slot(timezone: str, hour: int, now: datetime) -> int:
    """The slot of the next message from `now`: today's if its hour has not come yet, else tomorrow's.

    A user whose hour has passed today is still sent today's message at once by whoever saved the
    profile (the route catches up); the slot is for the regular one."""
    return slot_of(next_instant(timezone, hour, now))


def next_slot_of_hours(timezone: str, hours: Iterable[int], now: datetime, run_minute: int = RUN_MINUTE) -> int | None:
    """The slot of the first of several local hours to come next from `now` (None for no hours).

    A slot field holds one hour, so a user with two scheduled things a day (the push reminders: the workout
    reminder and a daily message's push moved by quiet hours) is read at the earlier and moved on to the later
    by the run that handled them (`shared/notifications/reminder_slots.py`)."""
    instants = [next_instant(timezone, hour, now) for hour in hours]
    return slot_of(min(instants), run_minute) if instants else None
