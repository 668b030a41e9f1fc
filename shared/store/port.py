"""The document store port: what Vigor needs from a document database.

Documents are JSON objects with a string `id`, stored in named containers. Each
container has a partition key field (`userId` for user data, `pk` for the system
container); every point operation names the partition, so a user's request is a
single-partition operation on Cosmos DB.

Adapters: `shared.store.sqlite.SqliteDocumentStore` (embedded default) and
`shared.store.cosmos.CosmosDocumentStore`. Both pass `tests/contract/test_store_contract.py`.

Returned documents carry `_etag` (opaque string, changes on every write) and `_ts`
(epoch seconds of the last write); other adapter system fields are stripped.
A document with an integer `ttl` field (seconds) expires that long after its last
write; expired documents are never returned.

Errors are `shared.errors` types: NotFound, Conflict, PreconditionFailed,
Throttled, Unavailable, InvalidInput (bad query or document). `batch` also raises
`BatchUnsupported` (not a `VigorError`: callers fall back, it never reaches a user).
"""

from __future__ import annotations

import abc
import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from shared.errors import NotFound

Document = dict[str, Any]


def etag_of(doc: Document) -> str:
    """The version of a document read from the store (its ETag), for `if_match`; KeyError if it has none.

    Domain code reads versions through this and `etag_or_none`, never through the adapters' `_etag` key.
    """
    return str(doc["_etag"])


def etag_or_none(doc: Document) -> str | None:
    """`etag_of`, or None for a document that was never stored (no precondition)."""
    value = doc.get("_etag")
    return None if value is None else str(value)


FilterOp = Literal[
    "eq", "ne", "lt", "le", "gt", "ge", "in", "contains", "startswith", "array_contains", "defined", "undefined"
]


@dataclass(frozen=True)
class ContainerSpec:
    """A container: its name and partition key field.

    default_ttl follows Cosmos DB: -1 = TTL on, items expire only if they carry `ttl`;
    a positive number = every item expires that many seconds after its last write.
    """

    name: str
    partition_key: str = "userId"
    default_ttl: int = -1


@dataclass(frozen=True)
class Filter:
    """`field` is a dotted path into the document (e.g. `profile.level`).

    `contains` / `startswith` are case-insensitive string matches; `array_contains`
    tests membership of `value` in an array field; `in` takes a list of values;
    `defined` / `undefined` ignore `value`.
    """

    field: str
    op: FilterOp
    value: Any = None


@dataclass(frozen=True)
class Query:
    """A query over one container.

    partition_key: one partition, or None for a cross-partition query (admin views).
    order_by: list of (field, descending); ties broken by id ascending.
    limit: page size (1-1000). continuation: the opaque token of the previous page.
    """

    filters: tuple[Filter, ...] = ()
    partition_key: str | None = None
    order_by: tuple[tuple[str, bool], ...] = ()
    limit: int = 100
    continuation: str | None = None


@dataclass
class Page:
    items: list[Document]
    continuation: str | None = None


@dataclass(frozen=True)
class PatchOp:
    """A partial update: `set` a value, `incr` a number, `remove` a field, `add` to an array end."""

    op: Literal["set", "incr", "remove", "add"]
    path: str  # dotted path, e.g. "counters.day"
    value: Any = None


@dataclass(frozen=True)
class PatchItem:
    """One document's patch inside `DocumentStore.patch_many`."""

    container: str
    partition_key: str
    doc_id: str
    operations: tuple[PatchOp, ...]


MAX_BATCH_OPS = 100  # Cosmos DB's limit per transactional batch


@dataclass(frozen=True)
class BatchOp:
    """One operation of `DocumentStore.batch`: `create`, `upsert` or `replace` the document `doc`, or
    `delete` the document `doc_id`. `if_match` (replace, delete): the ETag it must still have."""

    op: Literal["create", "upsert", "replace", "delete"]
    doc: Document | None = None
    doc_id: str | None = None
    if_match: str | None = None

    @property
    def target(self) -> str:
        """The id of the document this operation writes."""
        return str(self.doc_id if self.doc is None else self.doc.get("id"))


class BatchUnsupported(Exception):
    """The store has no transactional batch; raised before anything was written."""


@dataclass
class ContainerRegistry:
    specs: dict[str, ContainerSpec] = field(default_factory=dict)

    def get(self, name: str) -> ContainerSpec:
        return self.specs[name]


