"""Translate Filter / Query into parameterised Cosmos DB SQL.

Every field reference is written `c["seg"]["seg"]` (JSON-quoted segments) and every
value is a parameter, so nothing from a query is spliced into SQL text as code.

ORDER BY: a single-field ORDER BY needs only the default range index; ordering on
several fields needs a matching composite index on the container (real Cosmos DB and
the protocol server both reject the query otherwise). The port breaks ties by id, but
`ORDER BY c.f, c.id` would need a composite index for every order Vigor uses; this
adapter leaves ties to Cosmos DB (its internal document order, stable across pages),
so only the order of documents with equal sort values differs from the embedded store.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from shared.errors import InvalidCursor
from shared.store.documents import check_filter, decode_token, encode_token, field_segments
from shared.store.port import ContainerSpec, Filter, Query

RANGE_OPS = {"lt": "<", "le": "<=", "gt": ">", "ge": ">="}


def field_ref(path: str) -> str:
    return "c" + "".join(f"[{json.dumps(seg)}]" for seg in field_segments(path))


@dataclass
class CosmosSql:
    """Accumulates WHERE conditions and their parameters."""

    parameters: list[dict[str, Any]] = field(default_factory=list)
    where: list[str] = field(default_factory=list)

    def bind(self, value: Any) -> str:
        name = f"@p{len(self.parameters)}"
        self.parameters.append({"name": name, "value": value})
        return name

    def add_filter(self, flt: Filter) -> None:
        check_filter(flt)
        ref, op, value = field_ref(flt.field), flt.op, flt.value
        if op == "eq":
            cond = f"{ref} = {self.bind(value)}"
        elif op == "ne":
            cond = f"{ref} != {self.bind(value)}"
        elif op in RANGE_OPS:
            cond = f"{ref} {RANGE_OPS[op]} {self.bind(value)}"
        elif op == "in":
            cond = f"{ref} IN ({', '.join(self.bind(v) for v in value)})" if value else "false"
        elif op == "contains":
            cond = f"CONTAINS(LOWER({ref}), {self.bind(value.lower())})"
        elif op == "startswith":
            cond = f"STARTSWITH(LOWER({ref}), {self.bind(value.lower())})"
        elif op == "array_contains":
            cond = f"ARRAY_CONTAINS({ref}, {self.bind(value)})"
        else:
            cond = f"{'' if op == 'defined' else 'NOT '}IS_DEFINED({ref})"
        self.where.append(f"({cond})")

    def where_clause(self) -> str:
        return f" WHERE {' AND '.join(self.where)}" if self.where else ""


def _scoped(spec: ContainerSpec, filters: tuple[Filter, ...], partition_key: str | None) -> CosmosSql:
    sql = CosmosSql()
    if partition_key is not None:
        # Redundant with the request's partition key on real Cosmos DB; the protocol server needs it.
        sql.where.append(f"{field_ref(spec.partition_key)} = {sql.bind(partition_key)}")
    for flt in filters:
        sql.add_filter(flt)
    return sql


def build_query(spec: ContainerSpec, query: Query) -> tuple[str, list[dict[str, Any]]]:
    sql = _scoped(spec, query.filters, query.partition_key)
    order = ", ".join(f"{field_ref(f)} {'DESC' if desc else 'ASC'}" for f, desc in query.order_by)
    text = f"SELECT * FROM c{sql.where_clause()}" + (f" ORDER BY {order}" if order else "")
    return text, sql.parameters


def build_count(spec: ContainerSpec, filters: tuple[Filter, ...], partition_key: str | None) -> tuple[str, list[Any]]:
    sql = _scoped(spec, filters, partition_key)
    return f"SELECT VALUE COUNT(1) FROM c{sql.where_clause()}", sql.parameters


def _shape(text: str, partition_key: str | None) -> str:
    return hashlib.sha256(f"{text}|{partition_key}".encode()).hexdigest()[:12]


def wrap_token(sdk_token: str | None, text: str, partition_key: str | None) -> str | None:
    """Make the SDK's continuation opaque and bound to the query that produced it."""
    return None if not sdk_token else encode_token({"c": sdk_token, "q": _shape(text, partition_key)})


def unwrap_token(token: str | None, text: str, partition_key: str | None) -> str | None:
    if not token:
        return None
    payload = decode_token(token, strings=("c", "q"))
    if payload["q"] != _shape(text, partition_key):
        raise InvalidCursor("continuation token does not belong to this query")
    sdk_token: str = payload["c"]
    return sdk_token
