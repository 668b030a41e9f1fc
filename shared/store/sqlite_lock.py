"""The embedded store's write lock: one writer at a time across this process's threads and other processes.

SQLite lets one writer in at a time; a writer that finds the database locked sleeps and retries
(1, 2, 5, 10 ms... in its busy handler). With two local host processes logging sessions at once,
those sleeps were tens of milliseconds per log (p99 ~160 ms). Writers now queue here first: on a
thread lock within the process, then on an advisory lock (flock) of a file beside the database,
polled at a fraction of a millisecond, so SQLite's own lock is free by the time a writer begins.
A process that dies releases its flock with its file descriptor; one that hangs holding it makes
the others give up after the busy timeout, as SQLite's lock would.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from pathlib import Path

from shared.errors import Throttled

FIRST_POLL_S = 0.00005
MAX_POLL_S = 0.001


class WriteLock:
    def __init__(self, database: Path, timeout_s: float) -> None:
        self._path = database.with_name(database.name + ".write-lock")
        self._timeout_s = timeout_s
        self._thread = threading.Lock()
        self._fd: int | None = None

    def _file(self) -> int:
        if self._fd is None:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        return self._fd

    def _flock(self) -> bool:
        try:
            fcntl.flock(self._file(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def try_acquire(self) -> bool:
        """Take the lock only if nobody holds it (for the event loop's thread, which must not wait)."""
        if not self._thread.acquire(blocking=False):
            return False
        if self._flock():
            return True
        self._thread.release()
        return False

    def acquire(self) -> None:
        """Wait for the lock (on a store thread); Throttled after the timeout."""
        deadline = time.monotonic() + self._timeout_s
        if not self._thread.acquire(timeout=self._timeout_s):
            raise Throttled("the document database is busy", retry_after=1.0)
        delay = FIRST_POLL_S
        while not self._flock():
            if time.monotonic() > deadline:
                self._thread.release()
                raise Throttled("the document database is busy", retry_after=1.0)
            time.sleep(delay)
            delay = min(MAX_POLL_S, delay * 2)

    def release(self) -> None:
        fcntl.flock(self._file(), fcntl.LOCK_UN)
        self._thread.release()

    def __enter__(self) -> WriteLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
