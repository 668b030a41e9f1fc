"""Pagination cursors from the caller (issue 16, item 3): every paged list answers 422 naming `query.cursor` for
a cursor that is not one it gave out, whatever is inside (never a 500, nor a 503 from the driver)."""

from __future__ import annotations

import base64
import json
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI

from shared.errors import InvalidCursor
from shared.store.documents import decode_token, encode_token
from tests.support.identity import User, make_admin, sign_up
from tests.support.workout_fixtures import plan_body, session_body


def raw_token(text: bytes) -> str:
    return base64.urlsafe_b64encode(text).decode().rstrip("=")


def token_of(payload: dict[str, Any]) -> str:
    return raw_token(json.dumps(payload).encode())  # ASCII: a lone surrogate goes as its escape


def tampered(real: str) -> list[str]:
    """Cursors made from a real one (so the list's `q` still matches) and from nothing at all."""
    payload = json.loads(base64.urlsafe_b64decode(real + "=" * (-len(real) % 4)))
    if "s" not in payload:  # a keyset cursor of its own (admin users, audit log): wrong types and missing keys
        odd: list[Any] = [None, 7, {}, [1], "\ud800", 1e308 * 10, ["\udfff"]]
        keyset = [token_of({**payload, key: value}) for key in payload for value in odd]
        keyset += [token_of({k: v for k, v in payload.items() if k != key}) for key in payload]
        return keyset + NOT_TOKENS
    sort = payload["s"]
    changes: list[dict[str, Any]] = [
        {"s": None}, {"s": "x"}, {"s": {}}, {"s": [2**64] * len(sort)}, {"s": [-(2**63) - 1] * len(sort)},
        {"s": [{}] * len(sort)}, {"s": [[]] * len(sort)}, {"s": [*sort, "extra"]}, {"s": []},
        {"s": [1e308 * 10] * len(sort)}, {"s": ["\ud800"] * len(sort)},
        {"id": 2**64}, {"id": None}, {"id": {}}, {"id": []}, {"id": "\udfff"}, {"pk": 7}, {"pk": ["a"]},
        {"q": None}, {"q": "0" * 12}, {"extra": 1},
    ]  # fmt: skip
    made = [token_of({**payload, **change}) for change in changes]
    made.append(token_of({k: v for k, v in payload.items() if k != "id"}))
    text = json.dumps(payload)
    made += [raw_token(text.replace(json.dumps(sort), "[NaN]").encode()),
             raw_token(text.replace(json.dumps(sort), "[Infinity]").encode()),
             raw_token(text.replace(json.dumps(sort), "[1" + "0" * 5000 + "]").encode())]  # fmt: skip
    return made + NOT_TOKENS


NOT_TOKENS = [
    "garbage", "!!!!", "é", raw_token(b"null"), raw_token(b"[]"), raw_token(b'"s"'), raw_token(b"7"),
    raw_token(b"\xff\xfe\xfa"), raw_token(b"[" * 5000 + b"]" * 5000), raw_token(b'{"s":' * 2000 + b"1" + b"}" * 2000),
]  # fmt: skip


async def real_cursor(user: User, path: str, **params: Any) -> str:
    response = await user.client.get(path, params={"limit": 1, **params}, headers=user.auth)
    assert response.status_code == 200, response.text
    cursor = response.json()["next_cursor"]
    assert isinstance(cursor, str)
    follow = await user.client.get(path, params={"limit": 1, "cursor": cursor, **params}, headers=user.auth)
    assert follow.status_code == 200, follow.text  # the real one pages on
    return cursor


Setup = Callable[[FastAPI, User], Awaitable[None]]


async def _two_sessions(app: FastAPI, user: User) -> None:
    plan = (await user.client.post("/api/workouts", json=plan_body(), headers=user.auth)).json()
    for days in (1, 2):
        started = (datetime.now(UTC) - timedelta(days=days)).isoformat()
        body = session_body(started, [("barbell-back-squat", 5, 100.0, None)])
        assert (await user.client.post(f"/api/workouts/{plan['id']}/log", json=body, headers=user.auth)).is_success


