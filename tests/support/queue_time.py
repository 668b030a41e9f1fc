"""Time passing for messages in the embedded SQLite queue, read and moved in its own file.

A push retried after a backoff is a message that becomes visible minutes later (`delay_seconds`); a test cannot
wait that long. `delays` reads how far ahead each waiting message is (what the delay was), and `pass_time` moves
every message of a queue that many seconds closer, as if the time had passed. Only the visibility times change:
the queue's own code receives and deletes them as it always does.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from pathlib import Path

from shared.queue.port import MessageQueue


def _path(queue: MessageQueue) -> Path:
    path = getattr(queue, "_path", None)
    assert isinstance(path, Path), "the embedded SQLite queue is needed"
    return path


def delays(queue: MessageQueue, name: str) -> list[float]:
    """Seconds until each message of `name` becomes visible (0 for a visible one), in queue order."""
    with contextlib.closing(sqlite3.connect(_path(queue))) as conn:
        rows = conn.execute("SELECT visible_at FROM messages WHERE queue = ? ORDER BY seq", (name,)).fetchall()
    now = time.time()
    return [max(0.0, float(at) - now) for (at,) in rows]


def pass_time(queue: MessageQueue, name: str, seconds: float) -> None:
    """Bring every message of `name` `seconds` closer to being visible."""
    with contextlib.closing(sqlite3.connect(_path(queue))) as conn, conn:
        conn.execute("UPDATE messages SET visible_at = visible_at - ? WHERE queue = ?", (seconds, name))
