"""The safety state of the user's recent coach chats, for the answers that are not chat: the daily message and the
workout analysis (issue 15: only chat read it, so a refused drug question or a crisis in chat was unknown to the
next morning's message).

    await recent(store, user_id)  -> RecentSafety   from the user's last `MESSAGES` chat messages of `DAYS` days
    state.apply(figures)          -> bool           marks `figures` and says whether maximal efforts stay out
    state.context                 -> frozenset[str] what the answer's review must know ("ped_refused")
    state.lead                    -> str            the check-in line that goes first after a crisis, or ""

What is read is what chat stored (`safety` on each message: the category Vigor's rules answered), never the user's
words: the summary for a model names a declined topic only (shared.safety.conversation.summary).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from shared.coach import flags
from shared.coach.messages import history
from shared.safety import conversation
from shared.safety.inputs import Category
from shared.safety.replies import CHECK_IN_UNASKED
from shared.store.port import DocumentStore

MESSAGES = 24  # as many as chat reads for its own state (12 exchanges)
DAYS = 14  # a refusal or a crisis older than this no longer shapes the daily message (the sticky flags still do)


@dataclass(frozen=True)
class RecentSafety:
    """`refused`: the categories Vigor declined in recent chats, oldest first; `check_in`: a crisis came and no answer
    has checked in since."""

    refused: tuple[Category, ...] = ()
    check_in: bool = False

    @property
    def context(self) -> frozenset[str]:
        return conversation.review_context(self.refused)

    @property
    def lead(self) -> str:
        """The check-in line first, as a message of its own: not "Before your question" in a daily message or a
        workout's analysis, which answer no question (R5)."""
        return CHECK_IN_UNASKED + "\n\n" if self.check_in else ""

    def apply(self, figures: dict[str, Any]) -> bool:
        """Mark `figures["declined"]` when Vigor declined a risky topic (a provider reads only the limit it calls for,
        `shared.safety.limits`); whether maximal efforts stay out (a crisis, or any declined risk)."""
        if conversation.summary(self.refused) is not None:
            figures["declined"] = True
        return bool(self.check_in or self.refused)


def _at(iso: str) -> datetime:
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


async def recent(store: DocumentStore, user_id: str, now: datetime | None = None) -> RecentSafety:
    """The safety state of the user's chats in the last `DAYS` days (all conversations, newest `MESSAGES`)."""
    found, _ = await history(store, user_id, None, MESSAGES, None)
    since = (now or datetime.now(UTC)) - timedelta(days=DAYS)
    chats = [m for m in reversed(found) if m.role in ("user", "assistant") and _at(m.created_at) >= since]
    # A flag the user cleared ("that was about my friend") no longer speaks for the chats before it (R5: a daily
    # message checked in about self-harm after the user had cleared that flag).
    doc = await flags.read_document(store, user_id)
    cleared = {str(c): _at(str(r.get("at", ""))) for c, r in (doc.get("cleared") or {}).items()
               if isinstance(r, dict)}  # fmt: skip
    triples = [(m.role, m.content, None if m.safety in cleared and _at(m.created_at) <= cleared[m.safety] else m.safety)
               for m in chats]  # fmt: skip
    # The check-in speaks for the self-harm flag the user can see and clear, never for a stopped answer alone (R5).
    check_in = "self_harm" in flags.active_in(doc) and conversation.needs_check_in(triples)
    return RecentSafety(tuple(conversation.refused(triples)), check_in)
