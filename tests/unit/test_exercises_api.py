"""GET /api/exercises and /api/exercises/{id} on a tiny app around the router."""

from __future__ import annotations

import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient

from functions.http.exercises import fitting_exercises, router
from shared.errors import VigorError


@pytest.fixture(scope="module")
def client() -> TestClient:
    app = FastAPI()
    app.include_router(router, prefix="/api")
    app.dependency_overrides[fitting_exercises] = lambda: None  # no profile: the catalog's own substitutions

    @app.exception_handler(VigorError)
    async def _problem(_: Request, exc: VigorError) -> JSONResponse:
        return JSONResponse({"title": exc.title, "status": exc.status, "detail": exc.detail}, status_code=exc.status)

    return TestClient(app)


def test_list_everything(client: TestClient) -> None:
    body = client.get("/api/exercises").json()
    assert len(body["items"]) >= 200 and body["next_cursor"] is None
    assert {"id", "primary_muscles", "equipment", "pattern", "instructions", "substitutions"} <= set(body["items"][0])


def test_filters_combine(client: TestClient) -> None:
    items = client.get("/api/exercises", params={"muscle": "quads", "equipment": "kettlebells", "pattern": "squat"})
    assert items.status_code == 200
    found = items.json()["items"]
    assert found and all("kettlebells" in e["equipment"] and e["pattern"] == "squat" for e in found)
    assert all("quads" in e["primary_muscles"] + e["secondary_muscles"] for e in found)
    text = client.get("/api/exercises", params={"q": "Romanian"}).json()["items"]
    assert text and all("romanian" in (e["name"] + e["instructions"]).lower() for e in text)


@pytest.mark.parametrize("param", ["muscle", "equipment", "pattern"])
def test_unknown_vocabulary_is_422(client: TestClient, param: str) -> None:
    assert client.get("/api/exercises", params={param: "nonsense"}).status_code == 422


def test_get_one_and_404(client: TestClient) -> None:
    one = client.get("/api/exercises/barbell-back-squat")
    assert one.status_code == 200 and one.json()["name"] == "Barbell back squat"
    assert one.json()["contraindications"]
    assert client.get("/api/exercises/no-such-exercise").status_code == 404


def test_operation_ids(client: TestClient) -> None:
    ops = {op["operationId"] for path in client.app.openapi()["paths"].values() for op in path.values()}  # type: ignore[attr-defined]
    assert {"listExercises", "getExercise"} <= ops


def test_substitutions_only_list_what_fits_the_caller() -> None:
    app = FastAPI()
    app.include_router(router, prefix="/api")
    fits = frozenset({"bodyweight-squat", "goblet-squat-dumbbell"})
    app.dependency_overrides[fitting_exercises] = lambda: fits
    client = TestClient(app)
    one = client.get("/api/exercises/barbell-back-squat").json()
    assert one["substitutions"] and set(one["substitutions"]) <= fits, one["substitutions"]
    for item in client.get("/api/exercises", params={"pattern": "squat"}).json()["items"]:
        assert set(item["substitutions"]) <= fits
