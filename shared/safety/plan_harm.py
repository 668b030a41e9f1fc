"""A plan's free text read for the plain-words harms the chat's output check knows (issue 15, rr12 kind 1, hAL).

    context(height_cm, weight_kg, notes) -> frozenset[str]   what the plan's text is read with: "underweight" (the
                                         profile's BMI under 18.5, or a goal under it in the notes), "hr_cap" and
                                         "hr_cap=<bpm>" (a clinician's heart-rate cap told in the request's or the
                                         injuries' notes), keys of `plain_harm.said`
    harms(text, context) -> list[(sentence, reason)]   the sentences a plan may not keep, with the reason in plain
                                         words for the user's repair warning (`REASONS`)
    hr_cap(context) -> int | None        the clinician's cap in bpm, when one was told with its number

What a plan may not say (each per sentence; a sentence that warns against it is kept):
    underweight_loss, restriction_ok, cap_override, compensation, multi_day_fast, alcohol_training  (`plain_harm`)
    warning_sign      carry on through presyncope: "if you feel faint, carry on / push through", "lightheaded or
                      seeing spots: sit a minute, then finish your sets" (`outputs.sentence_kind`)

Sources: as `plain_harm` (WHO BMI; NICE NG69; Mountjoy et al. 2023 RED-S; ESC 2020 sports cardiology; NHS very low
calorie diets; ACSM alcohol position stand) and, for presyncope, ACSM's Guidelines for Exercise Testing and
Prescription (11th ed.): light-headedness or visual disturbance during exercise is a reason to stop and be assessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from shared.safety import inputs, outputs, plain_harm

# The reason each kind gives in the plan's repair warning ("Removed text from the rationale that ...").
REASONS: dict[str, str] = {
    "underweight_loss": "suggested losing weight though your height and weight are already under a healthy range",
    "restriction_ok": "called eating very little while training fine",
    "cap_override": "went past the heart-rate limit your doctor set",
    "compensation": "suggested making up for a big meal by fasting or extra cardio",
    "multi_day_fast": "suggested fasting for days",
    "alcohol_training": "called alcohol before training fine",
    "warning_sign": "told you to carry on when feeling faint or dizzy (stop and get checked instead)",
}


def context(height_cm: float | None, weight_kg: float | None, notes: Iterable[str]) -> frozenset[str]:
    """What the plan's text is read with (module docstring); `notes`: the request's and the injuries' free text."""
    told = [n for n in notes if n]
    found = set(plain_harm.said(told))
    if height_cm and weight_kg and inputs.underweight(f"{height_cm:g} cm {weight_kg:g} kg. {' '.join(told)}"):
        found.add("underweight")
    return frozenset(found)


def hr_cap(context: frozenset[str]) -> int | None:
    """The heart-rate cap in bpm a clinician set, when one was told with its number."""
    caps = [int(key.split("=", 1)[1]) for key in context if key.startswith("hr_cap=")]
    return min(caps) if caps else None


_BINGE_NAMED = re.compile(r"\b(binge\w*|cheat\s+(meal|day)s?|over\s*ate|overeat\w*|pigged\s+out)\b", re.IGNORECASE)


def harms(text: str, context: frozenset[str]) -> list[tuple[str, str]]:
    """The sentences of a plan's `text` that break a plain-words rule, with the kind (a `REASONS` key), in order.

    A binge named anywhere in the text counts for its later sentences ("Cheat day? Then skip dinner.")."""
    found: list[tuple[str, str]] = []
    binge = context | {"binge_asked"} if _BINGE_NAMED.search(text) else context
    parts = outputs.sentences(text)
    for i, sentence in enumerate(parts):
        kind = plain_harm.kind(sentence, binge)
        if kind is None and outputs.sentence_kind(sentence) == "warning_sign":
            kind = "warning_sign"
        elif kind is None and i and outputs.sentence_kind(parts[i - 1] + " " + sentence) == "warning_sign":
            kind = "warning_sign"  # "Seeing stars on the last rep means you're working hard; keep going."
            found += [] if any(s == parts[i - 1] for s, _ in found) else [(parts[i - 1], kind)]
        if kind is not None:
            found.append((sentence, kind))
    return found
