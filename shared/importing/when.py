"""Dates and times as the exporting apps write them, and the user's time zone applied to them.

Formats (README of the samples): Strong `2025-03-03 18:02:11`, or in 12-hour locales
`2025-03-03 6:02:11 PM` (the space before AM/PM may be a no-break or narrow no-break space, and
`p.m.` is read too); Hevy `14 Aug 2025, 18:05` (English month abbreviations, `Sept` too); FitNotes
`2025-01-06` (no time of day). None of them writes a UTC offset: the time is the phone's local
time, taken to be the user's profile time zone (`local_instant`).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo

# (format, whether it carries a time of day), most common first.
_FORMATS: tuple[tuple[str, bool], ...] = (
    ("%Y-%m-%d %H:%M:%S", True),
    ("%Y-%m-%d %H:%M", True),
    ("%Y-%m-%d %I:%M:%S %p", True),
    ("%Y-%m-%d %I:%M %p", True),
    ("%Y-%m-%dT%H:%M:%S", True),
    ("%Y-%m-%dT%H:%M", True),
    ("%d %b %Y, %H:%M", True),
    ("%d %b %Y, %I:%M %p", True),
    ("%d %b %Y %H:%M", True),
    ("%d %B %Y, %H:%M", True),
    ("%Y-%m-%d", False),
    ("%Y/%m/%d", False),
)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_MERIDIEM = re.compile(r"\b([ap])\.?\s?m\.?$", re.IGNORECASE)
NO_TIME_OF_DAY = time(12, 0)  # FitNotes: noon keeps a session on its date in every view and zone nearby


@lru_cache(maxsize=4096)  # every set row of a workout repeats its date: parsed once
def parse_local(text: str) -> tuple[datetime, bool]:
    """(naive local date-time, whether the text had a time of day); ValueError when no format fits."""
    raw = _SPACES.sub(" ", text).strip()
    raw = _MERIDIEM.sub(lambda m: f"{m.group(1).upper()}M", raw)
    raw = re.sub(r"(\d)([AP]M)$", r"\1 \2", raw)
    raw = raw.replace("Sept ", "Sep ")
    for fmt, has_time in _FORMATS:
        try:
            return datetime.strptime(raw, fmt), has_time
        except ValueError:
            continue
    raise ValueError(f"{text.strip()!r} is not a date we know (e.g. 2025-03-03 18:02:11 or 14 Aug 2025, 18:05)")


def local_instant(naive: datetime, tz: ZoneInfo) -> datetime:
    """The instant a wall-clock time in `tz` names, in that zone's offset then.

    Wall times that happen twice (the hour clocks go back) are the first one (fold 0); times that
    never happen (the hour clocks skip) are read with the offset before the change, which lands
    them just after it, as the phone's clock did."""
    return naive.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)
