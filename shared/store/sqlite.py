"""SqliteDocumentStore: the embedded default document store, one SQLite file (WAL).

All containers share one `documents` table keyed by (container, pk, id); the body is
the document's JSON without system fields, next to its etag, `_ts` and expiry time.
Expired rows stay invisible to every operation until `purge_expired()` deletes them.
See `shared.store.sqlite_db` for the threading and locking model.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Literal, TypeVar

from shared.errors import AdapterNotFound, Conflict, NotFound, PayloadTooLarge, PreconditionFailed
from shared.store import documents as d
from shared.store.batching import check_batch
from shared.store.patching import apply_patch
from shared.store.port import (
    BatchOp,
    ContainerSpec,
    Document,
    DocumentStore,
    Filter,
    Page,
    PatchItem,
    PatchOp,
    Query,
)
from shared.store.sqlite_db import SqliteDatabase
from shared.store.sqlite_query import VISIBLE, build_count, build_page_query, next_token

T = TypeVar("T")
MAX_BODY = 2 * 1024 * 1024  # Cosmos DB's item size limit, kept so both stores accept the same documents
INLINE_PARSE = 64 * 1024  # bodies above this are parsed on the pool, not on the event loop
KEY = "container = :container AND pk = :pk AND id = :id"
SELECT_ONE = f"SELECT body, etag, ts FROM documents WHERE {KEY} AND {VISIBLE}"
SELECT_ETAG = f"SELECT NULL, etag FROM documents WHERE {KEY} AND {VISIBLE}"  # replace/delete need no body
INSERT = (
    "INSERT INTO documents (container, pk, id, body, etag, ts, expires_at) "
    "VALUES (:container, :pk, :id, :body, :etag, :ts, :expires_at) ON CONFLICT (container, pk, id) DO UPDATE SET "
    "body = excluded.body, etag = excluded.etag, ts = excluded.ts, expires_at = excluded.expires_at"
)
CREATE = INSERT + " WHERE documents.expires_at IS NOT NULL AND documents.expires_at <= :now"  # revive expired ids
UPDATE = f"UPDATE documents SET body = :body, etag = :etag, ts = :ts, expires_at = :expires_at WHERE {KEY}"
DELETE = f"DELETE FROM documents WHERE {KEY}"


class QueryCosts:
    """Recent CPU cost of each query shape (its SQL text; values are bound parameters).

    A hop to the store's threads costs the event loop more than a cheap query itself: under load,
    a GIL hand-over per hop (a user's plan list took 2.8 ms of CPU per request through the pool
    and 1.4 ms answered on the loop). So a shape runs on the caller's thread once it has proved
    cheap, and goes back to the pool if it stops being so (a user with a long history); a new
    shape starts on the pool."""

    CHEAP_S = 0.002
    MAX_SHAPES = 512

    def __init__(self) -> None:
        self._costs: dict[str, float] = {}

    def is_cheap(self, sql: str) -> bool:
        cost = self._costs.get(sql)
        return cost is not None and cost < self.CHEAP_S

    def record(self, sql: str, seconds: float) -> None:
        previous = self._costs.get(sql)
        if previous is None and len(self._costs) >= self.MAX_SHAPES:
            self._costs.clear()
        self._costs[sql] = seconds if previous is None else 0.7 * previous + 0.3 * seconds


def _out(body: Document, etag: str, ts: int) -> Document:
    return {**body, "_etag": etag, "_ts": ts}


class SqliteDocumentStore(DocumentStore):
    """Document store in one SQLite file; safe across asyncio tasks, threads and processes."""

    def __init__(
        self,
        path: Path,
        containers: Iterable[ContainerSpec],
        *,
        workers: int = 4,
        synchronous: Literal["NORMAL", "FULL"] = "NORMAL",
        inline_reads: bool = True,
        inline_writes: bool = True,
    ) -> None:
        self._specs = d.index_specs(containers)
        self._db = SqliteDatabase(Path(path), workers=workers, synchronous=synchronous)
        self._inline_reads = inline_reads  # point reads on the caller's thread; see shared.store.sqlite_db
        self._inline_writes = inline_writes  # small writes too, when commits do not fsync (synchronous=NORMAL)
        self._query_costs = QueryCosts()  # and queries whose shape has proved cheap

    async def _write(self, fn: Callable[[sqlite3.Connection], T], size: int = 0) -> T:
        """A write transaction, on the caller's thread when small and uncontended (`SqliteDatabase.write_inline`)."""
        if self._inline_writes and size <= INLINE_PARSE:
            return await self._db.write_inline(fn)
        return await self._db.write(fn)

    def _row(self, spec: ContainerSpec, pk: str, doc_id: str, body: Document, text: str) -> dict[str, Any]:
        if len(text) > MAX_BODY:
            raise PayloadTooLarge("document is larger than 2 MB")
        now = time.time()
        return {
            "container": spec.name, "pk": pk, "id": doc_id, "body": text, "etag": f'"{uuid.uuid4()}"',
            "ts": int(now), "now": now, "expires_at": d.expires_at(body, spec, now),
        }  # fmt: skip

    def _prepare(self, container: str, doc: Document) -> tuple[ContainerSpec, Document, str, str, str]:
        spec = d.spec_for(self._specs, container)
        body, pk, doc_id = d.clean_document(doc, spec)
        return spec, body, pk, doc_id, d.to_json(body)

    def _key(self, container: str, partition_key: str, doc_id: str) -> dict[str, Any]:
        spec = d.spec_for(self._specs, container)
        d.check_partition_key(partition_key, spec.partition_key)
        return {"container": container, "pk": partition_key, "id": d.check_id(doc_id), "now": time.time()}

    @staticmethod
    def _current(
        conn: sqlite3.Connection, key: dict[str, Any], if_match: str | None, body: bool = True
    ) -> tuple[str, str]:
        """(body, etag) of the visible document, checking If-Match; call inside a write. With
        `body=False` the body is not read (it is "" then)."""
        key["now"] = time.time()
        row = conn.execute(SELECT_ONE if body else SELECT_ETAG, key).fetchone()
        if row is None:
            raise AdapterNotFound(f"document {key['id']!r} not found")
        if if_match is not None and row[1] != if_match:
            raise PreconditionFailed("the document changed since it was read")
        return row[0] or "", row[1]

    async def create(self, container: str, doc: Document) -> Document:
        spec, body, pk, doc_id, text = self._prepare(container, doc)

        def op(conn: sqlite3.Connection) -> Document:
            row = self._row(spec, pk, doc_id, body, text)
            if conn.execute(CREATE, row).rowcount == 0:
                raise Conflict(f"document {doc_id!r} already exists")
            return _out(body, row["etag"], row["ts"])

        return await self._write(op, len(text))

    async def upsert(self, container: str, doc: Document) -> Document:
        spec, body, pk, doc_id, text = self._prepare(container, doc)

        def op(conn: sqlite3.Connection) -> Document:
            row = self._row(spec, pk, doc_id, body, text)
            conn.execute(INSERT, row)
            return _out(body, row["etag"], row["ts"])

        return await self._write(op, len(text))

    async def replace(self, container: str, doc: Document, if_match: str | None = None) -> Document:
        spec, body, pk, doc_id, text = self._prepare(container, doc)

        def op(conn: sqlite3.Connection) -> Document:
            row = self._row(spec, pk, doc_id, body, text)
            self._current(conn, {"container": container, "pk": pk, "id": doc_id}, if_match, body=False)
            conn.execute(UPDATE, row)
            return _out(body, row["etag"], row["ts"])

        return await self._write(op, len(text))

    async def read(self, container: str, partition_key: str, doc_id: str) -> Document:
        key = self._key(container, partition_key, doc_id)
        read = self._db.read_inline if self._inline_reads else self._db.read
        row = await read(lambda conn: conn.execute(SELECT_ONE, key).fetchone())
        if row is None:
            raise AdapterNotFound(f"document {doc_id!r} not found")
        text: str = row[0]
        body = d.from_json(text) if len(text) <= INLINE_PARSE else await self._db.run(lambda: d.from_json(text))
        return _out(body, row[1], row[2])

    async def read_many(
        self, container: str, partition_key: str, ids: Sequence[str], without: tuple[str, ...] = ()
    ) -> dict[str, Document]:
        """One primary-key lookup for all ids, on the caller's thread like `read`; SQLite drops the
        `without` fields (json_remove, in C) so Python parses only the rest."""
        d.check_partition_key(partition_key, d.spec_for(self._specs, container).partition_key)
        wanted, paths = d.check_read_many(ids, without)
        if not wanted:
            return {}
        params: dict[str, Any] = {"container": container, "pk": partition_key, "now": time.time()}
        params.update({f"i{n}": doc_id for n, doc_id in enumerate(wanted)})
        params.update({f"w{n}": path for n, path in enumerate(paths)})
        body = f"json_remove(body, {', '.join(f':w{n}' for n in range(len(without)))})" if without else "body"
        ids_sql = ", ".join(f":i{n}" for n in range(len(wanted)))
        sql = (
            f"SELECT id, {body}, etag, ts FROM documents WHERE container = :container AND pk = :pk "
            f"AND id IN ({ids_sql}) AND {VISIBLE}"
        )
        read = self._db.read_inline if self._inline_reads else self._db.read
        rows = await read(lambda conn: conn.execute(sql, params).fetchall())

        def parse() -> dict[str, Document]:
            return {row[0]: _out(d.from_json(row[1]), row[2], row[3]) for row in rows}

        return parse() if sum(len(row[1]) for row in rows) <= INLINE_PARSE else await self._db.run(parse)

    async def delete(self, container: str, partition_key: str, doc_id: str, if_match: str | None = None) -> None:
        key = self._key(container, partition_key, doc_id)

        def op(conn: sqlite3.Connection) -> None:
            self._current(conn, key, if_match, body=False)
            conn.execute(DELETE, key)

        await self._write(op)

    async def patch(
        self, container: str, partition_key: str, doc_id: str, operations: list[PatchOp], if_match: str | None = None
    ) -> Document:
        key = self._key(container, partition_key, doc_id)
        spec = self._specs[container]
        d.check_patch(operations, spec)

        def op(conn: sqlite3.Connection) -> Document:
            text, _etag = self._current(conn, key, if_match)
            body = apply_patch(d.from_json(text), operations, in_place=True)
            row = self._row(spec, partition_key, doc_id, body, d.to_json(body))
            conn.execute(UPDATE, row)
            return _out(body, row["etag"], row["ts"])

        return await self._write(op)

    async def patch_many(self, items: Sequence[PatchItem]) -> list[Document | None]:
        """Every patch in one write transaction (one thread hop, one commit); None where a document is absent."""
        keyed = []
        for item in items:
            key = self._key(item.container, item.partition_key, item.doc_id)
            spec = self._specs[item.container]
            d.check_patch(list(item.operations), spec)
            keyed.append((item, key, spec))

        def op(conn: sqlite3.Connection) -> list[Document | None]:
            out: list[Document | None] = []
            for item, key, spec in keyed:
                try:
                    text, _etag = self._current(conn, key, None)
                except NotFound:
                    out.append(None)
                    continue
                body = apply_patch(d.from_json(text), list(item.operations), in_place=True)
                row = self._row(spec, item.partition_key, item.doc_id, body, d.to_json(body))
                conn.execute(UPDATE, row)
                out.append(_out(body, row["etag"], row["ts"]))
            return out

        return await self._write(op)

    @property
    def batches(self) -> bool:
        return True

    async def batch(self, container: str, partition_key: str, operations: Sequence[BatchOp]) -> list[Document | None]:
        """Every operation in one write transaction: one commit, or a rollback and the first error."""
        spec = d.spec_for(self._specs, container)
        checked = check_batch(spec, partition_key, operations)

        def op(conn: sqlite3.Connection) -> list[Document | None]:
            out: list[Document | None] = []
            for item in checked:
                key = {"container": container, "pk": partition_key, "id": item.doc_id}
                if item.body is None:  # delete
                    self._current(conn, key, item.op.if_match, body=False)
                    conn.execute(DELETE, key)
                    out.append(None)
                    continue
                row = self._row(spec, partition_key, item.doc_id, item.body, item.text)
                if item.op.op == "create":
                    if conn.execute(CREATE, row).rowcount == 0:
                        raise Conflict(f"document {item.doc_id!r} already exists")
                elif item.op.op == "replace":
                    self._current(conn, key, item.op.if_match, body=False)
                    conn.execute(UPDATE, row)
                else:
                    conn.execute(INSERT, row)
                out.append(_out(item.body, row["etag"], row["ts"]))
            return out

        return await self._write(op, sum(len(item.text) for item in checked))

    async def query(self, container: str, query: Query) -> Page:
        d.spec_for(self._specs, container)
        d.check_query(query)
        sql, params = build_page_query(container, query, time.time())

        def op(conn: sqlite3.Connection) -> Page:
            started = time.thread_time()
            rows = conn.execute(sql, params).fetchall()
            more = len(rows) > query.limit
            rows = rows[: query.limit]
            items = [_out(d.from_json(r[2]), r[3], r[4]) for r in rows]
            self._query_costs.record(sql, time.thread_time() - started)
            return Page(items, next_token(query, rows[-1]) if more else None)

        inline = self._inline_reads and self._query_costs.is_cheap(sql)
        return await (self._db.read_inline(op) if inline else self._db.read(op))

    async def count(self, container: str, filters: tuple[Filter, ...] = (), partition_key: str | None = None) -> int:
        d.spec_for(self._specs, container)
        d.check_query(Query(filters=filters, partition_key=partition_key))
        sql, params = build_count(container, filters, partition_key, time.time())
        return await self._db.read(lambda conn: int(conn.execute(sql, params).fetchone()[0]))

    async def delete_partition(self, container: str, partition_key: str) -> int:
        spec = d.spec_for(self._specs, container)
        key: dict[str, Any] = {"container": container, "pk": d.check_partition_key(partition_key, spec.partition_key)}

        def op(conn: sqlite3.Connection) -> int:
            key["now"] = time.time()
            visible = conn.execute(
                f"DELETE FROM documents WHERE container = :container AND pk = :pk AND {VISIBLE}", key
            )
            conn.execute("DELETE FROM documents WHERE container = :container AND pk = :pk", key)  # expired leftovers
            return int(visible.rowcount)

        return await self._db.write(op)

    async def purge_expired(self) -> int:
        sql = "DELETE FROM documents WHERE expires_at IS NOT NULL AND expires_at <= :now"
        return await self._db.write(lambda conn: int(conn.execute(sql, {"now": time.time()}).rowcount))

    async def pragmas(self) -> dict[str, str]:
        """The file's journal mode and a pool connection's commit mode (for benchmark reports)."""

        def op(conn: sqlite3.Connection) -> dict[str, str]:
            journal = str(conn.execute("PRAGMA journal_mode").fetchone()[0])
            level = int(conn.execute("PRAGMA synchronous").fetchone()[0])
            return {"journal_mode": journal.upper(), "synchronous": ["OFF", "NORMAL", "FULL", "EXTRA"][level]}

        return await self._db.read(op)

    async def ping(self) -> None:
        await self._db.read(lambda conn: conn.execute("SELECT 1").fetchone())

    async def initialize(self) -> None:
        await self.ping()  # opening a connection creates the file and the schema

    async def close(self) -> None:
        await self._db.close()
