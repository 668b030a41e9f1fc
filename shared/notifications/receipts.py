"""One push per browser, kind and local day, however often its queue message comes: the delivery receipt.

`push_sent:<kind>:<local date>:<subscription id>` in the user's partition (TTL 3 days, as the scheduling markers)
is made before a push goes out, as a lease (`state` "sending", `lease_until` epoch seconds), and marked "sent" once
the push service took it. A copy of the message (a resumed batch queues a browser again, the queue delivers twice)
finds "sent" and sends nothing; one that comes while another worker holds the lease waits for it; a lease past its
time belongs to a worker that died mid-send, and the next delivery takes it over (that push may then arrive twice:
the RFC 8030 `Topic` header and the notification's tag make the browser show it once). A failed send gives the
receipt back, so its retry can take it.
"""

from __future__ import annotations

import contextlib
from typing import Literal

from shared.errors import Conflict, NotFound, PreconditionFailed
from shared.store import containers
from shared.store.port import DocumentStore, PatchOp, etag_or_none

USERS = containers.USERS.name
TYPE = "push_receipt"
TTL_S = 3 * 86400
LEASE_S = 60.0  # longer than a send can take (`sender.TIMEOUT_S`)
Claim = Literal["go", "sent", "busy"]


def receipt_id(kind: str, day: str, sub_id: str) -> str:
    return f"push_sent:{kind}:{day}:{sub_id}"


async def claim(store: DocumentStore, user_id: str, doc_id: str, now: float) -> tuple[Claim, float]:
    """Take the receipt to send: ("go", 0); ("sent", 0) when the push already went out; ("busy", seconds left on
    another worker's lease)."""
    lease = {"id": doc_id, "userId": user_id, "type": TYPE, "state": "sending", "lease_until": now + LEASE_S,
             "ttl": TTL_S}  # fmt: skip
    try:
        await store.create(USERS, lease)
        return "go", 0.0
    except Conflict:
        pass
    try:
        held = await store.read(USERS, user_id, doc_id)
    except NotFound:  # given back meanwhile: the next delivery takes it
        return "busy", 1.0
    if held.get("state") == "sent":
        return "sent", 0.0
    left = float(held.get("lease_until", 0)) - now
    if left > 0:
        return "busy", left
    try:  # a worker died holding it: take it over, once
        await store.replace(USERS, {**held, **lease}, if_match=etag_or_none(held))
    except (PreconditionFailed, NotFound):
        return "busy", 1.0
    return "go", 0.0


async def sent(store: DocumentStore, user_id: str, doc_id: str) -> None:
    """The push service took the push: copies of its message send nothing from now on."""
    with contextlib.suppress(NotFound):
        await store.patch(USERS, user_id, doc_id, [PatchOp("set", "state", "sent")])


async def give_back(store: DocumentStore, user_id: str, doc_id: str) -> None:
    """The send failed: its retry (or any copy) may take the receipt at once."""
    with contextlib.suppress(NotFound):
        await store.delete(USERS, user_id, doc_id)
