"""Staged import files: an uploaded export kept in the blob store for a day, so a large file can be read by
a queue job (the message carries the staged id, never the file) and a dry run can be imported without a
second upload.

Blob `imports/<user id>/<staged id>.csv` (`shared.blobs.names.IMPORTS`) with `expires_at` STAGED_TTL ahead,
and beside it a document `staged_import:<staged id>` in the workouts container (pk userId) with the same
time-to-live: {type, staged_id, blob, size (bytes), lines (line breaks counted while staging), created_at,
expires_at}. The document is what a request finds (another user's id is a 404), what the GDPR export lists
and what erasure removes with the partition; `purge_expired` (the daily run) and `erase_user` remove blobs.
A user keeps at most MAX_STAGED files: staging another drops the oldest.
"""

from __future__ import annotations

import contextlib
import re
import uuid
from collections.abc import AsyncIterable, AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from shared.blobs.names import IMPORTS
from shared.blobs.port import BlobStore
from shared.errors import NotFound
from shared.importing.csvtext import decode
from shared.store.port import Filter, Query
from shared.workouts.keys import WORKOUTS

if TYPE_CHECKING:
    from shared.bootstrap import Services

TYPE = "staged_import"
STAGED_TTL = timedelta(hours=24)
MAX_STAGED_BYTES = 20 * 1024 * 1024  # the import route's body limit
MAX_STAGED = 5
_ID = re.compile(r"^[0-9a-f]{32}$")
GONE = "No such staged file: it was imported, replaced by newer uploads, or has expired (after a day). Upload it again."


@dataclass(frozen=True)
class Staged:
    """A staged file: its id, size in bytes, line breaks, and when it expires."""

    id: str
    blob: str
    size: int
    lines: int
    expires_at: datetime


def _doc_id(staged_id: str) -> str:
    return f"{TYPE}:{staged_id}"


def _staged(doc: dict[str, Any]) -> Staged:
    return Staged(id=str(doc["staged_id"]), blob=str(doc["blob"]), size=int(doc["size"]), lines=int(doc["lines"]),
                  expires_at=datetime.fromisoformat(str(doc["expires_at"])))  # fmt: skip


async def stage(services: Services, user_id: str, chunks: AsyncIterable[bytes], now: datetime) -> Staged:
    """Write the stream to the blob store and record it; PayloadTooLarge over MAX_STAGED_BYTES (nothing kept)."""
    staged_id = uuid.uuid4().hex
    blob, expires = f"{user_id}/{staged_id}.csv", now + STAGED_TTL
    lines = 0

    async def counted() -> AsyncIterator[bytes]:
        nonlocal lines
        async for chunk in chunks:
            lines += chunk.count(b"\n")
            yield chunk

    info = await services.blobs.put(IMPORTS, blob, counted(), expires_at=expires, max_bytes=MAX_STAGED_BYTES)
    doc = {"id": _doc_id(staged_id), "userId": user_id, "type": TYPE, "staged_id": staged_id, "blob": blob,
           "size": info.size, "lines": lines, "created_at": now.isoformat(), "expires_at": expires.isoformat(),
           "ttl": int(STAGED_TTL.total_seconds())}  # fmt: skip
    await services.store.create(WORKOUTS, doc)
    await _keep_newest(services, user_id)
    return _staged(doc)


async def _keep_newest(services: Services, user_id: str) -> None:
    query = Query(partition_key=user_id, filters=(Filter("type", "eq", TYPE),), limit=100)
    docs = (await services.store.query(WORKOUTS, query)).items
    for doc in sorted(docs, key=lambda d: str(d["created_at"]), reverse=True)[MAX_STAGED:]:
        await discard(services, user_id, str(doc["staged_id"]))


async def find(services: Services, user_id: str, staged_id: str, now: datetime) -> Staged:
    """The user's staged file; NotFound (GONE) for an unknown, expired or someone else's id."""
    if not _ID.match(staged_id):
        raise NotFound(GONE)
    try:
        doc = await services.store.read(WORKOUTS, user_id, _doc_id(staged_id))
    except NotFound:
        raise NotFound(GONE) from None
    staged = _staged(doc)
    if staged.expires_at <= now:
        raise NotFound(GONE)
    return staged


def read(blobs: BlobStore, staged: Staged) -> AsyncIterator[bytes]:
    """The staged file's bytes, a chunk at a time."""
    return blobs.read(IMPORTS, staged.blob)


async def discard(services: Services, user_id: str, staged_id: str) -> None:
    """Remove a staged file and its record (both may already be gone)."""
    await services.blobs.delete(IMPORTS, f"{user_id}/{staged_id}.csv")
    with contextlib.suppress(NotFound):
        await services.store.delete(WORKOUTS, user_id, _doc_id(staged_id))


async def purge_expired(blobs: BlobStore, now: datetime) -> int:
    """Remove every staged file past its time-to-live (the daily maintenance run); how many."""
    return await blobs.delete_expired(IMPORTS, now)


async def erase_user(blobs: BlobStore, user_id: str) -> int:
    """Remove every staged file of the user (account deletion); how many."""
    return await blobs.delete_prefix(IMPORTS, f"{user_id}/")


async def export_user(blobs: BlobStore, user_id: str) -> list[dict[str, Any]]:
    """The user's staged files for the GDPR export: [{name, size, expires_at, content (the file's text)}]."""
    files = []
    async for info in blobs.list(IMPORTS, f"{user_id}/"):
        data = b"".join([chunk async for chunk in blobs.read(IMPORTS, info.name)])
        files.append({"name": info.name.split("/", 1)[1], "size": info.size,
                      "expires_at": info.expires_at.isoformat() if info.expires_at else None,
                      "content": decode(data)})  # fmt: skip
    return sorted(files, key=lambda f: str(f["name"]))
