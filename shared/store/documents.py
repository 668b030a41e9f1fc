"""Rules every document store adapter applies the same way.

Document and id validation follow Cosmos DB, so a document the embedded store accepts
is one Cosmos DB accepts too. Also: dotted field paths, continuation token coding and
the system fields adapters add or strip.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Iterable
from typing import Any

import orjson

from shared.errors import FieldError, InvalidCursor, InvalidInput
from shared.store.port import ContainerSpec, Document, Filter, PatchOp, Query

ID_MAX_LEN = 255
ID_FORBIDDEN = frozenset("/\\?#")
MAX_PATCH_OPS = 10  # Cosmos DB's limit per patch request
MAX_PAGE = 1000
RETURNED_SYSTEM_FIELDS = ("_etag", "_ts")
STRIPPED_SYSTEM_FIELDS = ("_rid", "_self", "_attachments", "_lsn", "_metadata")
MAX_IN = 256
SCALAR = (str, int, float, bool, type(None))
FILTER_OPS = (
    "eq",
    "ne",
    "lt",
    "le",
    "gt",
    "ge",
    "in",
    "contains",
    "startswith",
    "array_contains",
    "defined",
    "undefined",
)


def spec_for(specs: dict[str, ContainerSpec], container: str) -> ContainerSpec:
    """The container's spec; InvalidInput for a container the store does not know."""
    try:
        return specs[container]
    except KeyError:
        raise InvalidInput(f"unknown container {container!r}") from None


def index_specs(containers: Iterable[ContainerSpec]) -> dict[str, ContainerSpec]:
    return {spec.name: spec for spec in containers}


def check_id(doc_id: object, what: str = "id") -> str:
    if not isinstance(doc_id, str) or not doc_id:
        raise InvalidInput(f"{what} must be a non-empty string")
    if len(doc_id) > ID_MAX_LEN:
        raise InvalidInput(f"{what} must be at most {ID_MAX_LEN} characters")
    if ID_FORBIDDEN.intersection(doc_id):
        raise InvalidInput(f"{what} must not contain '/', '\\', '?' or '#'")
    return doc_id


def check_partition_key(value: object, field_name: str) -> str:
    if not isinstance(value, str) or not value:
        raise InvalidInput(f"partition key {field_name!r} must be a non-empty string")
    return value


def check_ttl(doc: Document) -> int | None:
    """The item's ttl in seconds (-1 = never expires), None when it has none."""
    if "ttl" not in doc:
        return None
    ttl = doc["ttl"]
    if isinstance(ttl, bool) or not isinstance(ttl, int) or (ttl <= 0 and ttl != -1):
        raise InvalidInput("ttl must be a positive integer number of seconds, or -1")
    return ttl


def expires_at(doc: Document, spec: ContainerSpec, now: float) -> float | None:
    """When the document expires (epoch seconds), following Cosmos DB's TTL rules."""
    ttl = check_ttl(doc)
    if ttl is None:
        ttl = spec.default_ttl
    return now + ttl if ttl > 0 else None


def clean_document(doc: object, spec: ContainerSpec) -> tuple[Document, str, str]:
    """Validate a document to write; returns (body without system fields, partition key, id)."""
    if not isinstance(doc, dict):
        raise InvalidInput("document must be a JSON object")
    doc_id = check_id(doc.get("id"))
    pk = check_partition_key(doc.get(spec.partition_key), spec.partition_key)
    check_ttl(doc)
    body = {k: v for k, v in doc.items() if k not in RETURNED_SYSTEM_FIELDS and k not in STRIPPED_SYSTEM_FIELDS}
    return body, pk, doc_id


# orjson: 3-10x faster than the json module on Vigor's documents (docs/benchmarks.md, store section).
# Datetimes and dataclasses are passed to `default`, which refuses them, as json.dumps does.
_DUMP_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def _not_json(value: object) -> Any:
    raise TypeError(f"{type(value).__name__} is not a JSON value")


def to_json(body: Document) -> str:
    """The document as compact JSON; InvalidInput for anything JSON cannot hold (NaN and infinities too)."""
    try:
        text = orjson.dumps(body, default=_not_json, option=_DUMP_OPTIONS)
    except TypeError as exc:
        where = _unencodable(body)
        errors = [FieldError(where, "is not valid text (a lone surrogate)")] if where else []
        raise InvalidInput(f"document is not valid JSON: {exc}", errors) from None
    if b"null" in text and _has_non_finite(body):  # orjson writes NaN and infinities as null
        raise InvalidInput("document is not valid JSON: NaN and infinities are not JSON numbers")
    return text.decode()


def _unencodable(value: Any, path: str = "") -> str | None:
    """The dotted path of the first string (or key) UTF-8 cannot encode (a lone surrogate), or None."""
    if isinstance(value, str):
        try:
            value.encode()
        except UnicodeEncodeError:
            return path or "body"
        return None
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list | tuple) else ()
    for key, item in items:
        inner = f"{path}.{key}" if path else str(key)
        found = _unencodable(str(key), inner) if isinstance(key, str) else None
        found = found or _unencodable(item, inner)
        if found:
            return found
    return None


def _has_non_finite(value: Any) -> bool:
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, float):
            if not math.isfinite(item):
                return True
        elif isinstance(item, dict):
            pending.extend(item.values())
        elif isinstance(item, list | tuple):
            pending.extend(item)
    return False


def from_json(text: str | bytes) -> Any:
    """Parse a stored document (orjson: strict JSON, so it never yields NaN)."""
    return orjson.loads(text)


