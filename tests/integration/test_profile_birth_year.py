"""The birth year is required when a profile is saved (the attacker review of issue 17: leaving it out of
PUT /api/users/profile skipped the minimum age); a profile stored before without it still loads."""

from __future__ import annotations

from fastapi import FastAPI

from shared.bootstrap import get_services
from shared.identity.records import PROFILE_ID, USERS
from tests.support.identity import PROFILE, sign_up


async def test_a_profile_without_a_birth_year_is_refused_naming_it(app: FastAPI) -> None:
    user = await sign_up(app)
    body = {k: v for k, v in PROFILE.items() if k != "birth_year"}
    refused = await user.client.put("/api/users/profile", json=body, headers=user.auth)
    assert refused.status_code == 422, refused.text
    assert any(e["field"].endswith("birth_year") for e in refused.json()["errors"])
    assert (await user.client.get("/api/users/profile", headers=user.auth)).status_code == 404  # nothing stored
    nulled = await user.client.put("/api/users/profile", json=body | {"birth_year": None}, headers=user.auth)
    assert nulled.status_code == 422
    too_young = await user.client.put("/api/users/profile", json=body | {"birth_year": 2024}, headers=user.auth)
    assert too_young.status_code == 422 and "and over" in too_young.text


async def test_a_stored_profile_without_it_loads_and_its_next_save_must_give_it(app: FastAPI) -> None:
    user = await sign_up(app)
    assert (await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)).status_code == 200
    store = (await get_services()).store
    doc = await store.read(USERS, user.user_id, PROFILE_ID)
    old = {k: v for k, v in doc.items() if not k.startswith("_")}
    old["profile"] = {k: v for k, v in old["profile"].items() if k != "birth_year"}  # saved by older code
    await store.replace(USERS, old)
    loaded = await user.client.get("/api/users/profile", headers=user.auth)
    assert loaded.status_code == 200 and loaded.json()["birth_year"] is None
    plan = await user.client.get("/api/ai/daily-message", headers=user.auth)
    assert plan.status_code < 500
    body = {k: v for k, v in loaded.json().items() if k in PROFILE and k != "birth_year"}
    assert (await user.client.put("/api/users/profile", json=body, headers=user.auth)).status_code == 422
    given = await user.client.put("/api/users/profile", json=body | {"birth_year": 1985}, headers=user.auth)
    assert given.status_code == 200 and given.json()["birth_year"] == 1985
