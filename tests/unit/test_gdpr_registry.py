"""GDPR by construction (issue 16, item 7): every document kind is registered with its owner, and the
export and erasure read the registry. One of every kind a user can cause is written through the API;
the export holds each, and after erasure no document anywhere names the user."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from shared.bootstrap import get_services
from shared.coach import messages
from shared.store import containers, kinds
from shared.store.port import Query
from tests.support.deletions import run_deletions
from tests.support.fake_push import FakeBrowser
from tests.support.identity import PROFILE, User, make_admin, sign_up
from tests.support.workout_fixtures import plan_body, session_body


async def _everything(user_id: str) -> list[tuple[str, dict[str, Any]]]:
    """(container, document) for every stored document that mentions the user id anywhere."""
    store, found = (await get_services()).store, []
    for spec in containers.ALL:
        page = await store.query(spec.name, Query(limit=1000))
        found += [(spec.name, d) for d in page.items if user_id in json.dumps(d)]
    return found


async def _write_one_of_everything(user: User) -> None:
    async def ok(method: str, path: str, body: Any = None, **headers: str) -> Any:
        response = await user.client.request(method, path, json=body, headers={**user.auth, **headers})
        assert response.is_success, (path, response.text)
        return response.json() if response.content else None

    await ok("PUT", "/api/users/profile", PROFILE)
    plan = await ok("POST", "/api/workouts", plan_body())
    await ok("POST", f"/api/workouts/{plan['id']}/activate")
    session = session_body("2026-11-02T07:00:00+00:00", [("barbell-back-squat", 5, 100.0, 8.0)])
    await ok("POST", f"/api/workouts/{plan['id']}/log", session, **{"Idempotency-Key": "log-1"})
    metric = {"measured_at": "2026-11-02T07:00:00+00:00", "weight_kg": 70}
    await ok("POST", "/api/progress/metrics", metric, **{"Idempotency-Key": "metric-1"})
    await ok("POST", "/api/tiers/upgrade", {"tier": "premium"}, **{"Idempotency-Key": "tier-1"})
    await user.client.post("/api/ai/generate-workout", json={}, headers={**user.auth, "Idempotency-Key": "plan-1"})
    await ok("POST", "/api/notifications/subscriptions", FakeBrowser().subscription("https://push.example.net/s/1"))
    prefs = await ok("GET", "/api/notifications/preferences")
    await ok("PUT", "/api/notifications/preferences", {**prefs, "workout_reminders": True})
    await ok("POST", "/api/calendar/token")
    await ok("POST", f"/api/feedback/plans/{plan['id']}", {"rating": 4, "tags": ["fits_my_goal"]})
    await ok("POST", "/api/feedback/exercises", {"exercise_id": "barbell-back-squat", "kind": "painful"})
    store = (await get_services()).store
    conversation = await messages.open_conversation(store, user.user_id, None)
    answer = await messages.add_message(store, user.user_id, conversation, "assistant", "Rest a day.")
    await ok("POST", f"/api/feedback/coach/{answer.id}", {"rating": "down", "report": True})


async def test_every_kind_is_registered_exported_and_erased(app: FastAPI) -> None:
    user = await sign_up(app)
    await _write_one_of_everything(user)
    stored = await _everything(user.user_id)
    types = {d.get("type") for _, d in stored}
    assert {
        "account",
        "profile",
        "plan",
        "session",
        "metric",
        "tier_request",
        "tier_request_pending",
        "idempotency",
        "push_subscription",
        "notification_prefs",
        "calendar_feed",
        "calendar_token",
        "plan_feedback",
        "exercise_feedback",
        "exercise_feedback_latest",
        "coach_feedback",
    } <= types
    unregistered = {t for t in types if t not in kinds.BY_TYPE and t != kinds.AUDIT}
    assert not unregistered, f"register these kinds in shared/store/kinds.py: {unregistered}"
    exported = (await user.client.get("/api/users/me/export", headers=user.auth)).json()
    exported_ids = {d["id"] for docs in exported["containers"].values() for d in docs}
    exported_ids |= {d["id"] for d in exported["system"]} | {d["id"] for d in exported["audit"]}
    missing = [(c, d["type"], d["id"]) for c, d in stored if d["id"] not in exported_ids]
    assert not missing, missing

    assert (await user.client.delete("/api/users/me", headers=user.auth)).status_code == 204
    await run_deletions()
    assert await _everything(user.user_id) == []


async def test_deciding_a_deleted_users_request_is_404_and_audits_nothing_naming_them(app: FastAPI) -> None:
    user, admin = await sign_up(app), await sign_up(app, ip="198.51.100.8")
    await make_admin(admin)
    asked = await user.client.post("/api/tiers/upgrade", json={"tier": "premium"}, headers=user.auth)
    assert asked.status_code == 202
    assert (await user.client.delete("/api/users/me", headers=user.auth)).status_code == 204
    url = f"/api/admin/tier-requests/{asked.json()['id']}/approve"
    decided = await admin.client.post(url, headers=admin.auth)
    assert decided.status_code in (404, 409), decided.text
    await run_deletions()
    assert await _everything(user.user_id) == []


async def test_one_pending_upgrade_request_per_user_and_the_user_sees_it(app: FastAPI) -> None:
    user = await sign_up(app)

    async def ask() -> Any:
        return await user.client.post("/api/tiers/upgrade", json={"tier": "premium"}, headers=user.auth)

    answers = await asyncio.gather(*(ask() for _ in range(25)))
    assert sorted(a.status_code for a in answers) == [200] * 24 + [202]
    assert len({a.json()["id"] for a in answers}) == 1
    mine = (await user.client.get("/api/tiers/upgrade-requests", headers=user.auth)).json()["items"]
    assert [(r["id"], r["status"], r["user_id"]) for r in mine] == [(answers[0].json()["id"], "pending", user.user_id)]


async def test_after_a_decision_the_user_can_ask_again(app: FastAPI) -> None:
    user, admin = await sign_up(app), await sign_up(app, ip="198.51.100.8")
    await make_admin(admin)
    first = (await user.client.post("/api/tiers/upgrade", json={"tier": "premium"}, headers=user.auth)).json()
    rejected = await admin.client.post(f"/api/admin/tier-requests/{first['id']}/reject", headers=admin.auth)
    assert rejected.status_code == 200
    again = await user.client.post("/api/tiers/upgrade", json={"tier": "premium"}, headers=user.auth)
    assert again.status_code == 202 and again.json()["id"] != first["id"]


def test_every_document_type_written_in_the_code_is_registered() -> None:
    """A new kind of document must say who owns it (shared/store/kinds.py) before export and erasure miss it."""
    root = Path(__file__).resolve().parents[2] / "shared"
    pattern = re.compile(r"""(?:"type":\s*|type=|TYPE\s*=\s*)"([a-z_]+)\"""")
    written = {m for f in root.rglob("*.py") for m in pattern.findall(f.read_text())}
    not_documents = {"json_schema", "object", "string", "array", "number", "integer", "boolean", "text"}
    unregistered = written - set(kinds.BY_TYPE) - not_documents - {kinds.AUDIT}
    assert not unregistered, f"register these kinds in shared/store/kinds.py: {sorted(unregistered)}"
