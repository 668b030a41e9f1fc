"""Cardio per week in the progress API (issue 19): minutes and distance of runs, rides, rows and walks,
exact, in the user's units, in their weeks (Monday to Sunday in their time zone).

The web app used to add these up from the last 100 sessions it had fetched, so a busy user's older weeks
read zero and a week's edge followed the browser's clock. Now the week aggregates carry them; a summary
of the previous aggregate format has its weeks recounted once, on the next progress read.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from hypothesis import given, settings
from hypothesis import strategies as st

from functions.http.app import create_app
from shared import bootstrap
from shared.bootstrap import close_services, get_services
from shared.config import Settings
from shared.store import containers
from shared.store.port import DocumentStore
from shared.store.sqlite import SqliteDocumentStore
from shared.workouts.contributions import contribution, is_cardio, week_totals
from shared.workouts.keys import PROGRESS_ID, WORKOUTS
from tests.support.identity import PROFILE, User, fast_hashing, sign_up


@pytest.fixture
async def app(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FastAPI]:
    fast_hashing(monkeypatch)

    def store(settings: Settings) -> DocumentStore:
        return SqliteDocumentStore(Path(settings.resolved_data_dir()) / "store.sqlite3", containers.ALL)

    monkeypatch.setattr(bootstrap, "build_store", store)
    yield create_app()
    await close_services()


def _set(**fields: Any) -> dict[str, Any]:
    return {"reps": 1, "completed": True, **fields}


# A Monday 00:55 in Kolkata is Sunday 19:25 UTC: it counts in the Monday's week (2026-W48, from 23 Nov).
MONDAY_IN_KOLKATA = "2026-11-22T19:25:00+00:00"
SESSION = {
    "started_at": MONDAY_IN_KOLKATA,
    "duration_minutes": 60,
    "exercises": [
        {"exercise_id": "treadmill-run", "sets": [
            _set(duration_seconds=600, set_type="warmup"),  # an easy warm-up kilometre is still running
            _set(duration_seconds=1201, distance_m=4000.5),
            _set(duration_seconds=900, completed=False),  # not done: not counted
        ]},
        {"exercise_id": "rowing-machine", "sets": [_set(duration_seconds=300, distance_m=1250)]},
        {"exercise_id": "plank", "sets": [_set(duration_seconds=60)]},  # a hold is not cardio
        {"exercise_id": "farmers-carry-dumbbell", "sets": [_set(distance_m=40, weight_kg=24)]},  # nor is a carry
        {"exercise_id": "barbell-back-squat", "sets": [{"reps": 5, "weight_kg": 100, "completed": True}]},
    ],
}  # fmt: skip


async def _user(app: FastAPI, **profile: Any) -> User:
    user = await sign_up(app)
    res = await user.client.put("/api/users/profile", json={**PROFILE, **profile}, headers=user.auth)
    assert res.status_code == 200, res.text
    return user


async def _weeks(user: User) -> dict[str, dict[str, Any]]:
    # The most weeks the API shows (two years), found by name: the sessions are in late November 2026.
    res = await user.client.get("/api/workouts/progress?weeks=104", headers=user.auth)
    assert res.status_code == 200, res.text
    return {w["week"]: w for w in res.json()["weeks"]}


async def test_cardio_per_week_is_exact_in_the_users_units_and_local_week(app: FastAPI) -> None:
    user = await _user(app, timezone="Asia/Kolkata", units="imperial")
    logged = await user.client.post("/api/workouts/sessions", json=SESSION, headers=user.auth)
    assert logged.status_code == 201, logged.text
    weeks = await _weeks(user)
    if "2026-W48" not in weeks:
        pytest.skip("the window of 104 weeks has moved past November 2026")
    week = weeks["2026-W48"]
    assert week["monday"] == "2026-11-23"
    # 600 + 1201 s of running and 300 s of rowing; 4000.5 m + 1250 m; the hold, the carry and the set not done left out.
    assert week["cardio"] == {"seconds": 2101, "minutes": 35.02, "distance_m": 5250.5, "distance": 3.26,
                              "distance_unit": "mi"}  # fmt: skip
    assert weeks["2026-W47"]["cardio"]["seconds"] == 0  # not the UTC Sunday's week


async def test_a_summary_of_the_previous_format_has_its_weeks_recounted_on_read(app: FastAPI) -> None:
    user = await _user(app, timezone="UTC", units="metric")
    logged = await user.client.post("/api/workouts/sessions", json=SESSION, headers=user.auth)
    assert logged.status_code == 201, logged.text
    store = (await get_services()).store
    # Aggregates as format 2 wrote them: no cardio in the week document or its contributions.
    week_doc = await store.read(WORKOUTS, user.user_id, "week:2026-W47")
    old = {k: v for k, v in week_doc.items() if k not in ("cardio_seconds", "cardio_m") and not k.startswith("_")}
    old["contrib"] = {sid: {k: v for k, v in c.items() if k != "cardio"} for sid, c in old["contrib"].items()}
    await store.upsert(WORKOUTS, old)
    summary = await store.read(WORKOUTS, user.user_id, PROGRESS_ID)
    await store.upsert(WORKOUTS, {**{k: v for k, v in summary.items() if not k.startswith("_")}, "aggregates": 2})
    weeks = await _weeks(user)
    if "2026-W47" not in weeks:
        pytest.skip("the window of 104 weeks has moved past November 2026")
    assert weeks["2026-W47"]["cardio"]["seconds"] == 2101
    assert weeks["2026-W47"]["cardio"]["distance"] == 5.25  # km


def test_what_counts_as_cardio() -> None:
    assert all(
        is_cardio(e) for e in ("treadmill-run", "stationary-bike", "rowing-machine", "brisk-walk", "custom:trail-run")
    )
    assert not any(is_cardio(e) for e in ("plank", "farmers-carry-dumbbell", "barbell-back-squat", "no-such-exercise"))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(1, 86_400), st.floats(0.001, 1_000_000, allow_nan=False)), min_size=1, max_size=8)
)
def test_week_totals_add_every_bout_exactly(bouts: list[tuple[int, float]]) -> None:
    contribs = {
        f"s{i}": contribution({"started_at": "2026-11-23T08:00:00+00:00", "exercises": [
            {"exercise_id": "jog", "sets": [_set(duration_seconds=s, distance_m=m)]}]})
        for i, (s, m) in enumerate(bouts)
    }  # fmt: skip
    totals = week_totals(contribs)
    assert totals["cardio_seconds"] == sum(s for s, _ in bouts)
    assert totals["cardio_m"] == sum(round(m * 1000) for _, m in bouts) / 1000
