"""The product's daily loop through the real local host over HTTP.

Register, profile, generate a plan (poll the job), read it, log three sessions over two weeks, see
the right volumes, e1RM and records, ask the coach (it answers with the user's figures), get the
daily message exactly once, and check that user B reaches none of user A's things.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import azure.functions as func
import httpx
import pytest
from azure.functions.timer import TimerRequest

from functions.timers import bp as timer_functions
from shared.bootstrap import close_services
from shared.coach.daily import KIND as DAILY_KIND
from shared.config import get_settings
from shared.localhost.triggers import discover
from shared.queue import names
from shared.queue.sqlite import SqliteQueue
from shared.store import containers
from shared.store.port import Filter, Query
from shared.store.sqlite import SqliteDocumentStore
from shared.workouts.keys import iso_week
from tests.support.identity import PROFILE, STRONG_PASSWORD
from tests.support.local_host import LocalHost, start_local_host
from tests.support.polling import eventually


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalHost]:
    running = start_local_host(tmp_path_factory.mktemp("loop-data"))
    yield running
    assert running.stop() == 0, running.log()


@pytest.fixture
async def api(host: LocalHost) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=host.base_url, timeout=30) as client:
        yield client


async def _register(api: httpx.AsyncClient, name: str) -> dict[str, str]:
    email = f"{name}-{time.time_ns()}@example.com"
    response = await api.post(
        "/api/auth/register", json={"email": email, "password": STRONG_PASSWORD, "consent_health_data": True}
    )
    assert response.status_code == 201, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


async def _wait_job(api: httpx.AsyncClient, auth: dict[str, str], job_id: str) -> dict[str, Any]:
    async def finished() -> dict[str, Any] | None:
        job = (await api.get(f"/api/jobs/{job_id}", headers=auth)).json()
        return dict(job) if job["status"] in ("succeeded", "failed") else None

    job: dict[str, Any] = await eventually(finished, timeout=30, what="the plan job finishing")
    return job


async def _daily_jobs_once_settled(host: LocalHost) -> list[str] | None:
    """The statuses of every daily-message job once the host has finished them all, else None.

    Settled means the daily-batches and daily-messages queues are empty (a leased message still counts) and no job is
    queued or running, so whatever the timer scheduled has run to the end.
    """
    store = SqliteDocumentStore(host.data_dir / "store.sqlite3", containers.ALL)
    queue = SqliteQueue(host.data_dir / "queue.sqlite3")
    try:
        if await queue.approximate_count(names.DAILY_MESSAGES) or await queue.approximate_count(names.DAILY_BATCHES):
            return None
        daily_jobs = Query(filters=(Filter("type", "eq", "job"), Filter("kind", "eq", DAILY_KIND)), limit=100)
        statuses = [str(job["status"]) for job in (await store.query(containers.AI.name, daily_jobs)).items]
        return None if {"queued", "running"} & set(statuses) else statuses
    finally:
        await store.close()
        await queue.close()


def _sets(exercise_id: str, reps: int, kg: float, n: int = 3) -> dict[str, Any]:
    return {"exercise_id": exercise_id, "sets": [{"reps": reps, "weight_kg": kg, "rpe": 8, "completed": True}] * n}


async def _fire_daily_timer(host: LocalHost, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fire the real timer function against the host's data (the schedule itself is hourly)."""
    monkeypatch.setenv("VIGOR_DATA_DIR", str(host.data_dir))
    get_settings.cache_clear()
    app = func.FunctionApp()
    app.register_functions(timer_functions)
    [timer] = [t for t in discover(app).timers if t.name == "daily_messages_timer"]
    try:
        await timer.fn(TimerRequest())
    finally:
        await close_services()
        get_settings.cache_clear()


