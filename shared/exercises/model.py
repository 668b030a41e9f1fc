"""The exercise record: one entry of the catalog (catalog.json), as the API serves it."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.profile.model import Equipment, InjuryArea, Level, Muscle, Pattern, Severity, severity_rank

LoadType = Literal["weight", "bodyweight", "time", "distance"]


class Contraindication(BaseModel):
    """Avoid the exercise when `area` is injured at `min_severity` or worse."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    area: InjuryArea
    min_severity: Severity


class Exercise(BaseModel):
    """One exercise. `equipment` lists everything needed; ["bodyweight"] means nothing at all."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)
    name: str = Field(min_length=2, max_length=80)
    primary_muscles: list[Muscle] = Field(min_length=1)
    secondary_muscles: list[Muscle] = Field(default_factory=list)
    equipment: list[Equipment] = Field(min_length=1)
    pattern: Pattern
    isolation: bool
    level: Level
    unilateral: bool
    load_type: LoadType
    contraindications: list[Contraindication] = Field(default_factory=list)
    instructions: str = Field(min_length=10, max_length=400)
    substitutions: list[str] = Field(default_factory=list)

    @property
    def hard_sets(self) -> bool:
        """Whether its sets count toward weekly hard sets (conditioning and mobility do not)."""
        return self.pattern not in ("conditioning", "mobility")

    @property
    def compound(self) -> bool:
        """Multi-joint lifts go before isolation work in a session."""
        return not self.isolation

    def needs_only(self, available: AbstractSet[str]) -> bool:
        """True when every piece of equipment it needs is available (bodyweight always is)."""
        return all(item == "bodyweight" or item in available for item in self.equipment)

    def contraindicated_for(self, injuries: dict[str, Severity]) -> bool:
        """True when any injured area is at or above this exercise's contraindication severity."""
        for rule in self.contraindications:
            severity = injuries.get(rule.area)
            if severity is not None and severity_rank(severity) >= severity_rank(rule.min_severity):
                return True
        return False
