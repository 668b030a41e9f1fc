"""Every input bounded (issue 16, item 3): dates within 2000-2100 in bodies and query parameters, strict
number and boolean types, and error bodies that name the field at fault."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from tests.support.identity import PROFILE, User, sign_up
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


@pytest.mark.parametrize("timezone", ["UTC", "America/New_York", "Pacific/Pago_Pago"])
async def test_a_session_at_the_first_instant_of_2000_reads_back_on_any_clock(user: User, timezone: str) -> None:
    """The attacker review: a session logged at 2000-01-01T00:00+14:00 (1999 on a UTC or New York clock)
    made the session list and the session itself answer 500."""
    plan_id = await a_plan(user)
    body = session_body("2000-01-01T00:00:00+14:00", [(SQUAT, 5, 100.0, 8.0)])
    logged = await user.client.post(f"/api/workouts/{plan_id}/log", json=body, headers=user.auth)
    assert logged.status_code == 201, logged.text
    changed = {**PROFILE, "timezone": timezone}
    assert (await user.client.put("/api/users/profile", json=changed, headers=user.auth)).status_code == 200
    listed = await user.client.get("/api/workouts/sessions", headers=user.auth)
    assert listed.status_code == 200, listed.text
    [item] = listed.json()["items"]
    assert datetime.fromisoformat(item["started_at"]) == datetime(1999, 12, 31, 10, tzinfo=UTC)
    one = await user.client.get(f"/api/workouts/sessions/{logged.json()['id']}", headers=user.auth)
    assert one.status_code == 200 and one.json()["started_at"] == item["started_at"], one.text


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


# --- strict types ---------------------------------------------------------------------------------

NOT_A_NUMBER = [True, False, "5", "5.0", "NaN", None, [], {}]
NOT_A_BOOLEAN = [0, 1, "true", "false", "yes", None, [], {}]


def a_session(**set_fields: Any) -> dict[str, Any]:
    body = session_body(yesterday(), [(SQUAT, 5, 100.0, 8.0)])
    body["exercises"][0]["sets"][0].update(set_fields)
    return body


@pytest.mark.parametrize("value", NOT_A_NUMBER)
@pytest.mark.parametrize("name", ["reps", "weight_kg", "rpe"])
async def test_a_set_takes_numbers_only(user: User, name: str, value: Any) -> None:
    if value is None and name in ("rpe", "weight_kg"):
        return  # an RPE is optional; no weight is a bodyweight (or blank) set, never 0 kg
    plan_id = await a_plan(user)
    response = await user.client.post(f"/api/workouts/{plan_id}/log", json=a_session(**{name: value}),
                                      headers=user.auth)  # fmt: skip
    assert fields_at_fault(response) == [f"exercises.0.sets.0.{name}"]


@pytest.mark.parametrize("value", NOT_A_BOOLEAN)
async def test_completed_takes_a_boolean_only(user: User, value: Any) -> None:
    plan_id = await a_plan(user)
    response = await user.client.post(f"/api/workouts/{plan_id}/log", json=a_session(completed=value),
                                      headers=user.auth)  # fmt: skip
    assert fields_at_fault(response) == ["exercises.0.sets.0.completed"]


async def test_true_is_not_one_rep_and_whole_numbers_are_fine_for_kilograms(user: User) -> None:
    plan_id = await a_plan(user)
    refused = await user.client.post(f"/api/workouts/{plan_id}/log", json=a_session(reps=True), headers=user.auth)
    assert fields_at_fault(refused) == ["exercises.0.sets.0.reps"]
    logged = await user.client.post(f"/api/workouts/{plan_id}/log", json=a_session(weight_kg=100, rpe=8),
                                    headers=user.auth)  # fmt: skip
    assert logged.status_code == 201, logged.text
    stored = logged.json()["exercises"][0]["sets"][0]
    assert stored["reps"] == 5 and stored["weight_kg"] == 100.0 and stored["rpe"] == 8.0
    listed = await user.client.get("/api/workouts/sessions", headers=user.auth)
    assert len(listed.json()["items"]) == 1


@pytest.mark.parametrize(("name", "value"), [("duration_minutes", "50"), ("duration_minutes", True),
                                             ("energy", "3"), ("session_rpe", True), ("day_index", False)])  # fmt: skip
async def test_session_numbers_are_strict(user: User, name: str, value: Any) -> None:
    plan_id = await a_plan(user)
    body = {**a_session(), name: value}
    response = await user.client.post(f"/api/workouts/{plan_id}/log", json=body, headers=user.auth)
    assert fields_at_fault(response) == [name]


@pytest.mark.parametrize("value", NOT_A_NUMBER)
@pytest.mark.parametrize("name", ["weight_kg", "resting_hr_bpm"])
async def test_metric_measurements_are_numbers_only(user: User, name: str, value: Any) -> None:
    body = {"measured_at": yesterday(), "waist_cm": 80, name: value}
    response = await user.client.post("/api/progress/metrics", json=body, headers=user.auth)
    if value is None:
        assert response.status_code == 201, response.text  # a measurement left out
    else:
        assert fields_at_fault(response) == [name]


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        ({"days_per_week": "3"}, "days_per_week"),
        ({"days_per_week": True}, "days_per_week"),
        ({"birth_year": "1990"}, "birth_year"),
        ({"height_cm": False}, "height_cm"),
        ({"daily_message_hour": 7.0}, "daily_message_hour"),
        ({"par_q": {"heart_condition": 0}}, "par_q.heart_condition"),
        ({"par_q": {"medical_clearance": "yes"}}, "par_q.medical_clearance"),
    ],
)
async def test_profile_numbers_and_answers_are_strict(user: User, patch: dict[str, Any], field: str) -> None:
    from tests.support.identity import PROFILE

    response = await user.client.put("/api/users/profile", json={**PROFILE, **patch}, headers=user.auth)
    assert fields_at_fault(response) == [field]


async def test_plan_swap_day_is_a_number(user: User) -> None:
    plan_id = await a_plan(user)
    response = await user.client.post(f"/api/workouts/{plan_id}/swap", json={"day_index": True, "exercise_id": SQUAT},
                                      headers=user.auth)  # fmt: skip
    assert fields_at_fault(response) == ["day_index"]


@pytest.fixture
async def admin(app: FastAPI) -> User:
    from tests.support.identity import make_admin

    user = await sign_up(app, ip="198.51.100.20")
    await make_admin(user)
    return user


TIER = {"requests_per_day": 50, "requests_per_week": 300, "requests_per_month": 1000, "monthly_budget_usd": 25}


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        ({"monthly_budget_usd": False}, "monthly_budget_usd"),
        ({"monthly_budget_usd": "25"}, "monthly_budget_usd"),
        ({"requests_per_day": True}, "requests_per_day"),
        ({"requests_per_week": "300"}, "requests_per_week"),
        ({"requests_per_month": 1000.0}, "requests_per_month"),
    ],
)
async def test_tier_limits_are_strict(admin: User, patch: dict[str, Any], field: str) -> None:
    response = await admin.client.put("/api/admin/tiers/premium", json={**TIER, **patch}, headers=admin.auth)
    assert fields_at_fault(response) == [field]
    tiers = (await admin.client.get("/api/admin/tiers", headers=admin.auth)).json()
    assert next(t for t in tiers if t["tier"] == "premium")["monthly_budget_usd"] == 25.0  # unchanged


async def test_tier_limits_take_whole_dollars(admin: User) -> None:
    response = await admin.client.put("/api/admin/tiers/premium", json=TIER, headers=admin.auth)
    assert response.status_code == 200, response.text
    assert response.json()["monthly_budget_usd"] == 25.0


async def test_budget_prices_and_providers_are_strict(admin: User) -> None:
    budget = await admin.client.post("/api/admin/budget", json={"auto_disable": 1}, headers=admin.auth)
    assert fields_at_fault(budget) == ["auto_disable"]
    budget = await admin.client.post("/api/admin/budget", json={"weekly_usd": "10"}, headers=admin.auth)
    assert fields_at_fault(budget) == ["weekly_usd"]
    table = (await admin.client.get("/api/admin/prices", headers=admin.auth)).json()
    table["models"]["*"]["input_per_million"] = True
    assert fields_at_fault(await admin.client.put("/api/admin/prices", json=table, headers=admin.auth)) == [
        "models.*.input_per_million"
    ]
    provider = {"id": "p1", "kind": "openai", "model": "gpt-4o-mini", "enabled": "true"}
    response = await admin.client.post("/api/admin/ai-providers", json=provider, headers=admin.auth)
    assert "enabled" in fields_at_fault(response)


@pytest.mark.parametrize(
    ("patch", "field"),
    [({"replace": 0}, "replace"), ({"replace": "false"}, "replace"), ({"version": True}, "version"),
     ({"version": "1"}, "version")],
)  # fmt: skip
async def test_config_import_is_strict(admin: User, patch: dict[str, Any], field: str) -> None:
    exported = (await admin.client.get("/api/admin/llm/config/export", headers=admin.auth)).json()
    response = await admin.client.post("/api/admin/llm/config/import", json={**exported, **patch}, headers=admin.auth)
    assert fields_at_fault(response) == [field]
    restored = await admin.client.post("/api/admin/llm/config/import", json={**exported, "replace": False},
                                       headers=admin.auth)  # fmt: skip
    assert restored.status_code == 200, restored.text


# --- error bodies name the field ------------------------------------------------------------------

UNREADABLE_BODIES = [
    b'{"measured_at": "2026-01-05T08:00:00Z", "weight_kg": 70',  # cut short
    b'{"measured_at": x}',
    b'{"notes": "\xff\x80", "weight_kg": 70}',  # not UTF-8
    b"\xc3\x28",
    b"[" * 50_000 + b"]" * 50_000,  # deeper than the parser goes
    b'{"a":' * 20_000 + b"1" + b"}" * 20_000,
]


@pytest.mark.parametrize("raw", UNREADABLE_BODIES, ids=range(len(UNREADABLE_BODIES)))
async def test_a_body_that_is_not_json_is_422_naming_the_body(user: User, raw: bytes) -> None:
    response = await user.client.post(
        "/api/progress/metrics", content=raw, headers={**user.auth, "content-type": "application/json"}
    )
    assert fields_at_fault(response) == ["body"]
    assert "\xff" not in response.text and "x}" not in response.text  # the input is never echoed back


async def test_tier_limits_that_shrink_from_day_to_month_name_the_fields(admin: User) -> None:
    week_below_day = {**TIER, "requests_per_week": 10}
    response = await admin.client.put("/api/admin/tiers/premium", json=week_below_day, headers=admin.auth)
    assert fields_at_fault(response) == ["requests_per_week"]
    both = {**TIER, "requests_per_week": 10, "requests_per_month": 5}
    response = await admin.client.put("/api/admin/tiers/premium", json=both, headers=admin.auth)
    assert fields_at_fault(response) == ["requests_per_week", "requests_per_month"]
    month_below_week = {**TIER, "requests_per_month": 299}
    response = await admin.client.put("/api/admin/tiers/premium", json=month_below_week, headers=admin.auth)
    assert fields_at_fault(response) == ["requests_per_month"]


async def test_an_import_with_shrinking_tier_limits_names_the_tier_and_writes_nothing(admin: User) -> None:
    exported = (await admin.client.get("/api/admin/llm/config/export", headers=admin.auth)).json()
    exported["budget"]["weekly_usd"] = 1234.0
    exported["tiers"][1]["requests_per_week"] = 1
    response = await admin.client.post("/api/admin/llm/config/import", json=exported, headers=admin.auth)
    assert fields_at_fault(response) == ["tiers.1.requests_per_week"]
    budget = (await admin.client.get("/api/admin/budget", headers=admin.auth)).json()
    assert budget["config"]["weekly_usd"] != 1234.0


@pytest.mark.parametrize("value", [True, "4", 4.0])
async def test_a_plan_takes_whole_numbers_for_its_sets(user: User, value: Any) -> None:
    """Plans from the API (and from a model) are strict too: true is not one set, "4" is not four."""
    body = json.loads(json.dumps(plan_body()))  # its days share exercise dicts (deepcopy would keep that)
    body["days"][0]["exercises"][0]["sets"] = value
    response = await user.client.post("/api/workouts", json=body, headers=user.auth)
    assert fields_at_fault(response) == ["days.0.exercises.0.sets"]


@pytest.mark.parametrize("value", [True, "5"])
async def test_a_plan_request_takes_numbers_only(user: User, value: Any) -> None:
    response = await user.client.post("/api/ai/generate-workout", json={"days_per_week": value}, headers=user.auth)
    assert fields_at_fault(response) == ["days_per_week"]