async def test_the_daily_loop(api: httpx.AsyncClient, host: LocalHost, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = await _register(api, "ada"), await _register(api, "bob")
    # A zone where the day has an hour left: the message hour is the next one, so nothing is due yet.
    zone = next(z for z in ("Pacific/Auckland", "Europe/London", "America/Los_Angeles")
                if datetime.now(ZoneInfo(z)).hour < 23)  # fmt: skip
    profile = {**PROFILE, "timezone": zone, "daily_message_hour": datetime.now(ZoneInfo(zone)).hour + 1, "injuries": []}
    assert (await api.put("/api/users/profile", json=profile, headers=a)).status_code == 200

    # Generate a plan through the queue.
    accepted = await api.post("/api/ai/generate-workout", json={"days_per_week": 3}, headers=a)
    assert accepted.status_code == 202, accepted.text
    job = await _wait_job(api, a, accepted.json()["job_id"])
    assert job["status"] == "succeeded", job
    plan_id = job["result"]["plan_id"]
    plan = (await api.get(f"/api/workouts/{plan_id}", headers=a)).json()
    assert plan["active"] and len(plan["days"]) == 3 and plan["source"]["provider"] == "engine"
    day = plan["days"][0]
    lift = next(e for e in day["exercises"] if e["duration_seconds"] is None)
    other = next(e for e in day["exercises"] if e["duration_seconds"] is None and e is not lift)

    # Three sessions over two weeks, heavier each time.
    now = datetime.now(UTC).replace(microsecond=0)
    logs = [
        (now - timedelta(days=13), 20.0, 8),
        (now - timedelta(days=7), 22.5, 8),
        (now - timedelta(hours=2), 25.0, 6),
    ]
    session_ids = []
    for started, kg, reps in logs:
        exercises = [_sets(lift["exercise_id"], reps, kg), _sets(other["exercise_id"], 10, 10.0, 2)]
        body = {"day_index": day["day_index"], "started_at": started.isoformat(), "duration_minutes": 45,
                "exercises": exercises}  # fmt: skip
        response = await api.post(f"/api/workouts/{plan_id}/log", json=body, headers=a)
        assert response.status_code == 201, response.text
        session_ids.append(response.json()["id"])

    # Progress: volumes per ISO week, e1RM and records.
    progress = (await api.get("/api/workouts/progress", params={"weeks": 4}, headers=a)).json()
    expected: dict[str, float] = {}
    for started, kg, reps in logs:
        expected[iso_week(started)] = expected.get(iso_week(started), 0) + 3 * reps * kg + 2 * 10 * 10.0
    by_week = {w["week"]: w["volume_kg"] for w in progress["weeks"]}
    assert {w: by_week[w] for w in expected} == pytest.approx(expected)
    assert sum(w["sessions"] for w in progress["weeks"]) == 3
    points = progress["e1rm"][lift["exercise_id"]]
    assert max(p["e1rm_kg"] for p in points) == pytest.approx(31.8, abs=0.05)  # 25 kg x 6 @ RPE 8: the RPE table
    records = {(r["exercise_id"], r["kind"]): r for r in progress["personal_records"]}
    assert records[(lift["exercise_id"], "e1rm")]["session_id"] == session_ids[2]
    top = records[(lift["exercise_id"], "heaviest_weight")]
    assert (top["weight_kg"], top["reps"]) == (25.0, 6)

    # The coach answers with the user's own figures.
    chat = await api.post("/api/ai/chat", json={"message": "How is my progress?"}, headers=a)
    assert chat.status_code == 200, chat.text
    reply = chat.json()
    assert reply["provider"] == "engine" and reply["reply"].startswith("Vigor's built-in coach (no AI model)")
    assert f"{lift['name']}: estimated 1RM 31.8 kg" in reply["reply"]
    this_week = by_week[iso_week(now)]
    assert f"{this_week:.0f} kg" in reply["reply"]
    analysis = (await api.post("/api/ai/workout-analysis", json={"session_id": session_ids[2]}, headers=a)).json()
    assert analysis["previous_session_id"] == session_ids[1] and analysis["volume_kg"] == 3 * 6 * 25 + 200

    # The daily message: the user moves their hour to this one (today's message is scheduled at once), the timer,
    # which reads this hour's send slot, fires twice, and one message appears.
    assert await _daily_jobs_once_settled(host) == []  # nothing was due before
    profile["daily_message_hour"] = datetime.now(ZoneInfo(zone)).hour
    assert (await api.put("/api/users/profile", json=profile, headers=a)).status_code == 200
    await _fire_daily_timer(host, monkeypatch)
    await _fire_daily_timer(host, monkeypatch)

    async def daily_ready() -> dict[str, Any] | None:
        daily = (await api.get("/api/ai/daily-message", headers=a)).json()
        return dict(daily) if daily["status"] == "ready" else None

    daily: dict[str, Any] = await eventually(daily_ready, timeout=30, what="the daily message")
    assert "Ada, here's the plan." in daily["message"] and "estimated 1RM 31.8 kg" in daily["message"]
    await _fire_daily_timer(host, monkeypatch)
    # Wait until the host has run everything the three runs scheduled, then count: one job, one message.
    settled = await eventually(lambda: _daily_jobs_once_settled(host), timeout=30, what="the daily jobs settling")
    assert settled == ["succeeded"], "a timer run after the first scheduled another daily message"
    history = (await api.get("/api/ai/history", params={"limit": 100}, headers=a)).json()["items"]
    assert [m["role"] for m in history].count("daily") == 1

    # User B reaches none of A's things.
    cid = reply["conversation_id"]
    assert (await api.get(f"/api/jobs/{job['id']}", headers=b)).status_code == 404
    assert (await api.get(f"/api/workouts/{plan_id}", headers=b)).status_code == 404
    assert (await api.get(f"/api/workouts/sessions/{session_ids[0]}", headers=b)).status_code == 404
    assert (
        await api.post("/api/ai/workout-analysis", json={"session_id": session_ids[0]}, headers=b)
    ).status_code == 404
    assert (
        await api.post("/api/ai/chat", json={"message": "hi", "conversation_id": cid}, headers=b)
    ).status_code == 404
    theirs = (await api.get("/api/ai/history", params={"conversation_id": cid}, headers=b)).json()
    assert theirs["items"] == []
    assert (await api.get("/api/ai/daily-message", headers=b)).json()["message"] is None
