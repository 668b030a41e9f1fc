"""The access token in `X-Vigor-Authorization` (the web app) or `Authorization` (other clients).

Behind an Azure Static Web App the linked backend receives the platform's own token in `Authorization`,
so when both headers are present `X-Vigor-Authorization` must win, whichever of the two is valid."""

from __future__ import annotations

import jwt
from fastapi import FastAPI

from tests.support.identity import sign_up

# What a Static Web App puts in `Authorization`: a JWT, but signed by someone else for someone else.
PLATFORM_TOKEN = "Bearer " + jwt.encode({"sub": "swa-platform", "aud": "functions"}, "not-vigors-key" * 4)


async def test_the_web_apps_header_signs_in_even_with_a_platform_token_in_authorization(app: FastAPI) -> None:
    user = await sign_up(app)
    me = await user.client.get(
        "/api/users/me", headers={"Authorization": PLATFORM_TOKEN, "X-Vigor-Authorization": f"Bearer {user.token}"}
    )
    assert me.status_code == 200, me.text
    assert me.json()["id"] == user.user_id and me.json()["email"] == user.email


async def test_either_header_alone_signs_in(app: FastAPI) -> None:
    user = await sign_up(app)
    for header in ("Authorization", "X-Vigor-Authorization", "x-vigor-authorization"):
        me = await user.client.get("/api/users/me", headers={header: f"Bearer {user.token}"})
        assert me.status_code == 200, (header, me.text)
        assert me.json()["id"] == user.user_id


async def test_x_vigor_authorization_wins_even_when_it_is_the_bad_one(app: FastAPI) -> None:
    user = await sign_up(app)
    for bad in ("Bearer not-a-token", "", "Basic abc"):
        me = await user.client.get(
            "/api/users/me", headers={"X-Vigor-Authorization": bad, "Authorization": f"Bearer {user.token}"}
        )
        assert me.status_code == 401, (bad, me.text)
        assert me.headers["content-type"].startswith("application/problem+json")


async def test_an_unauthenticated_answer_names_the_header(app: FastAPI) -> None:
    user = await sign_up(app)
    for headers in ({}, {"Authorization": PLATFORM_TOKEN.replace("Bearer ", "Token ")}):
        me = await user.client.get("/api/users/me", headers=headers)
        assert me.status_code == 401
        assert me.headers["www-authenticate"].startswith("Bearer")
        assert "`X-Vigor-Authorization: Bearer <access token>`" in me.json()["detail"]


async def test_the_schema_offers_both_headers_wherever_a_token_is_needed(app: FastAPI) -> None:
    schema = app.openapi()
    schemes = schema["components"]["securitySchemes"]
    assert schemes["VigorAuthorization"] == schemes["VigorAuthorization"] | {
        "type": "apiKey",
        "in": "header",
        "name": "X-Vigor-Authorization",
    }
    assert schemes["HTTPBearer"]["scheme"] == "bearer"
    secured = [op for ops in schema["paths"].values() for op in ops.values() if op.get("security")]
    assert len(secured) > 50
    assert all(op["security"] == [{"VigorAuthorization": []}, {"HTTPBearer": []}] for op in secured)
    assert "security" not in schema["paths"]["/api/auth/login"]["post"]


async def test_a_token_header_sent_twice_is_refused_by_name(app: FastAPI) -> None:
    user = await sign_up(app)
    mine = f"Bearer {user.token}"
    for header in ("Authorization", "X-Vigor-Authorization"):
        for second in (mine, PLATFORM_TOKEN):  # the same token twice is as ambiguous as two tokens
            me = await user.client.get("/api/users/me", headers=[(header, mine), (header, second)])
            assert me.status_code == 401, (header, me.text)
            assert me.json()["detail"].startswith(f"`{header}` was sent 2 times"), me.json()
            assert me.headers["www-authenticate"].startswith("Bearer")
    # Each once, as behind the Static Web App, still signs in.
    both = [("Authorization", PLATFORM_TOKEN), ("X-Vigor-Authorization", mine)]
    assert (await user.client.get("/api/users/me", headers=both)).status_code == 200
