"""Numbers and durations as phones write them into CSV exports.

`parse_number(text, decimal)`: the file's decimal separator is "." (comma-separated files) or ","
(semicolon-separated files from comma-decimal locales, README of the samples). Thousands may be
grouped with the other separator (`1,234.5`, `1.234,5`) or with a space, no-break space, narrow
no-break space, thin space or apostrophe (`1 234,5`, `1'234.5`). A lone "other" separator that is not
a group of three digits (`62.5` in a `;` file) is read as the decimal separator: older exports mix
them, and a weight of 625 kg would be refused later anyway. Blank is None; anything else is a
ValueError for the caller to turn into a line-numbered issue.

`parse_duration(text)`: seconds from `3900`, `1:05:00`, `15:30` (minutes:seconds), `1h 5m`, `52m`,
`45s`; blank and `0` are None (older Strong exports write 0 for "no time").
"""

from __future__ import annotations

import math
import re
from typing import Literal

Decimal = Literal[".", ","]
_GROUPING = str.maketrans("", "", " \u00a0\u202f\u2009'")
_GROUPED = {
    ",": re.compile(r"[-+]?\d{1,3}(,\d{3})+"),
    ".": re.compile(r"[-+]?\d{1,3}(\.\d{3})+"),
}
_PLAIN = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)")
_UNITS = re.compile(
    r"(?:(\d+)\s*h(?:ours?|rs?)?)?\s*(?:(\d+)\s*m(?:in(?:utes?|s)?)?)?\s*(?:(\d+)\s*s(?:ec(?:onds?|s)?)?)?"
)


def parse_number(text: str, decimal: Decimal = ".") -> float | None:
    """The number written, or None when blank; ValueError when it is not a number."""
    raw = text.strip().translate(_GROUPING)
    if not raw:
        return None
    other = "," if decimal == "." else "."
    if other in raw:
        whole, sep, fraction = raw.partition(decimal)
        if _GROUPED[other].fullmatch(whole) and (not sep or fraction.isdigit()):
            raw = whole.replace(other, "") + sep + fraction
        elif decimal not in raw and raw.count(other) == 1:
            raw = raw.replace(other, decimal)
        else:
            raise ValueError(f"{text.strip()!r} is not a number")
    raw = raw.replace(decimal, ".")
    if not _PLAIN.fullmatch(raw):
        raise ValueError(f"{text.strip()!r} is not a number")
    value = float(raw)
    if not math.isfinite(value):
        raise ValueError(f"{text.strip()!r} is not a number")
    return value


def parse_count(text: str, decimal: Decimal = ".") -> int | None:
    """A whole number (reps); `8.0` is 8; `8.5` is a ValueError."""
    value = parse_number(text, decimal)
    if value is None:
        return None
    if value != int(value):
        raise ValueError(f"{text.strip()!r} is not a whole number")
    return int(value)


def parse_duration(text: str, decimal: Decimal = ".") -> int | None:
    """Seconds, or None for blank or zero; ValueError for anything unreadable."""
    raw = text.strip().lower()
    if not raw:
        return None
    if ":" in raw:
        parts = raw.split(":")
        if len(parts) > 3 or not all(p.strip().isdigit() for p in parts):
            raise ValueError(f"{text.strip()!r} is not a duration")
        seconds = 0
        for part in parts:
            seconds = seconds * 60 + int(part)
        return seconds or None
    if any(c.isalpha() for c in raw):
        found = _UNITS.fullmatch(raw)
        if found is None or not any(found.groups()):
            raise ValueError(f"{text.strip()!r} is not a duration")
        hours, minutes, secs = (int(g or 0) for g in found.groups())
        return hours * 3600 + minutes * 60 + secs or None
    value = parse_number(raw, decimal)
    if value is None or value < 0:
        raise ValueError(f"{text.strip()!r} is not a duration")
    return round(value) or None


def format_number(value: float, places: int = 3) -> str:
    """`82.5`, `100`, `45.359`: at most `places` decimals, no trailing zeros (what exports write)."""
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text
