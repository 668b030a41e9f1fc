"""The local host over HTTP: the API, the web app with SPA fallback, the queue worker, clean shutdown."""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from shared.queue import names
from shared.queue.sqlite import SqliteQueue
from shared.store import containers
from shared.store.sqlite import SqliteDocumentStore
from tests.support.local_host import ROOT, LocalHost, start_local_host
from tests.support.polling import wait_until


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalHost]:
    static = tmp_path_factory.mktemp("static")
    (static / "index.html").write_text("<!doctype html><title>Vigor web</title><div id=root></div>")
    (static / "assets").mkdir()
    (static / "assets" / "app.js").write_text("console.log('vigor')")
    (static / "assets" / "index-AbC123.js").write_text("export const vigor = 'strong';\n" * 200)
    running = start_local_host(tmp_path_factory.mktemp("data"), env={"VIGOR_STATIC_DIR": str(static)})
    yield running
    assert running.stop() == 0, running.log()
    assert "Vigor stopped" in running.log()


def test_ready_and_health_answer(host: LocalHost) -> None:
    ready = httpx.get(f"{host.base_url}/api/health/ready")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ready", "checks": {"store": "ok", "queue": "ok", "blobs": "ok"}}
    health = httpx.get(f"{host.base_url}/api/health")
    assert health.json() == {"status": "ok"}
    assert health.headers["x-request-id"]


def test_web_app_is_served_with_spa_fallback(host: LocalHost) -> None:
    root = httpx.get(f"{host.base_url}/")
    assert root.status_code == 200 and "Vigor web" in root.text
    deep_link = httpx.get(f"{host.base_url}/plan/some-plan-id")
    assert deep_link.status_code == 200 and "Vigor web" in deep_link.text
    asset = httpx.get(f"{host.base_url}/assets/app.js")
    assert asset.status_code == 200 and "vigor" in asset.text
    assert "immutable" in asset.headers["cache-control"]
    assert httpx.get(f"{host.base_url}/assets/missing.js").status_code == 404
    assert httpx.get(f"{host.base_url}/../../etc/passwd").status_code in {200, 404}  # never a file outside root


def test_static_files_are_gzipped_with_immutable_caching_for_hashed_assets(host: LocalHost) -> None:
    # A first visit downloads the entry script compressed, and never again until a new build renames it.
    plain = httpx.get(f"{host.base_url}/assets/index-AbC123.js", headers={"Accept-Encoding": "identity"})
    assert plain.status_code == 200 and "content-encoding" not in plain.headers
    with httpx.stream("GET", f"{host.base_url}/assets/index-AbC123.js", headers={"Accept-Encoding": "gzip"}) as raw:
        wire = b"".join(raw.iter_raw())
        assert raw.headers["content-encoding"] == "gzip"
        assert raw.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert raw.headers["vary"] == "Accept-Encoding"
        assert "javascript" in raw.headers["content-type"]
        assert len(wire) < len(plain.content) / 10
    assert gzip.decompress(wire) == plain.content
    # index.html names the current build's files, so the browser asks again every time.
    for path in ("/", "/index.html", "/progress"):
        page = httpx.get(f"{host.base_url}{path}", headers={"Accept-Encoding": "gzip"})
        assert page.headers["cache-control"] == "no-cache" and "Vigor web" in page.text


def test_unknown_api_route_is_problem_json_not_the_web_app(host: LocalHost) -> None:
    response = httpx.get(f"{host.base_url}/api/nothing-here")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == 404


def test_oversized_body_gets_413(host: LocalHost) -> None:
    response = httpx.post(f"{host.base_url}/api/health", content=b"x" * 400_000)
    assert response.status_code == 413
    assert response.json()["title"] == "Request body too large"


def test_worker_delivers_queue_messages_to_the_queue_function(host: LocalHost) -> None:
    job_id = uuid.uuid4().hex

    async def enqueue() -> None:
        store = SqliteDocumentStore(host.data_dir / "store.sqlite3", containers.ALL)
        queue = SqliteQueue(host.data_dir / "queue.sqlite3")
        await store.initialize()
        job = {"id": job_id, "userId": "u-1", "type": "job", "kind": "no-such-kind", "status": "queued", "attempts": 0}
        await store.create(containers.AI.name, job)
        await queue.send(names.AI_JOBS, json.dumps({"job_id": job_id, "user_id": "u-1"}))
        await store.close()
        await queue.close()

    async def job_status() -> dict[str, Any]:
        store = SqliteDocumentStore(host.data_dir / "store.sqlite3", containers.ALL)
        try:
            return await store.read(containers.AI.name, "u-1", job_id)
        finally:
            await store.close()

    def failed_job() -> dict[str, Any] | None:
        job = asyncio.run(job_status())
        return job if job["status"] == "failed" else None

    asyncio.run(enqueue())
    job = wait_until(failed_job, timeout=15, interval=0.1, what="the job being marked failed")
    assert "Unknown job kind" in job["error"]
    assert f"queue {names.AI_JOBS} message" in host.log()


def test_one_log_line_per_request(host: LocalHost) -> None:
    httpx.get(f"{host.base_url}/api/health")
    wait_until(lambda: "GET /api/health -> 200" in host.log(), what="the request's log line")


def test_two_instances_run_side_by_side(host: LocalHost, tmp_path: Path) -> None:
    second = start_local_host(tmp_path / "second")
    try:
        assert httpx.get(f"{second.base_url}/api/health/ready").status_code == 200
        assert httpx.get(f"{host.base_url}/api/health/ready").status_code == 200
        assert second.base_url != host.base_url
    finally:
        assert second.stop() == 0


def test_invalid_configuration_fails_at_start_naming_the_setting(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "shared.cli", "serve"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "VIGOR_PORT": "not-a-port", "VIGOR_DATA_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "VIGOR_PORT" in result.stderr


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found |= {int(p) for p in (task / "children").read_text().split()}
    return found


def _wait_for(condition: Callable[[], bool], timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def _python_children(pid: int) -> set[int]:
    """Worker processes (multiprocessing may add helpers; they are Python too, but not `spawn_main` workers)."""
    return {c for c in _children(pid) if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()}


def test_worker_processes_share_the_port_are_restarted_and_stop_with_the_host(tmp_path: Path) -> None:
    host = start_local_host(tmp_path, env={"VIGOR_WORKERS": "3"})
    try:
        assert _wait_for(lambda: len(_python_children(host.process.pid)) == 2), host.log()
        assert "3 worker processes" in host.log()
        # a new connection each time: any process may answer
        statuses = {httpx.get(f"{host.base_url}/api/health/ready").status_code for _ in range(30)}
        assert statuses == {200}
        victim = min(_python_children(host.process.pid))
        os.kill(victim, signal.SIGKILL)
        assert _wait_for(lambda: len(_python_children(host.process.pid) - {victim}) == 2), host.log()
        assert f"worker process {victim} exited" in host.log()
        workers = _python_children(host.process.pid)
        assert httpx.get(f"{host.base_url}/api/health/ready").status_code == 200
    finally:
        assert host.stop() == 0, host.log()
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()], "worker processes outlived the host"
