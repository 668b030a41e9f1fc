"""Properties of reading numbers, durations and times from other apps' exports (issue 20): whatever
the phone's locale wrote, the value read is the value logged, and a time without an offset is the
user's wall-clock time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from shared.errors import InvalidInput
from shared.importing import detect
from shared.importing.assemble import assemble
from shared.importing.mapping import Mapper
from shared.importing.numbers import format_number, parse_duration, parse_number
from shared.importing.when import local_instant, parse_local

ZONES = st.sampled_from(["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "UTC",
                         "Pacific/Chatham", "America/St_Johns"])  # fmt: skip
GROUPINGS = st.sampled_from(["", " ", "\u00a0", "\u202f", "'", "other"])
CENTS = st.integers(min_value=0, max_value=99_999_999)  # 0.00 - 999,999.99
MOMENTS = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 12, 31))


def written(cents: int, decimal: str, grouping: str, places: int) -> str:
    """The number as a phone in some locale writes it: `1.234,5`, `1 234.50`, `1234,5` ..."""
    whole, fraction = divmod(cents, 100)
    sep = ("," if decimal == "." else ".") if grouping == "other" else grouping
    digits = f"{whole:,}".replace(",", sep)
    tail = f"{fraction:02d}"[:places] if places else ""
    return digits + (decimal + tail if places else "")


@given(CENTS, st.sampled_from([".", ","]), GROUPINGS, st.sampled_from([0, 1, 2]))
def test_a_number_written_in_any_locale_reads_as_its_value(
    cents: int, decimal: str, grouping: str, places: int
) -> None:
    if places == 0:
        cents -= cents % 100
    elif places == 1:
        cents -= cents % 10
    assert parse_number(written(cents, decimal, grouping, places), decimal) == cents / 100  # type: ignore[arg-type]


@given(st.integers(min_value=0, max_value=999_999), st.sampled_from([".", ","]))
def test_what_the_export_writes_reads_back(milligrams: int, decimal: str) -> None:
    value = milligrams / 1000
    text = format_number(value)
    assert parse_number(text if decimal == "." else text.replace(".", ","), decimal) == value  # type: ignore[arg-type]


@given(st.text(alphabet="0123456789.,- abc", max_size=12), st.sampled_from([".", ","]))
def test_a_number_is_read_or_refused_never_anything_else(text: str, decimal: str) -> None:
    try:
        value = parse_number(text, decimal)  # type: ignore[arg-type]
    except ValueError:
        return
    assert value is None or isinstance(value, float)


@given(st.integers(min_value=1, max_value=23 * 3600 + 59 * 60 + 59))
def test_durations_in_every_written_form_agree(seconds: int) -> None:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    assert parse_duration(str(seconds)) == seconds
    assert parse_duration(f"{hours}:{minutes:02d}:{secs:02d}") == seconds
    words = " ".join(f"{n}{u}" for n, u in ((hours, "h"), (minutes, "m"), (secs, "s")) if n)
    assert parse_duration(words) == seconds


@given(MOMENTS, st.sampled_from(["\u202f", "\u00a0", " "]), st.booleans())
def test_twelve_and_twenty_four_hour_times_read_the_same(moment: datetime, space: str, dotted: bool) -> None:
    moment = moment.replace(microsecond=0)
    hour = moment.hour % 12 or 12
    meridiem = ("a.m." if dotted else "AM") if moment.hour < 12 else ("p.m." if dotted else "PM")
    twelve = f"{moment:%Y-%m-%d} {hour}:{moment:%M:%S}{space}{meridiem}"
    assert parse_local(twelve) == (moment, True)
    assert parse_local(f"{moment:%Y-%m-%d %H:%M:%S}") == (moment, True)
    assert parse_local(f"{moment.day} {moment:%b %Y, %H:%M}") == (moment.replace(second=0), True)  # Hevy
    assert parse_local(f"{moment:%Y-%m-%d}") == (moment.replace(hour=0, minute=0, second=0), False)  # FitNotes


@given(MOMENTS, ZONES)
def test_a_time_without_an_offset_is_the_users_wall_clock(moment: datetime, name: str) -> None:
    tz = ZoneInfo(name)
    instant = local_instant(moment, tz)
    assert instant.tzinfo is not None
    back = instant.astimezone(tz).replace(tzinfo=None)
    if back != moment:  # only a wall time the clocks skip moves, and then by the jump, forward
        assert timedelta(0) < back - moment <= timedelta(hours=1)
    assert instant.astimezone(UTC).astimezone(tz) == instant


HEADERS = [
    "Workout #,Date,Workout Name,Duration (sec),Exercise Name,Set Order,Weight (kg),Reps,RPE,Distance (meters),"
    "Seconds,Notes,Workout Notes",
    "Date;Workout Name;Duration;Exercise Name;Set Order;Weight;Reps;Distance;Seconds;Notes;Workout Notes;RPE",
    '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index",'
    '"set_type","weight_kg","reps","distance_km","duration_seconds","rpe"',
    "Date,Exercise,Category,Weight (kg),Weight (lbs),Reps,Distance,Distance Unit,Time,Notes,Kind",
]
CELLS = st.one_of(
    st.sampled_from(["", "0", "W", "D", "F", "Rest Timer", "Note", "warmup", "dropset", "1h 5m", "0:01:00", "wr",
                     "2025-03-03 18:02:11", "14 Aug 2025, 18:05", "2025-01-06", "9999-12-31", "1e309", "NaN", "-5",
                     "Bench Press (Barbell)", "kgs", "lbs", "mi", "1.250", "82,5", '"', "\x00"]),
    st.text(max_size=12),
)  # fmt: skip


@given(st.sampled_from(HEADERS), st.lists(st.lists(CELLS, max_size=15), max_size=8))
def test_any_rows_under_a_known_header_are_read_or_refused_with_a_named_field(
    header: str, rows: list[list[str]]
) -> None:
    delimiter = ";" if ";" in header else ","
    lines = [header + "\n", *(delimiter.join(cells) + "\n" for cells in rows)]
    try:
        parsed = detect.parse(lines)
    except InvalidInput as refused:
        assert refused.errors and refused.errors[0].field == "file"
        return
    found = assemble(parsed, Mapper({}, {}), ZoneInfo("Europe/Berlin"))
    assert all(issue.line >= 1 for issue in parsed.issues + found.issues)
    assert sum(c.sets for c in found.candidates) <= len(rows)
