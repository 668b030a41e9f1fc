"""Translate Filter / Query into SQLite SQL over the `documents` table.

Field values are read with json_extract on a JSON path that is bound as a parameter,
so nothing from a query is ever spliced into SQL text. Comparisons are typed like
Cosmos DB's: a filter only matches values of the same JSON type as its operand.
Paging is keyset: the token holds the last row's sort values, id and partition key.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from shared.errors import InvalidCursor
from shared.store.documents import check_filter, decode_token, encode_token, field_segments
from shared.store.port import Filter, Query

VISIBLE = "(expires_at IS NULL OR expires_at > :now)"
RANGE_OPS = {"lt": "<", "le": "<=", "gt": ">", "ge": ">="}
SLOT_COLUMNS = {"daily_slot": "daily_slot", "push_slot": "push_slot"}  # the timers' indexed generated columns


def json_path(field_name: str) -> str:
    return "$" + "".join(f'."{seg}"' for seg in field_segments(field_name))


@dataclass
class SqlBuilder:
    """Accumulates SQL conditions and their named parameters."""

    params: dict[str, Any] = field(default_factory=dict)
    where: list[str] = field(default_factory=list)

    def bind(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f":{name}"

    def value_expr(self, field_name: str) -> str:
        return f"json_extract(body, {self.bind(json_path(field_name))})"

    def typed(self, field_name: str, value: Any, op: str) -> str:
        """`field op value`, true only when the JSON types agree."""
        path = self.bind(json_path(field_name))
        if value is None:
            return f"(json_type(body, {path}) = 'null')" if op == "=" else f"(json_type(body, {path}) <> 'null')"
        stored = int(value) if isinstance(value, bool) else value
        return (
            f"(json_type(body, {path}) IN {_json_types(value)} AND json_extract(body, {path}) {op} {self.bind(stored)})"
        )

    def add_filter(self, flt: Filter) -> None:
        self.where.append(self._filter(flt))

    def _filter(self, flt: Filter) -> str:
        check_filter(flt)
        op, value = flt.op, flt.value
        if op == "eq" and flt.field == "type" and isinstance(value, str):
            return f"doc_type = {self.bind(value)}"  # the indexed generated column (see sqlite_db.SCHEMA)
        if flt.field == "last_active" and op in RANGE_OPS and isinstance(value, str):
            return f"last_active {RANGE_OPS[op]} {self.bind(value)}"  # indexed too (sqlite_db.LAST_ACTIVE_INDEX)
        if flt.field in SLOT_COLUMNS and op == "eq" and type(value) is int:
            return f"{SLOT_COLUMNS[flt.field]} = {self.bind(value)}"  # and these (sqlite_db.*_SLOT_INDEX)
        if op in ("eq", "ne"):
            return self.typed(flt.field, value, "=" if op == "eq" else "<>")
        if op in RANGE_OPS:
            return self.typed(flt.field, value, RANGE_OPS[op])
        if op == "in":
            return "(" + " OR ".join(self.typed(flt.field, v, "=") for v in value) + ")" if value else "0"
        if op in ("contains", "startswith"):
            return f"vigor_{op}({self.value_expr(flt.field)}, {self.bind(value.lower())})"
        if op == "array_contains":
            path = self.bind(json_path(flt.field))
            stored = self.bind(int(value) if isinstance(value, bool) else value)
            cond = "e.value IS NULL" if value is None else f"e.value = {stored}"
            return (
                f"(json_type(body, {path}) = 'array' AND EXISTS (SELECT 1 FROM json_each(body, {path}) AS e "
                f"WHERE e.type IN {_json_types(value)} AND {cond}))"
            )
        return f"(json_type(body, {self.bind(json_path(flt.field))}) IS {'NOT ' if op == 'defined' else ''}NULL)"


def _json_types(value: Any) -> str:
    if value is None:
        return "('null')"
    if isinstance(value, bool):
        return "('true', 'false')"
    return "('integer', 'real')" if isinstance(value, int | float) else "('text')"


def _shape(query: Query) -> str:
    return hashlib.sha256(repr(query.order_by).encode()).hexdigest()[:12]


def build_page_query(container: str, query: Query, now: float) -> tuple[str, dict[str, Any]]:
    """SELECT for one page (limit + 1 rows, to know whether another page follows)."""
    b = SqlBuilder(params={"container": container, "now": now})
    b.where += ["container = :container", VISIBLE]
    if query.partition_key is not None:
        b.where.append(f"pk = {b.bind(query.partition_key)}")
    for flt in query.filters:
        b.add_filter(flt)
    sorts = [(b.value_expr(f), desc) for f, desc in query.order_by]
    if query.continuation:
        b.where.append(_after(b, sorts, query))
    order = [f"{expr} {'DESC' if desc else 'ASC'}" for expr, desc in sorts] + ["id ASC", "pk ASC"]
    columns = ", ".join(["pk", "id", "body", "etag", "ts"] + [expr for expr, _ in sorts])
    sql = f"SELECT {columns} FROM documents WHERE {' AND '.join(b.where)} ORDER BY {', '.join(order)} LIMIT :limit"
    b.params["limit"] = query.limit + 1
    return sql, b.params


def build_count(
    container: str, filters: tuple[Filter, ...], partition_key: str | None, now: float
) -> tuple[str, dict[str, Any]]:
    b = SqlBuilder(params={"container": container, "now": now})
    b.where += ["container = :container", VISIBLE]
    if partition_key is not None:
        b.where.append(f"pk = {b.bind(partition_key)}")
    for flt in filters:
        b.add_filter(flt)
    return f"SELECT COUNT(*) FROM documents WHERE {' AND '.join(b.where)}", b.params


def next_token(query: Query, row: tuple[Any, ...]) -> str:
    pk, doc_id, *_rest = row
    return encode_token({"s": list(row[5:]), "id": doc_id, "pk": pk, "q": _shape(query)})


def _after(b: SqlBuilder, sorts: list[tuple[str, bool]], query: Query) -> str:
    """Rows strictly after the token's row in (sorts..., id, pk) order."""
    assert query.continuation is not None
    token = decode_token(query.continuation, strings=("id", "pk", "q"), scalar_lists=("s",))
    if token["q"] != _shape(query) or len(token["s"]) != len(sorts):
        raise InvalidCursor("continuation token does not belong to this query")
    keys = [(expr, desc, b.bind(v), v is None) for (expr, desc), v in zip(sorts, token["s"], strict=True)]
    keys += [("id", False, b.bind(token["id"]), False), ("pk", False, b.bind(token["pk"]), False)]
    alternatives = []
    for i, (expr, desc, param, is_null) in enumerate(keys):
        equal = [f"{e} IS {p}" for e, _d, p, _n in keys[:i]]
        if is_null:  # NULL sorts first ascending, last descending
            step = "0" if desc else f"{expr} IS NOT NULL"
        else:
            step = f"({expr} < {param} OR {expr} IS NULL)" if desc else f"{expr} > {param}"
        alternatives.append("(" + " AND ".join([*equal, step]) + ")")
    return "(" + " OR ".join(alternatives) + ")"
