"""Coach conversations and messages, in the `ai` container (partition = the user).

    conversation   `conv:<id>`           {created_at, updated_at}
    coach_message  `msg:<id>`            {conversation_id, role (user|assistant|daily), content,
                                          provider, model, partial, created (sortable UTC key), created_at,
                                          safety?, shaped_by? (a daily message's safety flags)}

Daily messages live in the pseudo-conversation `daily` with the id `msg:daily-<local date>`, so
writing one is create-if-absent. History is newest first with the store's cursor.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from shared.errors import Conflict, NotFound
from shared.store import containers
from shared.store.port import Document, DocumentStore, Filter, PatchOp, Query

AI = containers.AI.name
DAILY_CONVERSATION = "daily"
Role = Literal["user", "assistant", "daily"]


@dataclass(frozen=True)
class CoachMessage:
    id: str
    conversation_id: str
    role: Role
    content: str
    provider: str
    model: str
    partial: bool
    created_at: str
    safety: str | None = None  # the safety-policy category when Vigor's rules answered or stopped the answer
    experiment: str = ""  # the A/B experiment arm an answer was asked under (shared.experiments)


def _now() -> datetime:
    return datetime.now(UTC)


def _key(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _public(doc: Document) -> CoachMessage:
    return CoachMessage(
        id=str(doc["id"]).removeprefix("msg:"), conversation_id=str(doc["conversation_id"]), role=doc["role"],
        content=str(doc["content"]), provider=str(doc.get("provider", "")), model=str(doc.get("model", "")),
        partial=bool(doc.get("partial", False)), created_at=str(doc["created_at"]), safety=doc.get("safety"),
        experiment=str(doc.get("experiment", "")),
    )  # fmt: skip


def new_id() -> str:
    return uuid.uuid4().hex


async def open_conversation(store: DocumentStore, user_id: str, conversation_id: str | None) -> str:
    """The caller's conversation (NotFound for an unknown or another user's id), or a new one."""
    if conversation_id is not None:
        if conversation_id == DAILY_CONVERSATION:
            raise NotFound("No such conversation.")
        try:
            await store.read(AI, user_id, f"conv:{conversation_id}")
        except NotFound:
            raise NotFound("No such conversation.") from None
        return conversation_id
    cid = new_id()
    now = _now().isoformat()
    await store.create(AI, {"id": f"conv:{cid}", "userId": user_id, "type": "conversation",
                            "created_at": now, "updated_at": now, **_retention()})  # fmt: skip
    return cid


def _retention() -> dict[str, int]:
    """The store's `ttl` for coach history: COACH_HISTORY_DAYS after the last write ({} keeps it for good).
    A conversation is written with each message, so it lasts as long as its newest message."""
    from shared.config import get_settings

    days = get_settings().coach_history_days
    return {"ttl": days * 86400} if days else {}


async def add_message(
    store: DocumentStore, user_id: str, conversation_id: str, role: Role, content: str, *,
    provider: str = "", model: str = "", partial: bool = False, message_id: str | None = None,
    at: datetime | None = None, safety: str | None = None, shaped_by: Sequence[str] = (), experiment: str = "",
) -> CoachMessage:  # fmt: skip
    """Store one message; with `message_id`, create-if-absent (an existing one is returned). `shaped_by`: the safety
    flags a daily message was written for (clearing one rewrites it: `shared.coach.daily.rewrite_after_clearing`)."""
    moment = at or _now()
    doc = {
        "id": f"msg:{message_id or new_id()}", "userId": user_id, "type": "coach_message",
        "conversation_id": conversation_id, "role": role, "content": content, "provider": provider,
        "model": model, "partial": partial, "created": _key(moment), "created_at": moment.isoformat(),
    }  # fmt: skip
    if safety is not None:
        doc["safety"] = safety
    if shaped_by:
        doc["shaped_by"] = sorted(set(shaped_by))
    if experiment:
        doc["experiment"] = experiment
    doc.update(_retention())
    try:
        return _public(await store.create(AI, doc))
    except Conflict:
        return _public(await store.read(AI, user_id, str(doc["id"])))


async def read_message(store: DocumentStore, user_id: str, message_id: str) -> CoachMessage | None:
    try:
        return _public(await store.read(AI, user_id, f"msg:{message_id}"))
    except NotFound:
        return None


async def history(
    store: DocumentStore, user_id: str, conversation_id: str | None, limit: int, cursor: str | None
) -> tuple[list[CoachMessage], str | None]:
    """The caller's messages (one conversation, or all with daily messages), newest first."""
    filters = [Filter("type", "eq", "coach_message")]
    if conversation_id is not None:
        filters.append(Filter("conversation_id", "eq", conversation_id))
    page = await store.query(
        AI, Query(filters=tuple(filters), partition_key=user_id, order_by=(("created", True),), limit=limit,
                  continuation=cursor),
    )  # fmt: skip
    return [_public(doc) for doc in page.items], page.continuation


async def recent_turns(store: DocumentStore, user_id: str, conversation_id: str, turns: int) -> list[tuple[str, str]]:
    """The last `turns` exchanges of a conversation, oldest first, as (role, content)."""
    return [(m.role, m.content) for m in await recent_messages(store, user_id, conversation_id, turns)]


async def recent_messages(store: DocumentStore, user_id: str, conversation_id: str, turns: int) -> list[CoachMessage]:
    """The last `turns` exchanges' user and assistant messages, oldest first."""
    found, _ = await history(store, user_id, conversation_id, max(1, 2 * turns), None)
    return [m for m in reversed(found) if m.role in ("user", "assistant")]


def turns_for_model(messages: list[CoachMessage]) -> list[tuple[str, str]]:
    """The exchanges a model may read: an exchange Vigor's safety rules answered or stopped (a crisis, a
    purge, a drug question) stays out, question and answer, so a disclosure never reaches a provider
    later as history (the fifth red team: "been cutting myself again" went to the provider with the next
    message)."""
    out: list[tuple[str, str]] = []
    for i, m in enumerate(messages):
        if m.safety is not None:
            continue
        answer = messages[i + 1] if m.role == "user" and i + 1 < len(messages) else None
        if answer is not None and answer.role == "assistant" and answer.safety is not None:
            continue
        out.append((m.role, m.content))
    return out


async def touch_conversation(store: DocumentStore, user_id: str, conversation_id: str) -> None:
    try:
        await store.patch(AI, user_id, f"conv:{conversation_id}", [PatchOp("set", "updated_at", _now().isoformat())])
    except NotFound:
        pass
