"""The embedded queue across real processes: a message survives a SIGKILLed worker, and
several processes on one file never lease the same message twice."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from shared.queue.sqlite import SqliteQueue
from tests.support.polling import wait_until

WORKER = Path(__file__).resolve().parents[1] / "support" / "crash_worker.py"


def start(mode: str, db: Path, name: str, marker: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, str(WORKER), mode, str(db), name, str(marker)])


def wait_for(path: Path, proc: subprocess.Popen[bytes], timeout: float = 15) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.read_text():
            return path.read_text()
        if proc.poll() is not None:
            break
        time.sleep(0.02)
    proc.kill()
    proc.wait(timeout=10)
    raise AssertionError(f"worker wrote nothing to {path.name} (exit {proc.returncode})")


@pytest.mark.parametrize("mode", ["hang", "batch-hang"])
async def test_message_survives_a_killed_worker(tmp_path: Path, mode: str) -> None:
    db, body = tmp_path / "queue.sqlite3", '{"job": "analyse", "userId": "u1"}'
    queue = SqliteQueue(db)
    await queue.send("ai-jobs", body)

    crashed = start(mode, db, "ai-jobs", tmp_path / "crashed.txt")
    try:
        assert wait_for(tmp_path / "crashed.txt", crashed) == "got it"
    finally:
        crashed.send_signal(signal.SIGKILL)
        crashed.wait(timeout=10)
    assert crashed.returncode == -signal.SIGKILL
    assert await queue.receive("ai-jobs") == []  # still leased by the dead worker

    second = start("consume", db, "ai-jobs", tmp_path / "second.json")
    result = json.loads(wait_for(tmp_path / "second.json", second))
    assert second.wait(timeout=10) == 0
    assert result == {"body": body, "dequeue_count": 2}
    assert await queue.approximate_count("ai-jobs") == 0
    await queue.close()


async def test_processes_sharing_a_file_never_share_a_lease(tmp_path: Path) -> None:
    db = tmp_path / "queue.sqlite3"
    queue = SqliteQueue(db)
    sent = {await queue.send("daily-messages", f"m{i}") for i in range(600)}
    markers = [tmp_path / f"drain{i}.json" for i in range(4)]
    procs = [start("drain", db, "daily-messages", marker) for marker in markers]
    # let every interpreter start, then release them together
    wait_until(lambda: all(m.with_suffix(".ready").exists() for m in markers), timeout=30, interval=0.01)
    (tmp_path / "go").touch()
    leased: list[str] = []
    for proc, marker in zip(procs, markers, strict=True):
        leased.extend(json.loads(wait_for(marker, proc, timeout=30)))
        assert proc.wait(timeout=10) == 0
    assert len(leased) == len(set(leased)) == 600
    assert set(leased) == sent
    assert sum(1 for m in markers if json.loads(m.read_text())) > 1  # the processes really competed
    await queue.close()
