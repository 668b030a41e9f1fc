"""Local time (issue 16, item 6): a session's date, week, streak and "today" follow the profile's time zone.

A Monday 00:55 session in India (Sunday 19:25 UTC) is that Monday and counts in that week, in progress
and in the listing; the week a session counts in is the ISO week of its local date for any zone and
instant (half-hour and 45-minute offsets, DST, +14 and -11); a streak follows local weeks. The API
tests run on the embedded store (with and without transactional batches) and on the Cosmos DB
protocol server, as the other progress tests do.
"""

from __future__ import annotations

import asyncio
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fastapi import FastAPI
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from functions.http.app import create_app
from shared import bootstrap
from shared.bootstrap import close_services
from shared.config import Settings
from shared.identity.profiles import save_profile
from shared.profile.model import FitnessProfile
from shared.store import containers
from shared.store.cosmos import CosmosDocumentStore
from shared.store.port import DocumentStore
from shared.store.sqlite import SqliteDocumentStore
from shared.workouts.aggregates import apply_change
from shared.workouts.contributions import contribution
from shared.workouts.keys import iso_week, utc_key
from shared.workouts.local_time import local_bounds, week_start
from shared.workouts.progress import progress_data
from tests.support.cosmos_server import KEY, cosmos_server
from tests.support.identity import PROFILE, User, fast_hashing, sign_up
from tests.support.stores import SqliteWithoutBatches
from tests.support.workout_fixtures import plan_body, session_body

SQUAT: list[tuple[str, int, float, float | None]] = [("barbell-back-squat", 5, 100.0, 8.0)]


@pytest.fixture(scope="module")
def cosmos_endpoint() -> Iterator[str]:
    with cosmos_server() as endpoint:
        yield endpoint


@pytest.fixture(params=["sqlite", "sqlite-no-batch", pytest.param("cosmos", marks=pytest.mark.cosmos)])
async def app(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FastAPI]:
    fast_hashing(monkeypatch)

    def store(settings: Settings) -> DocumentStore:
        if request.param == "cosmos":
            database = f"local-{uuid.uuid4().hex[:10]}"
            endpoint = request.getfixturevalue("cosmos_endpoint")
            return CosmosDocumentStore(endpoint, KEY, database, containers.ALL, connection_verify=False)
        kind = SqliteDocumentStore if request.param == "sqlite" else SqliteWithoutBatches
        return kind(Path(settings.resolved_data_dir()) / "store.sqlite3", containers.ALL)

    monkeypatch.setattr(bootstrap, "build_store", store)
    yield create_app()
    await close_services()


async def user_in(app: FastAPI, zone: str, days: tuple[int, ...] = (0, 2, 4)) -> tuple[User, str]:
    user = await sign_up(app)
    profile = await user.client.put("/api/users/profile", json={**PROFILE, "timezone": zone}, headers=user.auth)
    assert profile.status_code == 200, profile.text
    plan = await user.client.post("/api/workouts", json=plan_body(days=days), headers=user.auth)
    assert plan.status_code == 201, plan.text
    return user, plan.json()["id"]


def at(day: date, clock: time, zone: str) -> str:
    """The instant of a local wall-clock time, as UTC text (what a client in another zone might send)."""
    return datetime.combine(day, clock, ZoneInfo(zone)).astimezone(UTC).isoformat().replace("+00:00", "Z")


async def log(user: User, plan_id: str, started: str) -> dict[str, Any]:
    response = await user.client.post(f"/api/workouts/{plan_id}/log", json=session_body(started, SQUAT),
                                      headers=user.auth)  # fmt: skip
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def get(user: User, path: str, **params: Any) -> Any:
    response = await user.client.get(path, params=params, headers=user.auth)
    assert response.status_code == 200, response.text
    return response.json()


def local_today(zone: str) -> date:
    return datetime.now(UTC).astimezone(ZoneInfo(zone)).date()


