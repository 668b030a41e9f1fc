"""When a push is due, in the user's local wall-clock time (pure functions: the property tests drive them).

A notification has a scheduled local hour (the daily message's hour, the reminder hour). It goes out at the
first hour from then on that is not quiet, and only within STALE_HOURS of that: a reminder that could not go
out by then (quiet hours until midnight, a long outage) is skipped, never sent in the middle of the night or
the next day. The hourly pass and the daily job call `is_due`; one marker per (kind, local date) makes the
repeated hour of a fall-back night send once.

DST: wall-clock hours are what the user sees. On a spring-forward day an hour that does not exist is reached
at the next hour that does (02:00 -> 03:00 still lies within the window); on a fall-back day the repeated
hour is due twice and the marker keeps one. Zones with 30- and 45-minute offsets land on every hour too.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # preferences computes the push slot from these functions
    from shared.notifications.preferences import QuietHours

STALE_HOURS = 3


def send_hour(scheduled_hour: int, quiet: QuietHours | None) -> int | None:
    """The first local hour at or after `scheduled_hour` (same day) outside the quiet hours, or None."""
    for hour in range(scheduled_hour, 24):
        if quiet is None or not quiet.contains(hour):
            return hour
    return None


def is_due(local: datetime, scheduled_hour: int, quiet: QuietHours | None) -> bool:
    """Whether a notification scheduled at `scheduled_hour` may go out at the aware local time `local`."""
    start = send_hour(scheduled_hour, quiet)
    if start is None or (quiet is not None and quiet.contains(local.hour)):
        return False
    return start <= local.hour < start + STALE_HOURS
