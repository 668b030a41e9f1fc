"""Every input bounded (issue 16, item 3): dates within 2000-2100 in bodies and query parameters, strict
number and boolean types, and error bodies that name the field at fault."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from functions.http.app import create_app
from shared.bootstrap import close_services
from tests.support.identity import User, fast_hashing, sign_up
from tests.support.workout_fixtures import plan_body, session_body

SQUAT = "barbell-back-squat"
EXTREMES = [
    "9999-12-31T23:59:59-14:00",
    "0001-01-01T00:00:00+14:00",
    "0001-01-01T00:00:00Z",
    "1999-12-31T23:59:59Z",
    "2101-01-01T00:00:00Z",
    "9999-12-31",
    "0001-01-01",
]


@pytest.fixture
async def app(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FastAPI]:
    fast_hashing(monkeypatch)
    yield create_app()
    await close_services()


@pytest.fixture
async def user(app: FastAPI) -> User:
    return await sign_up(app)


def fields_at_fault(response: httpx.Response, status: int = 422) -> list[str]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    return [e["field"] for e in response.json()["errors"]]


async def a_plan(user: User) -> str:
    response = await user.client.post("/api/workouts", json=plan_body(), headers=user.auth)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def yesterday() -> str:
    return (datetime.now(UTC) - timedelta(days=1)).isoformat()


# --- dates and times ------------------------------------------------------------------------------


@pytest.mark.parametrize("when", EXTREMES)
async def test_a_metric_outside_2000_to_2100_is_422_naming_measured_at(user: User, when: str) -> None:
    response = await user.client.post(
        "/api/progress/metrics", json={"measured_at": when, "weight_kg": 70}, headers=user.auth
    )
    assert fields_at_fault(response) == ["measured_at"]


@pytest.mark.parametrize("when", EXTREMES)
async def test_a_session_outside_2000_to_2100_is_422_naming_started_at(user: User, when: str) -> None:
    plan_id = await a_plan(user)
    body = session_body(when, [(SQUAT, 5, 100.0, None)])
    response = await user.client.post(f"/api/workouts/{plan_id}/log", json=body, headers=user.auth)
    assert fields_at_fault(response) == ["started_at"]


@pytest.mark.parametrize("path", ["/api/workouts/sessions", "/api/progress/metrics"])
@pytest.mark.parametrize("name", ["from", "to"])
@pytest.mark.parametrize("when", EXTREMES)
async def test_a_range_outside_2000_to_2100_is_422_naming_the_parameter(
    user: User, path: str, name: str, when: str
) -> None:
    response = await user.client.get(path, params={name: when}, headers=user.auth)
    assert fields_at_fault(response) == [f"query.{name}"]


@pytest.mark.parametrize("when", ["2000-01-01T00:00:00+14:00", "2000-01-01", "2100-12-31T23:59:59-14:00", "2100-12-31"])
@pytest.mark.parametrize("path", ["/api/workouts/sessions", "/api/progress/metrics"])
async def test_ranges_at_the_bounds_are_answered(user: User, path: str, when: str) -> None:
    for name in ("from", "to"):
        response = await user.client.get(path, params={name: when}, headers=user.auth)
        assert response.status_code == 200, response.text


async def test_a_metric_at_the_first_instant_of_2000_in_its_own_offset_is_stored(user: User) -> None:
    response = await user.client.post(
        "/api/progress/metrics", json={"measured_at": "2000-01-01T00:00:00+14:00", "weight_kg": 70}, headers=user.auth
    )
    assert response.status_code == 201, response.text
    listed = await user.client.get("/api/progress/metrics", params={"to": "2000-01-01"}, headers=user.auth)
    assert [m["id"] for m in listed.json()["items"]] == [response.json()["id"]]  # 1999-12-31T10:00Z in UTC


@pytest.mark.parametrize("when", [0, 1_700_000_000, "1700000000", "0", True, None, [], {}, "yesterday", "NaN"])
async def test_numbers_and_other_values_are_not_dates(user: User, when: Any) -> None:
    response = await user.client.post(
        "/api/progress/metrics", json={"measured_at": when, "weight_kg": 70}, headers=user.auth
    )
    assert fields_at_fault(response) == ["measured_at"]
    plan_id = await a_plan(user)
    body = {**session_body(yesterday(), [(SQUAT, 5, 100.0, None)]), "started_at": when}
    response = await user.client.post(f"/api/workouts/{plan_id}/log", json=body, headers=user.auth)
    assert fields_at_fault(response) == ["started_at"]


@pytest.mark.parametrize("when", ["1700000000", "0", "-1", "1e10", "today"])
async def test_numbers_are_not_dates_in_ranges_either(user: User, when: str) -> None:
    response = await user.client.get("/api/workouts/sessions", params={"from": when}, headers=user.auth)
    assert fields_at_fault(response) == ["query.from"]
