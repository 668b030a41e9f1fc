"""No input makes a 5xx (issue 16, item 3): every route that takes a body or query parameters, through the app,
with datetime extremes (years 1, 1999, 2101, 9999, offsets +-14:00, naive) and odd types (true, "5", 0, null,
[], {}, 2**64, "NaN", NaN itself) put anywhere in a valid body or in any query parameter; and query strings
that are not UTF-8.

Each operation gets its own search from a valid request (`build_world`, one body per schema in BODIES); a route
whose body has none fails `test_every_route_with_inputs_has_a_valid_request_to_start_from`. Errors must be
problem+json, and a 422 names each field at fault.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from functions.http.app import create_app
from shared.bootstrap import close_services
from tests.support.fake_push import FakeBrowser
from tests.support.identity import PROFILE, STRONG_PASSWORD, User, fast_hashing, make_admin, sign_up
from tests.support.workout_fixtures import plan_body, session_body

SCHEMA = create_app().openapi()
# Per operation; HYPOTHESIS_PROFILE=deep (tests/conftest.py) searches ten times longer.
EXAMPLES = 400 if os.environ.get("HYPOTHESIS_PROFILE") == "deep" else 40
SQUAT = "barbell-back-squat"
SKIPPED = {
    "POST /api/admin/ai-providers/{provider_id}/test": "a live call to the provider; its only input is the path",
}

DATES = [
    "0001-01-01T00:00:00+14:00", "0001-01-01T00:00:00Z", "0001-01-01", "1999-12-31T23:59:59Z", "1999-12-31",
    "2101-01-01T00:00:00Z", "2101-01-01", "9999-12-31T23:59:59-14:00", "9999-12-31T23:59:59.999999+14:00",
    "9999-12-31", "2026-01-05T10:00:00", "2026-01-05T10:00:00-14:00", "2026-01-05", "2026-02-30", "2026-W02",
    "1700000000", "0", "-1",
]  # fmt: skip
ODD_JSON: list[Any] = [
    True, False, "5", "5.0", 0, -1, None, [], {}, [None], {"": None}, 2**64, -(2**64), 2**63, 1e308, -1e-308,
    0.5, "NaN", "Infinity", "-0", "", " ", "\x00", "\ud800", "true", "null", "x" * 3000, [[[[]]]],
]  # fmt: skip
OFFSETS = st.sampled_from([None, UTC, timezone(timedelta(hours=14)), timezone(timedelta(hours=-14))])
INSTANTS = st.builds(
    lambda moment, tz: moment.replace(tzinfo=tz).isoformat(),
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59)),
    OFFSETS,
)
ODD_VALUES = st.one_of(
    st.sampled_from(DATES), st.sampled_from(ODD_JSON), INSTANTS, st.integers(-(2**70), 2**70), st.floats()
)
ODD_TEXT = st.one_of(
    st.sampled_from(DATES), INSTANTS, st.integers(-(2**70), 2**70).map(str),
    st.sampled_from(["true", "false", "null", "NaN", "inf", "1e309", "", "[]", "{}", "5.5", "%00", "\x00"]),
    st.text(max_size=40),
)  # fmt: skip


BODIES = frozenset({
    "PlanCreate", "PlanUpdate", "SessionCreate", "SessionLog", "SessionUpdate", "ProgressionUpdate", "PlanSwap",
    "ProfileInput",
    "BodyMetricCreate", "PlanRequest", "ChatRequest", "AnalysisRequest", "RegisterCreate", "LoginCreate",
    "TierUpdate", "RolesUpdate", "TierUpgradeCreate", "TierLimitsUpdate", "TierDecision", "ProviderCreate",
    "ProviderUpdate", "BudgetConfig", "PriceTable", "LlmConfigImport", "ForgotPasswordCreate", "ResetPasswordCreate",
    "VerifyEmailCreate", "PasswordChange", "EmailChange", "ConsentsUpdate", "TotpStart", "TotpConfirm", "TotpDisable",
    "AccountDeletion",
    "MicrosoftLinkStart", "ClientErrorReport", "CustomExerciseCreate", "CustomExerciseUpdate",
    "TwoStepRecoveryCreate", "TwoStepRecoveryConfirm", "PushSubscriptionIn", "NotificationPreferences",
    "TestNotificationRequest", "PlanFeedbackCreate", "ExerciseFeedbackCreate", "CoachFeedbackCreate",
    "ExperimentCreate", "ExperimentUpdate", "RoutingRuleCreate", "RoutingRuleUpdate",
})  # fmt: skip


@dataclass
class World:
    admin: User  # also the caller of user routes: an admin is a user too
    victim: User  # the target of admin routes on a user, so the caller keeps their own roles
    ids: dict[str, str]  # path parameter -> a real value
    bases: dict[str, Any]  # schema name -> a valid body


async def build_world(app: Any) -> World:
    admin, victim = await sign_up(app), await sign_up(app, ip="198.51.100.40")
    await make_admin(admin)
    c, h = admin.client, admin.auth
    assert (await c.put("/api/users/profile", json=PROFILE, headers=h)).is_success
    plan_id = (await c.post("/api/workouts", json=plan_body(), headers=h)).json()["id"]
    started = (datetime.now(UTC) - timedelta(days=1)).isoformat()
    session = session_body(started, [(SQUAT, 5, 100.0, 8.0)])
    session_id = (await c.post(f"/api/workouts/{plan_id}/log", json=session, headers=h)).json()["id"]
    metric = {"measured_at": started, "weight_kg": 70.0, "waist_cm": 80}
    metric_id = (await c.post("/api/progress/metrics", json=metric, headers=h)).json()["id"]
    request = await victim.client.post("/api/tiers/upgrade", json={"tier": "premium"}, headers=victim.auth)
    provider = {"id": "fuzz", "kind": "openai", "model": "m", "enabled": False, "base_url": "http://127.0.0.1:9/v1"}
    assert (await c.post("/api/admin/ai-providers", json=provider, headers=h)).is_success
    exported = (await c.get("/api/admin/llm/config/export", headers=h)).json()
    now = datetime.now(UTC)
    experiment = {"name": "fuzz", "task": "analysis", "tiers": ["free"],
                  "starts_at": (now + timedelta(days=1)).isoformat(), "ends_at": (now + timedelta(days=8)).isoformat(),
                  "variants": [{"name": "a", "provider": "fuzz", "model": "m", "weight": 50},
                               {"name": "b", "provider": "engine", "model": "vigor-engine", "weight": 50}]}  # fmt: skip
    created = await c.post("/api/admin/experiments", json=experiment, headers=h)
    assert created.status_code == 201, created.text
    rule = {"name": "fuzz", "tasks": ["daily_message"], "provider": "engine", "model": "vigor-engine"}
    rule_id = (await c.post("/api/admin/routing-rules", json=rule, headers=h)).json()["id"]
    tier = {"requests_per_day": 50, "requests_per_week": 300, "requests_per_month": 1000, "monthly_budget_usd": 25}
    ids = {
        "plan_id": plan_id, "session_id": session_id, "metric_id": metric_id, "job_id": "no-such-job",
        "user_id": victim.user_id, "request_id": request.json()["id"], "provider_id": "fuzz", "tier": "premium",
        "exercise_id": SQUAT, "category": "urgent", "message_id": "no-such-message",
        "experiment_id": created.json()["id"], "rule_id": rule_id,
    }  # fmt: skip
    bases: dict[str, Any] = {
        "PlanCreate": plan_body(), "PlanUpdate": plan_body(), "SessionCreate": session, "SessionUpdate": session,
        "SessionLog": session,
        "ProgressionUpdate": {"method": "linear"}, "PlanSwap": {"day_index": 0, "exercise_id": SQUAT},
        "ProfileInput": PROFILE, "BodyMetricCreate": metric, "PlanRequest": {"days_per_week": 3},
        "ChatRequest": {"message": "How heavy should I squat?"}, "AnalysisRequest": {"session_id": session_id},
        "RegisterCreate": {"email": "fuzz@example.com", "password": STRONG_PASSWORD},
        "LoginCreate": {"email": admin.email, "password": STRONG_PASSWORD}, "TierUpdate": {"tier": "premium"},
        "RolesUpdate": {"roles": ["user"]}, "TierUpgradeCreate": {"tier": "premium"}, "TierLimitsUpdate": tier,
        "TierDecision": {"reason": "fuzz"}, "ProviderCreate": {**provider, "id": "fuzz2"}, "ProviderUpdate": provider,
        "BudgetConfig": exported["budget"], "PriceTable": exported["prices"], "LlmConfigImport": exported,
        "ForgotPasswordCreate": {"email": admin.email}, "VerifyEmailCreate": {"token": "t" * 43},
        "TwoStepRecoveryCreate": {"email": admin.email}, "TwoStepRecoveryConfirm": {"token": "t" * 43},
        "ResetPasswordCreate": {"token": "t" * 43, "new_password": STRONG_PASSWORD + "!"},
        "PasswordChange": {"current_password": STRONG_PASSWORD, "new_password": STRONG_PASSWORD + "!"},
        "EmailChange": {"new_email": "fuzz-new@example.com", "current_password": STRONG_PASSWORD},
        "ConsentsUpdate": {"health_data": True, "ai_providers": False},
        "TotpStart": {"password": STRONG_PASSWORD}, "TotpConfirm": {"code": "123456"},
        "TotpDisable": {"password": STRONG_PASSWORD, "code": "123456"},
        "AccountDeletion": {"password": STRONG_PASSWORD},
        "MicrosoftLinkStart": {"password": STRONG_PASSWORD},
        "ClientErrorReport": {"kind": "error", "message": "x is undefined", "source": "/assets/index.js", "line": 3},
        "CustomExerciseCreate": {"name": "Sled push", "load_type": "weight"},
        "CustomExerciseUpdate": {"name": "Prowler"},
        "PushSubscriptionIn": FakeBrowser().subscription("https://fcm.googleapis.com/fcm/send/fuzz"),
        "NotificationPreferences": {"daily_message": True, "workout_reminders": True, "reminder_hour": 7,
                                    "quiet_hours": {"start_hour": 22, "end_hour": 7}, "workout_time": "18:00"},
        "TestNotificationRequest": {"subscription_id": None},
        "PlanFeedbackCreate": {"rating": 4, "stage": "made", "tags": []},
        "ExerciseFeedbackCreate": {"exercise_id": SQUAT, "kind": "too_easy", "session_id": session_id},
        "CoachFeedbackCreate": {"rating": "up"},
        "ExperimentCreate": {**experiment, "tiers": ["premium"]}, "ExperimentUpdate": experiment,
        "RoutingRuleCreate": rule, "RoutingRuleUpdate": rule,
    }  # fmt: skip
    assert set(bases) == BODIES
    return World(admin, victim, ids, bases)


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, ops in SCHEMA["paths"].items():
        for method, op in ops.items():
            queries = [p for p in op.get("parameters", []) if p["in"] == "query"]
            if (queries or "requestBody" in op) and f"{method.upper()} {path}" not in SKIPPED:
                yield method.upper(), path, op


OPERATIONS = list(operations())


def body_schema(op: dict[str, Any]) -> str | None:
    if "application/json" not in op.get("requestBody", {}).get("content", {}):
        return None  # no body, or a file (the CSV import: its own tests send odd files)
    schema = op["requestBody"]["content"]["application/json"]["schema"]
    refs = [s["$ref"] for s in [schema, *schema.get("anyOf", [])] if "$ref" in s]
    return str(refs[0].rsplit("/", 1)[1])


def base_query(op: dict[str, Any], ids: dict[str, str]) -> dict[str, str]:
    """The required query parameters, with valid values (swap options: a day and an exercise of the plan)."""
    valid = {"day_index": "0", "exercise_id": ids["exercise_id"], "reason": "misread"}
    return {p["name"]: valid[p["name"]] for p in op.get("parameters", []) if p["in"] == "query" and p["required"]}


def node_paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a JSON value (the root, each member and item, and a new member of each object)."""
    yield prefix
    if isinstance(value, dict):
        yield (*prefix, "unexpected")
        for key, item in value.items():
            yield from node_paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from node_paths(item, (*prefix, index))


