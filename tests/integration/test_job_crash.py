"""A job whose worker is killed -9 mid-run resumes within one short lease (issue 16, item 4: a plan job
stayed "queued" for 5.5 minutes behind a 300 s lease)."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from shared.bootstrap import Services, close_services, get_services
from shared.jobs import service
from shared.queue import names
from shared.queue.dispatch import QueueHostSettings, process_batch
from shared.queue.port import QueueMessage
from shared.store import containers

WORKER = Path(__file__).resolve().parents[1] / "support" / "job_worker.py"
LEASE_S = 1.0  # the worker's and ours; production runs 30 s leases, so the same takes under a minute there


async def test_a_job_whose_worker_was_killed_resumes_within_a_lease(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(service, "LEASE_SECONDS", LEASE_S)
    services = await get_services()
    runs: list[int] = []

    async def finish(services: Services, job: dict[str, Any]) -> dict[str, Any]:
        runs.append(int(job["attempts"]))
        return {"ok": True}

    services.jobs = {"hang": finish}
    job = await service.create_job(services, "user-1", "hang", {})
    marker = tmp_path / "running.txt"
    proc = subprocess.Popen([sys.executable, str(WORKER), str(marker), str(LEASE_S)])
    try:
        deadline = time.monotonic() + 30
        while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        assert marker.exists(), f"the worker never ran the job (exit {proc.poll()})"
        await asyncio.sleep(3 * LEASE_S)  # it keeps both leases renewed while it runs...
        assert (await services.queue.receive(names.AI_JOBS)) == []
        running = await services.store.read(containers.AI.name, "user-1", job["id"])
        assert running["status"] == "running" and service.lease_held(running)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    killed = time.monotonic()

    async def handle(message: QueueMessage) -> None:  # the restarted host's worker
        await service.run_job_message(services, message.body)

    settings = QueueHostSettings(batch_size=1, visibility_timeout_s=LEASE_S / 2)
    while (await services.store.read(containers.AI.name, "user-1", job["id"]))["status"] != "succeeded":
        assert time.monotonic() - killed < 10 * LEASE_S, "the job did not resume"
        await process_batch(services.queue, names.AI_JOBS, handle, settings, lease_seconds=LEASE_S)
        await asyncio.sleep(0.02)
    resumed_after = time.monotonic() - killed
    assert runs == [2] and resumed_after < 3 * LEASE_S + 1  # about one lease: the message's, then the job's
    assert await services.queue.approximate_count(names.AI_JOBS) == 0
    print(f"resumed {resumed_after:.2f} s after the kill (leases of {LEASE_S} s)")
    await close_services()
