"""The calendar feed's secret: 256 random bits in the URL, only their SHA-256 stored.

Documents:
  users container   `calendar_feed` {token_hash, created_at}: the user's one live feed (the source of truth)
  system container  `cal:<sha256>` {type calendar_token, userId}: the index the public URL is looked up by

A new token replaces the pointer and deletes the old index entry, so the old URL answers 404 at once; a
resolve also checks the pointer, so an index entry a race left behind opens nothing. No user id appears in
the URL. Export and erasure find both documents (shared/store/kinds.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import secrets
from datetime import UTC, datetime

from shared.errors import NotFound
from shared.store import containers
from shared.store.port import DocumentStore

USERS, SYSTEM = containers.USERS.name, containers.SYSTEM.name
POINTER_ID = "calendar_feed"
TOKEN_TYPE = "calendar_token"  # noqa: S105 - a document type, not a secret
TOKEN_BYTES = 32
_SHAPE = re.compile(r"^[A-Za-z0-9_-]{43}$")  # token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _index_id(hashed: str) -> str:
    return f"cal:{hashed}"


async def _pointer(store: DocumentStore, user_id: str) -> dict[str, object] | None:
    try:
        return await store.read(USERS, user_id, POINTER_ID)
    except NotFound:
        return None


async def issue(store: DocumentStore, user_id: str) -> str:
    """A new feed token for the user (the old one, if any, stops working); returns the token itself."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    hashed, now = token_hash(token), datetime.now(UTC).isoformat()
    previous = await _pointer(store, user_id)
    await store.create(SYSTEM, {"id": _index_id(hashed), "pk": _index_id(hashed), "type": TOKEN_TYPE,
                                "userId": user_id, "created_at": now})  # fmt: skip
    await store.upsert(USERS, {"id": POINTER_ID, "userId": user_id, "type": "calendar_feed", "token_hash": hashed,
                               "created_at": now})  # fmt: skip
    if previous is not None:
        old = _index_id(str(previous.get("token_hash", "")))
        with contextlib.suppress(NotFound):
            await store.delete(SYSTEM, old, old)
    return token


async def revoke(store: DocumentStore, user_id: str) -> None:
    """Turn the feed off (idempotent): its URL answers 404 from now on."""
    previous = await _pointer(store, user_id)
    if previous is None:
        return
    old = _index_id(str(previous.get("token_hash", "")))
    with contextlib.suppress(NotFound):
        await store.delete(SYSTEM, old, old)
    with contextlib.suppress(NotFound):
        await store.delete(USERS, user_id, POINTER_ID)


def well_formed(token: str) -> bool:
    return bool(_SHAPE.match(token))


async def resolve(store: DocumentStore, token: str) -> str:
    """The user id a live token belongs to; NotFound for a malformed, rotated, revoked or unknown one."""
    if not well_formed(token):
        raise NotFound("No such calendar.")
    hashed = token_hash(token)
    try:
        index = await store.read(SYSTEM, _index_id(hashed), _index_id(hashed))
    except NotFound:
        raise NotFound("No such calendar.") from None
    user_id = str(index.get("userId", ""))
    pointer = await _pointer(store, user_id)
    if pointer is None or not secrets.compare_digest(str(pointer.get("token_hash", "")), hashed):
        raise NotFound("No such calendar.")
    return user_id
