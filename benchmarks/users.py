"""Seed users for benchmarks that drive the local host over HTTP."""

from __future__ import annotations

import asyncio

import httpx

from tests.support.identity import PROFILE, STRONG_PASSWORD


async def register_with_profile(client: httpx.AsyncClient, email: str) -> dict[str, str]:
    """Register (waiting out the per-IP sign-up limit), save the standard profile; return the auth header."""
    while True:
        r = await client.post(
            "/api/auth/register", json={"email": email, "password": STRONG_PASSWORD, "consent_health_data": True}
        )
        if r.status_code != 429:
            break
        await asyncio.sleep(float(r.headers.get("Retry-After", "1")))
    assert r.status_code == 201, r.text
    auth = {"Authorization": f"Bearer {r.json()['access_token']}"}
    assert (await client.put("/api/users/profile", json=PROFILE, headers=auth)).status_code == 200
    return auth
