"""Refresh-token rotation under concurrency, on the real embedded store with forced interleaving.

A store that holds every read of the family document until N readers have read it makes the race
deterministic: all N callers see the same current token, exactly one compare-and-swap wins.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from shared.errors import Unauthenticated
from shared.identity import refresh, successor
from shared.identity.records import USERS, sha256
from shared.store.containers import ALL
from shared.store.port import Document
from shared.store.sqlite import SqliteDocumentStore

NOW = 1_800_000_000.0
GRACE = 30.0


class ReadsTogether(SqliteDocumentStore):
    """Family reads wait for each other (`hold(n)`), so n rotations all read before any writes."""

    barrier: asyncio.Barrier | None = None

    def hold(self, n: int) -> None:
        self.barrier = asyncio.Barrier(n)

    async def read(self, container: str, partition_key: str, doc_id: str) -> Document:
        doc = await super().read(container, partition_key, doc_id)
        if self.barrier is not None:
            await asyncio.wait_for(self.barrier.wait(), timeout=5)
            self.barrier = None
        return doc


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[ReadsTogether]:
    adapter = ReadsTogether(tmp_path / "store.db", ALL)
    await adapter.initialize()
    yield adapter
    await adapter.close()


async def _family(store: ReadsTogether, token: str) -> Document:
    return await store.read(USERS, token.split(".")[0], f"rtfam:{token.split('.')[1]}")


async def test_concurrent_rotations_of_one_token_all_answer_the_one_successor(store: ReadsTogether) -> None:
    first = (await refresh.start_family(store, "u1", 30, NOW)).token
    store.hold(8)
    issued = await asyncio.gather(*(refresh.rotate(store, first, NOW + 1, GRACE) for _ in range(8)))
    tokens = {i.token for i in issued}
    assert len(tokens) == 1 and first not in tokens
    family = await _family(store, first)
    assert not family["revoked"] and family["current"] == sha256(tokens.pop())


async def test_without_a_grace_window_a_lost_swap_is_still_reuse(store: ReadsTogether) -> None:
    first = (await refresh.start_family(store, "u1", 30, NOW)).token
    store.hold(2)
    results = await asyncio.gather(
        *(refresh.rotate(store, first, NOW + 1, 0) for _ in range(2)), return_exceptions=True
    )
    assert sum(isinstance(r, Unauthenticated) for r in results) == 1
    assert (await _family(store, first))["revoked"]


async def test_a_late_copy_follows_the_chain_to_the_current_token(store: ReadsTogether) -> None:
    first = (await refresh.start_family(store, "u1", 30, NOW)).token
    second = (await refresh.rotate(store, first, NOW + 1, GRACE)).token
    third = (await refresh.rotate(store, second, NOW + 2, GRACE)).token
    # A tab still holding the first token, 20 s later: the family has moved on twice since.
    assert (await refresh.rotate(store, first, NOW + 21, GRACE)).token == third
    assert (await refresh.rotate(store, second, NOW + 21, GRACE)).token == third
    assert not (await _family(store, first))["revoked"]


async def test_reuse_after_the_window_revokes_the_family(store: ReadsTogether) -> None:
    first = (await refresh.start_family(store, "u1", 30, NOW)).token
    second = (await refresh.rotate(store, first, NOW + 1, GRACE)).token
    with pytest.raises(Unauthenticated):
        await refresh.rotate(store, first, NOW + 1 + GRACE + 0.5, GRACE)
    family = await _family(store, first)
    assert family["revoked"] and family["revoked_reason"] == "reuse" and family["sealed"] == []
    with pytest.raises(Unauthenticated):
        await refresh.rotate(store, second, NOW + 40, GRACE)


async def test_sealed_successors_are_dropped_once_their_window_ends(store: ReadsTogether) -> None:
    first = (await refresh.start_family(store, "u1", 30, NOW)).token
    second = (await refresh.rotate(store, first, NOW + 1, GRACE)).token
    await refresh.rotate(store, second, NOW + 100, GRACE)
    sealed = (await _family(store, first))["sealed"]
    assert [entry["of"] for entry in sealed] == [sha256(second)]


async def test_the_store_never_holds_a_usable_token(store: ReadsTogether) -> None:
    first = (await refresh.start_family(store, "u1", 30, NOW)).token
    second = (await refresh.rotate(store, first, NOW + 1, GRACE)).token
    stored = str(await _family(store, first))
    for token in (first, second):
        assert token not in stored and token.split(".")[2] not in stored
    [entry] = (await _family(store, first))["sealed"]
    assert successor.open_sealed(first, entry["box"]) == second
    assert successor.open_sealed(second, entry["box"]) is None  # only the predecessor opens it
    box = entry["box"]
    tampered = ("B" if box[0] == "A" else "A") + box[1:]  # a changed first character (not the same one: 1 in 64)
    assert successor.open_sealed(first, tampered) is None  # tampering opens nothing
    assert successor.open_sealed(first, "not base64 !") is None
