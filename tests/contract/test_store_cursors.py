"""Continuation tokens from callers, against every adapter: anything but a token the query gave out is
InvalidCursor (never a driver error, a TypeError or an SDK failure)."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from shared.errors import InvalidCursor
from shared.store.port import DocumentStore, Query
from tests.contract import test_store_contract as contract

cosmos_endpoint, store = contract.cosmos_endpoint, contract.store  # the contract's fixtures: each adapter

QUERY = Query(partition_key="u1", order_by=(("n", False),), limit=1)


def token_of(payload: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")


async def test_tampered_tokens_are_invalid_cursors(store: DocumentStore) -> None:
    for n in range(3):
        await store.create("users", {"id": f"d{n}", "userId": "u1", "n": n})
    page = await store.query("users", QUERY)
    assert page.continuation is not None
    real = json.loads(base64.urlsafe_b64decode(page.continuation + "=" * (-len(page.continuation) % 4)))
    assert (await store.query("users", Query(**{**QUERY.__dict__, "continuation": page.continuation}))).items
    wrong: tuple[Any, ...] = (None, 2**64, {}, [], [{}], [2**64], ["\ud800"], "\ud800", 1e308 * 10)
    changes: list[dict[str, Any]] = [{key: bad} for key in real for bad in wrong if not (key == "s" and bad == [])]
    changes += [{"extra": "x"}, {"q": "0" * 12}]
    for change in changes:
        token = token_of({**real, **change})
        with pytest.raises(InvalidCursor):
            await store.query("users", Query(**{**QUERY.__dict__, "continuation": token}))
    for token in ("garbage", token_of(None), token_of([real]), token_of({k: v for k, v in real.items() if k != "q"})):
        with pytest.raises(InvalidCursor):
            await store.query("users", Query(**{**QUERY.__dict__, "continuation": token}))


@pytest.mark.parametrize("partition_key", ["u1", None], ids=["one-partition", "cross-partition"])
async def test_a_forged_inner_token_is_an_invalid_cursor(store: DocumentStore, partition_key: str | None) -> None:
    query = Query(partition_key=partition_key, order_by=(("n", True),), limit=1)
    for n in range(4):
        await store.create("users", {"id": f"d{n}", "userId": f"u{n % 2}", "n": n})
    page = await store.query("users", query)
    assert page.continuation is not None
    real = json.loads(base64.urlsafe_b64decode(page.continuation + "=" * (-len(page.continuation) % 4)))
    inner = ("garbage", "{}", "[]", '{"token":null}', '[{"token":1}]', "null", "1", '"x"', "")
    forged = [{**real, "c": value} for value in inner] if "c" in real else []
    forged += [{**real, "s": ["x"] * len(real["s"])}, {**real, "id": "x" * 300}] if "s" in real else []
    for payload in forged:
        try:
            await store.query("users", Query(**{**query.__dict__, "continuation": token_of(payload)}))
        except InvalidCursor:
            pass  # refused, naming the cursor; a forged value the store can still order by may just page on
