"""Opaque refresh tokens, stored hashed, in families that rotate on every use.

A token is `<user id>.<family id>.<secret>`; only its sha256 is stored, in the family
document `rtfam:<family>` in the user's partition. Using the current token replaces it
(compare-and-swap on the ETag); presenting any earlier token of the family is reuse, the
sign of a stolen token, and revokes the whole family. Logout revokes the family too.
"""

from __future__ import annotations

import secrets
import time
import uuid
from dataclasses import dataclass

from shared.errors import NotFound, PreconditionFailed, Unauthenticated
from shared.identity.records import USERS, now_iso, sha256
from shared.store.port import DocumentStore, etag_or_none

MAX_REMEMBERED = 50  # earlier hashes kept per family to recognise reuse
_INVALID = "The refresh token is not valid; sign in again."


@dataclass(frozen=True)
class IssuedRefresh:
    token: str
    user_id: str
    max_age: int


def _family_doc_id(family: str) -> str:
    return f"rtfam:{family}"


def _parse(token: str) -> tuple[str, str]:
    parts = token.split(".") if isinstance(token, str) and len(token) < 300 else []
    if len(parts) != 3 or not all(parts) or not all(p.replace("-", "").replace("_", "").isalnum() for p in parts):
        raise Unauthenticated(_INVALID)
    return parts[0], parts[1]


def _token(user_id: str, family: str) -> str:
    return f"{user_id}.{family}.{secrets.token_urlsafe(32)}"


async def start_family(store: DocumentStore, user_id: str, days: int) -> IssuedRefresh:
    """A new family (one per sign-in) and its first token."""
    family = uuid.uuid4().hex
    token = _token(user_id, family)
    max_age = days * 86400
    await store.create(
        USERS,
        {
            "id": _family_doc_id(family),
            "userId": user_id,
            "type": "refresh_family",
            "current": sha256(token),
            "previous": [],
            "revoked": False,
            "created_at": now_iso(),
            "expires": int(time.time()) + max_age,
            "ttl": max_age,
        },
    )
    return IssuedRefresh(token, user_id, max_age)


async def rotate(store: DocumentStore, token: str) -> IssuedRefresh:
    """Swap a current token for a new one; reuse of an old one revokes the family."""
    user_id, family = _parse(token)
    try:
        doc = await store.read(USERS, user_id, _family_doc_id(family))
    except NotFound:
        raise Unauthenticated(_INVALID) from None
    presented = sha256(token)
    if doc.get("revoked") or doc.get("expires", 0) < time.time():
        raise Unauthenticated(_INVALID)
    if presented != doc.get("current"):
        if presented in doc.get("previous", []):
            await revoke_family(store, user_id, family, reason="reuse")
        raise Unauthenticated(_INVALID)
    fresh = _token(user_id, family)
    doc["previous"] = [*doc.get("previous", []), presented][-MAX_REMEMBERED:]
    doc["current"] = sha256(fresh)
    doc["rotated_at"] = now_iso()
    doc["ttl"] = max(1, int(doc["expires"] - time.time()))
    try:
        await store.replace(USERS, doc, if_match=etag_or_none(doc))
    except (PreconditionFailed, NotFound):
        # A concurrent use of the same token won the swap: this one is a reuse.
        await revoke_family(store, user_id, family, reason="reuse")
        raise Unauthenticated(_INVALID) from None
    return IssuedRefresh(fresh, user_id, int(doc["ttl"]))


async def revoke_family(store: DocumentStore, user_id: str, family: str, reason: str = "logout") -> None:
    """Mark the family revoked (idempotent; a missing family is already gone)."""
    for _ in range(5):
        try:
            doc = await store.read(USERS, user_id, _family_doc_id(family))
            if doc.get("revoked"):
                return
            doc.update(revoked=True, revoked_reason=reason, revoked_at=now_iso(), current=None)
            await store.replace(USERS, doc, if_match=etag_or_none(doc))
            return
        except NotFound:
            return
        except PreconditionFailed:
            continue


async def revoke_token(store: DocumentStore, token: str) -> str | None:
    """Logout: revoke the family of a token that belongs to it; returns its user id (None otherwise)."""
    try:
        user_id, family = _parse(token)
        doc = await store.read(USERS, user_id, _family_doc_id(family))
    except (Unauthenticated, NotFound):
        return None
    presented = sha256(token)
    if presented != doc.get("current") and presented not in doc.get("previous", []):
        return None
    await revoke_family(store, user_id, family)
    return user_id
