"""Opaque refresh tokens, stored hashed, in families that rotate on every use.

A token is `<user id>.<family id>.<secret>`; only its sha256 is stored, in the family
document `rtfam:<family>` in the user's partition. Using the current token replaces it
(compare-and-swap on the ETag). Logout revokes the family.

Presenting an earlier token of the family is reuse, the sign of a stolen token, and revokes
the whole family, except within a short grace window after that token was rotated: two
tabs or a restored browser session send the same cookie at once, and the losers of the swap
must not end the winner's session. For that window the family keeps the successor sealed
under a key derived from its predecessor (`successor.py`), so only a holder of the
predecessor can open it; a late copy of the old token then answers the family's current
token instead of revoking. After the window the sealed successor is gone and reuse revokes.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from typing import Any

from shared.errors import NotFound, PreconditionFailed, Throttled, Unauthenticated
from shared.identity import successor
from shared.identity.records import USERS, now_iso, sha256
from shared.identity.tokens import sign_in_methods
from shared.store.port import DocumentStore, Filter, Query, etag_or_none

MAX_REMEMBERED = 50  # earlier hashes kept per family to recognise reuse
MAX_SEALED = 16  # successors kept for the grace window (a legitimate client rotates a few times in it)
SWAP_ATTEMPTS = 5
_INVALID = "The refresh token is not valid; sign in again."


@dataclass(frozen=True)
class IssuedRefresh:
    token: str
    user_id: str
    max_age: int
    started_ms: int = 0  # when the family (the sign-in) began, epoch milliseconds
    amr: tuple[str, ...] = ("pwd",)  # how that sign-in was made: a renewal keeps it (a second factor stays passed)

    @property
    def family(self) -> str:
        return self.token.split(".")[1]


@dataclass(frozen=True)
class SignIn:
    """One active sign-in (a live refresh family) as the user sees it."""

    id: str
    device: str
    created_at: str
    last_used_at: str


async def active_families(store: DocumentStore, user_id: str, now: float) -> list[SignIn]:
    """The user's live sign-ins, most recently used first (one partition's query; at most 200)."""
    filters = (Filter("type", "eq", "refresh_family"), Filter("revoked", "eq", False))
    page = await store.query(USERS, Query(filters=filters, partition_key=user_id, limit=200))
    found = [
        SignIn(str(d["id"]).removeprefix("rtfam:"), str(d.get("device") or ""), str(d.get("created_at", "")),
               str(d.get("rotated_at") or d.get("created_at", "")))
        for d in page.items if float(d.get("expires", 0)) > now
    ]  # fmt: skip
    return sorted(found, key=lambda s: s.last_used_at, reverse=True)


async def sign_in_started_ms(store: DocumentStore, user_id: str, family: str) -> int:
    """When the sign-in `family` began (epoch milliseconds); 0 when it is unknown, revoked or not given."""
    if not family:
        return 0
    try:
        doc = await store.read(USERS, user_id, _family_doc_id(family))
    except NotFound:
        return 0
    return 0 if doc.get("revoked") else int(doc.get("started_ms", 0))


async def revoke_all(store: DocumentStore, user_id: str, reason: str, keep: str = "") -> int:
    """Revoke every live family of the user but `keep`; returns how many were revoked."""
    signins = await active_families(store, user_id, 0)
    for signin in signins:
        if signin.id != keep:
            await revoke_family(store, user_id, signin.id, reason)
    return sum(1 for s in signins if s.id != keep)


async def revoke_by_method(store: DocumentStore, user_id: str, method: str, reason: str) -> int:
    """Revoke every live family of the user whose sign-in used `method` (an `amr` value, e.g. "ms" when a
    Microsoft account is unlinked); returns how many."""
    filters = (Filter("type", "eq", "refresh_family"), Filter("revoked", "eq", False))
    page = await store.query(USERS, Query(filters=filters, partition_key=user_id, limit=200))
    families = [str(d["id"]).removeprefix("rtfam:") for d in page.items if method in (d.get("amr") or [])]
    for family in families:
        await revoke_family(store, user_id, family, reason)
    return len(families)


def _family_doc_id(family: str) -> str:
    return f"rtfam:{family}"


def _parse(token: str) -> tuple[str, str]:
    parts = token.split(".") if isinstance(token, str) and len(token) < 300 else []
    if len(parts) != 3 or not all(parts) or not all(p.replace("-", "").replace("_", "").isalnum() for p in parts):
        raise Unauthenticated(_INVALID)
    return parts[0], parts[1]


def _token(user_id: str, family: str) -> str:
    return f"{user_id}.{family}.{secrets.token_urlsafe(32)}"


async def start_family(
    store: DocumentStore, user_id: str, days: int, now: float, device: str = "", amr: tuple[str, ...] = ("pwd",)
) -> IssuedRefresh:
    """A new family (one per sign-in) and its first token; `now` is epoch seconds, `device` a short description
    of the client (from its User-Agent) for the user's list of sign-ins."""
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
            "sealed": [],
            "revoked": False,
            "created_at": now_iso(),
            "started_ms": int(now * 1000),
            "device": device[:120],
            "amr": list(amr),
            "expires": int(now) + max_age,
            "ttl": max_age,
        },
    )
    return IssuedRefresh(token, user_id, max_age, int(now * 1000), amr)


