"""CosmosDocumentStore: the document store on Azure Cosmos DB (NoSQL API), async SDK.

Imported only when Cosmos DB is configured (the SDK is heavy for cold starts). Point
operations and patch are native (patch is atomic server-side, so concurrent `incr`s
are exact without a retry loop); queries are parameterised SQL (see cosmos_query);
expiry is Cosmos DB's own TTL, so `purge_expired()` has nothing to do. `batch` is a transactional
batch (`execute_item_batch`) once a probe has shown that the endpoint commits batches whole: the
Cosmos DB protocol server the tests run accepts batch requests but applies them one operation at a
time, keeping what went before a failure. The probe (first `batch` call, once per store) sends a
create followed by a replace of a missing document in a partition of its own: Cosmos DB rolls the
create back, an endpoint that does not leaves it behind (deleted again) and gets BatchUnsupported.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Iterable, Sequence
from typing import Any, cast

from azure.core import MatchConditions
from azure.core.credentials_async import AsyncTokenCredential
from azure.cosmos import PartitionKey
from azure.cosmos.aio import ContainerProxy, CosmosClient
from azure.cosmos.exceptions import CosmosBatchOperationError, CosmosHttpResponseError

from shared.errors import InvalidCursor, InvalidInput, NotFound, Unavailable, VigorError
from shared.store import documents as d
from shared.store.batching import CheckedOp, check_batch
from shared.store.cosmos_errors import batch_error, cosmos_errors
from shared.store.cosmos_query import build_count, build_query, field_ref, unwrap_token, wrap_token
from shared.store.port import (
    BatchOp,
    BatchUnsupported,
    ContainerSpec,
    Document,
    DocumentStore,
    Filter,
    Page,
    PatchOp,
    Query,
)

log = logging.getLogger("vigor.store")
DELETE_CONCURRENCY = 8
PROBE_PARTITION = "~vigor-batch-probe"  # no user id looks like this; the probe document expires anyway
PROBE_TTL_S = 300


def _out(item: dict[str, Any]) -> Document:
    return d.strip_system(dict(item))


def _condition(if_match: str | None) -> dict[str, Any]:
    return {} if if_match is None else {"etag": if_match, "match_condition": MatchConditions.IfNotModified}


def _patch_op(op: PatchOp) -> dict[str, Any]:
    pointer = "/" + "/".join(seg.replace("~", "~0").replace("/", "~1") for seg in d.field_segments(op.path))
    if op.op == "remove":
        return {"op": "remove", "path": pointer}
    if op.op == "add":  # append to the end of an existing array
        return {"op": "add", "path": pointer + "/-", "value": op.value}
    return {"op": op.op, "path": pointer, "value": op.value}


def _batch_op(checked: CheckedOp) -> tuple[Any, ...]:
    """An operation in the SDK's batch form: (kind, args[, kwargs])."""
    op = checked.op
    condition = {} if op.if_match is None else {"if_match_etag": op.if_match}
    if op.op == "delete":
        return ("delete", (checked.doc_id,), condition)
    if op.op == "replace":
        return ("replace", (checked.doc_id, checked.body), condition)
    return (op.op, (checked.body,))


