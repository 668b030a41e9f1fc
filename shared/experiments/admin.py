"""The admin's operations on experiments and routing rules: validated against the providers, prices and the
other experiments, and audited.

A running experiment's task, variants (weights included), tiers and start are fixed: a user's variant follows
from the experiment id and user id alone (`assign`), so changing the split would move users between variants
in mid-run and mix their outcomes. Stop it and start a new one instead; name, description and end may change.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from shared.errors import Conflict, FieldError, InvalidInput
from shared.experiments import outcomes, repo, results
from shared.experiments.model import Experiment, ExperimentCreate, RoutingRule, RoutingRuleCreate
from shared.identity import audit
from shared.llm.configs import list_configs
from shared.llm.providers.engine import ENGINE_CONFIG
from shared.quota.prices import get_prices

if TYPE_CHECKING:
    from shared.bootstrap import Services

FIXED_WHILE_RUNNING = ("task", "variants", "tiers", "starts_at")


async def _provider_problems(services: Services, provider: str, model: str, where: str) -> list[FieldError]:
    """A provider that is not configured, or a model neither it nor the price table knows."""
    if provider == "engine":
        ok = model == ENGINE_CONFIG.model
        return [] if ok else [FieldError(f"{where}model", f"the engine's model is {ENGINE_CONFIG.model}")]
    config = next((c for c in await list_configs(services, cached=False) if c.id == provider), None)
    if config is None:
        return [FieldError(f"{where}provider", "no configured provider has this id (or use engine)")]
    known = model == config.model or model in {m for m in (await get_prices(services)).models if m != "*"}
    return [] if known else [FieldError(f"{where}model", "an unknown model: not the provider's, nor in the prices")]


def _fields(spec: ExperimentCreate) -> dict[str, Any]:
    return spec.model_dump(include=set(ExperimentCreate.model_fields))


def _normalised(spec: ExperimentCreate) -> None:
    """Times in UTC (stored and compared so), each tier once."""
    spec.starts_at, spec.ends_at = spec.starts_at.astimezone(UTC), spec.ends_at.astimezone(UTC)
    spec.tiers = list(dict.fromkeys(spec.tiers))


async def _problems(services: Services, spec: ExperimentCreate, own_id: str | None, now: datetime) -> None:
    found = spec.problems()
    for i, variant in enumerate(spec.variants):
        found += await _provider_problems(services, variant.provider, variant.model, f"variants.{i}.")
    if spec.ends_at <= now:
        found.append(FieldError("ends_at", "must be in the future"))
    for other in (await repo.listing(services, cached=False)).experiments:
        if other.id == own_id or other.task != spec.task or other.status_at(now) in ("stopped", "ended"):
            continue
        shared_tiers = [t for t in spec.tiers if t in other.tiers]
        if shared_tiers and spec.starts_at < other.ends_at and other.starts_at < spec.ends_at:
            found.append(FieldError("tiers", f"{shared_tiers[0]} is in experiment {other.id} ({other.name}) on the "
                                             "same task at the same time"))  # fmt: skip
    if found:
        raise InvalidInput("The experiment cannot run as written.", found)


async def create_experiment(services: Services, admin_id: str, spec: ExperimentCreate) -> Experiment:
    now = services.clock()
    _normalised(spec)
    await _problems(services, spec, None, now)
    experiment = Experiment(**_fields(spec), id=repo.new_id("exp"), created_at=now)
    await repo.save(services, experiment)
    await audit.record(services.store, admin_id, "experiment.created", experiment.id, {"count": len(spec.variants)})
    return experiment


async def update_experiment(
    services: Services, admin_id: str, experiment_id: str, spec: ExperimentCreate
) -> Experiment:
    now = services.clock()
    current = await repo.get_experiment(services, experiment_id)
    status = current.status_at(now)
    if status in ("stopped", "ended"):
        raise Conflict(f"This experiment has {status}: its results stay as they are. Create a new one.")
    _normalised(spec)
    if status == "running":
        changed = [name for name in FIXED_WHILE_RUNNING if getattr(spec, name) != getattr(current, name)]
        if changed:
            raise InvalidInput(
                "A running experiment keeps its task, variants, split, tiers and start, so no user changes variant; "
                "stop it and create a new one.",
                [FieldError(name, "cannot change while the experiment runs") for name in changed],
            )
        if spec.ends_at <= now:
            raise InvalidInput("To end it now, stop it.", [FieldError("ends_at", "must be in the future")])
    await _problems(services, spec, experiment_id, now)
    updated = Experiment(**_fields(spec), id=current.id, created_at=current.created_at)
    await repo.save(services, updated)
    await audit.record(services.store, admin_id, "experiment.updated", experiment_id, {})
    return updated


async def stop_experiment(services: Services, admin_id: str, experiment_id: str) -> Experiment:
    """Stop at once (the next request routes as if it never ran); stopping a stopped or ended one changes nothing."""
    current = await repo.get_experiment(services, experiment_id)
    if current.status_at(services.clock()) in ("stopped", "ended"):
        return current
    stopped = current.model_copy(update={"stopped_at": services.clock()})
    await repo.save(services, stopped)
    await audit.record(services.store, admin_id, "experiment.stopped", experiment_id, {})
    return stopped


async def experiment_results(services: Services, experiment_id: str) -> results.ExperimentResults:
    experiment = await repo.get_experiment(services, experiment_id)
    return results.build(experiment, await outcomes.totals(services.store, experiment_id), services.clock())


async def _rule_problems(services: Services, spec: RoutingRuleCreate) -> None:
    found = await _provider_problems(services, spec.provider, spec.model, "")
    if found:
        raise InvalidInput("The rule names a provider or model Vigor does not have.", found)


async def create_rule(services: Services, admin_id: str, spec: RoutingRuleCreate) -> RoutingRule:
    await _rule_problems(services, spec)
    rule = RoutingRule(**spec.model_dump(), id=repo.new_id("rule"), created_at=services.clock())
    await repo.save(services, rule)
    await audit.record(services.store, admin_id, "routing_rule.created", rule.id, {"provider": rule.provider})
    return rule


async def update_rule(services: Services, admin_id: str, rule_id: str, spec: RoutingRuleCreate) -> RoutingRule:
    current = await repo.get_rule(services, rule_id)
    await _rule_problems(services, spec)
    rule = RoutingRule(**spec.model_dump(), id=current.id, created_at=current.created_at)
    await repo.save(services, rule)
    await audit.record(services.store, admin_id, "routing_rule.updated", rule.id, {"provider": rule.provider})
    return rule


async def delete_rule(services: Services, admin_id: str, rule_id: str) -> None:
    await repo.delete_rule(services, rule_id)
    await audit.record(services.store, admin_id, "routing_rule.deleted", rule_id, {})
