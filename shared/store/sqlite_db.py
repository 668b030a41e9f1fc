"""The SQLite file behind SqliteDocumentStore: connections, threads, transactions, retries.

Threading model: a small dedicated thread pool, one connection per thread, so the
event loop never waits on SQLite. WAL lets readers run in parallel with the writer.
Writers take the store's write lock first, which queues them across this process's threads
and across processes (`shared.store.sqlite_lock`) instead of sleeping in SQLite's busy
handler; a writer that does not take it is still held off by `BEGIN IMMEDIATE` plus a busy
timeout, then a few retries, then Throttled.

One exception, measured: point reads (a primary-key lookup, ~30 us) run on the caller's
thread through a connection with no busy timeout. A thread hop costs the loop more CPU
than the lookup and, on a busy 2-core machine, two scheduler wake-ups (p99 ~5 ms). If
that connection would wait on a lock (SQLITE_BUSY), the read goes to the pool instead.

The same holds for small single-row writes when commits do not fsync (synchronous=NORMAL;
a commit is then a WAL append, ~50-150 us, while a hop costs ~150 us of CPU plus GIL and
scheduler wake-ups, measured for the LLM gateway). `write_inline` runs one on the caller's
thread only if it can take this process's write lock without waiting and SQLite's lock
without a busy wait; otherwise it goes to the pool as before.

No connection checkpoints inside its commit (a checkpoint fsyncs): every `CHECKPOINT_EVERY`
commits, a passive checkpoint is handed to the pool, one at a time. It neither holds the write
lock nor sends writes to the pool while it runs: measured under a write-heavy load, writers
queued behind each checkpoint's fsync for tens of milliseconds (log p99 ~490 ms), and a
passive checkpoint does not need them to wait.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Literal, TypeVar

from shared.errors import Throttled, Unavailable
from shared.store.sqlite_lock import WriteLock

PRIVATE_MODE = 0o600  # like the signing key: a store holds password hashes and health data


def make_private(path: Path) -> None:
    """Create the database file owner-only (0600) before SQLite opens it, and tighten an existing one.

    SQLite gives its -wal and -shm files the database file's permissions, so they follow; any
    left over from an older run are tightened too. POSIX only: Windows ignores the mode bits.
    An existing file is never opened here: closing any descriptor of a file drops every POSIX lock
    this process holds on it, so SQLite connections already open in the process would lose theirs.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR, PRIVATE_MODE))
    except FileExistsError:
        pass
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if file.stat().st_mode & 0o077:
                file.chmod(PRIVATE_MODE)
        except FileNotFoundError:
            pass


