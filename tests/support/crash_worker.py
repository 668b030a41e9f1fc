"""A queue worker process for crash tests: `python crash_worker.py MODE DB QUEUE MARKER`.

MODE `hang`: lease one message (1 s visibility), write "got it" to MARKER, sleep forever.
MODE `batch-hang`: the same through `process_batch`, with a handler that never returns.
MODE `consume`: wait up to 10 s for a message, write {"body", "dequeue_count"} as JSON to
MARKER, delete it, exit. MODE `drain`: touch MARKER.ready, wait for a file `go` next
to MARKER, then lease
messages two at a time until none arrive for 1 s (30 s leases, never deleted) and write
their ids as a JSON list to MARKER.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shared.queue.dispatch import QueueHostSettings, process_batch
from shared.queue.port import QueueMessage
from shared.queue.sqlite import SqliteQueue


async def main(mode: str, db: Path, name: str, marker: Path) -> None:
    queue = SqliteQueue(db)
    if mode == "hang":
        while not await queue.receive(name, 1, visibility_timeout=1):
            await asyncio.sleep(0.05)
        marker.write_text("got it")
        await asyncio.Event().wait()
    elif mode == "batch-hang":

        async def handler(message: QueueMessage) -> None:
            marker.write_text("got it")
            await asyncio.Event().wait()

        while not await process_batch(queue, name, handler, QueueHostSettings(batch_size=1), lease_seconds=1):
            await asyncio.sleep(0.05)
    elif mode == "consume":
        deadline = time.monotonic() + 10
        while not (got := await queue.receive(name, 1, visibility_timeout=30)) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        if got:
            marker.write_text(json.dumps({"body": got[0].body, "dequeue_count": got[0].dequeue_count}))
            await queue.delete(name, got[0].id, got[0].pop_receipt)
    elif mode == "drain":
        ids: list[str] = []
        await queue.ping()  # open the database before reporting ready
        marker.with_suffix(".ready").touch()
        while not (marker.parent / "go").exists():
            await asyncio.sleep(0.002)
        idle_since = time.monotonic()
        while time.monotonic() - idle_since < 1:
            got = await queue.receive(name, 2, visibility_timeout=30)
            ids.extend(m.id for m in got)
            idle_since = time.monotonic() if got else idle_since
        marker.write_text(json.dumps(ids))
    await queue.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4])))