@pytest.mark.parametrize(
    ("zone", "weekday", "clock"),
    [
        ("Asia/Kolkata", 0, time(0, 55)),  # the example: Sunday 19:25 UTC
        ("Pacific/Kiritimati", 0, time(0, 30)),  # +14: Sunday 10:30 UTC
        ("Pacific/Pago_Pago", 6, time(23, 30)),  # -11: Sunday night is Monday 10:30 UTC, the next UTC week
    ],
)
async def test_a_session_near_midnight_counts_on_its_local_date_and_in_its_local_week(
    app: FastAPI, zone: str, weekday: int, clock: time
) -> None:
    user, plan_id = await user_in(app, zone)
    this_monday = week_start(local_today(zone))
    day = this_monday - timedelta(weeks=1) + timedelta(days=weekday)  # last week, so never in the future
    started = at(day, clock, zone)
    assert started[:10] != day.isoformat()  # in UTC it is another day, and another ISO week
    assert iso_week(datetime.fromisoformat(started)) != iso_week(day)
    logged = await log(user, plan_id, started)

    progress = await get(user, "/api/workouts/progress", weeks=3)
    weeks = [(w["week"], w["sessions"]) for w in progress["weeks"]]
    assert weeks == [(iso_week(this_monday - timedelta(weeks=2)), 0), (iso_week(day), 1), (iso_week(this_monday), 0)]
    assert progress["e1rm"]["barbell-back-squat"] == [
        {"date": day.isoformat(), "e1rm_kg": 123.3}
    ]  # 100 x 5 @ 8, RPE table
    assert {r["date"] for r in progress["personal_records"]} == {day.isoformat()}

    listed = await get(user, "/api/workouts/sessions", **{"from": day.isoformat(), "to": day.isoformat()})
    assert [s["id"] for s in listed["items"]] == [logged["id"]]
    assert listed["items"][0]["started_at"].startswith(f"{day.isoformat()}T{clock.isoformat()}")
    utc_day = started[:10]  # the UTC date is not the user's: nothing was done that (local) day
    assert (await get(user, "/api/workouts/sessions", **{"from": utc_day, "to": utc_day}))["items"] == []
    one = await get(user, f"/api/workouts/sessions/{logged['id']}")
    assert datetime.fromisoformat(one["started_at"]) == datetime.fromisoformat(started)  # the same instant
    assert one["started_at"].startswith(day.isoformat())
    exact = await get(user, "/api/workouts/sessions", **{"from": started, "to": started})  # `to` is exclusive
    assert exact["items"] == []
    assert len((await get(user, "/api/workouts/sessions", **{"from": started}))["items"]) == 1
    wall = {"from": f"{day.isoformat()}T00:00:00", "to": f"{day.isoformat()}T{clock.isoformat()}"}  # no offset:
    assert (await get(user, "/api/workouts/sessions", **wall))["items"] == []  # the user's wall clock, `to` exclusive
    wall["to"] = f"{day.isoformat()}T23:59:59"
    assert len((await get(user, "/api/workouts/sessions", **wall))["items"]) == 1


async def test_body_metric_dates_are_local(app: FastAPI) -> None:
    user, _ = await user_in(app, "Asia/Kolkata")
    day = week_start(local_today("Asia/Kolkata")) - timedelta(weeks=1)
    measured = at(day, time(0, 20), "Asia/Kolkata")
    body = {"measured_at": measured, "weight_kg": 70.0}
    added = await user.client.post("/api/progress/metrics", json=body, headers=user.auth)
    assert added.status_code == 201, added.text
    series = await get(user, "/api/progress/metrics", **{"from": day.isoformat(), "to": day.isoformat()})
    assert [m["measured_at"][:16] for m in series["items"]] == [f"{day.isoformat()}T00:20"]
    assert (await get(user, "/api/progress/metrics", **{"to": measured[:10]}))["items"] == []
    one = await get(user, f"/api/progress/metrics/{added.json()['id']}")
    assert one["measured_at"].startswith(day.isoformat())


