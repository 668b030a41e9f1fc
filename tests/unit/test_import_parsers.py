"""Every export variant the samples' README describes, read into the sessions a user would expect
(issue 20): units, set types, supersets, RPE, durations, distances, skipped rows with their lines."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from shared.errors import InvalidInput
from shared.importing import detect
from shared.importing.assemble import Assembled, assemble
from shared.importing.csvtext import decode
from shared.importing.mapping import Mapper
from shared.importing.model import Parsed, Units

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
BERLIN = ZoneInfo("Europe/Berlin")


def read(name: str, units: Units = "kg") -> tuple[Parsed, Assembled]:
    parsed = detect.parse(decode((FIXTURES / name).read_bytes()).splitlines(keepends=True), "auto", units)
    return parsed, assemble(parsed, Mapper({}, {}), BERLIN, datetime(2026, 1, 1, tzinfo=UTC))


def sets_of(found: Assembled, session: int, exercise_id: str) -> list[tuple[object, ...]]:
    item = next(e for e in found.candidates[session].session.exercises if e.exercise_id == exercise_id)
    return [(s.set_type, s.reps, s.weight_kg, s.rpe, s.duration_seconds, s.distance_m) for s in item.sets]


def test_strong_current_kg_reads_set_types_rest_timers_and_timed_work() -> None:
    parsed, found = read("strong_current_comma_kg.csv")
    assert (parsed.source, parsed.variant, parsed.rows) == ("strong", "strong-current", 10)
    first, second = (c.session for c in found.candidates)
    assert first.started_at.isoformat() == "2025-03-03T18:02:11+01:00"  # the file's local time, in Berlin
    assert first.duration_minutes == 65 and first.notes == "Slept 6h, felt ok"
    assert sets_of(found, 0, "barbell-bench-press") == [
        ("warmup", 10, 40.0, None, None, None), ("normal", 6, 82.5, 8.0, None, None),
        ("normal", 6, 82.5, 8.5, None, None), ("drop", 10, 62.5, 9.5, None, None),
    ]  # fmt: skip  # the Rest Timer row is no set
    assert first.exercises[0].notes == "Paused first rep, then touch-and-go"
    assert sets_of(found, 0, "pull-up") == [("normal", 9, None, None, None, None)]  # 0 kg: bodyweight, not 0 kg
    assert sets_of(found, 0, "plank") == [("normal", 0, None, None, 60, None)]
    assert sets_of(found, 1, "barbell-back-squat")[1] == ("failure", 3, 110.0, 10.0, None, None)
    assert sets_of(found, 1, "rowing-machine") == [("normal", 0, None, None, 480, 2000.0)]
    assert second.started_at.isoformat() == "2025-03-05T07:15:40+01:00"


def test_strong_legacy_semicolon_file_with_decimal_commas_and_written_durations() -> None:
    parsed, found = read("strong_legacy_semicolon.csv")
    assert parsed.variant == "strong-legacy-semicolon"
    legs, upper = (c.session for c in found.candidates)
    assert legs.duration_minutes == 65 and upper.duration_minutes == 52  # "1h 5m", "52m"
    assert legs.notes == "Knees; fine"  # a quoted cell keeps its delimiter
    assert sets_of(found, 0, "barbell-back-squat") == [
        ("warmup", 5, 60.0, None, None, None), ("normal", 5, 102.5, 8.5, None, None),
        ("normal", 4, 102.5, 9.0, None, None),
    ]  # fmt: skip  # 102,5 kg and RPE 8,5; "Rest Timer" and "Note" rows are no sets
    assert legs.exercises[0].notes == "Belt on; Depth was good"  # the Note row's text joins its exercise
    assert sets_of(found, 0, "custom:sled-push") == [("normal", 0, 80.0, None, None, 20.0)]  # 0,02 km
    assert sets_of(found, 1, "plank") == [("normal", 0, None, None, 90, None)]  # Distance and Seconds 0 = none
    warnings = {(i.line, i.column) for i in parsed.issues + found.issues}
    assert (1, None) in warnings  # the units were assumed, and the user is told how to choose
    assert (7, "weight_kg") in warnings  # "1.250" is 1250 kg in this locale: over the bound, skipped, its line named


def test_strong_legacy_file_in_pounds_when_the_user_says_so() -> None:
    _, found = read("strong_legacy_semicolon.csv", units="lb")
    assert sets_of(found, 0, "barbell-back-squat")[1][2] == pytest.approx(102.5 * 0.45359237, abs=0.001)


def test_strong_twelve_hour_times_with_a_narrow_no_break_space_and_imperial_units() -> None:
    parsed, found = read("strong_current_12h_lbs.csv")
    evening, midnight = (c.session for c in found.candidates)
    assert evening.started_at.isoformat() == "2025-03-03T18:02:11+01:00"
    assert midnight.started_at.isoformat() == "2025-03-04T00:15:00+01:00"  # 12:15 AM is just after midnight
    assert sets_of(found, 0, "barbell-deadlift") == [("normal", 5, 142.882, 8.0, None, None)]  # 315 lb
    assert evening.exercises[0].notes == "Hook grip, no straps"
    assert sets_of(found, 0, "jog") == [("normal", 0, None, None, 720, 2414.0)]  # 1.5 miles
    assert not [i for i in parsed.issues if i.line > 1]


def test_hevy_metric_supersets_set_types_rpe_and_workout_notes() -> None:
    parsed, found = read("hevy_metric.csv")
    assert (parsed.source, parsed.variant) == ("hevy", "hevy-metric")
    push = found.candidates[0].session
    assert push.started_at.isoformat() == "2025-08-14T18:05:00+02:00" and push.duration_minutes == 67
    assert push.notes == "Gym was busy, short rests" and push.exercises[0].notes == "Elbows tucked"
    assert [s[0] for s in sets_of(found, 0, "barbell-bench-press")] == ["warmup", "normal", "normal", "drop"]
    labels = {e.exercise_id: e.superset for e in push.exercises}
    assert labels["dumbbell-lateral-raise"] == labels["cable-triceps-pushdown"] == "A"
    assert labels["barbell-bench-press"] is None
    assert sets_of(found, 0, "cable-triceps-pushdown") == [("failure", 12, 25.0, 10.0, None, None)]
    assert sets_of(found, 0, "plank") == [("normal", 0, None, None, 75, None)]
    assert sets_of(found, 1, "treadmill-run") == [("normal", 0, None, None, 900, 2400.0)]


def test_hevy_imperial_converts_pounds_and_miles() -> None:
    parsed, found = read("hevy_imperial.csv")
    assert parsed.variant == "hevy-imperial"
    assert sets_of(found, 0, "barbell-row") == [("normal", 10, 61.235, 7.5, None, None)]
    assert sets_of(found, 0, "farmers-carry-dumbbell") == [("normal", 0, 31.751, None, 60, 80.5)]
    assert sets_of(found, 0, "jog")[0][5] == pytest.approx(1931.2)
    assert {e.superset for e in found.candidates[0].session.exercises if e.exercise_id != "jog"} >= {"A"}


def test_fitnotes_units_per_row_and_sessions_without_a_time_of_day() -> None:
    parsed, found = read("fitnotes_android.csv")
    assert (parsed.source, parsed.variant) == ("fitnotes", "fitnotes-android")
    first, second = (c.session for c in found.candidates)
    assert first.started_at.isoformat() == "2025-01-06T12:00:00+01:00"  # no time in the file: local noon
    assert sets_of(found, 0, "barbell-bench-press") == [("normal", 8, 60.0, None, None, None),
                                                        ("normal", 6, 62.5, None, None, None)]  # fmt: skip
    assert first.exercises[0].notes == "Spotter on last rep"
    assert second.started_at.isoformat() == "2025-01-08T12:00:00+01:00"
    assert sets_of(found, 1, "dumbbell-curl") == [("normal", 12, 11.34, None, None, None)]  # 25 lbs on one row
    assert sets_of(found, 1, "treadmill-run") == [("normal", 0, None, None, 930, 2500.0)]


def test_fitnotes_legacy_header_units_and_fitnotes2_kinds() -> None:
    parsed, found = read("fitnotes_android_legacy.csv")
    assert parsed.variant == "fitnotes-android-legacy"
    assert [s[2] for s in sets_of(found, 0, "barbell-bench-press")] == [61.235, 70.307]  # Weight (lbs)
    assert sets_of(found, 0, "stationary-bike") == [("normal", 0, None, None, 1200, 8046.7)]  # 5 mi
    parsed, found = read("fitnotes2_ios.csv")
    assert parsed.variant == "fitnotes2-ios"
    assert sets_of(found, 0, "barbell-overhead-press") == [("normal", 8, 40.0, None, None, None)]  # the kg column
    assert sets_of(found, 0, "pull-up") == [("normal", 10, None, None, None, None)]  # Kind r: reps only
    assert sets_of(found, 0, "farmers-carry-dumbbell") == [("normal", 0, 24.0, None, 45, 40.0)]
    assert sets_of(found, 0, "rowing-machine") == [("normal", 0, None, None, 245, 1000.0)]


def test_two_fitnotes_sessions_on_one_day_are_one() -> None:
    text = "Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment\n"
    text += "2025-01-06,Barbell Squat,Legs,100,kgs,5,,,,\n2025-01-06,Plank,Abs,,,,,,0:01:00,\n"
    text += "2025-01-06,Barbell Squat,Legs,105,kgs,3,,,,\n"
    parsed = detect.parse(text.splitlines(keepends=True))
    found = assemble(parsed, Mapper({}, {}), BERLIN)
    assert len(found.candidates) == 1
    assert [s[2] for s in sets_of(found, 0, "barbell-back-squat")] == [100.0, 105.0]


def test_a_file_no_app_wrote_is_a_422_naming_the_file_and_a_wrong_source_names_source() -> None:
    with pytest.raises(InvalidInput) as caught:
        detect.parse(["name,age\n", "Ada,36\n"])
    assert [e.field for e in caught.value.errors] == ["file"]
    with pytest.raises(InvalidInput) as caught:
        detect.parse((FIXTURES / "hevy_metric.csv").read_text().splitlines(), "strong")
    assert [e.field for e in caught.value.errors] == ["source"]
    with pytest.raises(InvalidInput):
        detect.parse([])


def test_bad_cells_become_warnings_with_lines_and_the_rest_is_kept() -> None:
    text = (
        "Workout #,Date,Workout Name,Duration (sec),Exercise Name,Set Order,Weight (kg),Reps,RPE,"
        "Distance (meters),Seconds,Notes,Workout Notes\n"
        "1,2025-03-03 18:02:11,A,3600,Squat (Barbell),1,abc,5,8,,,,\n"
        "1,2025-03-03 18:02:11,A,3600,Squat (Barbell),2,100,5,12,,,,\n"
        "1,not a date,A,3600,Squat (Barbell),3,100,5,8,,,,\n"
        "1,2025-03-03 18:02:11,A,3600,Squat (Barbell),4,100,500,8.3,,,,\n"
        "1,2025-03-03 18:02:11,A,3600,Squat (Barbell),X,100,5,,,,,\n"
    )
    parsed = detect.parse(text.splitlines(keepends=True))
    found = assemble(parsed, Mapper({}, {}), BERLIN)
    lines = sorted((i.line, i.column) for i in parsed.issues + found.issues)
    assert lines == [(2, "Weight (kg)"), (3, "RPE"), (4, "Date"), (5, "RPE"), (5, "reps"), (6, "Set Order")]
    kept = sets_of(found, 0, "barbell-back-squat")
    assert kept == [("normal", 5, None, 8.0, None, None), ("normal", 5, 100.0, None, None, None),
                    ("normal", 5, 100.0, None, None, None)]  # fmt: skip
