"""The gateway's routing decision for one request: which providers, in which order, and under which arm.

1. a running experiment on the task whose tiers include the caller's puts the caller's variant first (the user
   must have opted in to external providers: otherwise only the engine answers and no experiment applies);
2. the first enabled routing rule (by priority) matching the task, tier and context comes next;
3. then the task's priority chain, the engine last, as before. Budget rules and breakers apply to every step
   as they always did (`shared.llm.router`), and a provider that fails falls back along the same list.
A provider id that no longer exists, or is disabled, is skipped; a provider named twice is tried once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from shared.experiments.assign import variant_for
from shared.experiments.model import Experiment, RoutingRule
from shared.llm.configs import chain
from shared.llm.providers.engine import ENGINE_CONFIG
from shared.llm.types import ProviderConfig, Task

# What a prompt version adds to the task's fixed system prompt (after its rules, which it never loosens).
PROMPT_SUFFIXES: dict[str, dict[str, str]] = {
    "current": {},
    "concise": {
        "plan": " Keep every exercise note and the rationale to one short sentence.",
        "chat": " Answer in at most three short sentences.",
        "daily_message": " Write at most two short sentences.",
        "analysis": " Keep the summary to at most three short sentences.",
    },
}


@dataclass(frozen=True)
class Arm:
    """The experiment and variant a request ran under (outcomes are counted for it, whoever answered)."""

    experiment_id: str
    variant: str
    provider: str
    model: str

    @property
    def label(self) -> str:
        return f"{self.experiment_id}/{self.variant}"


@dataclass(frozen=True)
class Choice:
    chain: list[ProviderConfig]
    arm: Arm | None = None
    rule_id: str | None = None
    head_prompt: str = ""  # added to the system prompt of the chain's first provider (the variant's version)


def _config(configs: Sequence[ProviderConfig], provider: str, model: str) -> ProviderConfig | None:
    if provider == "engine":
        return ENGINE_CONFIG
    found = next((c for c in configs if c.id == provider and c.enabled), None)
    return None if found is None else found.model_copy(update={"model": model})


def _ordered(head: list[ProviderConfig | None], rest: list[ProviderConfig]) -> list[ProviderConfig]:
    out: list[ProviderConfig] = []
    for config in [*head, *rest]:
        if config is None or any(c.id == config.id and c.model == config.model for c in out):
            continue
        out.append(config)
        if config.kind == "engine":
            break  # the engine always answers: nothing after it is ever asked
    return out


def running_for(experiments: Sequence[Experiment], task: str, tier: str, now: datetime) -> Experiment | None:
    """The running experiment on `task` that takes `tier` (admins keep them from overlapping; the newest wins)."""
    return next((e for e in experiments if e.task == task and tier in e.tiers and e.status_at(now) == "running"), None)


def choose(
    configs: Sequence[ProviderConfig], experiments: Sequence[Experiment], rules: Sequence[RoutingRule],
    task: Task, tier: str, user_id: str, context: str, now: datetime, external: bool = True,
) -> Choice:  # fmt: skip
    """The providers for this request in order, and the arm it runs under (see the module docstring)."""
    if not external:
        return Choice([ENGINE_CONFIG])
    normal = chain(list(configs), task)
    arm, head, prompt = None, None, ""
    experiment = running_for(experiments, task, tier, now)
    if experiment is not None:
        variant = variant_for(experiment.id, experiment.variants, user_id)
        arm = Arm(experiment.id, variant.name, variant.provider, variant.model)
        head = _config(configs, variant.provider, variant.model)
        prompt = PROMPT_SUFFIXES[variant.prompt_version].get(task, "") if head is not None else ""
    rule = next((r for r in rules if r.matches(task, tier, context)), None)
    ruled = _config(configs, rule.provider, rule.model) if rule is not None else None
    return Choice(_ordered([head, ruled], normal), arm, rule.id if rule is not None else None, prompt)