def strip_system(doc: Document) -> Document:
    for key in STRIPPED_SYSTEM_FIELDS:
        doc.pop(key, None)
    return doc


MAX_READ_MANY = 256


def check_read_many(ids: Iterable[str], without: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """`read_many` arguments: the distinct ids, in order, and the JSON paths of the fields to leave out."""
    wanted = list(dict.fromkeys(check_id(doc_id) for doc_id in ids))
    if len(wanted) > MAX_READ_MANY:
        raise InvalidInput(f"read_many takes at most {MAX_READ_MANY} ids")
    return wanted, [top_level_path(name) for name in without]


def top_level_path(name: str) -> str:
    """The JSON path of a top-level field name (for `read_many(without=...)`); system fields and `id` stay."""
    segments = field_segments(name)
    if len(segments) != 1 or name == "id" or name.startswith("_"):
        raise InvalidInput(f"{name!r} is not a top-level field that can be left out")
    return f'$."{name}"'


def field_segments(path: str) -> list[str]:
    """Split a dotted path; segments must be non-empty and free of quotes and backslashes."""
    if not isinstance(path, str) or not path:
        raise InvalidInput("field path must be a non-empty string")
    segments = path.split(".")
    for seg in segments:
        if not seg or '"' in seg or "\\" in seg or len(seg) > 256:
            raise InvalidInput(f"invalid field path {path!r}")
    return segments


def check_patch(operations: list[PatchOp], spec: ContainerSpec) -> None:
    """Reject what Cosmos DB rejects: too many ops, id / partition key / system paths, bad incr."""
    if not operations:
        raise InvalidInput("patch needs at least one operation")
    if len(operations) > MAX_PATCH_OPS:
        raise InvalidInput(f"patch takes at most {MAX_PATCH_OPS} operations")
    for op in operations:
        if op.op not in ("set", "incr", "remove", "add"):
            raise InvalidInput(f"unknown patch op {op.op!r}")
        root = field_segments(op.path)[0]
        if root in ("id", spec.partition_key) or root.startswith("_"):
            raise InvalidInput(f"cannot patch {root!r}")
        if op.op == "incr" and (isinstance(op.value, bool) or not isinstance(op.value, int | float)):
            raise InvalidInput("incr needs a number")


def check_filter(flt: Filter) -> None:
    """Operand rules shared by every adapter, so a filter one store accepts the other does too."""
    field_segments(flt.field)
    op, value = flt.op, flt.value
    if op not in FILTER_OPS:
        raise InvalidInput(f"unknown filter op {op!r}")
    if op in ("eq", "ne", "array_contains") and not isinstance(value, SCALAR):
        raise InvalidInput(f"{op} needs a string, number, boolean or null")
    if op in ("lt", "le", "gt", "ge") and (isinstance(value, bool) or not isinstance(value, str | int | float)):
        raise InvalidInput(f"{op} needs a string or number")
    if op == "in" and (
        not isinstance(value, list | tuple) or len(value) > MAX_IN or not all(isinstance(v, SCALAR) for v in value)
    ):
        raise InvalidInput(f"in needs a list of at most {MAX_IN} scalar values")
    if op in ("contains", "startswith") and not isinstance(value, str):
        raise InvalidInput(f"{op} needs a string")


def check_query(query: Query) -> None:
    if isinstance(query.limit, bool) or not isinstance(query.limit, int) or not 1 <= query.limit <= MAX_PAGE:
        raise InvalidInput(f"limit must be between 1 and {MAX_PAGE}")
    if query.partition_key is not None and (not isinstance(query.partition_key, str) or not query.partition_key):
        raise InvalidInput("partition_key must be a non-empty string or None")
    for field_name, _desc in query.order_by:
        field_segments(field_name)
    for flt in query.filters:
        check_filter(flt)


def encode_token(payload: dict[str, Any]) -> str:
    raw = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


_INT64 = 2**63
MAX_TOKEN_LIST = 16  # a token's sort values: one per order_by field


def decode_token(token: str, strings: tuple[str, ...], scalar_lists: tuple[str, ...] = ()) -> dict[str, Any]:
    """The payload of a token `encode_token` made: a JSON object with exactly these members, each of `strings`
    a string and each of `scalar_lists` a list of values a store can bind (null, booleans, text, integers
    within 64 bits, finite numbers). Anything else is InvalidCursor: the token comes from the caller, and
    a shape the adapter did not expect must never reach its query (a 500, or a 503 from the driver)."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        payload = json.loads(raw, parse_constant=_not_a_number)
    except (binascii.Error, ValueError, TypeError, RecursionError):
        raise InvalidCursor("invalid continuation token") from None
    if not isinstance(payload, dict) or set(payload) != {*strings, *scalar_lists}:
        raise InvalidCursor("invalid continuation token")
    for name in strings:
        if not isinstance(payload[name], str) or not _bindable(payload[name]):
            raise InvalidCursor("invalid continuation token")
    for name in scalar_lists:
        value = payload[name]
        if not isinstance(value, list) or len(value) > MAX_TOKEN_LIST or not all(_bindable(v) for v in value):
            raise InvalidCursor("invalid continuation token")
    return payload


def _not_a_number(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON")


def _bindable(value: object) -> bool:
    if value is None or isinstance(value, bool):
        return True
    if isinstance(value, int):
        return -_INT64 <= value < _INT64
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, str):
        try:
            value.encode()  # a lone surrogate ("\ud800") cannot be sent to a driver
        except UnicodeEncodeError:
            return False
        return True
    return False
