"""Rules every adapter applies to a transactional batch (`DocumentStore.batch`) before sending it.

They follow Cosmos DB's: at most 100 operations, all in the partition named, each document valid
on its own, and at most 2 MB in all; one operation per document (Cosmos DB would apply two in
order, but nothing Vigor does needs that, and refusing it keeps both stores' answers the same).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from shared.errors import InvalidInput, PayloadTooLarge
from shared.store import documents as d
from shared.store.port import MAX_BATCH_OPS, BatchOp, ContainerSpec, Document

MAX_BATCH_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class CheckedOp:
    """A batch operation after validation: the body (system fields stripped) and its JSON text."""

    op: BatchOp
    doc_id: str
    body: Document | None
    text: str


def check_batch(spec: ContainerSpec, partition_key: str, operations: Sequence[BatchOp]) -> list[CheckedOp]:
    """Validate a batch; InvalidInput (or PayloadTooLarge) before anything is sent or written."""
    d.check_partition_key(partition_key, spec.partition_key)
    if not operations:
        raise InvalidInput("a batch needs at least one operation")
    if len(operations) > MAX_BATCH_OPS:
        raise InvalidInput(f"a batch takes at most {MAX_BATCH_OPS} operations")
    checked: list[CheckedOp] = []
    seen: set[str] = set()
    for op in operations:
        if op.op == "delete":
            if op.doc is not None:
                raise InvalidInput("a batch delete names its document by doc_id")
            doc_id, body, text = d.check_id(op.doc_id), None, ""
        elif op.op in ("create", "upsert", "replace"):
            body, pk, doc_id = d.clean_document(op.doc, spec)
            if pk != partition_key:
                raise InvalidInput(f"document {doc_id!r} is not in the batch's partition")
            text = d.to_json(body)
        else:
            raise InvalidInput(f"unknown batch operation {op.op!r}")
        if op.if_match is not None and op.op not in ("replace", "delete"):
            raise InvalidInput(f"if_match applies to replace and delete, not {op.op}")
        if doc_id in seen:
            raise InvalidInput(f"a batch writes document {doc_id!r} once at most")
        seen.add(doc_id)
        checked.append(CheckedOp(op, doc_id, body, text))
    if sum(len(c.text) for c in checked) > MAX_BATCH_BYTES:
        raise PayloadTooLarge("a batch holds at most 2 MB of documents")
    return checked
