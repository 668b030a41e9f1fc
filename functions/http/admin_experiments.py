"""/api/admin/experiments and /api/admin/routing-rules: model and prompt A/B tests, and context-aware provider
routing. Role `admin`; every change is audited (`shared.experiments.admin`)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import Path, Response

from functions.http.deps import AdminUser, ServicesDep
from functions.http.responses import problem
from functions.http.routing import PrefixRouter
from shared.experiments import admin, repo
from shared.experiments.model import (
    Experiment,
    ExperimentCreate,
    ExperimentUpdate,
    RoutingRule,
    RoutingRuleCreate,
    RoutingRuleUpdate,
    Status,
)
from shared.experiments.results import ExperimentResults

router = PrefixRouter(prefix="/admin", tags=["admin"])
ExperimentId = Annotated[str, Path(min_length=1, max_length=40, pattern=r"^exp-[a-f0-9]{1,32}$")]
RuleId = Annotated[str, Path(min_length=1, max_length=40, pattern=r"^rule-[a-f0-9]{1,32}$")]
_INVALID = problem(422, "A split that does not add up to 100, an unknown provider or model, an end before the start, "
                        "or an experiment on the same task and tier at the same time")  # fmt: skip


class ExperimentPublic(Experiment):
    status: Status


def _public(experiment: Experiment, now: datetime) -> ExperimentPublic:
    return ExperimentPublic(**experiment.model_dump(), status=experiment.status_at(now))


@router.get("/experiments", operation_id="listExperiments", response_model=list[ExperimentPublic])
async def list_experiments(admin_user: AdminUser, services: ServicesDep) -> list[ExperimentPublic]:
    """Every experiment, newest first, with its status (scheduled, running, ended, stopped)."""
    now = services.clock()
    return [_public(e, now) for e in (await repo.listing(services, cached=False)).experiments]


@router.post("/experiments", operation_id="createExperiment", status_code=201, response_model=ExperimentPublic,
             responses=_INVALID)  # fmt: skip
async def create_experiment(body: ExperimentCreate, admin_user: AdminUser, services: ServicesDep) -> ExperimentPublic:
    """Start (or schedule) an experiment: eligible users get a variant from a hash of the experiment and user ids,
    the same one for as long as it runs. The first variant is the control. Audited."""
    return _public(await admin.create_experiment(services, admin_user.user_id, body), services.clock())


@router.put("/experiments/{experiment_id}", operation_id="updateExperiment", response_model=ExperimentPublic,
            responses=_INVALID | problem(409, "The experiment has stopped or ended"))  # fmt: skip
async def update_experiment(
    experiment_id: ExperimentId, body: ExperimentUpdate, admin_user: AdminUser, services: ServicesDep
) -> ExperimentPublic:
    """Replace a scheduled experiment; a running one may change only its name, description and end (so no user
    ever changes variant). Audited."""
    return _public(await admin.update_experiment(services, admin_user.user_id, experiment_id, body), services.clock())


@router.post("/experiments/{experiment_id}/stop", operation_id="stopExperiment", response_model=ExperimentPublic)
async def stop_experiment(
    experiment_id: ExperimentId, admin_user: AdminUser, services: ServicesDep
) -> ExperimentPublic:
    """Stop now: the next request routes by the rules and the priority chain. Its results stay. Audited."""
    return _public(await admin.stop_experiment(services, admin_user.user_id, experiment_id), services.clock())


@router.get("/experiments/{experiment_id}/results", operation_id="getExperimentResults",
            response_model=ExperimentResults)  # fmt: skip
async def experiment_results(
    experiment_id: ExperimentId, admin_user: AdminUser, services: ServicesDep
) -> ExperimentResults:
    """Per variant: requests, validator acceptance, repairs, fallbacks, latency (mean, p95), cost, plan ratings and
    coach votes, each compared with the control (two-proportion z-test for rates, Welch for ratings;
    `not_enough_data` under `min_n` in either variant)."""
    return await admin.experiment_results(services, experiment_id)


@router.get("/routing-rules", operation_id="listRoutingRules", response_model=list[RoutingRule])
async def list_rules(admin_user: AdminUser, services: ServicesDep) -> list[RoutingRule]:
    """Every routing rule in the order they are tried (priority, then age)."""
    return list((await repo.listing(services, cached=False)).rules)


@router.post("/routing-rules", operation_id="createRoutingRule", status_code=201, response_model=RoutingRule,
             responses=problem(422, "An unknown provider or model"))  # fmt: skip
async def create_rule(body: RoutingRuleCreate, admin_user: AdminUser, services: ServicesDep) -> RoutingRule:
    """Add a rule: matching requests (task, tier, context) ask its provider and model first. Audited."""
    return await admin.create_rule(services, admin_user.user_id, body)


@router.put("/routing-rules/{rule_id}", operation_id="updateRoutingRule", response_model=RoutingRule,
            responses=problem(422, "An unknown provider or model"))  # fmt: skip
async def update_rule(
    rule_id: RuleId, body: RoutingRuleUpdate, admin_user: AdminUser, services: ServicesDep
) -> RoutingRule:
    """Replace a rule. Audited."""
    return await admin.update_rule(services, admin_user.user_id, rule_id, body)


@router.delete("/routing-rules/{rule_id}", operation_id="deleteRoutingRule", status_code=204)
async def delete_rule(rule_id: RuleId, admin_user: AdminUser, services: ServicesDep) -> Response:
    """Remove a rule. Audited."""
    await admin.delete_rule(services, admin_user.user_id, rule_id)
    return Response(status_code=204)
