"""Embedded defaults: messages are appended to `<data dir>/outbox.jsonl` for the operator to read.

The local host has no mail server, so the operator passes a verification or reset link on (or a test
reads it). One JSON object a line: {at, to, subject, text, kind}. A log line names the kind and a masked
address, never the link. Read with `python -m shared.cli outbox [--to ADDRESS]`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from shared.email.port import EmailMessage, masked

log = logging.getLogger("vigor.email")


class OutboxSender:
    name = "outbox"

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = asyncio.Lock()

    async def send(self, message: EmailMessage) -> None:
        line = json.dumps({"at": datetime.now(UTC).isoformat(timespec="seconds"), "to": message.to,
                           "subject": message.subject, "text": message.text, "kind": message.kind})  # fmt: skip
        async with self._lock:
            await asyncio.to_thread(self._append, line)
        log.info("email %s to %s is in the outbox (python -m shared.cli outbox)", message.kind, masked(message.to))

    def _append(self, line: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Owner-only, like the store: the outbox holds live reset links (attacker review).
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as f:
            f.write(line + "\n")

    async def close(self) -> None:
        return None


def read_outbox(path: Path, to: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """The last `limit` messages in the outbox, newest last, optionally only those to `to` (case-insensitive)."""
    if not path.exists():
        return []
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line cut by a crash mid-write
        if to is None or str(item.get("to", "")).lower() == to.lower():
            found.append(item)
    return found[-limit:]
