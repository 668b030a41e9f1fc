"""Dates and times as Vigor takes them in: ISO 8601 text within the years 2000-2100.

Every date and time a request carries (bodies and query parameters) is one of these types, so the
week and day helpers never meet the ends of the calendar: `9999-12-31T23:59:59-14:00` is a
year-10000 instant in UTC and `0001-01-01T00:00:00+14:00` one before year 1, and Python's date
arithmetic overflows on both. The year is checked as written (in the value's own offset); in UTC
a bounded value stays within 1999-12-31 and 2101-01-01, which every helper handles.

Numbers are not dates: pydantic would read `0` or `"1700000000"` as seconds since 1970.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, AwareDatetime, BeforeValidator, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

MIN_YEAR = 2000
MAX_YEAR = 2100
_ISO_START = re.compile(r"^\d{4}-\d{2}-\d{2}")
YEAR_PATTERN = r"^(20[0-9]{2}|2100)-"  # the bound as the OpenAPI schema states it
BOUNDS_TEXT = f"ISO 8601, years {MIN_YEAR}-{MAX_YEAR}"


def _iso_text(value: Any) -> Any:
    """JSON gives text; Python callers may pass date and datetime objects. Anything else is refused here."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_START.match(value):
        return value
    raise ValueError(f"must be an ISO 8601 date or date-time text ({BOUNDS_TEXT}), e.g. 2026-01-05T18:30:00+01:00")


def _within_years(value: date) -> date:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"must be in the years {MIN_YEAR}-{MAX_YEAR}")
    return value


def within_years(value: datetime) -> datetime:
    """`value` when its year (as written) is within the bounds; ValueError otherwise."""
    _within_years(value)
    return value


@dataclass(frozen=True)
class _StatedBounds:
    """Puts the year bound into the JSON schema (a pattern on the text) with a word on it."""

    def __get_pydantic_json_schema__(self, core_schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        schema = handler(core_schema)
        if handler.mode == "validation":
            schema["pattern"] = YEAR_PATTERN
        return schema


# A date-time in a body (sessions' `started_at`, metrics' `measured_at`).
Instant = Annotated[datetime, BeforeValidator(_iso_text), AfterValidator(within_years), _StatedBounds()]
# A date-time that must say its offset (an experiment's start and end: no server's local time is meant).
AwareInstant = Annotated[AwareDatetime, BeforeValidator(_iso_text), AfterValidator(within_years), _StatedBounds()]
# A `from` / `to` query parameter: a whole day, or a date-time.
DayOrInstant = Annotated[date | datetime, BeforeValidator(_iso_text), AfterValidator(_within_years), _StatedBounds()]
