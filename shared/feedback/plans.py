"""Plan ratings: 1-5 with reason tags, given when the plan is made and again after its first week.

One document per plan and stage (`planfb:<plan id>:<stage>`, kind `plan_feedback` in `workouts`): rating
again replaces the earlier rating of that stage. The plan's source (provider, model) is copied in, so
ratings can be compared by source without reading the plans.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal, get_args

from shared.errors import Conflict
from shared.experiments import outcomes
from shared.metrics import events as metric_events
from shared.store import containers
from shared.store.port import Document, DocumentStore
from shared.workouts.plans import get_plan

WORKOUTS = containers.WORKOUTS.name
Stage = Literal["made", "first_week"]
PlanTag = Literal[
    "fits_my_goal", "not_my_goal", "right_difficulty", "too_easy", "too_hard", "too_long", "too_short",
    "good_exercises", "exercises_i_dislike", "equipment_mismatch", "fits_my_schedule", "hard_to_follow",
    "clear_explanations", "aggravated_injury",
]  # fmt: skip
PLAN_TAGS: tuple[str, ...] = get_args(PlanTag)
FIRST_WEEK = timedelta(days=7)


@dataclass(frozen=True)
class PlanRating:
    plan_id: str
    stage: Stage
    rating: int
    tags: tuple[str, ...]
    comment: str | None
    provider: str
    model: str
    created_at: str


def _of(doc: Document) -> PlanRating:
    return PlanRating(
        plan_id=str(doc["plan_id"]), stage=doc["stage"], rating=int(doc["rating"]), tags=tuple(doc.get("tags", ())),
        comment=doc.get("comment"), provider=str(doc.get("provider", "")), model=str(doc.get("model", "")),
        created_at=str(doc["created_at"]),
    )  # fmt: skip


async def rate_plan(
    store: DocumentStore, user_id: str, plan_id: str, stage: Stage, rating: int, tags: tuple[str, ...],
    comment: str | None, now: datetime,
) -> PlanRating:  # fmt: skip
    """Store the caller's rating of one of their plans (NotFound for anyone else's). A `first_week` rating
    is a 409 until the plan is a week old: it is about the week the user trained on it."""
    stored = await get_plan(store, user_id, plan_id)
    plan = stored.plan
    if stage == "first_week" and now < plan.created_at + FIRST_WEEK:
        opens = (plan.created_at + FIRST_WEEK).date().isoformat()
        raise Conflict(f"Rate this plan's first week once you have trained on it for a week (from {opens}).")
    doc = {
        "id": f"planfb:{plan.id}:{stage}", "userId": user_id, "type": "plan_feedback", "plan_id": plan.id,
        "stage": stage, "rating": rating, "tags": list(dict.fromkeys(tags)), "comment": comment,
        "provider": plan.source.provider, "model": plan.source.model, "created_at": now.isoformat(),
    }  # fmt: skip
    try:
        await store.create(WORKOUTS, doc)
    except Conflict:  # rated this stage before: the new answer replaces it, and the admin's counts keep the first
        return _of(await store.upsert(WORKOUTS, doc))
    source = "engine" if plan.source.provider == "engine" else f"{plan.source.provider}/{plan.source.model}"
    await metric_events.count_rating(store, "plan", source, rating, now)
    if plan.source.experiment:  # made under an A/B experiment's variant: its ratings count there too
        await outcomes.plan_rated(store, plan.source.experiment, user_id, now.date(), rating)
    return _of(await store.read(WORKOUTS, user_id, f"planfb:{plan.id}:{stage}"))
