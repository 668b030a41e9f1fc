"""Experiments and routing rules as admins write them, and as they are stored.

An experiment compares two or more variants (provider id + model + prompt version) on one task for the users of
some tiers, between `starts_at` and `ends_at`, with a traffic split in whole percent that sums to 100. Its status
follows from the clock: `scheduled` before the start, `running` until the end or a stop, then `ended` or
`stopped`. A routing rule sends a task (or any task) for some tiers and contexts to a provider and model first.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from shared.dates import AwareInstant
from shared.errors import FieldError
from shared.llm.types import Task
from shared.quota.tiers import TierName

Status = Literal["scheduled", "running", "ended", "stopped"]
Context = Literal["interactive", "background"]
PROMPT_VERSIONS: tuple[str, ...] = ("current", "concise")  # see shared.experiments.choose.PROMPT_SUFFIXES
_SLUG = r"^[a-z0-9][a-z0-9_-]{0,39}$"
_PROVIDER = r"^[a-z0-9][a-z0-9_-]{0,62}$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Variant(_Strict):
    """One arm: a provider (its configured id, or `engine`), the model it is asked for and a prompt version."""

    name: str = Field(min_length=1, max_length=40, pattern=_SLUG, description="e.g. control, gpt-mini")
    provider: str = Field(min_length=1, max_length=63, pattern=_PROVIDER)
    model: str = Field(min_length=1, max_length=100)
    prompt_version: Literal["current", "concise"] = "current"
    weight: int = Field(ge=1, le=100, strict=True, description="share of eligible users, in percent")


class ExperimentCreate(_Strict):
    """An experiment to run. The first variant is the control the others are compared with."""

    name: str = Field(min_length=1, max_length=100)
    description: str = Field(default="", max_length=1000)
    task: Task
    variants: list[Variant] = Field(min_length=2, max_length=6)
    tiers: list[TierName] = Field(min_length=1, max_length=3, description="eligible tiers")
    starts_at: AwareInstant
    ends_at: AwareInstant

    def problems(self) -> list[FieldError]:
        """What no single field shows: the split, variant names, the window (`shared.experiments.admin` adds
        what needs the store: providers, models, overlaps)."""
        found = []
        if sum(v.weight for v in self.variants) != 100:
            found.append(FieldError("variants", "the weights must add up to 100"))
        names = [v.name for v in self.variants]
        found += [FieldError(f"variants.{i}.name", "another variant has this name")
                  for i, name in enumerate(names) if name in names[:i]]  # fmt: skip
        if self.ends_at <= self.starts_at:
            found.append(FieldError("ends_at", "must be after starts_at"))
        return found


class ExperimentUpdate(ExperimentCreate):
    """The whole experiment. While it runs only `name`, `description` and `ends_at` may change."""


class Experiment(ExperimentCreate):
    id: str
    created_at: datetime
    stopped_at: datetime | None = None

    def status_at(self, now: datetime) -> Status:
        if self.stopped_at is not None:
            return "stopped"
        if now < self.starts_at:
            return "scheduled"
        return "running" if now < self.ends_at else "ended"


class RoutingRuleCreate(_Strict):
    """Send matching requests to `provider` / `model` first (the priority chain follows as fallback).

    Empty `tasks`, `tiers` or `contexts` match any. The enabled rule with the lowest `priority` that matches wins."""

    name: str = Field(min_length=1, max_length=100)
    priority: int = Field(default=100, ge=0, le=10_000, strict=True, description="lower is tried first")
    enabled: StrictBool = True
    tasks: list[Task] = Field(default_factory=list, max_length=4)
    tiers: list[TierName] = Field(default_factory=list, max_length=3)
    contexts: list[Context] = Field(
        default_factory=list, max_length=2,
        description="interactive: a person waits (chat, plans); background: jobs such as the daily message",
    )  # fmt: skip
    provider: str = Field(min_length=1, max_length=63, pattern=_PROVIDER)
    model: str = Field(min_length=1, max_length=100)


class RoutingRuleUpdate(RoutingRuleCreate):
    """The whole rule."""


class RoutingRule(RoutingRuleCreate):
    id: str
    created_at: datetime

    def matches(self, task: str, tier: str, context: str) -> bool:
        return (
            self.enabled
            and (not self.tasks or task in self.tasks)
            and (not self.tiers or tier in self.tiers)
            and (not self.contexts or context in self.contexts)
        )
