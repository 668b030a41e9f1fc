"""Every way a custom exercise comes into being registers it (browser review D1), over HTTP on the local host:
a session logged without a plan, one logged from a plan, an edit that adds one, and an import all put it in
`GET /api/exercises/custom`, where it can be renamed and merged. `GET /api/exercises?like=` offers the catalog
exercise a typed name means before a duplicate is made. A session logged from a plan day keeps the day's name
(D12), and the CSV export writes an exercise's note on its first working set, not on a warm-up (D13)."""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from tests.support.identity import STRONG_PASSWORD
from tests.support.local_host import LocalHost, start_local_host
from tests.support.workout_fixtures import plan_body


def _ago(days: int) -> str:
    return (datetime.now(UTC) - timedelta(days=days)).replace(microsecond=0).isoformat()


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalHost]:
    running = start_local_host(tmp_path_factory.mktemp("custom-registry"))
    yield running
    assert running.stop() == 0, running.log()


@pytest.fixture
def api(host: LocalHost) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=host.base_url, timeout=30) as client:
        body = {"email": f"custom-{time.time_ns()}@example.com", "password": STRONG_PASSWORD,
                "consent_health_data": True}  # fmt: skip
        response = client.post("/api/auth/register", json=body)
        assert response.status_code == 201, response.text
        client.headers["Authorization"] = f"Bearer {response.json()['access_token']}"
        yield client


def _session(exercises: list[dict[str, Any]], days_ago: int = 3, **more: Any) -> dict[str, Any]:
    return {"started_at": _ago(days_ago), "duration_minutes": 40, "exercises": exercises, **more}


def _custom(ident: str, name: str) -> dict[str, Any]:
    return {"exercise_id": ident, "name": name, "sets": [{"reps": 10, "weight_kg": 20.0}]}


def _mine(api: httpx.Client) -> dict[str, str]:
    listed = api.get("/api/exercises/custom")
    assert listed.status_code == 200, listed.text
    return {item["id"]: item["name"] for item in listed.json()["items"]}


def test_each_way_of_logging_a_custom_exercise_lists_it_and_it_can_be_renamed_and_merged(api: httpx.Client) -> None:
    logged = api.post("/api/workouts/sessions", json=_session([_custom("custom:sled-push", "Sled push")]))
    assert logged.status_code == 201, logged.text
    assert _mine(api) == {"custom:sled-push": "Sled push"}

    plan = api.post("/api/workouts", json=plan_body())
    assert plan.status_code == 201, plan.text
    from_plan = api.post(f"/api/workouts/{plan.json()['id']}/log",
                         json=_session([_custom("custom:zercher-carry", "Zercher carry")], 2, day_index=0))  # fmt: skip
    assert from_plan.status_code == 201, from_plan.text
    url = f"/api/workouts/sessions/{logged.json()['id']}"
    exercises = [*logged.json()["exercises"], _custom("custom:tyre-flip", "Tyre flip")]
    edited = api.put(url, json={"exercises": exercises})
    assert edited.status_code == 200, edited.text
    # Logging one again with another name keeps the first name (renaming is the Account screen's).
    again = api.post("/api/workouts/sessions", json=_session([_custom("custom:sled-push", "Sled Push!")], 1))
    assert again.status_code == 201, again.text
    assert _mine(api) == {"custom:sled-push": "Sled push", "custom:zercher-carry": "Zercher carry",
                          "custom:tyre-flip": "Tyre flip"}  # fmt: skip

    renamed = api.put("/api/exercises/custom/custom:tyre-flip", json={"name": "Tire flip"})
    assert renamed.status_code == 200, renamed.text
    assert [e["name"] for e in api.get(url).json()["exercises"]] == ["Sled push", "Tire flip"]
    merged = api.delete("/api/exercises/custom/custom:sled-push?merge_into=leg-press")
    assert merged.status_code == 204, merged.text
    ids = {e["exercise_id"] for s in api.get("/api/workouts/sessions").json()["items"] for e in s["exercises"]}
    assert "custom:sled-push" not in ids and "leg-press" in ids
    assert set(_mine(api)) == {"custom:zercher-carry", "custom:tyre-flip"}


def test_an_imported_custom_exercise_is_listed(api: httpx.Client) -> None:
    text = ("Workout #,Date,Workout Name,Duration (sec),Exercise Name,Set Order,Weight (kg),Reps,RPE,"
            "Distance (meters),Seconds,Notes,Workout Notes\n"
            f"1,{_ago(9)[:10]} 07:00:00,Odd day,1800,Atlas stone lift,1,60,5,,,,,\n")  # fmt: skip
    done = api.post("/api/workouts/import?dry_run=false", content=text, headers={"Content-Type": "text/csv"})
    assert done.status_code == 200, done.text
    assert list(_mine(api).values()) == ["Atlas stone lift"]


@pytest.mark.parametrize(
    ("typed", "first"),
    [("Landmine press", "landmine-press"), ("landmin pres", "landmine-press"),
     ("Bench press (dumbbell)", "dumbbell-bench-press"), ("Sled push", None), ("", None)],
)  # fmt: skip
def test_a_name_typed_for_a_new_exercise_offers_the_catalog_exercise_it_means(
    api: httpx.Client, typed: str, first: str | None
) -> None:
    found = api.get("/api/exercises", params={"like": typed})
    assert found.status_code == 200, found.text
    items = found.json()["items"]
    assert len(items) <= 3
    assert (items[0]["id"] if items else None) == first


def test_a_session_logged_from_a_plan_day_keeps_the_days_name_in_history_and_export(api: httpx.Client) -> None:
    plan = api.post("/api/workouts", json=plan_body(name="Strength"))
    assert plan.status_code == 201, plan.text
    squat = {"exercise_id": "barbell-back-squat", "notes": "Paused first rep",
             "sets": [{"reps": 5, "weight_kg": 40.0, "set_type": "warmup"}, {"reps": 5, "weight_kg": 82.5},
                      {"reps": 5, "weight_kg": 82.5}]}  # fmt: skip
    day = api.post(f"/api/workouts/{plan.json()['id']}/log", json=_session([squat], 2, day_index=2))
    assert day.status_code == 201, day.text
    named = api.post(f"/api/workouts/{plan.json()['id']}/log",
                     json=_session([squat], 1, day_index=0, name="Hotel gym"))  # fmt: skip
    assert named.status_code == 201, named.text
    history = api.get("/api/workouts/sessions").json()["items"]
    assert [s["name"] for s in history] == ["Hotel gym", "Day 2"]  # newest first; a name the user gave is kept

    rows = list(csv.DictReader(io.StringIO(api.get("/api/workouts/export.csv").text)))
    first = [r for r in rows if r["Workout #"] == "1"]
    assert {r["Workout Name"] for r in first} == {"Day 2"}
    assert [(r["Set Order"], r["Notes"]) for r in first] == [("W", ""), ("1", "Paused first rep"), ("2", "")]
