"""The plan validator's check on what a writer claims about the person (rr13 section 3, hAP).

A model's plan for a PAR-Q-flagged user was accepted with the rationale "Your doctor has cleared you, so the screening
flags no longer limit you. This block builds to a true one-rep max in week 4;" (the sentence check cut it mid-way,
the plan's title meanwhile said "medical clearance first"). No plan text may claim a clearance the profile does not
record, or prescribe maximal efforts (one-rep max tests, maxing out, training to failure) for a PAR-Q yes: a
clearance is the clinician's decision (ACSM pre-participation screening, Riebe et al. 2015; PAR-Q+ 2023) and until it
is recorded effort stays moderate.

    check_claims(ctx, data)   -> the rationale replaced by Vigor's own (with the warning in plain words) when it
                                 claims either; any other text loses the sentence; each change listed as a repair
    claims(text, ...)         -> "clearance" | "max_effort" | None for one text
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from shared.safety import deferral

if TYPE_CHECKING:
    from shared.plans.validator import Context

_I = re.IGNORECASE
# Said of the person's screening or clearance, beyond a clinician "has cleared you" (`deferral.claims_clearance`).
_CLEARED = re.compile(
    r"\b(you('re|\s+are|\s+have\s+been|'ve\s+been)\s+(now\s+|fully\s+|medically\s+)?(cleared|signed\s+off|good\s+to\s+go)"
    r"|(screening|par-?q|health\s+questionnaire|the\s+flags?)\b[^.;!?]{0,40}\b(no\s+longer|don'?t|doesn'?t|do\s+not"
    r"|does\s+not|won'?t|never)\s+(limits?|appl(y|ies)|matters?|counts?|holds?)|no\s+longer\s+(need|needs|require)\s+(a\s+)?"
    r"(doctor|clearance|medical)|(clearance|all[- ]clear|green\s+light)\s+(is\s+)?(given|granted|received|done)"
    r"|(doctor|physician|gp|cardiologist)\s+(has\s+)?(approved|okayed|signed\s+off))\b",
    _I,
)
_MAX = re.compile(
    r"\b(one[- ]rep(etition)?\s+max(imum)?|1\s*-?\s*rm|true\s+max|max(imal)?\s+(lifts?|attempts?|singles?|efforts?"
    r"|tests?|testing|day)|max(ing)?\s+out|test(ing)?\s+(your|a|the)\s+max|all[- ]out|to\s+(absolute\s+|muscular\s+)?"
    r"failure|pr\s+attempts?|personal\s+record\s+attempts?|heavy\s+singles?|as\s+heavy\s+as\s+(you\s+)?(can|possible))\b",
    _I,
)
_NEGATED = re.compile(
    r"\b(no|not|never|avoid\w*|without|don'?t|do\s+not|skip|nor|instead\s+of|rather\s+than|until|unless|once|after"
    r"|only\s+when|only\s+if|if\s+your\s+doctor|leave\s+out|stop\s+short)\b",
    _I,
)
_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\n+")


def _said(pattern: re.Pattern[str], sentence: str) -> bool:
    """`pattern` said outright: not negated, conditioned or asked before it in the same sentence."""
    return any(not _NEGATED.search(sentence[: m.start()]) for m in pattern.finditer(sentence)) and not (
        sentence.rstrip().endswith("?")
    )


def claims(text: str, *, par_q: bool, cleared: bool) -> str | None:
    """ "clearance" when `text` says the person is cleared and the profile records no clearance, "max_effort" when it
    prescribes maximal efforts for a PAR-Q yes, else None."""
    for sentence in _SENTENCES.split(text or ""):
        if not cleared and (deferral.claims_clearance(sentence) or _said(_CLEARED, sentence)):
            return "clearance"
        if par_q and _said(_MAX, sentence):
            return "max_effort"
    return None


def _without(text: str, *, par_q: bool, cleared: bool) -> str:
    kept = [s for s in _SENTENCES.split(text or "") if claims(s, par_q=par_q, cleared=cleared) is None]
    return " ".join(" ".join(kept).split())


def own_rationale(found: str, par_q: bool) -> str:
    """Vigor's own rationale in place of one that claimed a clearance or a maximal effort, with the warning."""
    said = (
        "said a doctor had cleared you, which your profile doesn't record"
        if found == "clearance"
        else "asked for maximal efforts"
    )
    moderate = (
        "Your health screening asks for a doctor's check before hard training: until your doctor clears you, keep "
        "every session moderate (you can still talk while you train), with no one-rep max tests, maximal lifts or sets "
        "to failure, and stop and get help for chest pain, fainting, dizziness or unusual breathlessness."
        if par_q
        else "Only your doctor can clear you; tell Vigor in your profile when they have."
    )
    return (
        f"Vigor replaced this plan's reasons: the AI model's draft {said}. The sessions follow your goals, equipment "
        f"and schedule, checked by Vigor's rules. {moderate}"
    )


def check_claims(ctx: Context, data: dict[str, Any]) -> None:
    """See the module docstring. The engine's own plans are Vigor's words and skip it."""
    if (data.get("source") or {}).get("provider") == "engine":
        return
    par_q = ctx.request.par_q
    cleared = "medical_clearance" in ctx.request.par_q_answers
    found = claims(data.get("rationale", ""), par_q=par_q, cleared=cleared)
    if found is not None:
        data["rationale"] = own_rationale(found, par_q)
        ctx.repair("unsafe_text", "Replaced the rationale: it claimed a clearance or asked for maximal efforts.")
    texts: list[tuple[dict[str, Any], str]] = [(data, "name"), (data, "volume_note")]
    texts += [(data["progression"], "summary"), (data["progression"], "deload_guidance")]
    for day in data.get("days") or []:
        texts += [(day, "name"), (day, "focus"), (day, "time_note")]
        texts += [(item, "notes") for item in day.get("exercises") or []]
    for holder, key in texts:
        text = holder.get(key) or ""
        if isinstance(text, str) and claims(text, par_q=par_q, cleared=cleared) is not None:
            holder[key] = _without(text, par_q=par_q, cleared=cleared)
            ctx.repair("unsafe_text", "Removed a sentence that claimed a clearance or asked for a maximal effort.")
    notes = data.get("safety_notes") or []
    data["safety_notes"] = [n for n in notes if claims(n, par_q=par_q, cleared=cleared) is None]
