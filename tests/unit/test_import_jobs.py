"""Large imports as jobs (issue 20): a file over 1 MiB or 5,000 rows answers 202 and is imported by a queue job
from its staged copy (the message names the job, never the file), with progress and the same summary; a dry
run's staged file is imported without a second upload; staged files expire, are purged by the daily run, and
belong to the user's data (GDPR export and erasure); bad input is refused before anything is staged."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from fastapi import FastAPI

from benchmarks.bench_import import make_file
from functions.http import imports as import_routes
from shared.blobs.names import IMPORTS
from shared.bootstrap import Services, get_services
from shared.jobs import progress
from shared.jobs.service import run_job_message
from shared.maintenance.daily import run_daily_maintenance
from shared.queue import names
from tests.support.deletions import run_deletions
from tests.support.identity import User
from tests.unit.test_import_api import FIXTURES, STRONG, history, imported, onboarded, upload

BIG = "".join(make_file(6_000)).encode()  # 600 workouts, 6,001 lines: over the 5,000-row threshold


async def run_queued_jobs(services: Services) -> list[dict[str, Any]]:
    """Deliver what is on the import queue once, as the host would; the message bodies seen."""
    bodies = []
    for message in await services.queue.receive(names.IMPORT_JOBS, 32, visibility_timeout=120):
        bodies.append(json.loads(message.body))
        await run_job_message(services, message.body, names.IMPORT_JOBS, message.id)
        await services.queue.delete(names.IMPORT_JOBS, message.id, message.pop_receipt)
    return bodies


async def job_of(user: User, accepted: Any) -> dict[str, Any]:
    assert accepted.status_code == 202, accepted.text
    body = accepted.json()
    assert body["status_url"] == f"/api/jobs/{body['job_id']}"
    found = await user.client.get(body["status_url"], headers=user.auth)
    assert found.status_code == 200
    return dict(found.json())


async def finished(user: User, job_id: str) -> dict[str, Any]:
    messages = await run_queued_jobs(await get_services())
    assert [m["job_id"] for m in messages] == [job_id]
    job = (await user.client.get(f"/api/jobs/{job_id}", headers=user.auth)).json()
    assert job["status"] in {"succeeded", "failed"}, job
    return dict(job)


async def staged_blobs(user: User) -> list[str]:
    services = await get_services()
    return [info.name async for info in services.blobs.list(IMPORTS, f"{user.user_id}/")]


async def test_a_large_file_is_a_job_whose_message_names_only_the_job_and_whose_result_is_the_summary(
    app: FastAPI,
) -> None:
    user = await onboarded(app)
    accepted = await upload(user, BIG)
    queued = await job_of(user, accepted)
    assert (queued["status"], queued["kind"], queued["result"]) == ("queued", "import", None)
    services = await get_services()
    [message] = await services.queue.receive(names.IMPORT_JOBS, 32)
    assert set(json.loads(message.body)) == {"job_id", "user_id", "kind", "correlation_id"}
    assert len(message.body) < 300 and "Squat" not in message.body  # a reference, never the file
    await services.queue.release(names.IMPORT_JOBS, message.id, message.pop_receipt)
    assert len(await staged_blobs(user)) == 1

    job = await finished(user, queued["id"])
    assert job["status"] == "succeeded", job
    summary = job["result"]
    assert (summary["sessions_found"], summary["sessions_new"], summary["sets_imported"]) == (600, 600, 6000)
    assert summary["dry_run"] is False and summary["staged_id"] is None
    assert len(await history(user)) == 100  # the first page of them, as ordinary sessions
    assert await staged_blobs(user) == []  # imported: the staged copy is gone
    report = await progress.read(services.store, user.user_id, queued["id"])
    assert report is not None and (report.phase, report.done, report.total, report.percent) == (
        "writing", 600, 600, 100)  # fmt: skip

    again = await finished(user, (await job_of(user, await upload(user, BIG)))["id"])
    assert (again["result"]["sessions_new"], again["result"]["duplicates_skipped"]) == (0, 600)


async def test_the_job_path_gives_the_summary_the_request_gives(app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    inline = await imported(await onboarded(app), STRONG, "?dry_run=false")
    monkeypatch.setattr(import_routes, "SMALL_ROWS", 2)  # the same small file through the job
    user = await onboarded(app, ip="198.51.100.8")
    job = await finished(user, (await job_of(user, await upload(user, STRONG)))["id"])
    assert job["result"] == inline


async def test_a_dry_run_is_imported_from_its_staged_file_with_corrections_and_only_once(app: FastAPI) -> None:
    user = await onboarded(app)
    dry = await imported(user, STRONG, "?dry_run=true")
    assert dry["staged_id"] and dry["staged_until"] and await history(user) == []
    url = f"/api/workouts/import?staged={dry['staged_id']}&dry_run=false"
    corrections = {"mapping": (None, json.dumps({"Rowing (Machine)": "custom"}))}  # multipart, no file
    done = await user.client.post(url, files=corrections, headers=user.auth)
    assert done.status_code == 200, done.text
    summary = done.json()
    assert (summary["sessions_new"], summary["sets_imported"], summary["staged_id"]) == (2, 9, None)
    rowing = next(m for m in summary["exercises"] if m["source_name"] == "Rowing (Machine)")
    assert rowing["exercise_id"] == "custom:rowing-machine"
    assert len(await history(user)) == 2 and await staged_blobs(user) == []
    gone = await user.client.post(url, headers=user.auth)
    assert gone.status_code == 404 and "Upload it again" in gone.json()["detail"]


async def test_another_users_staged_file_is_a_404_and_a_malformed_id_too(app: FastAPI) -> None:
    owner, other = await onboarded(app), await onboarded(app, ip="198.51.100.9")
    dry = await imported(owner, STRONG, "?dry_run=true")
    for staged in (dry["staged_id"], "../../etc", "x" * 64):
        response = await other.client.post(f"/api/workouts/import?staged={staged}&dry_run=false", headers=other.auth)
        assert response.status_code == 404, response.text
    assert await history(other) == [] and len(await staged_blobs(owner)) == 1


async def test_a_large_dry_run_is_a_job_then_its_staged_file_is_imported_by_another(app: FastAPI) -> None:
    user = await onboarded(app)
    dry = await finished(user, (await job_of(user, await upload(user, BIG, "?dry_run=true")))["id"])
    assert dry["status"] == "succeeded" and dry["result"]["sessions_new"] == 600 and await history(user) == []
    staged = dry["result"]["staged_id"]
    accepted = await user.client.post(f"/api/workouts/import?staged={staged}&dry_run=false", headers=user.auth)
    done = await finished(user, (await job_of(user, accepted))["id"])
    assert done["result"]["sets_imported"] == 6000 and await staged_blobs(user) == []


async def test_what_is_not_an_export_or_too_large_is_refused_before_anything_is_staged(app: FastAPI) -> None:
    user = await onboarded(app)
    junk = b"name,age\n" + b"someone,42\n" * 200_000
    refused = await upload(user, junk)
    assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "file"
    wrong = await upload(user, BIG, "?source=hevy")
    assert wrong.status_code == 422 and wrong.json()["errors"][0]["field"] == "source"

    async def endless() -> AsyncIterator[bytes]:  # chunked, no Content-Length: refused while it streams
        yield BIG
        for _ in range(25):
            yield b"1,2025-01-01 10:00:00,Day,60,Squat (Barbell),1,100,5,,,,,\n" * 20_000

    too_large = await user.client.post("/api/workouts/import", content=endless(),
                                       headers={**user.auth, "Content-Type": "text/csv"})  # fmt: skip
    assert too_large.status_code == 413, too_large.text
    assert await staged_blobs(user) == []
    services = await get_services()
    assert await services.queue.receive(names.IMPORT_JOBS, 32) == []


async def test_staged_files_expire_are_purged_daily_and_belong_to_the_users_data(app: FastAPI) -> None:
    user = await onboarded(app)
    dry = await imported(user, STRONG, "?dry_run=true")
    exported = (await user.client.get("/api/users/me/export", headers=user.auth)).json()
    [file] = exported["files"]
    assert file["name"] == f"{dry['staged_id']}.csv" and "Bench Press (Barbell)" in file["content"]
    assert any(d["type"] == "staged_import" for d in exported["containers"]["workouts"])

    services = await get_services()
    real_clock = services.clock
    services.clock = lambda: real_clock() + timedelta(hours=25)
    try:
        url = f"/api/workouts/import?staged={dry['staged_id']}&dry_run=false"
        assert (await user.client.post(url, headers=user.auth)).status_code == 404  # expired
        assert (await run_daily_maintenance(services))["staged_files_purged"] == 1
    finally:
        services.clock = real_clock
    assert await staged_blobs(user) == []

    await imported(user, STRONG, "?dry_run=true")
    assert len(await staged_blobs(user)) == 1
    deleted = await user.client.delete("/api/users/me", headers=user.auth)
    assert deleted.status_code == 204
    await run_deletions()
    assert await staged_blobs(user) == []


async def test_a_user_keeps_at_most_five_staged_files(app: FastAPI) -> None:
    user = await onboarded(app)
    ids = [(await imported(user, STRONG, "?dry_run=true"))["staged_id"] for _ in range(7)]
    assert sorted(await staged_blobs(user)) == sorted(f"{user.user_id}/{i}.csv" for i in ids[2:])


async def test_a_job_whose_file_expired_or_whose_corrections_name_nothing_fails_with_the_reason(
    app: FastAPI,
) -> None:
    user = await onboarded(app)
    files = {"file": ("big.csv", BIG, "text/csv")}
    bad = await user.client.post("/api/workouts/import", files=files, data={"mapping": json.dumps({"Plank": "nope"})},
                                 headers=user.auth)  # fmt: skip
    failed = await finished(user, (await job_of(user, bad))["id"])
    assert failed["status"] == "failed" and "mapping.Plank" in failed["error"]

    kept = await staged_blobs(user)  # a failed import's file stays staged: it can be sent again with corrections
    assert len(kept) == 1
    accepted = await upload(user, BIG)
    queued = await job_of(user, accepted)
    services = await get_services()
    assert await services.blobs.delete(IMPORTS, f"{user.user_id}/{accepted.json()['staged_id']}.csv")
    failed = await finished(user, queued["id"])
    assert failed["status"] == "failed" and "Upload it again" in failed["error"]
    assert await history(user) == []


def test_the_fixtures_stay_small_enough_for_the_request_path() -> None:
    assert len(STRONG) < import_routes.SMALL_BYTES and FIXTURES.exists()