async def test_streak_and_adherence_count_local_weeks_across_the_boundary(app: FastAPI) -> None:
    """Two sessions a week (the plan's days) for the last two local weeks, each week's first one at
    Monday 00:55 in Kolkata: in UTC those belong to the week before, so UTC weeks read 1, 2, 1 (no
    streak of two); the local weeks read 2, 2."""
    user, plan_id = await user_in(app, "Asia/Kolkata", days=(0, 2))
    this_monday = week_start(local_today("Asia/Kolkata"))
    for weeks_ago in (2, 1):
        monday = this_monday - timedelta(weeks=weeks_ago)
        await log(user, plan_id, at(monday, time(0, 55), "Asia/Kolkata"))
        await log(user, plan_id, at(monday + timedelta(days=2), time(18, 0), "Asia/Kolkata"))
    progress = await get(user, "/api/workouts/progress", weeks=3)
    assert [w["sessions"] for w in progress["weeks"]] == [2, 2, 0]
    assert progress["streak_weeks"] == 2
    adherence = progress["adherence"]
    assert (adherence["weeks"], adherence["planned"], adherence["done"], adherence["pct"]) == (2, 4, 4, 100.0)
    # the run reaches back past a one-week window: the older week is read to count it
    assert (await get(user, "/api/workouts/progress", weeks=1))["streak_weeks"] == 2


ZONES = [
    "Asia/Kolkata",  # +05:30
    "Asia/Kathmandu",  # +05:45
    "Pacific/Chatham",  # +12:45 / +13:45 (DST)
    "Australia/Adelaide",  # +09:30 / +10:30 (DST)
    "Australia/Lord_Howe",  # half-hour DST
    "America/St_Johns",  # -03:30 / -02:30 (DST)
    "America/Santiago",  # DST at midnight
    "America/Havana",  # DST at midnight
    "America/New_York",
    "Europe/London",
    "Asia/Tehran",
    "Pacific/Kiritimati",  # +14
    "Pacific/Pago_Pago",  # -11
    "Pacific/Apia",  # skipped 2011-12-30 from -10 to +14
    "UTC",
]


def _session(started: datetime) -> dict[str, Any]:
    squat = {"exercise_id": "barbell-back-squat", "sets": [{"reps": 5, "weight_kg": 100.0, "completed": True}]}
    return {"started_at": started.isoformat(), "exercises": [squat]}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    zone=st.sampled_from(ZONES),
    started=st.datetimes(datetime(2000, 1, 1), datetime(2100, 12, 31, 23, 59), timezones=st.just(UTC)),
    weeks_later=st.integers(0, 2),
)
@example(zone="Asia/Kolkata", started=datetime(2026, 11, 1, 19, 25, tzinfo=UTC), weeks_later=0)  # Monday 00:55
@example(zone="Pacific/Pago_Pago", started=datetime(2026, 11, 2, 10, 30, tzinfo=UTC), weeks_later=1)
@example(zone="America/Santiago", started=datetime(2026, 9, 6, 4, 0, tzinfo=UTC), weeks_later=0)  # no midnight
@example(zone="Pacific/Kiritimati", started=datetime(2100, 12, 31, 23, 59, tzinfo=UTC), weeks_later=2)
def test_the_week_a_session_counts_in_is_the_iso_week_of_its_local_date(
    zone: str, started: datetime, weeks_later: int
) -> None:
    tz = ZoneInfo(zone)
    local_day = started.astimezone(tz).date()
    today = local_day + timedelta(weeks=weeks_later)

    async def scenario(path: Path) -> dict[str, Any]:
        store = SqliteDocumentStore(path, containers.ALL, synchronous="NORMAL")
        await store.initialize()
        try:
            await save_profile(store, "u", FitnessProfile(timezone=zone), None)
            await apply_change(store, "u", "s1", None, (iso_week(started), contribution(_session(started))))
            return await progress_data(store, "u", weeks=3, today=today)
        finally:
            await store.close()

    with tempfile.TemporaryDirectory() as folder:
        progress = asyncio.run(scenario(Path(folder) / "store.db"))
    counted = [w["week"] for w in progress["weeks"] for _ in range(w["sessions"])]
    assert counted == [iso_week(local_day)]
    assert progress["weeks"][2 - weeks_later]["week"] == iso_week(local_day)
    assert progress["e1rm"]["barbell-back-squat"][0]["date"] == local_day.isoformat()
    assert {r["date"] for r in progress["personal_records"]} == {local_day.isoformat()}
    # and a date-only `from`/`to` of that local day finds it
    low, high = local_bounds(local_day, local_day, tz)
    assert low is not None and high is not None and low <= utc_key(started) < high