class CosmosDocumentStore(DocumentStore):
    """Document store on Azure Cosmos DB; the client is created on first use."""

    def __init__(
        self,
        endpoint: str,
        credential: str | AsyncTokenCredential,
        database: str,
        containers: Iterable[ContainerSpec],
        connection_verify: bool = True,
    ) -> None:
        self._endpoint = endpoint
        self._credential = credential
        self._database = database
        self._specs = d.index_specs(containers)
        self._verify = connection_verify
        self._client: CosmosClient | None = None
        self._lock = asyncio.Lock()
        self._batches: bool | None = None  # known after the first batch (its probe)
        self._probe_lock = asyncio.Lock()

    async def _get_client(self) -> CosmosClient:
        async with self._lock:
            if self._client is None:
                client = CosmosClient(self._endpoint, self._credential, connection_verify=self._verify)
                with cosmos_errors():
                    await client.__aenter__()
                self._client = client
            return self._client

    async def _container(self, name: str) -> ContainerProxy:
        d.spec_for(self._specs, name)
        client = self._client or await self._get_client()
        return client.get_database_client(self._database).get_container_client(name)

    async def initialize(self) -> None:
        client = await self._get_client()
        with cosmos_errors():
            db = await client.create_database_if_not_exists(self._database)
            for spec in self._specs.values():
                await db.create_container_if_not_exists(
                    id=spec.name,
                    partition_key=PartitionKey(path=f"/{spec.partition_key}"),
                    default_ttl=spec.default_ttl,
                )

    async def create(self, container: str, doc: Document) -> Document:
        body, _pk, _id = d.clean_document(doc, d.spec_for(self._specs, container))
        proxy = await self._container(container)
        with cosmos_errors():
            return _out(await proxy.create_item(body))

    async def read(self, container: str, partition_key: str, doc_id: str) -> Document:
        proxy = await self._point(container, partition_key, doc_id)
        with cosmos_errors():
            return _out(await proxy.read_item(doc_id, partition_key=partition_key))

    async def read_many(
        self, container: str, partition_key: str, ids: Sequence[str], without: tuple[str, ...] = ()
    ) -> dict[str, Document]:
        """One batched point read (`read_items`) instead of a round trip per document."""
        d.check_partition_key(partition_key, d.spec_for(self._specs, container).partition_key)
        wanted, _paths = d.check_read_many(ids, without)
        proxy = await self._container(container)
        if not wanted:
            return {}
        with cosmos_errors():
            found = await proxy.read_items([(doc_id, partition_key) for doc_id in wanted])
        out: dict[str, Document] = {}
        for item in found:
            doc = _out(item)
            for name in without:
                doc.pop(name, None)
            out[str(doc["id"])] = doc
        return out

    async def upsert(self, container: str, doc: Document) -> Document:
        body, _pk, _id = d.clean_document(doc, d.spec_for(self._specs, container))
        proxy = await self._container(container)
        with cosmos_errors():
            return _out(await proxy.upsert_item(body))

    async def replace(self, container: str, doc: Document, if_match: str | None = None) -> Document:
        body, _pk, doc_id = d.clean_document(doc, d.spec_for(self._specs, container))
        proxy = await self._container(container)
        with cosmos_errors():
            return _out(await proxy.replace_item(doc_id, body, **_condition(if_match)))

    async def delete(self, container: str, partition_key: str, doc_id: str, if_match: str | None = None) -> None:
        proxy = await self._point(container, partition_key, doc_id)
        with cosmos_errors():
            await proxy.delete_item(doc_id, partition_key=partition_key, **_condition(if_match))

    async def patch(
        self, container: str, partition_key: str, doc_id: str, operations: list[PatchOp], if_match: str | None = None
    ) -> Document:
        proxy = await self._point(container, partition_key, doc_id)
        d.check_patch(operations, self._specs[container])
        ops = [_patch_op(op) for op in operations]
        with cosmos_errors():
            return _out(await proxy.patch_item(doc_id, partition_key, ops, **_condition(if_match)))

    @property
    def batches(self) -> bool | None:
        return self._batches

    async def batch(self, container: str, partition_key: str, operations: Sequence[BatchOp]) -> list[Document | None]:
        """One transactional batch (`execute_item_batch`); BatchUnsupported where the endpoint has none."""
        checked = check_batch(d.spec_for(self._specs, container), partition_key, operations)
        proxy = await self._container(container)
        if self._batches is None:
            await self._probe(proxy, d.spec_for(self._specs, container))
        if self._batches is False:
            raise BatchUnsupported("this Cosmos DB endpoint does not commit batches whole")
        with cosmos_errors():
            try:
                results = await proxy.execute_item_batch([_batch_op(c) for c in checked], partition_key)
            except CosmosBatchOperationError as exc:
                raise batch_error(exc) from exc
        pairs = zip(checked, results, strict=True)
        return [None if c.body is None else _out(dict(r["resourceBody"])) for c, r in pairs]

    async def _probe(self, proxy: ContainerProxy, spec: ContainerSpec) -> None:
        """Learn whether the endpoint commits batches whole (see the module docstring)."""
        async with self._probe_lock:
            if self._batches is not None:
                return
            probe_id = f"probe-{uuid.uuid4().hex}"
            probe = {"id": probe_id, spec.partition_key: PROBE_PARTITION, "ttl": PROBE_TTL_S}
            missing = {**probe, "id": f"missing-{uuid.uuid4().hex}"}
            ops: list[tuple[Any, ...]] = [("create", (probe,)), ("replace", (missing["id"], missing))]
            outcome = "refused"
            with cosmos_errors():
                try:
                    await proxy.execute_item_batch(ops, PROBE_PARTITION)
                except CosmosBatchOperationError:
                    outcome = "failed as a batch"
                except CosmosHttpResponseError as exc:
                    if exc.status_code in (408, 429, 449, 503):  # transient: decide on a later batch
                        raise
            try:
                await self.delete(spec.name, PROBE_PARTITION, probe_id)
                kept = True
            except NotFound:
                kept = False
            self._batches = outcome == "failed as a batch" and not kept
            if not self._batches:
                log.warning("the Cosmos DB endpoint does not commit batches whole (%s); writes fall back", outcome)

    async def query(self, container: str, query: Query) -> Page:
        spec = d.spec_for(self._specs, container)
        d.check_query(query)
        text, params = build_query(spec, query)
        scope: dict[str, Any] = {} if query.partition_key is None else {"partition_key": query.partition_key}
        proxy = await self._container(container)
        items: list[Document] = []
        token: str | None = None
        given = unwrap_token(query.continuation, text, query.partition_key)
        try:
            with cosmos_errors():
                iterator = proxy.query_items(text, parameters=params, max_item_count=query.limit, **scope)
                pages = iterator.by_page(given)
                async for page in pages:  # skip the empty pages Cosmos DB may return mid-way
                    items.extend([_out(item) async for item in page])
                    token = cast(Any, pages).continuation_token  # AsyncPageIterator; typed as a plain AsyncIterator
                    if items or not token:
                        break
        except (InvalidInput, ValueError, TypeError, KeyError) as exc:
            # The query was the first page's; what Cosmos DB or the SDK refuses now is the token inside a
            # well-formed cursor (forged: the wrapper is not signed).
            if given is None or isinstance(exc, InvalidCursor):
                raise
            raise InvalidCursor("continuation token refused by the store") from exc
        return Page(items, wrap_token(token, text, query.partition_key))

    async def count(self, container: str, filters: tuple[Filter, ...] = (), partition_key: str | None = None) -> int:
        spec = d.spec_for(self._specs, container)
        d.check_query(Query(filters=filters, partition_key=partition_key))
        text, params = build_count(spec, filters, partition_key)
        scope: dict[str, Any] = {} if partition_key is None else {"partition_key": partition_key}
        proxy = await self._container(container)
        with cosmos_errors():
            total = 0
            async for partial in proxy.query_items(text, parameters=params, **scope):
                total += int(cast(int, partial))  # VALUE COUNT(1) yields numbers, not documents
            return total

    async def delete_partition(self, container: str, partition_key: str) -> int:
        spec = d.spec_for(self._specs, container)
        d.check_partition_key(partition_key, spec.partition_key)
        proxy = await self._container(container)
        text = f"SELECT VALUE c.id FROM c WHERE {field_ref(spec.partition_key)} = @pk"
        with cosmos_errors():
            params: list[dict[str, Any]] = [{"name": "@pk", "value": partition_key}]
            ids = [str(i) async for i in proxy.query_items(text, parameters=params, partition_key=partition_key)]
        gate = asyncio.Semaphore(DELETE_CONCURRENCY)

        async def delete_one(doc_id: str) -> int:
            async with gate:
                try:
                    await self.delete(container, partition_key, doc_id)
                except NotFound:  # deleted concurrently or expired meanwhile
                    return 0
                return 1

        return sum(await asyncio.gather(*(delete_one(i) for i in ids)))

    async def ping(self) -> None:
        try:
            client = await self._get_client()
            with cosmos_errors():
                await client.get_database_client(self._database).read()
        except VigorError as exc:
            raise Unavailable(f"cosmos ping failed: {exc.detail}") from exc

    async def close(self) -> None:
        async with self._lock:
            if self._client is not None:
                await self._client.close()
                self._client = None

    async def _point(self, container: str, partition_key: str, doc_id: str) -> ContainerProxy:
        spec = d.spec_for(self._specs, container)
        d.check_partition_key(partition_key, spec.partition_key)
        d.check_id(doc_id)
        return await self._container(container)
