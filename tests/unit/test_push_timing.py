"""When pushes go out, as properties over time zones, DST changes and quiet hours (hypothesis).

The hourly timer runs at :10 UTC. Over two days around a DST change, with one marker per (kind, local date),
a notification goes out at most once per local date, never in a quiet hour, never before its hour, never more
than STALE_HOURS after the first hour it may; and whenever some hour in that window exists on the local clock
(DST can remove one) and is not quiet, it goes out."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from shared.notifications.preferences import QuietHours
from shared.notifications.timing import STALE_HOURS, is_due, send_hour

ZONES = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Australia/Lord_Howe",
         "America/St_Johns", "Pacific/Chatham", "UTC", "Asia/Kathmandu", "America/Santiago"]  # fmt: skip
DST_DAYS = [date(2026, 3, 8), date(2026, 3, 29), date(2026, 4, 5), date(2026, 10, 4), date(2026, 10, 25),
            date(2026, 11, 1), date(2026, 9, 27), date(2026, 6, 15)]  # fmt: skip
quiet_hours = st.one_of(st.none(), st.tuples(st.integers(0, 23), st.integers(0, 23)).filter(lambda t: t[0] != t[1])
                        .map(lambda t: QuietHours(start_hour=t[0], end_hour=t[1])))  # fmt: skip


def _runs(day: date, zone: ZoneInfo) -> list[datetime]:
    """Every hourly timer run (:10 UTC) whose local date is `day`."""
    start = datetime(day.year, day.month, day.day, tzinfo=UTC) - timedelta(days=1, minutes=-10)
    runs = [start + timedelta(hours=h) for h in range(24 * 3)]
    return [run.astimezone(zone) for run in runs if run.astimezone(zone).date() == day]


@given(st.sampled_from(ZONES), st.sampled_from(DST_DAYS), st.integers(0, 23), quiet_hours)
def test_one_push_per_local_day_never_quiet_never_early_never_stale(
    zone_name: str, day: date, hour: int, quiet: QuietHours | None
) -> None:
    zone = ZoneInfo(zone_name)
    runs = _runs(day, zone)
    sent = [local for local in runs if is_due(local, hour, quiet)]
    claimed = sent[:1]  # the marker: only the first due run of the local date sends
    first = send_hour(hour, quiet)
    for local in claimed:
        assert local.hour >= hour and first is not None
        assert quiet is None or not quiet.contains(local.hour)
        assert first <= local.hour < first + STALE_HOURS
    window = [] if first is None else [h for h in range(first, min(24, first + STALE_HOURS))]
    reachable = {local.hour for local in runs} & {h for h in window if quiet is None or not quiet.contains(h)}
    assert bool(claimed) == bool(reachable), (runs, window)


def test_the_missing_spring_hour_is_sent_at_the_next_one() -> None:
    berlin = ZoneInfo("Europe/Berlin")  # 2026-03-29: 02:00 becomes 03:00
    sent = [local for local in _runs(date(2026, 3, 29), berlin) if is_due(local, 2, None)]
    assert sent[0].hour == 3


def test_the_repeated_autumn_hour_is_due_twice_and_the_marker_keeps_one() -> None:
    berlin = ZoneInfo("Europe/Berlin")  # 2026-10-25: 02:00-03:00 happens twice
    due = [local for local in _runs(date(2026, 10, 25), berlin) if is_due(local, 2, None)]
    assert [d.hour for d in due[:2]] == [2, 2] and due[0].utcoffset() != due[1].utcoffset()


def test_quiet_hours_across_midnight_hold_a_push_until_they_end() -> None:
    quiet = QuietHours(start_hour=22, end_hour=7)
    assert send_hour(6, quiet) == 7 and send_hour(23, quiet) is None and send_hour(21, quiet) == 21
    assert [quiet.contains(h) for h in (21, 22, 0, 6, 7)] == [False, True, True, True, False]
