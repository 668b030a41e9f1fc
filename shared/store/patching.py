"""Apply PatchOps to a document in memory, with Cosmos DB's patch semantics.

Used by adapters without a native partial update (the embedded store). Like Cosmos DB:
`set` creates the last segment only (its parent must exist), `incr` on a missing or
null field sets it, `remove` of an absent field fails, `add` appends to an existing array.
A segment under an array is an index. Failures raise InvalidInput.
"""

from __future__ import annotations

import copy
from typing import Any

from shared.errors import InvalidInput
from shared.store.documents import field_segments
from shared.store.port import Document, PatchOp


def apply_patch(doc: Document, operations: list[PatchOp], *, in_place: bool = False) -> Document:
    """Return a patched deep copy of `doc`; `doc` itself is left untouched.

    `in_place` patches `doc` itself instead (for a document just parsed and owned by the caller, which
    discards it if a later operation fails).
    """
    result = doc if in_place else copy.deepcopy(doc)
    for i, op in enumerate(operations):
        try:
            _apply_one(result, op)
        except InvalidInput as exc:
            raise InvalidInput(f"patch operation {i} ({op.op} {op.path}): {exc.detail}") from None
    return result


def _apply_one(doc: Document, op: PatchOp) -> None:
    *parents, key = field_segments(op.path)
    parent = _walk(doc, parents)
    if op.op == "add":
        target = _get(parent, key)
        if not isinstance(target, list):
            raise InvalidInput("add needs an existing array")
        target.append(copy.deepcopy(op.value))
    elif op.op == "set":
        _put(parent, key, copy.deepcopy(op.value), create=True)
    elif op.op == "remove":
        if isinstance(parent, list):
            del parent[_index(parent, key)]
        elif key in parent:
            del parent[key]
        else:
            raise InvalidInput("field to remove is absent")
    else:  # incr
        current = _get(parent, key) if isinstance(parent, dict) else parent[_index(parent, key)]
        if current is None:
            _put(parent, key, op.value, create=True)
        elif isinstance(current, bool) or not isinstance(current, int | float):
            raise InvalidInput("cannot increment a non-numeric value")
        else:
            _put(parent, key, current + op.value, create=False)


def _walk(doc: Document, segments: list[str]) -> dict[str, Any] | list[Any]:
    node: Any = doc
    for seg in segments:
        node = node[_index(node, seg)] if isinstance(node, list) else _get(node, seg)
        if not isinstance(node, dict | list):
            raise InvalidInput("parent path does not exist")
    found: dict[str, Any] | list[Any] = node
    return found


def _get(node: dict[str, Any] | list[Any], key: str) -> Any:
    if isinstance(node, list):
        return node[_index(node, key)]
    return node.get(key)


def _put(node: dict[str, Any] | list[Any], key: str, value: Any, create: bool) -> None:
    if isinstance(node, list):
        node[_index(node, key)] = value
    elif create or key in node:
        node[key] = value
    else:
        raise InvalidInput("field is absent")


def _index(node: list[Any], key: str) -> int:
    if not key.isdigit() or int(key) >= len(node):
        raise InvalidInput("array index out of bounds")
    return int(key)
