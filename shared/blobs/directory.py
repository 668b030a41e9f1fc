"""`DirectoryBlobStore`: the embedded default blob store, files under the data directory.

`<root>/<container>/<name>` holds a JSON header line padded to 128 bytes (`{"size": ..., "expires_at":
...}`) and then the bytes, so a blob and its expiry are written together: a write goes to a temporary file under
`<root>/.tmp` and is renamed into place (`os.replace`, atomic on one file system), so readers and
other processes see the old blob or the new one, never half of one. Files are owner-only (0600),
like the embedded store's database: they hold health data. Blocking file work runs in threads.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import uuid
from collections.abc import AsyncIterable, AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from shared.blobs.port import CHUNK_BYTES, BlobInfo, BlobStore, check_container, check_name
from shared.errors import AdapterNotFound, PayloadTooLarge

_FILE_MODE, _DIR_MODE = 0o600, 0o700


_HEADER_BYTES = 128


def _header(size: int, expires_at: datetime | None) -> bytes:
    text = json.dumps({"size": size, "expires_at": expires_at.isoformat() if expires_at else None}).encode()
    return text.ljust(_HEADER_BYTES - 1) + b"\n"


def _parse_header(line: bytes, name: str) -> BlobInfo:
    data: dict[str, Any] = json.loads(line)
    expires = datetime.fromisoformat(data["expires_at"]) if data.get("expires_at") else None
    return BlobInfo(name=name, size=int(data["size"]), expires_at=expires)


class DirectoryBlobStore(BlobStore):
    """Blobs as files under `root` (the data directory's `blobs/`)."""

    def __init__(self, root: Path) -> None:
        self._root = root

    def _dir(self, container: str) -> Path:
        return self._root / check_container(container)

    def _path(self, container: str, name: str) -> Path:
        return self._dir(container) / check_name(name)

    async def ensure_container(self, container: str) -> None:
        """Create the container's directory."""
        path = self._dir(container)
        await asyncio.to_thread(path.mkdir, mode=_DIR_MODE, parents=True, exist_ok=True)

    async def put(
        self, container: str, name: str, chunks: AsyncIterable[bytes], *,
        expires_at: datetime | None = None, max_bytes: int | None = None,
    ) -> BlobInfo:  # fmt: skip
        """Stream into a temporary file, then rename it into place with its header."""
        target = self._path(container, name)
        temp_dir = self._root / ".tmp"
        await asyncio.to_thread(temp_dir.mkdir, mode=_DIR_MODE, parents=True, exist_ok=True)
        part = temp_dir / f"{uuid.uuid4().hex}.part"
        size = 0
        try:
            handle: IO[bytes] = await asyncio.to_thread(_open_private, part)
            try:
                await asyncio.to_thread(handle.write, _header(0, None))  # rewritten once the size is known
                async for chunk in chunks:
                    size += len(chunk)
                    if max_bytes is not None and size > max_bytes:
                        raise PayloadTooLarge(f"over {max_bytes} bytes")
                    await asyncio.to_thread(handle.write, chunk)
                await asyncio.to_thread(_rewrite_header, handle, _header(size, expires_at))
            finally:
                await asyncio.to_thread(handle.close)
            await asyncio.to_thread(_move, part, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                await asyncio.to_thread(part.unlink)
        return BlobInfo(name=name, size=size, expires_at=expires_at)

    async def read(self, container: str, name: str) -> AsyncIterator[bytes]:
        """The bytes after the header, a chunk at a time."""
        path = self._path(container, name)
        try:
            handle: IO[bytes] = await asyncio.to_thread(path.open, "rb")
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            raise AdapterNotFound(f"blob {container}/{name}") from None
        try:
            await asyncio.to_thread(handle.readline)
            while chunk := await asyncio.to_thread(handle.read, CHUNK_BYTES):
                yield chunk
        finally:
            await asyncio.to_thread(handle.close)

    async def info(self, container: str, name: str) -> BlobInfo:
        """The header of the blob's file."""
        return await asyncio.to_thread(self._info, self._path(container, name), name, container)

    @staticmethod
    def _info(path: Path, name: str, container: str) -> BlobInfo:
        try:
            with path.open("rb") as handle:
                return _parse_header(handle.readline(), name)
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            raise AdapterNotFound(f"blob {container}/{name}") from None

    async def delete(self, container: str, name: str) -> bool:
        """Unlink the file and any directories it leaves empty."""
        path = self._path(container, name)
        return await asyncio.to_thread(self._delete, path, self._dir(container))

    @staticmethod
    def _delete(path: Path, top: Path) -> bool:
        try:
            path.unlink()
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            return False
        parent = path.parent
        while parent != top:
            try:
                parent.rmdir()
            except OSError:
                break
            parent = parent.parent
        return True

    async def list(self, container: str, prefix: str = "") -> AsyncIterator[BlobInfo]:
        """Walk the container's directory."""
        top = self._dir(container)
        for path in await asyncio.to_thread(lambda: sorted(p for p in top.rglob("*") if p.is_file())):
            name = path.relative_to(top).as_posix()
            if name.startswith(prefix):
                with contextlib.suppress(AdapterNotFound):  # deleted meanwhile
                    yield await asyncio.to_thread(self._info, path, name, container)

    async def ping(self) -> None:
        """The root can be created."""
        await asyncio.to_thread(self._root.mkdir, mode=_DIR_MODE, parents=True, exist_ok=True)


def _rewrite_header(handle: IO[bytes], header: bytes) -> None:
    handle.flush()
    handle.seek(0)
    handle.write(header)
    handle.flush()
    os.fsync(handle.fileno())


def _move(part: Path, target: Path) -> None:
    target.parent.mkdir(mode=_DIR_MODE, parents=True, exist_ok=True)
    os.replace(part, target)


def _open_private(path: Path) -> IO[bytes]:
    return os.fdopen(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, _FILE_MODE), "wb")
