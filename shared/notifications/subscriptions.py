"""The user's push subscriptions: one document per browser, `push:<id>` in the users container.

`id` is the first 32 hex digits of the endpoint's SHA-256, so the same browser subscribing again replaces its
keys instead of adding a second row. A user keeps at most MAX_PER_USER; a new one beyond that replaces the
one seen longest ago (browsers drop subscriptions without telling the server; 404/410 removes them later).

Body rules (`PushSubscriptionIn`, the browser's `PushSubscription.toJSON()`; RFC 8030 / RFC 8291):
  endpoint   https URL of the push service, no credentials or fragment, at most 2048 characters; a host name,
             not an address (outside production a loopback address is allowed: the tests' fake push service)
  keys.p256dh  base64url of the browser's P-256 public key (65-byte uncompressed point on the curve)
  keys.auth    base64url of the 16-byte authentication secret
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import ipaddress
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from cryptography.hazmat.primitives.asymmetric import ec
from pydantic import BaseModel, ConfigDict, Field, field_validator

from shared.errors import NotFound
from shared.store import containers
from shared.store.port import Document, DocumentStore, Filter, Query

USERS = containers.USERS.name
TYPE = "push_subscription"
MAX_PER_USER = 10


def b64url_decode(value: str) -> bytes:
    """Decode base64url with or without padding; ValueError for anything else."""
    if not value or any(c not in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=" for c in value):
        raise ValueError("must be base64url")
    try:
        return base64.urlsafe_b64decode(value.rstrip("=") + "=" * (-len(value.rstrip("=")) % 4))
    except (binascii.Error, ValueError) as exc:
        raise ValueError("must be base64url") from exc


class PushKeys(BaseModel):
    """The browser's keys for RFC 8291 message encryption."""

    model_config = ConfigDict(extra="forbid")

    p256dh: str = Field(min_length=80, max_length=100, description="base64url P-256 public key (65 bytes)")
    auth: str = Field(min_length=16, max_length=32, description="base64url authentication secret (16 bytes)")

    @field_validator("p256dh")
    @classmethod
    def _point(cls, value: str) -> str:
        raw = b64url_decode(value)
        if len(raw) != 65 or raw[0] != 4:
            raise ValueError("must be a 65-byte uncompressed P-256 point")
        try:
            ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), raw)
        except ValueError as exc:
            raise ValueError("is not a point on P-256") from exc
        return value

    @field_validator("auth")
    @classmethod
    def _secret(cls, value: str) -> str:
        if len(b64url_decode(value)) != 16:
            raise ValueError("must be 16 bytes")
        return value


def _loopback_allowed() -> bool:
    from shared.config import get_settings  # read when a body is checked, not at import

    return get_settings().environment != "production"


class PushSubscriptionIn(BaseModel):
    """`PushSubscription.toJSON()` from the browser."""

    model_config = ConfigDict(extra="forbid")

    endpoint: str = Field(min_length=12, max_length=2048, description="the push service's https URL")
    expirationTime: int | None = Field(None, ge=0, description="ms since the epoch, as browsers send it")
    keys: PushKeys

    @field_validator("endpoint")
    @classmethod
    def _push_service_url(cls, value: str) -> str:
        try:
            parts = urlsplit(value)
            port = parts.port
        except ValueError as exc:
            raise ValueError("must be an https URL") from exc
        host = parts.hostname or ""
        if parts.scheme != "https" or not host or parts.username or parts.password or parts.fragment:
            raise ValueError("must be an https URL without credentials or fragment")
        if any(c.isspace() for c in value) or not value.isascii():
            raise ValueError("must be an https URL")
        address = None
        with contextlib.suppress(ValueError):
            address = ipaddress.ip_address(host)
        if address is not None and not (address.is_loopback and _loopback_allowed()):
            raise ValueError("must name the push service by host name")
        if address is None and (host == "localhost" or host.endswith((".localhost", ".local", ".internal"))):
            raise ValueError("must name a public push service")
        if port not in (None, 443) and address is None:
            raise ValueError("must use the https port")
        return value


def subscription_id(endpoint: str) -> str:
    return hashlib.sha256(endpoint.encode()).hexdigest()[:32]


def _doc_id(sub_id: str) -> str:
    return f"push:{sub_id}"


def public(doc: Document) -> dict[str, Any]:
    """What the API shows of a subscription (never its keys)."""
    return {"id": str(doc["id"]).removeprefix("push:"), "endpoint_origin": doc.get("origin", ""),
            "created_at": doc.get("created_at"), "user_agent": doc.get("user_agent", "")}  # fmt: skip


async def list_subscriptions(store: DocumentStore, user_id: str) -> list[Document]:
    """The user's subscriptions, oldest first (at most MAX_PER_USER, plus any a race left over)."""
    query = Query(filters=(Filter("type", "eq", TYPE),), partition_key=user_id, order_by=(("created_at", False),),
                  limit=100)  # fmt: skip
    return (await store.query(USERS, query)).items


async def subscribe(store: DocumentStore, user_id: str, body: PushSubscriptionIn, user_agent: str = "") -> Document:
    """Store (or refresh) one browser's subscription; the oldest go beyond MAX_PER_USER."""
    parts = urlsplit(body.endpoint)
    now = datetime.now(UTC).isoformat()
    doc = {"id": _doc_id(subscription_id(body.endpoint)), "userId": user_id, "type": TYPE, "endpoint": body.endpoint,
           "origin": f"{parts.scheme}://{parts.netloc}", "keys": body.keys.model_dump(), "created_at": now,
           "user_agent": user_agent[:200]}  # fmt: skip
    stored = await store.upsert(USERS, doc)
    found = await list_subscriptions(store, user_id)
    for extra in found[: max(0, len(found) - MAX_PER_USER)]:
        if extra["id"] != doc["id"]:
            with contextlib.suppress(NotFound):
                await store.delete(USERS, user_id, extra["id"])
    return stored


async def read_subscription(store: DocumentStore, user_id: str, sub_id: str) -> Document | None:
    try:
        return await store.read(USERS, user_id, _doc_id(sub_id))
    except NotFound:
        return None


async def unsubscribe(store: DocumentStore, user_id: str, sub_id: str) -> None:
    """Remove one of the caller's subscriptions; NotFound when there is no such one (or it is someone else's)."""
    if len(sub_id) != 32 or any(c not in "0123456789abcdef" for c in sub_id):
        raise NotFound("No such subscription.")
    try:
        await store.delete(USERS, user_id, _doc_id(sub_id))
    except NotFound:
        raise NotFound("No such subscription.") from None


async def forget_expired(store: DocumentStore, user_id: str, sub_id: str) -> None:
    """The push service said the subscription is gone (404/410): remove it, whoever got there first."""
    with contextlib.suppress(NotFound):
        await store.delete(USERS, user_id, _doc_id(sub_id))
