"""Store doubles for the workouts tests: real adapters with one capability taken away."""

from __future__ import annotations

from collections.abc import Sequence

from shared.store.port import BatchOp, BatchUnsupported, Document
from shared.store.sqlite import SqliteDocumentStore


class SqliteWithoutBatches(SqliteDocumentStore):
    """The embedded store as a Cosmos DB endpoint without transactional batches looks to its callers:
    every write path takes the sequential fallback (markers, follow-the-session, repair)."""

    @property
    def batches(self) -> bool:
        return False

    async def batch(self, container: str, partition_key: str, operations: Sequence[BatchOp]) -> list[Document | None]:
        raise BatchUnsupported("no transactional batch here")
