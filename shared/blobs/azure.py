"""`AzureBlobStore`: the blob port on Azure Blob Storage (and Azurite), through the async SDK.

A write stages blocks of up to BLOCK_BYTES as the stream arrives and commits the block list (with
the expiry as the `expires_at` metadata) only once the stream has ended within `max_bytes`: a
reader sees the old blob or the whole new one, and a refused stream leaves only uncommitted blocks,
which the service discards by itself (after a week at most). Memory holds one block at a time. A
stream that fits in one block is written by one Put Blob. Two writers of one multi-block name at
once: committing one discards the other's blocks, whose commit is then a Conflict (Vigor's staged
files have unique names, so this does not arise).
SDK errors become `shared.errors` types; blob contents are never put in an error.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import AsyncIterable, AsyncIterator
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Any

from azure.core.exceptions import (
    HttpResponseError,
    ResourceExistsError,
)
from azure.storage.blob import BlobBlock
from azure.storage.blob.aio import BlobServiceClient, ContainerClient

from shared.azure_storage_errors import error_code, mapped_errors
from shared.blobs.port import CHUNK_BYTES, BlobInfo, BlobStore, check_container, check_name
from shared.errors import Conflict, NotFound, PayloadTooLarge

BLOCK_BYTES = 4 * 1024 * 1024
_NOT_FOUND = frozenset({"BlobNotFound", "ContainerNotFound", "ResourceNotFound"})


def _mapped_errors(what: str) -> AbstractAsyncContextManager[None]:
    return mapped_errors(what, _NOT_FOUND)


def _expiry(metadata: dict[str, str] | None) -> datetime | None:
    value = (metadata or {}).get("expires_at")
    return datetime.fromisoformat(value) if value else None


class AzureBlobStore(BlobStore):
    """Azure Blob Storage through a connection string, or an account URL and a credential."""

    def __init__(
        self, connection_string: str | None = None, account_url: str | None = None, credential: object | None = None
    ) -> None:
        if not connection_string and not account_url:
            raise ValueError("AzureBlobStore needs a connection string or an account URL")
        self._connection_string = connection_string
        self._account_url = account_url
        self._credential: Any = credential
        self._service: BlobServiceClient | None = None

    def _service_client(self) -> BlobServiceClient:
        if self._service is None:  # built lazily: no client (or event loop) at import or wiring time
            options: dict[str, Any] = {"retry_total": 2, "connection_timeout": 5, "read_timeout": 60}
            if self._connection_string:
                self._service = BlobServiceClient.from_connection_string(
                    self._connection_string, credential=self._credential, **options
                )
            else:
                self._service = BlobServiceClient(str(self._account_url), credential=self._credential, **options)
        return self._service

    def _container(self, container: str) -> ContainerClient:
        return self._service_client().get_container_client(check_container(container))

    async def ensure_container(self, container: str) -> None:
        """Create the (private) container if missing."""
        async with _mapped_errors(f"create container {container}"):
            try:
                await self._container(container).create_container()
            except ResourceExistsError:
                pass

    async def put(
        self, container: str, name: str, chunks: AsyncIterable[bytes], *,
        expires_at: datetime | None = None, max_bytes: int | None = None,
    ) -> BlobInfo:  # fmt: skip
        """Stage blocks as they fill, then commit them with the expiry metadata."""
        blob = self._container(container).get_blob_client(check_name(name))
        blocks: list[BlobBlock] = []
        buffer, size = bytearray(), 0

        async def flush() -> None:
            block_id = base64.b64encode(uuid.uuid4().bytes).decode()
            async with _mapped_errors(f"stage block of {container}/{name}"):
                await blob.stage_block(block_id, bytes(buffer), length=len(buffer))
            blocks.append(BlobBlock(block_id=block_id))
            buffer.clear()

        async for chunk in chunks:
            size += len(chunk)
            if max_bytes is not None and size > max_bytes:
                raise PayloadTooLarge(f"over {max_bytes} bytes")
            buffer += chunk
            if len(buffer) >= BLOCK_BYTES:
                await flush()
        metadata = {"expires_at": expires_at.isoformat()} if expires_at else {}
        if not blocks:  # one request (Put Blob): atomic even against a concurrent writer of the same name
            async with _mapped_errors(f"write {container}/{name}"):
                await blob.upload_blob(bytes(buffer), overwrite=True, metadata=metadata)
            return BlobInfo(name=name, size=size, expires_at=expires_at)
        if buffer:
            await flush()
        async with _mapped_errors(f"commit {container}/{name}"):
            try:
                await blob.commit_block_list(blocks, metadata=metadata)
            except HttpResponseError as exc:
                if error_code(exc) != "InvalidBlockList":
                    raise
                raise Conflict(f"{container}/{name} was written concurrently") from exc
        return BlobInfo(name=name, size=size, expires_at=expires_at)

    async def read(self, container: str, name: str) -> AsyncIterator[bytes]:
        """Download in chunks of at most CHUNK_BYTES."""
        blob = self._container(container).get_blob_client(check_name(name))
        async with _mapped_errors(f"read {container}/{name}"):
            stream = await blob.download_blob(max_concurrency=1)
            async for chunk in stream.chunks():
                for start in range(0, len(chunk), CHUNK_BYTES):
                    yield chunk[start : start + CHUNK_BYTES]

    async def info(self, container: str, name: str) -> BlobInfo:
        """The blob's properties."""
        blob = self._container(container).get_blob_client(check_name(name))
        async with _mapped_errors(f"stat {container}/{name}"):
            properties = await blob.get_blob_properties()
        return BlobInfo(name=name, size=int(properties.size), expires_at=_expiry(properties.metadata))

    async def delete(self, container: str, name: str) -> bool:
        """Delete the blob (with its snapshots); False if it was not there."""
        blob = self._container(container).get_blob_client(check_name(name))
        try:
            async with _mapped_errors(f"delete {container}/{name}"):
                await blob.delete_blob(delete_snapshots="include")
        except NotFound:
            return False
        return True

    async def list(self, container: str, prefix: str = "") -> AsyncIterator[BlobInfo]:
        """List Blobs with their metadata; nothing for a missing container."""
        pager = self._container(container).list_blobs(name_starts_with=prefix or None, include=["metadata"])
        try:
            async with _mapped_errors(f"list {container}"):
                async for item in pager:
                    yield BlobInfo(name=str(item.name), size=int(item.size), expires_at=_expiry(item.metadata))
        except NotFound:
            return

    async def ping(self) -> None:
        """Read the account's service properties without retries; Unavailable if unreachable."""
        async with _mapped_errors("ping blob service"):
            async for _ in self._service_client().list_containers(results_per_page=1, retry_total=0):
                break

    async def close(self) -> None:
        """Close the shared transport."""
        if self._service is not None:
            await self._service.close()
            self._service = None
