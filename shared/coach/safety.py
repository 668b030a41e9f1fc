"""Deterministic safety checks before and after every coach answer.

Before: the user's text is screened. Urgent symptoms (chest pain or pressure, fainting, a racing or
irregular heart, severe breathlessness) get a fixed answer and never reach a model; pain or injury
gets the model's answer prefixed with advice to stop and see a professional. After: any answer is
stripped of control characters, length-limited, and replaced by the safe text when it reads like a
diagnosis. The coach is not a doctor; these rules do not depend on the model behaving.
"""

from __future__ import annotations

import re
from typing import Literal

Concern = Literal["urgent", "pain"]
MAX_REPLY_CHARS = 1500
MAX_DAILY_CHARS = 600

_URGENT = re.compile(
    r"\b(chest\s*(pain|pains|tightness|pressure|hurts?)|(pain|pressure|tightness)\s+in\s+(my\s+)?chest"
    r"|heart\s*(attack|racing|pounding|palpitations?)|palpitations?|irregular\s+heart\s*beat"
    r"|faint(ed|ing)?|passed\s+out|pass\s+out|black(ed)?\s+out|collapsed?"
    r"|(short(ness)?\s+of|can'?t\s+catch\s+my|struggling\s+to)\s+breath|can'?t\s+breathe"
    r"|(pain|numbness)\s+(in|down)\s+(my\s+)?(left\s+)?(arm|jaw))\b",
    re.IGNORECASE,
)
_PAIN = re.compile(
    r"\b(pain(ful)?|hurts?|hurting|hurt\s+my|injur(y|ies|ed)|sprain(ed)?|strain(ed)?|torn|tear\s+in|pulled"
    r"|swell(ing|ed)?|swollen|numb(ness)?|tingl(e|ing)|ache|aching|dislocat\w*|fractur\w*|broke\s+my"
    r"|sharp\s+twinge|twinge|dizz(y|iness)|lightheaded|diagnos\w*|tendonitis|tendinitis)\b",
    re.IGNORECASE,
)
_DIAGNOSIS = re.compile(
    r"\b(you\s+(probably|likely|most\s+likely|may|might)?\s*(have|'ve\s+got|are\s+suffering\s+from)\s+(an?\s+)?"
    r"(\w+\s+){0,2}(tear|tendinitis|tendonitis|fracture|hernia|sprain|strain|bursitis|arthritis|impingement"
    r"|condition|injury|disc)"
    r"|(sounds|looks)\s+like\s+(an?\s+)?(\w+\s+){0,2}(tear|tendinitis|tendonitis|fracture|hernia|sprain|bursitis"
    r"|impingement|injury)"
    r"|my\s+diagnosis|i\s+diagnose|the\s+diagnosis\s+is)\b",
    re.IGNORECASE,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

URGENT_REPLY = (
    "Please stop exercising now. Chest pain or pressure, fainting, a racing or irregular heartbeat or "
    "severe breathlessness can be signs of a heart problem: if it is severe or does not settle with rest, "
    "call your local emergency number. Either way, see a doctor before you train again. I'm a fitness coach, "
    "not a doctor, so I can't assess symptoms."
)
PAIN_ADVICE = (
    "If something hurts, stop the exercise that causes it and have it checked by a doctor or "
    "physiotherapist; I'm a fitness coach and can't diagnose injuries."
)
NO_DIAGNOSIS = PAIN_ADVICE + " Until then, train only what is pain-free, keep the effort easy and log how it feels."


def screen(text: str) -> Concern | None:
    """What the user's text calls for: `urgent`, `pain`, or None."""
    if _URGENT.search(text):
        return "urgent"
    if _PAIN.search(text):
        return "pain"
    return None


def reads_like_diagnosis(text: str) -> bool:
    return bool(_DIAGNOSIS.search(text))


def limit(text: str, max_chars: int) -> str:
    """Control characters out, at most `max_chars`, cut at a word boundary with an ellipsis."""
    text = _CONTROL.sub("", text).strip()
    if len(text) <= max_chars:
        return text
    cut = text[: max_chars - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > max_chars // 2 else cut).rstrip(" ,;:") + "…"


def pain_prefix(concern: Concern | None) -> str:
    """What goes before a model's answer for this concern ("" when none)."""
    return PAIN_ADVICE + "\n\n" if concern == "pain" else ""


def finalize(text: str, concern: Concern | None, max_chars: int = MAX_REPLY_CHARS) -> str:
    """The answer the user sees: the safe text for a diagnosis, the pain advice first, length-limited."""
    if reads_like_diagnosis(text):
        return NO_DIAGNOSIS
    body = limit(text, max_chars - len(pain_prefix(concern)))
    return pain_prefix(concern) + body if body else NO_DIAGNOSIS if concern else body
