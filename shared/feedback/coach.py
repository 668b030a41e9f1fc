"""Thumbs up or down, and reports, on the caller's coach answers.

One document per answer (`coachfb:<message id>`, kind `coach_feedback` in `ai`): a new vote replaces
the old one, and a report stays reported. It carries the answer's provider and model (to compare them)
and expires with the coach history it is about (`messages._retention`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, get_args

from shared.coach import messages
from shared.errors import FieldError, InvalidInput, NotFound
from shared.experiments import outcomes
from shared.metrics import events as metric_events
from shared.store import containers
from shared.store.port import Document, DocumentStore

AI = containers.AI.name
Vote = Literal["up", "down"]
ReportReason = Literal["unsafe", "wrong", "unhelpful", "offensive", "other"]
REPORT_REASONS: tuple[str, ...] = get_args(ReportReason)


@dataclass(frozen=True)
class CoachFeedback:
    message_id: str
    rating: Vote | None
    reported: bool
    reason: ReportReason | None
    comment: str | None
    updated_at: str


def _of(doc: Document) -> CoachFeedback:
    return CoachFeedback(
        message_id=str(doc["message_id"]), rating=doc.get("rating"), reported=bool(doc.get("reported")),
        reason=doc.get("reason"), comment=doc.get("comment"), updated_at=str(doc["updated_at"]),
    )  # fmt: skip


async def rate_answer(
    store: DocumentStore, user_id: str, message_id: str, rating: Vote | None, report: bool,
    reason: ReportReason | None, comment: str | None, now: datetime,
) -> CoachFeedback:  # fmt: skip
    """Store the caller's vote or report on one of their coach answers: 404 for an unknown or another user's
    message, 422 naming `message_id` for their own question (only the coach's answers are rated)."""
    found = await messages.read_message(store, user_id, message_id)
    if found is None:
        raise NotFound("No such message.")
    if found.role == "user":
        raise InvalidInput("Only the coach's answers take feedback.", [FieldError("message_id", "your own message")])
    key = f"coachfb:{found.id}"
    try:
        before: Document = await store.read(AI, user_id, key)
    except NotFound:
        before = {}
    doc = {
        "id": key, "userId": user_id, "type": "coach_feedback", "message_id": found.id,
        "conversation_id": found.conversation_id, "provider": found.provider, "model": found.model,
        "rating": rating if rating is not None else before.get("rating"),
        "reported": report or bool(before.get("reported")), "reason": reason or before.get("reason"),
        "comment": comment if comment is not None else before.get("comment"),
        "created_at": before.get("created_at", now.isoformat()), "updated_at": now.isoformat(),
        **messages._retention(),
    }  # fmt: skip
    saved = _of(await store.upsert(AI, doc))
    source = "engine" if found.provider == "engine" else f"{found.provider}/{found.model}"
    if rating is not None and before.get("rating") is None:  # the first vote on this answer counts for the admin
        await metric_events.count_rating(store, "coach", source, rating, now)
        if found.experiment:  # asked under an A/B experiment's variant: the vote counts there too
            await outcomes.coach_rated(store, found.experiment, user_id, now.date(), rating)
    if report and not before.get("reported"):
        await metric_events.count_rating(store, "coach", source, "report", now)
        if found.experiment:
            await outcomes.coach_rated(store, found.experiment, user_id, now.date(), "report")
    return saved
