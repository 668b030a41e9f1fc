"""Issue 20's import, export and custom exercises over HTTP, through the local host, on both store adapters
(the embedded SQLite store and the Cosmos DB protocol server): a multipart upload with a correction, the
same file again adding nothing, records from the imported sets, the export read back, a merge."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from benchmarks.bench_import import make_file
from tests.support.azurite import azurite_blob, azurite_queue
from tests.support.cosmos_server import KEY, cosmos_server
from tests.support.identity import STRONG_PASSWORD
from tests.support.local_host import LocalHost, start_local_host

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


@pytest.fixture(
    scope="module",
    params=[
        "sqlite",
        pytest.param("cosmos", marks=pytest.mark.cosmos),
        pytest.param("azurite", marks=pytest.mark.azurite),
    ],
)
def host(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalHost]:
    data = tmp_path_factory.mktemp(f"imports-{request.param}")
    if request.param == "sqlite":
        running = start_local_host(data)
        yield running
        assert running.stop() == 0, running.log()
        return
    if request.param == "azurite":  # Storage queues and blobs (staged files) on Azurite, one connection string
        with azurite_queue() as queues, azurite_blob() as blobs:
            blob_endpoint = blobs.split("BlobEndpoint=")[1]
            running = start_local_host(data, env={"AzureWebJobsStorage": f"{queues}BlobEndpoint={blob_endpoint}"})
            yield running
            assert running.stop() == 0, running.log()
        return
    with cosmos_server() as endpoint:
        env = {"COSMOS_ENDPOINT": endpoint, "COSMOS_KEY": KEY, "COSMOS_VERIFY_TLS": "false",
               "COSMOS_DATABASE": f"imports-{uuid.uuid4().hex[:8]}"}  # fmt: skip
        running = start_local_host(data, env=env)
        yield running
        assert running.stop() == 0, running.log()


def sign_up(api: httpx.Client) -> dict[str, str]:
    body = {"email": f"imports-{time.time_ns()}@example.com", "password": STRONG_PASSWORD, "consent_health_data": True}
    response = api.post("/api/auth/register", json=body)
    assert response.status_code == 201, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def test_import_export_and_custom_exercises_on_this_store(host: LocalHost) -> None:
    with httpx.Client(base_url=host.base_url, timeout=60) as api:
        auth = sign_up(api)
        legacy = (FIXTURES / "strong_legacy_semicolon.csv").read_bytes()
        files = {"file": ("strong.csv", legacy, "text/csv")}
        first = api.post("/api/workouts/import", files=files, data={"mapping": json.dumps({"Plank": "side-plank"})},
                         headers=auth)  # fmt: skip
        assert first.status_code == 200, first.text
        summary = first.json()
        assert (summary["sessions_new"], summary["custom_created"]) == (2, ["custom:sled-push"])
        again = api.post("/api/workouts/import", content=legacy, headers={**auth, "Content-Type": "text/csv"})
        assert again.status_code == 200 and again.json()["duplicates_skipped"] == 2, again.text

        progress = api.get("/api/workouts/progress?weeks=104", headers=auth).json()
        assert ("barbell-back-squat", "e1rm") in {(r["exercise_id"], r["kind"]) for r in progress["personal_records"]}

        exported = api.get("/api/workouts/export.csv", headers=auth)
        assert exported.status_code == 200 and "Sled Push" in exported.text
        back = api.post("/api/workouts/import", content=exported.content, headers={**auth, "Content-Type": "text/csv"})
        assert back.status_code == 200 and back.json()["sets_imported"] == 0, back.text

        renamed = api.put("/api/exercises/custom/custom:sled-push", json={"name": "Prowler"}, headers=auth)
        assert renamed.status_code == 200, renamed.text
        merged = api.delete("/api/exercises/custom/custom:sled-push?merge_into=leg-press", headers=auth)
        assert merged.status_code == 204, merged.text
        sessions = api.get("/api/workouts/sessions", headers=auth).json()["items"]
        ids = {e["exercise_id"] for s in sessions for e in s["exercises"]}
        assert "custom:sled-push" not in ids and {"leg-press", "side-plank"} <= ids
        assert api.get("/api/exercises/custom", headers=auth).json()["items"] == []


def test_a_large_file_is_imported_by_a_job_with_progress_and_the_summary(host: LocalHost) -> None:
    big = "".join(make_file(6_000)).encode()
    with httpx.Client(base_url=host.base_url, timeout=60) as api:
        auth = sign_up(api)
        accepted = api.post("/api/workouts/import", content=big, headers={**auth, "Content-Type": "text/csv"})
        assert accepted.status_code == 202, accepted.text
        seen: set[str] = set()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            job = api.get(accepted.json()["status_url"], headers=auth).json()
            seen.add(job["status"])
            if job["progress"]:
                seen.add(job["progress"]["phase"])
            if job["status"] in {"succeeded", "failed"}:
                break
            time.sleep(0.05)
        assert job["status"] == "succeeded", (job, host.log())
        assert (job["result"]["sessions_new"], job["result"]["sets_imported"]) == (600, 6000)
        assert job["progress"] is None and "running" in seen
        listed = api.get("/api/workouts/sessions?limit=100", headers=auth).json()["items"]
        assert len(listed) == 100
        staged = api.post(f"/api/workouts/import?staged={accepted.json()['staged_id']}", headers=auth)
        assert staged.status_code == 404  # imported: the staged copy is gone
