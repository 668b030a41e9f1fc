"""`SqliteQueue`: the embedded default queue, durable in one SQLite file.

One connection per instance, used by one worker thread: asyncio callers queue up on
that thread (so the loop never blocks) and SQLite's own locking (WAL, BEGIN IMMEDIATE,
busy timeout) keeps several processes on one file correct. Commits use
`synchronous=NORMAL`: a committed message survives any process crash; only an OS crash
or power loss can drop the last commits, which is acceptable for a local default.

Queues exist implicitly (`ensure_queue` only checks the name). Names and the 48 KiB body
limit follow Azure's rules, so what works here works on Azure Storage.
Times are wall-clock epoch seconds, shared by every process on the machine.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from shared.errors import AdapterNotFound, InvalidInput, PayloadTooLarge, Throttled, Unavailable
from shared.queue.port import MessageQueue, QueueMessage
from shared.store.sqlite_db import make_private

T = TypeVar("T")
_NAME = re.compile(r"^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")  # Azure Storage queue naming rules
MAX_BODY_BYTES = 48 * 1024  # Azure's 64 KiB message limit, after base64
_SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    seq INTEGER PRIMARY KEY,  -- insertion order (tie-break for equal visible_at)
    id TEXT NOT NULL UNIQUE,
    queue TEXT NOT NULL,
    body TEXT NOT NULL,
    inserted_at REAL NOT NULL,
    visible_at REAL NOT NULL,
    expires_at REAL,
    dequeue_count INTEGER NOT NULL DEFAULT 0,
    pop_receipt TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS messages_by_visibility ON messages (queue, visible_at, seq);
CREATE INDEX IF NOT EXISTS messages_by_expiry ON messages (expires_at) WHERE expires_at IS NOT NULL;
"""
_LIVE = "queue = ? AND (expires_at IS NULL OR expires_at > ?)"


