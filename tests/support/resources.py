"""Teaches the authorization matrix how to make each kind of user resource through the API."""

from __future__ import annotations

from tests.support.fake_push import FakeBrowser
from tests.support.identity import RESOURCE_FACTORIES, User
from tests.support.workout_fixtures import plan_body, session_body


async def _plan_id(user: User) -> str:
    response = await user.client.post("/api/workouts", json=plan_body(), headers=user.auth)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def _session_id(user: User) -> str:
    plan_id = await _plan_id(user)
    body = session_body("2026-11-23T10:00:00+00:00", [("barbell-back-squat", 5, 100.0, 8.0)])
    response = await user.client.post(f"/api/workouts/{plan_id}/log", json=body, headers=user.auth)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def _metric_id(user: User) -> str:
    body = {"measured_at": "2026-11-23T08:00:00+00:00", "weight_kg": 80.5}
    response = await user.client.post("/api/progress/metrics", json=body, headers=user.auth)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def _job_id(user: User) -> str:
    """A plan job of the user's (needs their profile; the matrix's user A has one)."""
    response = await user.client.post("/api/ai/generate-workout", json={}, headers=user.auth)
    assert response.status_code == 202, response.text
    return str(response.json()["job_id"])


async def _subscription_id(user: User) -> str:
    body = FakeBrowser().subscription("https://fcm.googleapis.com/fcm/send/matrix")
    response = await user.client.post("/api/notifications/subscriptions", json=body, headers=user.auth)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def register() -> None:
    RESOURCE_FACTORIES.setdefault("plan_id", _plan_id)
    RESOURCE_FACTORIES.setdefault("session_id", _session_id)
    RESOURCE_FACTORIES.setdefault("metric_id", _metric_id)
    RESOURCE_FACTORIES.setdefault("job_id", _job_id)
    RESOURCE_FACTORIES.setdefault("subscription_id", _subscription_id)
