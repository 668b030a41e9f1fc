"""The admin's experiment and routing-rule routes over HTTP: admins only, problem+json naming the field for a bad
split, an unknown provider or model, an end before the start or an overlap; create, list, edit, stop and results
fed by real chats; rules created, edited, listed and deleted; every change in the audit log. An experiment does not
change what a user's export holds beyond the arm label on their coach answers, and erasure leaves counters that
name nobody."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI

from shared.bootstrap import get_services
from shared.llm.gateway import gateway_for
from shared.store import containers
from shared.store.port import Query
from tests.support import store_backends
from tests.support.deletions import run_deletions
from tests.support.identity import PROFILE, make_admin, sign_up

# Every test here runs on the embedded store and on the Cosmos DB protocol server (the adapter Azure runs).
cosmos_endpoint = store_backends.cosmos_endpoint
app = store_backends.app


def experiment_body(**changes: Any) -> dict[str, Any]:
    now = datetime.now(UTC)
    return {
        "name": "concise coach", "task": "chat", "tiers": ["free"],
        "variants": [
            {"name": "control", "provider": "engine", "model": "vigor-engine", "weight": 50},
            {"name": "concise", "provider": "engine", "model": "vigor-engine", "prompt_version": "concise",
             "weight": 50},
        ],
        "starts_at": (now - timedelta(minutes=5)).isoformat(), "ends_at": (now + timedelta(days=14)).isoformat(),
        **changes,
    }  # fmt: skip


RULE = {"name": "engine mornings", "tasks": ["daily_message"], "tiers": ["free"], "contexts": ["background"],
        "provider": "engine", "model": "vigor-engine"}  # fmt: skip


async def test_users_are_refused_and_bad_experiments_are_problems_naming_the_field(app: FastAPI) -> None:
    user, admin = await sign_up(app), await sign_up(app, ip="198.51.100.8")
    for method, path in (("GET", "/api/admin/experiments"), ("POST", "/api/admin/experiments"),
                         ("GET", "/api/admin/routing-rules"), ("POST", "/api/admin/routing-rules")):  # fmt: skip
        assert (await user.client.request(method, path, json={}, headers=user.auth)).status_code == 403
    await make_admin(admin)
    c, h = admin.client, admin.auth
    variants: list[dict[str, Any]] = experiment_body()["variants"]
    now = datetime.now(UTC)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"variants": [{**variants[0], "weight": 70}, variants[1]]}, "variants"),
        ({"variants": [variants[0], {**variants[1], "provider": "nobody"}]}, "variants.1.provider"),
        ({"variants": [variants[0], {**variants[1], "model": "gpt-4o-mini"}]}, "variants.1.model"),
        ({"variants": [variants[0]]}, "variants"),
        ({"ends_at": (now - timedelta(days=1)).isoformat()}, "ends_at"),
        ({"starts_at": "2026-12-01T00:00:00"}, "starts_at"),  # no offset: whose midnight?
        ({"tiers": []}, "tiers"),
        ({"task": "poetry"}, "task"),
    ]
    for changes, field in cases:
        response = await c.post("/api/admin/experiments", json=experiment_body(**changes), headers=h)
        assert response.status_code == 422, (changes, response.text)
        assert response.headers["content-type"].startswith("application/problem+json")
        assert field in {e["field"] for e in response.json()["errors"]}, (changes, response.json())
    assert (await c.post("/api/admin/experiments", json=experiment_body(), headers=h)).status_code == 201
    overlap = await c.post("/api/admin/experiments", json=experiment_body(tiers=["premium", "free"]), headers=h)
    assert overlap.status_code == 422 and [e["field"] for e in overlap.json()["errors"]] == ["tiers"]
    bad_rule = await c.post("/api/admin/routing-rules", json={**RULE, "provider": "nobody"}, headers=h)
    assert bad_rule.status_code == 422 and bad_rule.json()["errors"][0]["field"] == "provider"
    for path in ("/api/admin/experiments/exp-0123456789ab/results", "/api/admin/experiments/exp-0123456789ab/stop"):
        method = "GET" if path.endswith("results") else "POST"
        assert (await c.request(method, path, headers=h)).status_code == 404


async def test_an_admin_runs_an_experiment_on_real_chats_and_stops_it(app: FastAPI) -> None:
    admin = await sign_up(app, ip="198.51.100.8")
    await make_admin(admin)
    c, h = admin.client, admin.auth
    created = await c.post("/api/admin/experiments", json=experiment_body(), headers=h)
    assert created.status_code == 201, created.text
    experiment = created.json()
    assert experiment["status"] == "running" and experiment["id"].startswith("exp-")
    users = [await sign_up(app, ip=f"198.51.100.{20 + i}") for i in range(6)]
    for user in users:
        assert (await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)).status_code == 200
        asked = await user.client.post("/api/ai/chat", json={"message": "How heavy should I squat?"},
                                       headers=user.auth)  # fmt: skip
        assert asked.status_code == 200, asked.text
    await gateway_for(await get_services()).drain()  # outcomes are counted off the user's wait
    results = (await c.get(f"/api/admin/experiments/{experiment['id']}/results", headers=h)).json()
    assert sum(v["requests"] for v in results["variants"]) == len(users)
    assert [v["name"] for v in results["variants"]] == ["control", "concise"] and results["min_n"] == 30
    assert results["variants"][1]["acceptance_vs_control"]["verdict"] == "not_enough_data"

    running_edit = await c.put(f"/api/admin/experiments/{experiment['id']}",
                               json={**experiment_body(), "name": "renamed"}, headers=h)  # fmt: skip
    assert running_edit.status_code == 422  # a new start time: fixed while it runs
    kept = {k: experiment[k] for k in ("task", "variants", "tiers", "starts_at", "ends_at", "description")}
    renamed = await c.put(f"/api/admin/experiments/{experiment['id']}", json={**kept, "name": "renamed"}, headers=h)
    assert renamed.status_code == 200 and renamed.json()["name"] == "renamed"
    stopped = await c.post(f"/api/admin/experiments/{experiment['id']}/stop", headers=h)
    assert stopped.status_code == 200 and stopped.json()["status"] == "stopped"
    user = users[0]
    await user.client.post("/api/ai/chat", json={"message": "And deadlifts?"}, headers=user.auth)
    await gateway_for(await get_services()).drain()
    after = (await c.get(f"/api/admin/experiments/{experiment['id']}/results", headers=h)).json()
    assert sum(v["requests"] for v in after["variants"]) == len(users)  # stopped: nothing more counts
    listed = (await c.get("/api/admin/experiments", headers=h)).json()
    assert [(e["id"], e["status"], e["name"]) for e in listed] == [(experiment["id"], "stopped", "renamed")]
    edited_after_stop = await c.put(f"/api/admin/experiments/{experiment['id']}", json={**kept, "name": "x"},
                                    headers=h)  # fmt: skip
    assert edited_after_stop.status_code == 409

    rule = await c.post("/api/admin/routing-rules", json=RULE, headers=h)
    assert rule.status_code == 201, rule.text
    rule_id = rule.json()["id"]
    changed = await c.put(f"/api/admin/routing-rules/{rule_id}", json={**RULE, "priority": 5}, headers=h)
    assert changed.status_code == 200 and changed.json()["priority"] == 5
    assert [r["id"] for r in (await c.get("/api/admin/routing-rules", headers=h)).json()] == [rule_id]
    assert (await c.delete(f"/api/admin/routing-rules/{rule_id}", headers=h)).status_code == 204
    assert (await c.delete(f"/api/admin/routing-rules/{rule_id}", headers=h)).status_code == 404
    actions = [r["action"] for r in (await c.get("/api/admin/audit-log", headers=h)).json()["items"]]
    for action in ("experiment.created", "experiment.updated", "experiment.stopped", "routing_rule.created",
                   "routing_rule.updated", "routing_rule.deleted"):  # fmt: skip
        assert action in actions


async def test_export_and_erasure_with_an_experiment(app: FastAPI) -> None:
    admin, user = await sign_up(app, ip="198.51.100.8"), await sign_up(app)
    await make_admin(admin)
    experiment = (await admin.client.post("/api/admin/experiments", json=experiment_body(), headers=admin.auth)).json()
    assert (await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)).status_code == 200
    assert (await user.client.post("/api/ai/chat", json={"message": "Hi coach"}, headers=user.auth)).is_success
    await gateway_for(await get_services()).drain()
    exported = (await user.client.get("/api/users/me/export", headers=user.auth)).json()
    answers = [d for d in exported["containers"]["ai"] if d.get("type") == "coach_message" and d["role"] != "user"]
    assert [a["experiment"].split("/")[0] for a in answers] == [experiment["id"]]  # the arm, nothing more
    assert (await user.client.delete("/api/users/me", headers=user.auth)).status_code == 204
    await run_deletions()
    store = (await get_services()).store
    everything = [d for spec in containers.ALL for d in (await store.query(spec.name, Query(limit=1000))).items]
    assert not [d for d in everything if user.user_id in json.dumps(d)]
    counters = [d for d in everything if d.get("type") == "experiment_counter"]
    assert counters and sum(int(d.get("requests", 0)) for d in counters) == 1  # the outcome stays, nameless