class DocumentStore(abc.ABC):
    """Async document store. Implementations must be safe under concurrent callers."""

    @abc.abstractmethod
    async def create(self, container: str, doc: Document) -> Document:
        """Insert a new document; Conflict if (partition, id) exists."""

    @abc.abstractmethod
    async def read(self, container: str, partition_key: str, doc_id: str) -> Document:
        """Return the document; NotFound if absent or expired."""

    async def read_many(
        self, container: str, partition_key: str, ids: Sequence[str], without: tuple[str, ...] = ()
    ) -> dict[str, Document]:
        """The documents of one partition with these ids, by id; absent or expired ones are left out.

        `without` names top-level fields to leave out of each document (a week's per-session detail
        when only its totals are wanted): adapters that can drop them before parsing save the work.
        Adapters answer in one round trip where they can; this default reads each concurrently.
        """

        async def one(doc_id: str) -> Document | None:
            try:
                doc = await self.read(container, partition_key, doc_id)
            except NotFound:
                return None
            for name in without:
                doc.pop(name, None)
            return doc

        found = await asyncio.gather(*(one(doc_id) for doc_id in dict.fromkeys(ids)))
        return {doc["id"]: doc for doc in found if doc is not None}

    @abc.abstractmethod
    async def upsert(self, container: str, doc: Document) -> Document:
        """Insert or overwrite the document."""

    @abc.abstractmethod
    async def replace(self, container: str, doc: Document, if_match: str | None = None) -> Document:
        """Overwrite an existing document; NotFound if absent, PreconditionFailed on a stale ETag."""

    @abc.abstractmethod
    async def delete(self, container: str, partition_key: str, doc_id: str, if_match: str | None = None) -> None:
        """Delete the document; NotFound if absent, PreconditionFailed on a stale ETag."""

    @abc.abstractmethod
    async def patch(
        self,
        container: str,
        partition_key: str,
        doc_id: str,
        operations: list[PatchOp],
        if_match: str | None = None,
    ) -> Document:
        """Apply operations atomically and return the new document; NotFound if absent."""

    async def patch_many(self, items: Sequence[PatchItem]) -> list[Document | None]:
        """Apply several patches, each atomic on its own; the new documents in order, None where one is absent.

        Adapters may apply them in one transaction (the embedded store does: one commit); this
        default runs them concurrently. Any error other than an absent document is raised.
        """

        async def one(item: PatchItem) -> Document | None:
            try:
                return await self.patch(item.container, item.partition_key, item.doc_id, list(item.operations))
            except NotFound:
                return None

        return list(await asyncio.gather(*(one(item) for item in items)))

    @property
    def batches(self) -> bool | None:
        """Whether `batch` commits atomically here: True; False (it raises BatchUnsupported); None when
        that is not known until the first batch (a Cosmos DB endpoint answers it)."""
        return False

    async def batch(self, container: str, partition_key: str, operations: Sequence[BatchOp]) -> list[Document | None]:
        """Apply the operations in order, all or none: a transactional batch within one partition.

        Returns each operation's document as written (None for a delete). When one fails (Conflict on
        create, NotFound or PreconditionFailed on replace or delete) its error is raised and nothing is
        written. At most MAX_BATCH_OPS operations, every document in `partition_key` (InvalidInput).
        BatchUnsupported when the store offers no transactional batch (this default).
        """
        raise BatchUnsupported(f"{type(self).__name__} has no transactional batch")

    @abc.abstractmethod
    async def query(self, container: str, query: Query) -> Page:
        """Return one page of matching documents and the token for the next page (None at the end)."""

    @abc.abstractmethod
    async def count(self, container: str, filters: tuple[Filter, ...] = (), partition_key: str | None = None) -> int:
        """Count matching documents."""

    @abc.abstractmethod
    async def delete_partition(self, container: str, partition_key: str) -> int:
        """Delete every document of one partition (account deletion); returns how many."""

    @abc.abstractmethod
    async def ping(self) -> None:
        """Raise Unavailable if the store cannot be reached."""

    async def initialize(self) -> None:  # noqa: B027 - optional hook
        """Create databases/containers if needed. Idempotent."""

    async def purge_expired(self) -> int:
        """Remove expired documents where the backend does not do it itself; returns how many."""
        return 0

    async def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections."""
