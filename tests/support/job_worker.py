"""A queue worker process for job crash tests: `python job_worker.py MARKER LEASE_S`.

Runs the `ai-jobs` queue of the services its environment names (VIGOR_DATA_DIR) the way the local
host does (`process_batch` + `run_job_message`), with message and job leases of LEASE_S seconds and
one job kind, `hang`, whose handler writes "running" to MARKER and never returns.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shared.bootstrap import Services, get_services
from shared.jobs import service
from shared.queue import names
from shared.queue.dispatch import QueueHostSettings, process_batch
from shared.queue.port import QueueMessage


async def main(marker: Path, lease_s: float) -> None:
    service.LEASE_SECONDS = lease_s
    services = await get_services()

    async def hang(services: Services, job: dict[str, Any]) -> dict[str, Any]:
        marker.write_text("running")
        await asyncio.Event().wait()
        return {}

    services.jobs = {"hang": hang}

    async def handle(message: QueueMessage) -> None:
        await service.run_job_message(services, message.body)

    while True:
        await process_batch(services.queue, names.AI_JOBS, handle, QueueHostSettings(batch_size=1), lease_s)
        await asyncio.sleep(0.02)


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), float(sys.argv[2])))
