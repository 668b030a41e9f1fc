"""The exercise record: one entry of the catalog (catalog.json), as the API serves it."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.profile.model import Equipment, InjuryArea, Level, Muscle, Pattern, Severity, severity_rank

LoadType = Literal["weight", "bodyweight", "assisted", "time", "distance"]
# How a set is performed, which bounds its dose: a grind is a slow strength rep; ballistic (swings,
# cleans) and plyometric (jumps, landings) reps are fast and few; isometric holds are dosed in
# seconds; cyclic work (walking, rowing, carries) in seconds or metres; mobility in gentle seconds.
Intensity = Literal["grind", "ballistic", "plyometric", "isometric", "cyclic", "mobility"]


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
    # Per-exercise dose bounds for one working set, in the unit of `load_type`: reps for weight,
    # bodyweight and assisted; seconds for time; metres for distance. The goal's prescription is
    # clamped to them (a Nordic curl is never 15-20 reps, a plank never 8-12 "reps").
    dose_min: int = Field(default=1, ge=1, le=3600)
    dose_max: int = Field(default=30, ge=1, le=7200)  # up to two hours of steady work
    intensity: Intensity = "grind"
    skill: int = Field(default=1, ge=1, le=3)  # 1 simple, 2 needs coaching, 3 technical (Olympic-style, pistol)
    main_lift: bool = False  # a canonical loaded lift that can anchor a session (back squat, bench press, ...)
    impact: bool = False  # jumps, landings or running: gated for PAR-Q flags, older adults, lower-limb injuries
    balance: bool = False  # trains standing balance (single-leg work): part of an older adult's week
    # A rehabilitation-style option (isometric holds at set angles, straight-leg raises): given when
    # an injury leaves little else for a region, not as extra volume for a healthy lifter.
    rehab: bool = False
    harder: str | None = None  # the next harder variation on a progression ladder (push-up -> decline push-up)
    aliases: list[str] = Field(default_factory=list)  # earlier ids of this exercise; stored plans still resolve

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