async def _two_plans(app: FastAPI, user: User) -> None:
    for _ in range(2):
        assert (await user.client.post("/api/workouts", json=plan_body(), headers=user.auth)).is_success


async def _two_metrics(app: FastAPI, user: User) -> None:
    for days in (1, 2):
        at = (datetime.now(UTC) - timedelta(days=days)).isoformat()
        body = {"measured_at": at, "weight_kg": 70}
        assert (await user.client.post("/api/progress/metrics", json=body, headers=user.auth)).is_success


async def _two_messages(app: FastAPI, user: User) -> None:
    assert (await user.client.post("/api/ai/chat", json={"message": "How do I squat?"}, headers=user.auth)).is_success


async def _two_users(app: FastAPI, user: User) -> None:
    await sign_up(app, ip="198.51.100.31")


async def _two_audit_records(app: FastAPI, user: User) -> None:
    other = await sign_up(app, ip="198.51.100.32")
    for tier in ("premium", "free"):
        url = f"/api/admin/users/{other.user_id}/tier"
        assert (await user.client.put(url, json={"tier": tier}, headers=user.auth)).is_success


async def _two_tier_requests(app: FastAPI, user: User) -> None:
    for ip in ("198.51.100.33", "198.51.100.34"):
        other = await sign_up(app, ip=ip)
        response = await other.client.post("/api/tiers/upgrade", json={"tier": "premium"}, headers=other.auth)
        assert response.is_success, response.text


LISTS: list[tuple[str, Setup]] = [
    ("/api/workouts/sessions", _two_sessions),
    ("/api/workouts", _two_plans),
    ("/api/progress/metrics", _two_metrics),
    ("/api/ai/history", _two_messages),
    ("/api/admin/users", _two_users),
    ("/api/admin/audit-log", _two_audit_records),
    ("/api/admin/tier-requests", _two_tier_requests),
]


@pytest.mark.parametrize(("path", "setup"), LISTS, ids=[path for path, _ in LISTS])
async def test_every_paged_list_refuses_a_tampered_cursor_naming_it(app: FastAPI, path: str, setup: Setup) -> None:
    user = await sign_up(app)
    await make_admin(user)
    await setup(app, user)
    real = await real_cursor(user, path)
    for cursor in tampered(real):
        response = await user.client.get(path, params={"limit": 1, "cursor": cursor}, headers=user.auth)
        assert response.status_code == 422, (cursor, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert [e["field"] for e in response.json()["errors"]] == ["query.cursor"], response.text


async def test_a_cursor_of_another_list_is_refused(app: FastAPI) -> None:
    user = await sign_up(app)
    await _two_sessions(app, user)
    await _two_metrics(app, user)
    sessions = await real_cursor(user, "/api/workouts/sessions")
    response = await user.client.get("/api/progress/metrics", params={"cursor": sessions}, headers=user.auth)
    assert [e["field"] for e in response.json()["errors"]] == ["query.cursor"]  # ordered by another field
    plans_token = encode_token({"s": [], "id": "x", "pk": "y", "q": "0" * 12})
    response = await user.client.get("/api/workouts/sessions", params={"cursor": plans_token}, headers=user.auth)
    assert [e["field"] for e in response.json()["errors"]] == ["query.cursor"]


def test_decode_token_takes_exactly_the_expected_members() -> None:
    token = encode_token({"s": ["2026-01-05", 3, None, True, 1.5], "id": "a", "pk": "b", "q": "c"})
    decoded = decode_token(token, strings=("id", "pk", "q"), scalar_lists=("s",))
    assert decoded["s"] == ["2026-01-05", 3, None, True, 1.5]
    for bad in (encode_token({"c": "x", "q": "y"}), encode_token({"s": [], "id": "a", "pk": "b"})):
        with pytest.raises(InvalidCursor):
            decode_token(bad, strings=("id", "pk", "q"), scalar_lists=("s",))
    for cursor in NOT_TOKENS:
        with pytest.raises(InvalidCursor):
            decode_token(cursor, strings=("c", "q"))
