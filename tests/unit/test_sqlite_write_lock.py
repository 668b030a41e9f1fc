"""The embedded store's write lock queues writers across processes (an flock beside the database)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from shared.errors import Throttled
from shared.store.sqlite_lock import WriteLock

HOLDER = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
time.sleep(float(sys.argv[2]))
"""


def _hold_in_another_process(database: Path, seconds: float) -> subprocess.Popen[str]:
    lock_file = database.with_name(database.name + ".write-lock")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock_file), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


def test_a_writer_waits_for_another_process_and_goes_on_as_soon_as_it_is_done(tmp_path: Path) -> None:
    lock = WriteLock(tmp_path / "store.sqlite3", timeout_s=5)
    holder = _hold_in_another_process(tmp_path / "store.sqlite3", 0.4)
    try:
        assert not lock.try_acquire()  # the event loop's thread never waits
        started = time.monotonic()
        with lock:
            waited = time.monotonic() - started
            assert not WriteLock(tmp_path / "store.sqlite3", timeout_s=0.05).try_acquire()
        assert 0.2 < waited < 1.5
        assert lock.try_acquire()
        lock.release()
    finally:
        holder.wait()
        lock.close()


def test_a_writer_gives_up_after_the_timeout(tmp_path: Path) -> None:
    lock = WriteLock(tmp_path / "store.sqlite3", timeout_s=0.2)
    holder = _hold_in_another_process(tmp_path / "store.sqlite3", 2)
    try:
        with pytest.raises(Throttled):
            lock.acquire()
        assert lock.try_acquire() is False
    finally:
        holder.kill()
        holder.wait()
    with lock:  # the holder's death released its lock
        pass
    lock.close()
