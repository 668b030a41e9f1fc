"""The plan request a real model can satisfy: rules, the profile fields a plan needs, and Vigor's brief.

    request = await plan_request(store, user_id, profile, overrides)

The user message carries three delimited parts:
* <user_data>: the profile fields a plan needs (goals, level, age in years, sex, body weight,
  equipment, injuries as area and severity, days, minutes, preferred weekdays, of the PAR-Q only
  "conservative" and "clearance_needed", and a clinician's heart-rate cap as "heart_rate_cap_bpm", a number)
  and a summary of the last six weeks of training. Never the
  display name, email, ids, time zone, message hour or coach tone.
* <user_input>: what the user typed for this plan (a free-text focus, notes), if anything.
* <vigor_brief>: the engine's candidates (the validator's pool, ranked, with each one's dose
  limits), the week's days, the weekly volume band and the session limits (`plans.candidates`).

The JSON schema is a per-request copy of `plan_json_schema()` whose `exercise_id` is an enum of the
candidate ids, so a strict structured-output provider cannot name anything else.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from shared.llm import prompts
from shared.llm.types import CompletionRequest, Message
from shared.plans.candidates import PlanBrief, plan_brief
from shared.plans.schema import plan_json_schema
from shared.profile.model import GOALS, PAR_Q_QUESTIONS, FitnessProfile
from shared.safety import plan_harm
from shared.store.port import DocumentStore
from shared.workouts.training_summary import recent_training

BRIEF_TAG = "vigor_brief"
MAX_OUTPUT_TOKENS = 8192


@lru_cache(maxsize=1)
def _base_schema() -> dict[str, Any]:
    return plan_json_schema()


def schema_for(ids: list[str]) -> dict[str, Any]:
    """`plan_json_schema()` with `exercise_id` limited to `ids`: copies along the one path it changes,
    so the cached base schema is never modified."""
    base = _base_schema()
    defs = dict(base["$defs"])
    item = dict(defs["PlanExercise"])
    properties = dict(item["properties"])
    properties["exercise_id"] = {**properties["exercise_id"], "enum": list(ids)}
    item["properties"] = properties
    defs["PlanExercise"] = item
    return {**base, "$defs": defs}


def screening(profile: FitnessProfile) -> dict[str, bool]:
    """What a plan needs of the PAR-Q (rr13, hAP: the full answers, a heart condition, chest pain, blood-pressure
    medicine, went to the provider): train conservatively, and whether a doctor's clearance is still needed. The
    engine's brief already carries the limits the answers set (`plans.candidates`)."""
    yes = any(bool(getattr(profile.par_q, name)) for name in PAR_Q_QUESTIONS)
    return {"conservative": yes, "clearance_needed": yes and not profile.par_q.medical_clearance}


def heart_rate_cap(brief: PlanBrief) -> int | None:
    """The heart-rate ceiling in bpm a clinician set, as the plan request's constraint (rr13 leftovers, hAT): read
    from the request's notes and the injuries' notes (`plans.rules.Request.harm_context`, `safety.hr_caps`), the
    same cap the plan's text is checked against (`safety.plan_harm`). A number only: the note's words stay out of the
    request (hAP), and no number told means no key."""
    return plan_harm.hr_cap(brief.request.harm_context)


def profile_fields(profile: FitnessProfile, brief: PlanBrief) -> dict[str, Any]:
    """What a plan needs to know about the person, and nothing that identifies them: no injury note text (a
    person's own words, which named surgeons and workplaces) and no PAR-Q answer (rr13, hAP)."""
    request = brief.request
    fields: dict[str, Any] = {
        "goal": request.goal, "goals": list(request.goals), "level": request.level, "age": request.age,
        "sex": profile.sex if profile.sex not in (None, "prefer_not_to_say") else None,
        "body_weight_kg": round(profile.weight_kg) if profile.weight_kg is not None else None,
        "equipment": list(profile.equipment),
        "injuries": [{"area": i.area, "severity": i.severity} for i in profile.injuries],
        "days_per_week": request.days, "session_minutes": request.minutes,
        "preferred_days": list(profile.preferred_days), "units": profile.units,
        "screening": screening(profile),
        "heart_rate_cap_bpm": heart_rate_cap(brief),
    }  # fmt: skip
    return {k: v for k, v in fields.items() if v is not None}


def private_text_out(data: Any, name: str = "") -> Any:
    """`data` with every free-text string as a provider may read it, the way chat text is: direct identifiers
    (emails, phone and identity numbers, street addresses), the user's own name and other people's names and named
    diagnoses taken out (`prompts.scrub_text`). The profile's injury notes are the user's own words (the red team's
    "ACL repair 2019 by Dr. Karen Blake, call me +1 415 555 0199 or jon.meyer@gmail.com, 12 Elm Street Springfield"
    went to the provider as written in every plan request); custom exercise names in the training summary too."""
    if isinstance(data, str):
        return prompts.scrub_text(data, name)
    if isinstance(data, dict):
        return {k: private_text_out(v, name) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [private_text_out(v, name) for v in data]
    return data


def _asked(overrides: object) -> str:
    """What the user typed for this plan: a focus that is not a goal, and notes."""

    def get(key: str) -> Any:
        return overrides.get(key) if isinstance(overrides, dict) else getattr(overrides, key, None)

    if overrides is None:
        return ""
    focus, notes = get("focus"), get("notes")
    parts = []
    if isinstance(focus, str) and focus.strip() and focus not in GOALS:
        parts.append(f"Focus: {focus.strip()}")
    if isinstance(notes, str) and notes.strip():
        parts.append(f"Notes: {notes.strip()}")
    return "\n".join(parts)


def brief_block(brief: PlanBrief) -> str:
    """Vigor's brief as delimited JSON (engine data, not user text)."""
    payload = {
        "week": brief.week, "volume": brief.volume, "session": brief.session,
        "candidates": [c.as_prompt() for c in brief.candidates],
    }  # fmt: skip
    return f"<{BRIEF_TAG}>\n{json.dumps(payload, separators=(',', ':'), ensure_ascii=False)}\n</{BRIEF_TAG}>"


def build_plan_request(
    profile: FitnessProfile, overrides: object, history: dict[str, Any] | None, brief: PlanBrief | None = None
) -> CompletionRequest:
    """The plan request from the profile, the overrides and the training summary (see the module docstring)."""
    brief = brief or plan_brief(profile, overrides)
    data: dict[str, Any] = {"profile": profile_fields(profile, brief)}
    if history:
        data["recent_training"] = history
    data = private_text_out(data, profile.display_name)
    asked = _asked(overrides)
    body = prompts.user_data(data) + "\n" + (prompts.user_input(asked, profile.display_name) + "\n" if asked else "")
    body += brief_block(brief) + "\nWrite this person's plan from the brief's candidates only."
    return CompletionRequest(
        task="plan", system=prompts.SYSTEM_PROMPTS["plan"], messages=[Message("user", body)],
        json_schema=schema_for(brief.ids), schema_name="workout_plan", max_output_tokens=MAX_OUTPUT_TOKENS,
        context={"profile": profile, "overrides": overrides},
    )  # fmt: skip


async def plan_request(
    store: DocumentStore, user_id: str, profile: FitnessProfile, overrides: object = None
) -> CompletionRequest:
    """`build_plan_request` with the user's last six weeks of training read from `store`."""
    return build_plan_request(profile, overrides, await recent_training(store, user_id))
