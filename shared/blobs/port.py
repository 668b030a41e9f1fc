"""The blob port: named byte streams in named containers, each with an optional expiry time.

Used to stage uploaded files (an import's CSV) between the request that receives them and the
queue job that reads them: a queue message carries the blob's name, never its bytes. Writes and
reads are streams of chunks, so a 20 MiB file is never held in memory whole.

Adapters: `shared.blobs.directory.DirectoryBlobStore` (embedded default: files under the data
directory) and `shared.blobs.azure.AzureBlobStore` (Azure Blob Storage, Azurite in tests). Both
pass `tests/contract/test_blob_contract.py`.

Names: 1-200 characters of `A-Z a-z 0-9 . _ -` in segments joined by `/` (no empty, `.` or `..`
segment); containers follow Azure's rules (3-63 of `a-z 0-9 -`). Anything else is InvalidInput.
Expiry is advisory: an expired blob can still be read until `delete_expired` removes it (the
daily maintenance run calls it); callers that care compare `expires_at` themselves.
Errors are `shared.errors` types: AdapterNotFound (no such blob), PayloadTooLarge (a write past
`max_bytes`: nothing is kept), Throttled, Unavailable.
"""

from __future__ import annotations

import abc
import re
from collections.abc import AsyncIterable, AsyncIterator
from dataclasses import dataclass
from datetime import datetime

from shared.errors import AdapterNotFound, FieldError, InvalidInput

CHUNK_BYTES = 256 * 1024  # what `read` yields at most per chunk
_CONTAINER = re.compile(r"^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")
_SEGMENT = re.compile(r"^[A-Za-z0-9._-]+$")


@dataclass(frozen=True)
class BlobInfo:
    """A stored blob: its name, size in bytes, and when it expires (None: never)."""

    name: str
    size: int
    expires_at: datetime | None = None


def check_container(container: str) -> str:
    if not _CONTAINER.match(container):
        raise InvalidInput("Bad container name.", [FieldError("container", "3-63 of a-z, 0-9 and single dashes")])
    return container


def check_name(name: str) -> str:
    segments = name.split("/")
    if not 0 < len(name) <= 200 or any(s in ("", ".", "..") or not _SEGMENT.match(s) for s in segments):
        raise InvalidInput("Bad blob name.", [FieldError("name", "segments of A-Z a-z 0-9 . _ - joined by /")])
    return name


class BlobStore(abc.ABC):
    """Async blob client for many named containers. Safe under concurrent callers."""

    @abc.abstractmethod
    async def ensure_container(self, container: str) -> None:
        """Create the container if it does not exist. Idempotent."""

    @abc.abstractmethod
    async def put(
        self, container: str, name: str, chunks: AsyncIterable[bytes], *,
        expires_at: datetime | None = None, max_bytes: int | None = None,
    ) -> BlobInfo:  # fmt: skip
        """Write the blob from a stream of chunks, replacing any blob of that name once the whole stream is
        written (a reader never sees half a file). PayloadTooLarge past `max_bytes`: nothing is kept.
        Concurrent writers of one name: the last wins, or (Azure, files over 4 MiB) a loser gets Conflict."""

    @abc.abstractmethod
    def read(self, container: str, name: str) -> AsyncIterator[bytes]:
        """The blob's bytes in chunks of at most CHUNK_BYTES; AdapterNotFound (on first iteration) if missing."""

    @abc.abstractmethod
    async def info(self, container: str, name: str) -> BlobInfo:
        """Size and expiry; AdapterNotFound if missing."""

    @abc.abstractmethod
    async def delete(self, container: str, name: str) -> bool:
        """Remove the blob; False if it was not there."""

    @abc.abstractmethod
    def list(self, container: str, prefix: str = "") -> AsyncIterator[BlobInfo]:
        """Every blob whose name starts with `prefix` (no order promised); none for a missing container."""

    @abc.abstractmethod
    async def ping(self) -> None:
        """Raise Unavailable if the blob service cannot be reached."""

    async def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections."""

    async def delete_prefix(self, container: str, prefix: str) -> int:
        """Remove every blob under `prefix` (a user's files at erasure); how many were removed."""
        if not prefix:
            raise InvalidInput("A prefix is required.", [FieldError("prefix", "must not be empty")])
        names = [info.name async for info in self.list(container, prefix)]
        return sum([await self.delete(container, name) for name in names])

    async def delete_expired(self, container: str, now: datetime) -> int:
        """Remove every blob whose `expires_at` has passed; how many were removed."""
        names = [i.name async for i in self.list(container) if i.expires_at is not None and i.expires_at <= now]
        return sum([await self.delete(container, name) for name in names])


async def read_all(store: BlobStore, container: str, name: str, limit: int) -> bytes:
    """A small blob's bytes (tests, and files below the job threshold); InvalidInput past `limit`."""
    parts, size = [], 0
    async for chunk in store.read(container, name):
        size += len(chunk)
        if size > limit:
            raise InvalidInput("The file is too large to read at once.", [FieldError("file", f"over {limit} bytes")])
        parts.append(chunk)
    return b"".join(parts)


__all__ = ["CHUNK_BYTES", "AdapterNotFound", "BlobInfo", "BlobStore", "check_container", "check_name", "read_all"]