T = TypeVar("T")

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    container TEXT NOT NULL,
    pk TEXT NOT NULL,
    id TEXT NOT NULL,
    body TEXT NOT NULL,
    etag TEXT NOT NULL,
    ts INTEGER NOT NULL,
    expires_at REAL,
    doc_type TEXT GENERATED ALWAYS AS (json_extract(body, '$.type')) VIRTUAL,
    PRIMARY KEY (container, pk, id)
);
CREATE INDEX IF NOT EXISTS documents_expiry ON documents (expires_at) WHERE expires_at IS NOT NULL;
"""
# Vigor's documents carry a `type` discriminator and most queries filter on it within one partition
# (a user's plans among thousands of sessions): an index on it keeps those queries independent of
# how much else the partition holds. Files made before the column existed get it added.
TYPE_INDEX = """
CREATE INDEX IF NOT EXISTS documents_type ON documents (container, pk, doc_type);
"""
ADD_TYPE_COLUMN = (
    "ALTER TABLE documents ADD COLUMN doc_type TEXT GENERATED ALWAYS AS (json_extract(body, '$.type')) VIRTUAL"
)
# An account's `last_active` day (`identity.activity`): the daily retention run finds accounts inactive for years
# with a range on it across every partition (`maintenance.retention`), which without an index would read every
# user. Only string values (Cosmos DB compares a string range with strings only); a partial index, accounts only.
ADD_LAST_ACTIVE_COLUMN = (
    "ALTER TABLE documents ADD COLUMN last_active TEXT GENERATED ALWAYS AS (CASE WHEN json_type(body, "
    "'$.last_active') = 'text' THEN json_extract(body, '$.last_active') END) VIRTUAL"
)
LAST_ACTIVE_INDEX = """
CREATE INDEX IF NOT EXISTS documents_last_active ON documents (container, last_active) WHERE last_active IS NOT NULL;
"""
# A profile's daily-message send slot (`shared/profile/message_slot.py`): the hourly timer reads the profiles of one
# UTC hour across every partition, which without an index would read every user each hour. Integers only.
ADD_DAILY_SLOT_COLUMN = (
    "ALTER TABLE documents ADD COLUMN daily_slot INTEGER GENERATED ALWAYS AS (CASE WHEN json_type(body, "
    "'$.daily_slot') = 'integer' THEN json_extract(body, '$.daily_slot') END) VIRTUAL"
)
DAILY_SLOT_INDEX = """
CREATE INDEX IF NOT EXISTS documents_daily_slot ON documents (container, daily_slot) WHERE daily_slot IS NOT NULL;
"""
# The push reminders' slot on the notification preferences (`shared/notifications/reminder_slots.py`), the same way.
ADD_PUSH_SLOT_COLUMN = (
    "ALTER TABLE documents ADD COLUMN push_slot INTEGER GENERATED ALWAYS AS (CASE WHEN json_type(body, "
    "'$.push_slot') = 'integer' THEN json_extract(body, '$.push_slot') END) VIRTUAL"
)
PUSH_SLOT_INDEX = """
CREATE INDEX IF NOT EXISTS documents_push_slot ON documents (container, push_slot) WHERE push_slot IS NOT NULL;
"""


CHECKPOINT_EVERY = 128
INLINE_LOCK_WAIT_S = 0.002
INLINE_LOCK_POLL_S = 0.00005
INLINE_LOCK_POLL_MAX_S = 0.0004
WAL_RESTART_FRAMES = 1024  # 4 MB of 4 KB pages


def _contains(value: object, needle: str) -> bool:
    return isinstance(value, str) and needle in value.lower()


def _startswith(value: object, prefix: str) -> bool:
    return isinstance(value, str) and value.lower().startswith(prefix)


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


class SqliteDatabase:
    """Runs functions of a connection on the store's threads, reads or write transactions."""

    def __init__(
        self,
        path: Path,
        workers: int = 4,
        busy_timeout: float = 5.0,
        attempts: int = 3,
        synchronous: Literal["NORMAL", "FULL"] = "NORMAL",
    ) -> None:
        self.path = path
        self._busy_timeout = busy_timeout
        self._attempts = attempts
        self._synchronous = synchronous
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="sqlite-store")
        self._local = threading.local()
        self._conns: list[sqlite3.Connection] = []
        self._guard = threading.Lock()
        self._write_lock = WriteLock(path, busy_timeout)
        self._closed = False
        self._commits = 0
        self._checkpoints: set[asyncio.Future[None]] = set()

    @property
    def inline_writes(self) -> bool:
        """Whether `write_inline` may commit on the caller's thread (only when commits do not fsync)."""
        return self._synchronous == "NORMAL"

    async def read(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        return await self._submit(fn, write=False)

    async def read_inline(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run a short, index-bounded read on this thread; fall back to the pool if it would wait."""
        if self._closed:
            raise Unavailable("document store is closed")
        conn: sqlite3.Connection | None = getattr(self._local, "inline", None)
        if conn is None:
            conn = await self._submit(lambda _pool_conn: self._open(busy_timeout=0.0), write=False)
            self._local.inline = conn
        try:
            return fn(conn)
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc):
                raise Unavailable(f"sqlite: {exc}") from exc
        except sqlite3.DatabaseError as exc:
            raise Unavailable(f"sqlite: {exc}") from exc
        return await self.read(fn)

    async def write_inline(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """`write(fn)` on this thread when neither lock is contended (see the module docstring); else on the pool."""
        if self._closed:
            raise Unavailable("document store is closed")
        if not self.inline_writes:
            return await self.write(fn)
        conn: sqlite3.Connection | None = getattr(self._local, "inline_writer", None)
        if conn is None:
            conn = await self._submit(lambda _pool: self._open(busy_timeout=0.0), write=False)
            self._local.inline_writer = conn
        if not self._lock_inline():
            return await self.write(fn)
        try:
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc):
                    raise Unavailable(f"sqlite: {exc}") from exc
                busy = True  # another process is writing: wait for it on the pool, not here
            else:
                busy = False
                try:
                    result = fn(conn)
                    conn.execute("COMMIT")
                except BaseException as exc:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    if isinstance(exc, sqlite3.DatabaseError):
                        raise Unavailable(f"sqlite: {exc}") from exc
                    raise
        finally:
            self._write_lock.release()
        if busy:
            return await self.write(fn)
        self._committed()
        return result

    def _lock_inline(self) -> bool:
        """Take the write lock for an inline write, waiting on this thread while another writer (usually
        another process, for the ~0.2 ms of its transaction) holds it; False after INLINE_LOCK_WAIT_S.

        Measured with two local host processes under the mixed load: one write in seven found the lock
        held. Going to the pool at once (a thread hop, a GIL hand-over) or yielding to the loop (behind
        every request that is ready to run) put tens of milliseconds into some of those writes; the
        holder is done sooner than either."""
        if self._write_lock.try_acquire():
            return True
        deadline = time.monotonic() + INLINE_LOCK_WAIT_S
        pause = INLINE_LOCK_POLL_S
        while time.monotonic() < deadline:
            time.sleep(pause)
            if self._write_lock.try_acquire():
                return True
            pause = min(pause * 2, INLINE_LOCK_POLL_MAX_S)  # each poll is a system call and a wake-up
        return False

    def _committed(self) -> None:
        """Count a commit; every CHECKPOINT_EVERY, hand a checkpoint to the pool (one at a time)."""
        self._commits += 1
        if self._commits % CHECKPOINT_EVERY == 0 and not self._checkpoints:
            done = asyncio.ensure_future(self._submit(self._checkpoint, write=False))
            self._checkpoints.add(done)
            done.add_done_callback(self._checkpoints.discard)

    def _checkpoint(self, conn: sqlite3.Connection) -> None:
        """Checkpoint on a pool thread. A passive checkpoint copies what the WAL holds when it starts
        while writers go on appending (it waits for nobody), but under steady writes it never catches
        up, and the WAL is only rewound when one has: it grew to 64 MB in a minute of the mixed-load
        benchmark, and reads slowed with it. So once the WAL holds WAL_RESTART_FRAMES, writers of every
        process wait (on the write lock) while a restart checkpoint copies the little the passive one
        left and rewinds the WAL."""
        _busy, frames, _copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        if frames > WAL_RESTART_FRAMES:  # frames in use, not the file's size: a restart rewinds without truncating
            with self._write_lock:
                conn.execute("PRAGMA wal_checkpoint(RESTART)").fetchall()

    async def run(self, fn: Callable[[], T]) -> T:
        """Run CPU work (no connection) on the pool."""
        return await self._submit(lambda _conn: fn(), write=False)

    async def write(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run `fn` inside one BEGIN IMMEDIATE transaction; any exception rolls it back."""
        return await self._submit(fn, write=True)

    async def close(self) -> None:
        self._closed = True
        loop = asyncio.get_running_loop()
        pending = [f for f in self._checkpoints if f.get_loop() is loop]  # another loop's never finishes here
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
        await asyncio.to_thread(self._executor.shutdown, wait=True)
        with self._guard:
            for conn in self._conns:
                conn.close()
            self._conns.clear()
        self._write_lock.close()

    async def _submit(self, fn: Callable[[sqlite3.Connection], T], write: bool) -> T:
        if self._closed:
            raise Unavailable("document store is closed")
        loop = asyncio.get_running_loop()
        try:
            result = await loop.run_in_executor(self._executor, self._call, fn, write)
        except RuntimeError as exc:  # executor shut down under us
            raise Unavailable(f"document store is closed: {exc}") from None
        if write:
            self._committed()
        return result

    def _call(self, fn: Callable[[sqlite3.Connection], T], write: bool) -> T:
        delay = 0.01
        for attempt in range(self._attempts):
            try:
                conn = self._connection()
                return self._transaction(conn, fn) if write else fn(conn)
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc):
                    raise Unavailable(f"sqlite: {exc}") from exc
                if attempt + 1 < self._attempts:
                    time.sleep(delay)
                    delay *= 4
            except sqlite3.DatabaseError as exc:
                raise Unavailable(f"sqlite: {exc}") from exc
        raise Throttled("the document database is busy", retry_after=1.0)

    def _transaction(self, conn: sqlite3.Connection, fn: Callable[[sqlite3.Connection], T]) -> T:
        with self._write_lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = fn(conn)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            return result

    def _connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._open()
            self._local.conn = conn
        return conn

    def _open(self, busy_timeout: float | None = None) -> sqlite3.Connection:
        """A configured connection; the first one per thread also creates the schema."""
        make_private(self.path)
        timeout = self._busy_timeout if busy_timeout is None else busy_timeout
        conn = sqlite3.connect(
            self.path, timeout=timeout, isolation_level=None, check_same_thread=False, cached_statements=256
        )
        try:
            conn.execute(f"PRAGMA synchronous={self._synchronous}")
            # No connection checkpoints inside its commit (an fsync while holding the write lock, every
            # writer of every process waiting behind it): `_committed` schedules them off the write path.
            conn.execute("PRAGMA wal_autocheckpoint=0")
            if busy_timeout is None:  # the inline reader is opened after a pool connection made the file
                conn.execute("PRAGMA journal_mode=WAL")
                with self._write_lock:
                    conn.executescript(SCHEMA)
                    columns = {row[1] for row in conn.execute("PRAGMA table_xinfo(documents)")}
                    if "doc_type" not in columns:
                        conn.execute(ADD_TYPE_COLUMN)
                    if "last_active" not in columns:
                        conn.execute(ADD_LAST_ACTIVE_COLUMN)
                    if "daily_slot" not in columns:
                        conn.execute(ADD_DAILY_SLOT_COLUMN)
                    if "push_slot" not in columns:
                        conn.execute(ADD_PUSH_SLOT_COLUMN)
                    conn.executescript(TYPE_INDEX + LAST_ACTIVE_INDEX + DAILY_SLOT_INDEX + PUSH_SLOT_INDEX)
        except BaseException:
            conn.close()
            raise
        conn.create_function("vigor_contains", 2, _contains, deterministic=True)
        conn.create_function("vigor_startswith", 2, _startswith, deterministic=True)
        with self._guard:
            self._conns.append(conn)
        return conn