def put(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: put(value.get(head), rest, new)}
    if isinstance(value, list):
        return [put(item, rest, new) if i == head else item for i, item in enumerate(value)]
    return value


def assert_honest(response: httpx.Response, what: str) -> None:
    assert response.status_code < 500, f"{what} -> {response.status_code} {response.text[:300]}"
    if response.status_code >= 400:
        assert response.headers["content-type"] == "application/problem+json", what
    if response.status_code == 422:
        errors = response.json().get("errors")
        assert errors and all(e["field"] for e in errors), f"{what} -> 422 naming no field: {response.text[:300]}"


def test_every_route_with_inputs_has_a_valid_request_to_start_from() -> None:
    missing = {f"{m} {p}": body_schema(op) for m, p, op in OPERATIONS if body_schema(op) not in (None, *BODIES)}
    assert not missing, f"add a valid body to build_world for {missing}"


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=[f"{m} {p}" for m, p, _ in OPERATIONS])
def test_no_input_makes_a_5xx(monkeypatch: pytest.MonkeyPatch, method: str, path: str, op: dict[str, Any]) -> None:
    fast_hashing(monkeypatch)
    monkeypatch.setenv("LLM_FIRST_TOKEN_TIMEOUT_S", "1")
    with asyncio.Runner() as runner:
        app = create_app()
        world = runner.run(build_world(app))
        url = path.format(**world.ids)
        schema = body_schema(op)
        base_body = world.bases[schema] if schema else None
        base = base_query(op, world.ids)
        names = [p["name"] for p in op.get("parameters", []) if p["in"] == "query"]
        places = list(node_paths(base_body)) if schema else []
        body_changes = st.lists(st.tuples(st.sampled_from(places), ODD_VALUES), max_size=3) if places else st.just([])
        query_changes = st.dictionaries(st.sampled_from(names), ODD_TEXT, max_size=3) if names else st.just({})

        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
        @given(body_changes, query_changes)
        def search(changes: list[tuple[tuple[Any, ...], Any]], query: dict[str, str]) -> None:
            body = base_body
            for place, value in changes:
                body = put(body, place, value)
            content = json.dumps(body).encode() if schema else None
            headers = {**world.admin.auth, "content-type": "application/json"}
            request = world.admin.client.request(method, url, params={**base, **query}, content=content,
                                                 headers=headers)  # fmt: skip
            response = runner.run(request)
            assert_honest(response, f"{method} {url} {query} {changes}")

        try:
            search()
        finally:
            runner.run(close_services())


RAW_QUERIES = ["%FF%FE", "%00", "%C0%AF", "%ED%A0%80", "a%", "%%", "x=1&x=2", ";;", "+" * 300]


def test_query_bytes_that_are_not_utf8_make_no_5xx(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_hashing(monkeypatch)
    gets = [(path, op) for method, path, op in OPERATIONS if method == "GET"]
    with asyncio.Runner() as runner:
        world = runner.run(build_world(create_app()))
        try:
            for (path, op), raw in itertools.product(gets, RAW_QUERIES):
                query = "&".join(f"{p['name']}={raw}" for p in op.get("parameters", []) if p["in"] == "query")
                url = httpx.URL(path.format(**world.ids) + "?" + query)
                response = runner.run(world.admin.client.get(url, headers=world.admin.auth))
                assert_honest(response, f"GET {url}")
        finally:
            runner.run(close_services())