def _utc(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


def _check_name(queue: str) -> None:
    if not _NAME.match(queue):
        raise InvalidInput(f"invalid queue name {queue!r}: 3-63 lowercase letters, digits and single hyphens")


class SqliteQueue(MessageQueue):
    """Durable at-least-once queues in a SQLite file; safe for many tasks and processes."""

    def __init__(self, path: Path, busy_timeout_s: float = 10.0) -> None:
        self._path = path
        self._busy_timeout_s = busy_timeout_s
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-queue")
        self._conn: sqlite3.Connection | None = None
        self._open_lock = threading.Lock()
        self._sent: dict[str, asyncio.Event] = {}

    def _connection(self) -> sqlite3.Connection:
        with self._open_lock:
            if self._conn is None:
                make_private(self._path)  # 0600, as the store: bodies may hold user data
                conn = sqlite3.connect(
                    self._path, timeout=self._busy_timeout_s, isolation_level=None, check_same_thread=False
                )
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.executescript(_SCHEMA)
                self._conn = conn
            return self._conn

    async def _run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        def call() -> T:
            try:
                return work(self._connection())
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    raise Throttled(f"queue database busy: {exc}") from exc
                raise Unavailable(f"queue database error: {exc}") from exc
            except sqlite3.Error as exc:
                raise Unavailable(f"queue database error: {exc}") from exc

        return await asyncio.get_running_loop().run_in_executor(self._executor, call)

    async def ensure_queue(self, queue: str) -> None:
        """Check the name; SQLite queues need no creation."""
        _check_name(queue)
        await self._run(lambda conn: None)

    async def send(self, queue: str, body: str, delay_seconds: float = 0, ttl_seconds: int | None = None) -> str:
        """Insert a message; `ttl_seconds=None` means it never expires."""
        _check_name(queue)
        if len(body.encode()) > MAX_BODY_BYTES:
            raise PayloadTooLarge(f"queue messages hold at most {MAX_BODY_BYTES} bytes of UTF-8")
        message_id, now = str(uuid.uuid4()), time.time()
        expires = now + ttl_seconds if ttl_seconds is not None and ttl_seconds > 0 else None
        row = (message_id, queue, body, now, now + max(delay_seconds, 0.0), expires)
        sql = "INSERT INTO messages (id, queue, body, inserted_at, visible_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"
        await self._run(lambda conn: conn.execute(sql, row))
        if delay_seconds <= 0 and (event := self._sent.pop(queue, None)) is not None:
            event.set()
        return message_id

    async def wait_for_send(self, queue: str) -> None:
        """Return once this instance sends a due message to `queue`: wakes an idle in-process poller at once.

        Optional hook used by the local host's worker; other processes' sends are found by polling.
        """
        await self._sent.setdefault(queue, asyncio.Event()).wait()

    async def receive(self, queue: str, max_messages: int = 1, visibility_timeout: float = 30) -> list[QueueMessage]:
        """Lease up to `max_messages` visible messages in one IMMEDIATE transaction."""
        _check_name(queue)

        def work(conn: sqlite3.Connection) -> list[QueueMessage]:
            conn.execute("BEGIN IMMEDIATE")
            try:
                now = time.time()
                conn.execute("DELETE FROM messages WHERE expires_at IS NOT NULL AND expires_at <= ?", (now,))
                rows = conn.execute(
                    f"SELECT seq, id, body, inserted_at, dequeue_count FROM messages WHERE {_LIVE} "
                    "AND visible_at <= ? ORDER BY visible_at, seq LIMIT ?",
                    (queue, now, now, max(1, max_messages)),
                ).fetchall()
                visible_at = now + max(visibility_timeout, 0.0)
                leased = [(row, uuid.uuid4().hex) for row in rows]
                conn.executemany(
                    "UPDATE messages SET visible_at = ?, pop_receipt = ?, dequeue_count = dequeue_count + 1 "
                    "WHERE seq = ?",
                    [(visible_at, receipt, row[0]) for row, receipt in leased],
                )
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            return [
                QueueMessage(row[1], receipt, row[2], row[4] + 1, _utc(row[3]), _utc(visible_at))
                for row, receipt in leased
            ]

        return await self._run(work)

    async def delete(self, queue: str, message_id: str, pop_receipt: str) -> None:
        """Delete a leased message; NotFound if gone or the receipt is stale."""
        sql = "DELETE FROM messages WHERE queue = ? AND id = ? AND pop_receipt = ?"
        count = await self._run(lambda conn: conn.execute(sql, (queue, message_id, pop_receipt)).rowcount)
        if count == 0:
            raise AdapterNotFound(f"message {message_id} not in {queue} or its pop receipt is stale")

    async def release(self, queue: str, message_id: str, pop_receipt: str, delay_seconds: float = 0) -> None:
        """Make a leased message visible after `delay_seconds`; its receipt changes (as on Azure)."""
        sql = "UPDATE messages SET visible_at = ?, pop_receipt = ? WHERE queue = ? AND id = ? AND pop_receipt = ?"

        def work(conn: sqlite3.Connection) -> int:
            args = (time.time() + max(delay_seconds, 0.0), uuid.uuid4().hex, queue, message_id, pop_receipt)
            return conn.execute(sql, args).rowcount

        if await self._run(work) == 0:
            raise AdapterNotFound(f"message {message_id} not in {queue} or its pop receipt is stale")

    async def extend(self, queue: str, message_id: str, pop_receipt: str, visibility_timeout: float) -> str:
        """Push a leased message's visibility `visibility_timeout` seconds from now; a new receipt."""
        sql = "UPDATE messages SET visible_at = ?, pop_receipt = ? WHERE queue = ? AND id = ? AND pop_receipt = ?"
        receipt = uuid.uuid4().hex

        def work(conn: sqlite3.Connection) -> int:
            args = (time.time() + max(visibility_timeout, 0.0), receipt, queue, message_id, pop_receipt)
            return conn.execute(sql, args).rowcount

        if await self._run(work) == 0:
            raise AdapterNotFound(f"message {message_id} not in {queue} or its pop receipt is stale")
        return receipt

    async def approximate_count(self, queue: str) -> int:
        """Unexpired messages, visible or leased."""
        sql = f"SELECT COUNT(*) FROM messages WHERE {_LIVE}"
        return int(await self._run(lambda conn: conn.execute(sql, (queue, time.time())).fetchone()[0]))

    async def oldest_age_seconds(self, queue: str) -> float | None:
        """Age of the oldest visible (waiting) message: what Azure's peek can see too."""

        def work(conn: sqlite3.Connection) -> float | None:
            now = time.time()
            sql = f"SELECT MIN(inserted_at) FROM messages WHERE {_LIVE} AND visible_at <= ?"
            oldest = conn.execute(sql, (queue, now, now)).fetchone()[0]
            return None if oldest is None else max(0.0, now - oldest)

        return await self._run(work)

    async def ping(self) -> None:
        """Open the file and run a trivial query; Unavailable if that fails."""
        await self._run(lambda conn: conn.execute("SELECT 1").fetchone())

    async def close(self) -> None:
        """Close the connection and stop the worker thread."""

        def shut() -> None:
            with self._open_lock:
                if self._conn is not None:
                    self._conn.close()
                    self._conn = None

        await asyncio.get_running_loop().run_in_executor(self._executor, shut)
        self._executor.shutdown(wait=True)
