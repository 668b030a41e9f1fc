"""The plan validator: checks any plan (engine- or LLM-written) against a profile, repairs what it can.

    report = validate_plan(plan, profile, overrides)
    report.plan         the repaired plan
    report.repairs      what was changed (swaps, clamps, trims, added notes)
    report.violations   what could not be repaired; the gateway rejects a plan with any

Checks: known exercises; only available equipment; nothing contraindicated at or above an injury's
severity; days and session minutes within 10% of what was asked; sane sets, reps, RPE and rest;
compound lifts before isolation work; weekly hard sets per muscle never above the band's top and
below its floor only when time (or the catalog, given equipment and injuries) makes the floor
impossible, and then stated; a progression with 2.5-5% load steps and a deload every 4-6 weeks;
Vigor's own PAR-Q and injury notes, and no unsafe free text (checks_text).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict

from shared.plans import checks, checks_claims, checks_text, checks_volume
from shared.plans.rules import PlanOverrides, resolve
from shared.plans.schema import Plan
from shared.plans.volume import eligible_pool
from shared.profile.model import FitnessProfile


class Finding(BaseModel):
    """One repair or violation, with where it was found."""

    model_config = ConfigDict(frozen=True)

    code: str
    message: str
    day_index: int | None = None
    exercise_id: str | None = None


class ValidationReport(BaseModel):
    """The repaired plan and what the validator found."""

    plan: Plan
    violations: list[Finding]
    repairs: list[Finding]

    @property
    def ok(self) -> bool:
        """True when nothing is left unrepaired."""
        return not self.violations


@dataclass
class Context:
    """What every check needs: the resolved request, the user's exercise pool, and the findings so far."""

    request: checks.Request
    pool: checks.Pool
    violations: list[Finding] = field(default_factory=list)
    repairs: list[Finding] = field(default_factory=list)

    def violation(self, code: str, message: str, day: int | None = None, exercise: str | None = None) -> None:
        """Record something that could not be repaired."""
        self.violations.append(Finding(code=code, message=message, day_index=day, exercise_id=exercise))

    def repair(self, code: str, message: str, day: int | None = None, exercise: str | None = None) -> None:
        """Record a change made to the plan."""
        self.repairs.append(Finding(code=code, message=message, day_index=day, exercise_id=exercise))


class PlanValidator:
    """Validates plans for one profile (and overrides); reusable across plans."""

    def __init__(self, profile: FitnessProfile, overrides: PlanOverrides | object | None = None) -> None:
        self.request = resolve(profile, overrides)
        self.pool = eligible_pool(self.request)

    def validate(self, plan: Plan) -> ValidationReport:
        """Check and repair `plan`; the input is not modified."""
        ctx = Context(self.request, checks.Pool(self.pool))
        data = plan.model_dump()
        checks.check_goal_and_days(ctx, data)
        checks.check_exercises(ctx, data)
        checks.check_doses(ctx, data)
        checks.check_order(ctx, data)
        checks_volume.check_volume_top(ctx, data)
        checks_volume.check_session_ceiling(ctx, data)
        checks_volume.check_minutes(ctx, data)
        checks_volume.check_volume_floor(ctx, data)
        checks_volume.check_progression_and_safety(ctx, data)
        checks_volume.check_hold(ctx, data)
        checks.check_wave(ctx, data)
        checks_claims.check_claims(ctx, data)  # rr13 §3 (hAP): no clearance claimed, no max efforts for a PAR-Q yes
        checks_text.check_free_text(ctx, data)
        repaired = Plan.model_validate(data)
        return ValidationReport(plan=repaired, violations=ctx.violations, repairs=ctx.repairs)


def validate_plan(
    plan: Plan, profile: FitnessProfile, overrides: PlanOverrides | object | None = None
) -> ValidationReport:
    """Validate and repair `plan` for `profile` (see the module docstring)."""
    return PlanValidator(profile, overrides).validate(plan)
