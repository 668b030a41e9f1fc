"""Issue 19's session schema over HTTP, through the local host, on both store adapters (the embedded SQLite
store and the Cosmos DB protocol server): a past workout without a plan, set types, supersets, a blank
weight, an edit that leaves fields out, and an Idempotency-Key retry."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from tests.support.cosmos_server import KEY, cosmos_server
from tests.support.identity import STRONG_PASSWORD
from tests.support.local_host import LocalHost, start_local_host

PAST = (datetime.now(UTC) - timedelta(days=10)).replace(microsecond=0).isoformat()


@pytest.fixture(scope="module", params=["sqlite", pytest.param("cosmos", marks=pytest.mark.cosmos)])
def host(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalHost]:
    data = tmp_path_factory.mktemp(f"sessions-{request.param}")
    if request.param == "sqlite":
        running = start_local_host(data)
        yield running
        assert running.stop() == 0, running.log()
        return
    with cosmos_server() as endpoint:
        env = {"COSMOS_ENDPOINT": endpoint, "COSMOS_KEY": KEY, "COSMOS_VERIFY_TLS": "false",
               "COSMOS_DATABASE": f"sessions-{uuid.uuid4().hex[:8]}"}  # fmt: skip
        running = start_local_host(data, env=env)
        yield running
        assert running.stop() == 0, running.log()


def sign_up(api: httpx.Client) -> dict[str, str]:
    email = f"sessions-{time.time_ns()}@example.com"
    body = {"email": email, "password": STRONG_PASSWORD, "consent_health_data": True}
    response = api.post("/api/auth/register", json=body)
    assert response.status_code == 201, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


WORKOUT: dict[str, Any] = {
    "started_at": PAST, "duration_minutes": 55, "notes": "Hotel gym", "session_rpe": 8.0, "energy": 3,
    "exercises": [
        {"exercise_id": "barbell-back-squat", "sets": [
            {"reps": 5, "weight_kg": 60.0, "set_type": "warmup"},
            {"reps": 5, "weight_kg": 100.0, "rpe": 8.0},
            {"reps": 10, "weight_kg": 80.0, "set_type": "drop"},
            {"reps": 3, "weight_kg": 100.0, "completed": False}]},
        {"exercise_id": "push-up", "superset": "A", "sets": [{"reps": 15}]},
        {"exercise_id": "barbell-row", "superset": "A", "sets": [{"reps": 8, "weight_kg": 70.0}]},
    ],
}  # fmt: skip


def test_a_past_workout_without_a_plan_round_trips_and_edits_keep_what_is_left_out(host: LocalHost) -> None:
    with httpx.Client(base_url=host.base_url, timeout=30) as api:
        auth = sign_up(api)
        first = api.post("/api/workouts/sessions", json=WORKOUT, headers={**auth, "Idempotency-Key": "hotel-1"})
        assert first.status_code == 201, first.text
        again = api.post("/api/workouts/sessions", json=WORKOUT, headers={**auth, "Idempotency-Key": "hotel-1"})
        assert again.status_code == 201 and again.json()["id"] == first.json()["id"]
        session = first.json()
        assert session["plan_id"] is None
        squat, push_up, row = session["exercises"]
        assert [s["set_type"] for s in squat["sets"]] == ["warmup", "normal", "drop", "normal"]
        assert len(squat["sets"]) == 4 and squat["sets"][3]["completed"] is False  # as sent: none added or dropped
        assert push_up["sets"][0]["weight_kg"] is None and (push_up["superset"], row["superset"]) == ("A", "A")

        url = f"/api/workouts/sessions/{session['id']}"
        got = api.get(url, headers=auth)
        edited = api.put(url, json={"duration_minutes": 60}, headers={**auth, "If-Match": got.headers["ETag"]})
        assert edited.status_code == 200, edited.text
        kept = edited.json()
        assert (kept["notes"], kept["session_rpe"], kept["energy"]) == ("Hotel gym", 8.0, 3)
        assert kept["exercises"] == session["exercises"] and kept["duration_minutes"] == 60
        stale = api.put(url, json={"energy": 1}, headers={**auth, "If-Match": got.headers["ETag"]})
        assert stale.status_code == 412

        listed = api.get("/api/workouts/sessions", headers=auth).json()["items"]
        assert [s["id"] for s in listed] == [session["id"]]
        weeks = api.get("/api/workouts/progress", headers=auth).json()["weeks"]
        # 100 x 5 + 80 x 10 (drop) + 70 x 8; the warm-up, the missed set and the push-ups add nothing
        assert sum(w["volume_kg"] for w in weeks) == 500 + 800 + 560
        quads = [w["hard_sets_by_muscle"]["quads"]["hard_sets"] for w in weeks if "quads" in w["hard_sets_by_muscle"]]
        assert quads == [2]