async def rotate(store: DocumentStore, token: str, now: float, grace_s: float) -> IssuedRefresh:
    """Swap the current token for a new one. A token rotated less than `grace_s` seconds before `now`
    answers the family's current token; reuse of an older one revokes the family."""
    user_id, family = _parse(token)
    presented = sha256(token)
    for _ in range(SWAP_ATTEMPTS):
        try:
            doc = await store.read(USERS, user_id, _family_doc_id(family))
        except NotFound:
            raise Unauthenticated(_INVALID) from None
        if doc.get("revoked") or doc.get("expires", 0) < now:
            raise Unauthenticated(_INVALID)
        max_age = max(1, int(doc["expires"] - now))
        if presented == doc.get("current"):
            fresh = _token(user_id, family)
            try:
                await store.replace(USERS, _rotated(doc, token, fresh, now, grace_s), if_match=etag_or_none(doc))
            except PreconditionFailed:
                continue  # a concurrent use of this token won the swap: look again, it is now in the grace window
            except NotFound:
                raise Unauthenticated(_INVALID) from None
            return IssuedRefresh(
                fresh, user_id, max_age, int(doc.get("started_ms", 0)), sign_in_methods(doc.get("amr"))
            )
        current = _current_from(doc, token, now)
        if current is not None:
            return IssuedRefresh(
                current, user_id, max_age, int(doc.get("started_ms", 0)), sign_in_methods(doc.get("amr"))
            )
        if presented in doc.get("previous", []):
            await revoke_family(store, user_id, family, reason="reuse")
        raise Unauthenticated(_INVALID)
    # Only reachable if the family document keeps changing without its token moving on: never
    # treated as theft, and never a sign-out; the client may retry.
    raise Throttled("The session is being renewed elsewhere; try again.", retry_after=1)


def _rotated(doc: dict[str, Any], token: str, fresh: str, now: float, grace_s: float) -> dict[str, Any]:
    """The family after `token` gave way to `fresh`: the old hash remembered, the successor sealed."""
    presented = sha256(token)
    live = [entry for entry in doc.get("sealed", []) if float(entry["until"]) > now]
    if grace_s > 0:
        live.append({"of": presented, "until": now + grace_s, "box": successor.seal(token, fresh)})
    doc["sealed"] = live[-MAX_SEALED:]
    doc["previous"] = [*doc.get("previous", []), presented][-MAX_REMEMBERED:]
    doc["current"] = sha256(fresh)
    doc["rotated_at"] = now_iso()
    doc["ttl"] = max(1, int(doc["expires"] - now))
    return doc


def _current_from(doc: dict[str, Any], token: str, now: float) -> str | None:
    """The family's current token, reached from `token` through successors sealed within the window
    (a chain when the winner has already rotated again); None when `token` is outside the window."""
    boxes = {entry["of"]: entry["box"] for entry in doc.get("sealed", []) if float(entry["until"]) > now}
    held = token
    for _ in range(len(boxes)):
        box = boxes.get(sha256(held))
        opened = successor.open_sealed(held, box) if box is not None else None
        if opened is None:
            return None
        if sha256(opened) == doc.get("current"):
            return opened
        held = opened
    return None


async def revoke_family(store: DocumentStore, user_id: str, family: str, reason: str = "logout") -> None:
    """Mark the family revoked (idempotent; a missing family is already gone)."""
    for _ in range(5):
        try:
            doc = await store.read(USERS, user_id, _family_doc_id(family))
            if doc.get("revoked"):
                return
            doc.update(revoked=True, revoked_reason=reason, revoked_at=now_iso(), current=None, sealed=[])
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
