"""Experiments and routing rules in the system container, one partition (`llm-routing`) for both.

Every LLM call reads them (`listing`), so the whole partition is cached per Services for `CONFIG_TTL_S` like the
provider configs: a change through this Services (a stop included) is seen by its next request at once, another
instance sees it within the TTL.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from shared.errors import NotFound
from shared.experiments.model import Experiment, RoutingRule
from shared.store import containers
from shared.store.port import Filter, Query

if TYPE_CHECKING:
    from shared.bootstrap import Services

SYSTEM = containers.SYSTEM.name
PK = "llm-routing"
EXPERIMENT, RULE = "experiment", "routing_rule"
M = TypeVar("M", Experiment, RoutingRule)


@dataclass(frozen=True)
class Listing:
    experiments: tuple[Experiment, ...]
    rules: tuple[RoutingRule, ...]  # by priority, then creation


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


async def listing(services: Services, *, cached: bool = True) -> Listing:
    """Every experiment (newest first) and routing rule (by priority)."""
    hit: Listing | None = services.caches.routing.get(PK)
    if cached and hit is not None:
        return hit
    docs, token = [], None
    while True:
        page = await services.store.query(SYSTEM, Query(filters=(Filter("type", "in", [EXPERIMENT, RULE]),),
                                                        partition_key=PK, limit=500, continuation=token))  # fmt: skip
        docs += page.items
        if not (token := page.continuation):
            break
    experiments = sorted((_model(Experiment, d) for d in docs if d["type"] == EXPERIMENT),
                         key=lambda e: e.created_at, reverse=True)  # fmt: skip
    rules = sorted(
        (_model(RoutingRule, d) for d in docs if d["type"] == RULE), key=lambda r: (r.priority, r.created_at)
    )
    return services.caches.routing.put(PK, Listing(tuple(experiments), tuple(rules)))


def _model(cls: type[M], doc: dict[str, object]) -> M:
    return cls.model_validate({k: v for k, v in doc.items() if k in cls.model_fields})


async def get_experiment(services: Services, experiment_id: str) -> Experiment:
    try:
        doc = await services.store.read(SYSTEM, PK, experiment_id)
    except NotFound:
        raise NotFound("No such experiment.") from None
    if doc.get("type") != EXPERIMENT:
        raise NotFound("No such experiment.")
    return _model(Experiment, doc)


async def get_rule(services: Services, rule_id: str) -> RoutingRule:
    try:
        doc = await services.store.read(SYSTEM, PK, rule_id)
    except NotFound:
        raise NotFound("No such routing rule.") from None
    if doc.get("type") != RULE:
        raise NotFound("No such routing rule.")
    return _model(RoutingRule, doc)


async def save(services: Services, item: Experiment | RoutingRule) -> None:
    kind = EXPERIMENT if isinstance(item, Experiment) else RULE
    await services.store.upsert(SYSTEM, {**item.model_dump(mode="json"), "pk": PK, "type": kind})
    services.caches.routing.forget()


async def delete_rule(services: Services, rule_id: str) -> None:
    await get_rule(services, rule_id)
    await services.store.delete(SYSTEM, PK, rule_id)
    services.caches.routing.forget()
