"""A 404 says what is missing in the API's own words, never the store's or queue's ("document 'x' not found")."""

from __future__ import annotations

import re

import pytest
from fastapi import FastAPI

from tests.support.identity import sign_up

ADAPTER_WORDING = re.compile(r"document|cosmos|pop receipt", re.IGNORECASE)


async def test_an_unknown_job_is_no_such_job(app: FastAPI) -> None:
    user = await sign_up(app)
    missing = await user.client.get("/api/jobs/x", headers=user.auth)
    assert missing.status_code == 404
    assert missing.json()["detail"] == "No such job."
    await user.client.aclose()


@pytest.mark.parametrize("method", ["GET", "DELETE"])
async def test_no_route_passes_an_adapters_not_found_wording_through(app: FastAPI, method: str) -> None:
    user = await sign_up(app)
    answered = []
    for template, operations in app.openapi()["paths"].items():
        if "{" not in template or method.lower() not in operations:
            continue
        path = re.sub(r"\{[^}]+\}", "x", template)
        response = await user.client.request(method, path, headers=user.auth)
        if response.status_code == 404:
            answered.append(path)
            assert not ADAPTER_WORDING.search(response.json().get("detail", "")), (path, response.json())
    assert answered  # the walk reached routes that answer 404
    await user.client.aclose()
