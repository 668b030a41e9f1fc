"""Structured output for plans: parse, validate with pydantic and the plan validator, describe failures.

Every plan a provider returns goes through `check_plan`: JSON → `PlanDraft` (pydantic, strict) →
`shared.plans.validator.validate_plan` against the profile. What the validator can repair it
repairs; anything left is a violation, and the violations (with pydantic's errors) feed the single
repair attempt. The engine's plan goes through the same check.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from shared.plans.schema import Plan, PlanDraft, PlanSource

PENDING = PlanSource(provider="pending", model="pending")


@dataclass(frozen=True)
class CheckedPlan:
    """A plan that passed Vigor's checks, and what the checks changed in it (plain words, for the user)."""

    plan: Plan
    repairs: tuple[str, ...] = ()


def engine_plan(profile: Any, overrides: Any) -> Plan:
    """The deterministic engine's plan for this profile (and overrides)."""
    from shared.plans.engine import generate_plan

    return generate_plan(profile, overrides)


def check_plan(text: str | None, data: Any, profile: Any, overrides: Any) -> tuple[CheckedPlan | None, list[str]]:
    """(the validated, repaired plan with its repairs, []) or (None, what is wrong) in words a model can act on."""
    from shared.plans.validator import validate_plan

    try:
        if isinstance(data, Plan):
            plan = data
        else:
            draft = PlanDraft.model_validate(json.loads(text or ""))
            plan = Plan.from_draft(draft, PENDING)
    except json.JSONDecodeError as exc:
        return None, [f"the answer is not valid JSON ({exc.msg} at position {exc.pos})"]
    except ValidationError as exc:
        return None, [
            f"{'.'.join(str(p) for p in e['loc']) or 'plan'}: {e['msg']}" for e in exc.errors(include_input=False)
        ][:30]
    report = validate_plan(plan, profile, overrides)
    if report.violations:
        return None, [v.message for v in report.violations][:30]
    return CheckedPlan(report.plan, tuple(dict.fromkeys(r.message for r in report.repairs))), []


def with_source(plan: Plan, provider: str, model: str, experiment: str = "") -> Plan:
    """The plan signed by its writer (and the experiment arm it was made under, if any)."""
    source = PlanSource(provider=provider[:40], model=model[:80], experiment=experiment[:100])
    return plan.model_copy(update={"source": source})
