"""The Cosmos DB adapter's transactional batch against a container double that commits batches whole,
as Cosmos DB does (the protocol server the contract suite runs applies them one operation at a time,
so there the adapter's probe answers BatchUnsupported; see test_store_contract)."""

from __future__ import annotations

from typing import Any

import pytest
from azure.cosmos.exceptions import CosmosBatchOperationError, CosmosHttpResponseError

from shared.errors import PreconditionFailed
from shared.store.containers import ALL
from shared.store.cosmos import CosmosDocumentStore
from shared.store.port import BatchOp, BatchUnsupported


class AtomicContainer:
    """`execute_item_batch` with Cosmos DB's semantics: all operations or none; the failing one's status."""

    def __init__(self, atomic: bool = True) -> None:
        self.items: dict[tuple[str, str], dict[str, Any]] = {}
        self.batches: list[list[tuple[Any, ...]]] = []
        self.atomic = atomic
        self._n = 0

    async def execute_item_batch(self, operations: list[tuple[Any, ...]], partition_key: str) -> list[dict[str, Any]]:
        self.batches.append(operations)
        staged = dict(self.items)
        results: list[dict[str, Any]] = []
        for kind, args, *rest in operations:
            condition = rest[0] if rest else {}
            status, body = self._apply(staged, partition_key, kind, args, condition.get("if_match_etag"))
            if status >= 400:
                if not self.atomic:
                    self.items = staged
                responses = [*results, {"statusCode": status}]
                responses += [{"statusCode": 424}] * (len(operations) - len(responses))
                raise CosmosBatchOperationError(  # type: ignore[no-untyped-call]
                    error_index=len(results), headers={}, status_code=status, message="failed",
                    operation_responses=responses,
                )  # fmt: skip
            results.append({"statusCode": status, "resourceBody": body})
        self.items = staged
        return results

    async def delete_item(self, doc_id: str, partition_key: str, **kwargs: Any) -> None:
        if self.items.pop((partition_key, doc_id), None) is None:
            raise CosmosHttpResponseError(status_code=404, message="not found")  # type: ignore[no-untyped-call]

    def _apply(
        self, staged: dict[tuple[str, str], dict[str, Any]], pk: str, kind: str, args: tuple[Any, ...], etag: str | None
    ) -> tuple[int, dict[str, Any] | None]:
        doc_id = args[0] if kind in ("delete", "replace") else args[0]["id"]
        current = staged.get((pk, doc_id))
        if kind == "create" and current is not None:
            return 409, None
        if kind in ("replace", "delete") and current is None:
            return 404, None
        if etag is not None and current is not None and current["_etag"] != etag:
            return 412, None
        if kind == "delete":
            del staged[(pk, doc_id)]
            return 204, None
        self._n += 1
        body = {**(args[1] if kind == "replace" else args[0]), "_etag": f'"e{self._n}"', "_ts": 1, "_rid": "x"}
        staged[(pk, doc_id)] = body
        return 200 if kind != "create" else 201, body


def _store(container: AtomicContainer) -> CosmosDocumentStore:
    store = CosmosDocumentStore("https://cosmos.invalid:8081/", "a2V5", "vigor", ALL)

    async def proxy(name: str) -> Any:
        return container

    store._container = proxy  # type: ignore[method-assign]
    return store


async def test_a_batch_is_sent_as_one_transactional_batch_after_the_probe() -> None:
    container = AtomicContainer()
    store = _store(container)
    assert store.batches is None
    first = await store.batch("workouts", "u1", [BatchOp("create", {"id": "a", "userId": "u1", "v": 1})])
    assert store.batches is True and len(container.batches) == 2  # the probe, then the batch
    assert first[0] is not None and first[0]["v"] == 1 and "_rid" not in first[0]
    assert not any(pk == "~vigor-batch-probe" for pk, _ in container.items)  # the probe left nothing
    ops = [BatchOp("replace", {"id": "a", "userId": "u1", "v": 2}, if_match=first[0]["_etag"]),
           BatchOp("create", {"id": "b", "userId": "u1"}), BatchOp("delete", doc_id="b")]  # fmt: skip
    with pytest.raises(Exception, match="once at most"):
        await store.batch("workouts", "u1", ops)
    written = await store.batch("workouts", "u1", ops[:2])
    assert container.batches[-1][0] == ("replace", ("a", {"id": "a", "userId": "u1", "v": 2}),
                                        {"if_match_etag": first[0]["_etag"]})  # fmt: skip
    assert [doc and doc["id"] for doc in written] == ["a", "b"]
    with pytest.raises(PreconditionFailed):
        await store.batch("workouts", "u1", [BatchOp("create", {"id": "c", "userId": "u1"}),
                                             BatchOp("delete", doc_id="a", if_match=first[0]["_etag"])])  # fmt: skip
    assert ("u1", "c") not in container.items


async def test_an_endpoint_that_keeps_part_of_a_failed_batch_gets_no_batches() -> None:
    container = AtomicContainer(atomic=False)
    store = _store(container)
    with pytest.raises(BatchUnsupported):
        await store.batch("workouts", "u1", [BatchOp("create", {"id": "a", "userId": "u1"})])
    assert store.batches is False and container.items == {} and len(container.batches) == 1
