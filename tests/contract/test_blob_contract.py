"""One contract for every BlobStore adapter (a directory, Azurite's blob service): streamed writes and reads,
all-or-nothing replacement, the size limit, expiry and its purge, listing and erasing by prefix, bad names."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from shared.blobs.azure import BLOCK_BYTES, AzureBlobStore
from shared.blobs.directory import DirectoryBlobStore
from shared.blobs.port import CHUNK_BYTES, BlobStore, read_all
from shared.errors import InvalidInput, NotFound, PayloadTooLarge
from tests.support.azurite import azurite_blob_connection_string  # noqa: F401 - session fixture

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(params=["directory", pytest.param("azurite", marks=pytest.mark.azurite)])
async def blobs(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[BlobStore]:
    adapter: BlobStore
    if request.param == "directory":
        adapter = DirectoryBlobStore(tmp_path / "blobs")
    else:
        adapter = AzureBlobStore(connection_string=request.getfixturevalue("azurite_blob_connection_string"))
    yield adapter
    await adapter.close()


@pytest.fixture
async def box(blobs: BlobStore) -> str:
    name = f"t-{uuid.uuid4().hex[:16]}"
    await blobs.ensure_container(name)
    await blobs.ensure_container(name)  # idempotent
    return name


async def stream(*parts: bytes) -> AsyncIterator[bytes]:
    for part in parts:
        await asyncio.sleep(0)
        yield part


async def test_a_streamed_write_reads_back_in_bounded_chunks(blobs: BlobStore, box: str) -> None:
    await blobs.ping()
    big = os.urandom(BLOCK_BYTES + 12345)  # more than one block and many read chunks
    pieces = [big[i : i + 100_000] for i in range(0, len(big), 100_000)]
    info = await blobs.put(box, "u1/a.csv", stream(*pieces), expires_at=NOW)
    assert (info.name, info.size, info.expires_at) == ("u1/a.csv", len(big), NOW)
    chunks = [c async for c in blobs.read(box, "u1/a.csv")]
    assert b"".join(chunks) == big and max(len(c) for c in chunks) <= CHUNK_BYTES
    stat = await blobs.info(box, "u1/a.csv")
    assert (stat.size, stat.expires_at) == (len(big), NOW)


async def test_an_empty_blob_and_a_blob_without_expiry(blobs: BlobStore, box: str) -> None:
    await blobs.put(box, "empty", stream())
    assert await read_all(blobs, box, "empty", 10) == b""
    assert (await blobs.info(box, "empty")).expires_at is None


async def test_missing_blobs_are_not_found(blobs: BlobStore, box: str) -> None:
    with pytest.raises(NotFound):
        await blobs.info(box, "nope")
    with pytest.raises(NotFound):
        await read_all(blobs, box, "nope", 10)
    assert await blobs.delete(box, "nope") is False
    assert [i async for i in blobs.list("no-such-container-here")] == []


async def test_a_write_over_the_limit_keeps_nothing_and_the_old_blob_stays(blobs: BlobStore, box: str) -> None:
    await blobs.put(box, "f", stream(b"old"))
    with pytest.raises(PayloadTooLarge):
        await blobs.put(box, "f", stream(b"x" * 60, b"y" * 60), max_bytes=100)
    assert await read_all(blobs, box, "f", 10) == b"old"
    with pytest.raises(PayloadTooLarge):
        await blobs.put(box, "g", stream(b"x" * 101), max_bytes=100)
    with pytest.raises(NotFound):
        await blobs.info(box, "g")


async def test_a_failed_stream_keeps_nothing(blobs: BlobStore, box: str) -> None:
    async def broken() -> AsyncIterator[bytes]:
        yield b"half a file"
        raise ConnectionResetError("client went away")

    with pytest.raises(ConnectionResetError):
        await blobs.put(box, "h", broken())
    with pytest.raises(NotFound):
        await blobs.info(box, "h")


async def test_replacing_a_blob_and_reading_it_concurrently(blobs: BlobStore, box: str) -> None:
    await blobs.put(box, "r", stream(b"A" * 1000))
    writes = [blobs.put(box, "r", stream(bytes([65 + i]) * 1000)) for i in range(5)]
    reads = [read_all(blobs, box, "r", 2000) for _ in range(5)]
    results = await asyncio.gather(*writes, *reads)
    for body in results[5:]:
        assert isinstance(body, bytes) and len(body) == 1000 and len(set(body)) == 1  # whole, never mixed


async def test_listing_by_prefix_erasing_a_prefix_and_purging_the_expired(blobs: BlobStore, box: str) -> None:
    await blobs.put(box, "u1/a", stream(b"1"), expires_at=NOW - timedelta(seconds=1))
    await blobs.put(box, "u1/b", stream(b"22"), expires_at=NOW + timedelta(hours=1))
    await blobs.put(box, "u2/a", stream(b"333"), expires_at=NOW - timedelta(days=1))
    await blobs.put(box, "u2/keep", stream(b"4"))
    assert sorted([(i.name, i.size) async for i in blobs.list(box, "u1/")]) == [("u1/a", 1), ("u1/b", 2)]
    assert await blobs.delete_expired(box, NOW) == 2
    assert sorted([i.name async for i in blobs.list(box)]) == ["u1/b", "u2/keep"]
    assert await blobs.delete_prefix(box, "u1/") == 1
    assert [i.name async for i in blobs.list(box)] == ["u2/keep"]
    with pytest.raises(InvalidInput):
        await blobs.delete_prefix(box, "")


@pytest.mark.parametrize("name", ["", "../x", "a//b", "a/./b", "/a", "a b", "a\\b", "é", "x" * 201])
async def test_bad_names_are_refused(blobs: BlobStore, box: str, name: str) -> None:
    with pytest.raises(InvalidInput):
        await blobs.put(box, name, stream(b"x"))
    with pytest.raises(InvalidInput):
        await blobs.ensure_container("Bad_Container")


async def test_the_directory_adapter_keeps_files_private(tmp_path: Path) -> None:
    store = DirectoryBlobStore(tmp_path / "blobs")
    await store.ensure_container("box")
    await store.put("box", "u/f", stream(b"health data"))
    path = tmp_path / "blobs" / "box" / "u" / "f"
    assert path.stat().st_mode & 0o777 == 0o600
    assert list((tmp_path / "blobs" / ".tmp").iterdir()) == []  # no temporary file left behind
    await store.delete("box", "u/f")
    assert not (tmp_path / "blobs" / "box" / "u").exists()  # an emptied directory goes too
