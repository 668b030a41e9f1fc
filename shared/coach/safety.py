"""The coach's safety rules before and after every answer (the policy itself is shared.safety).

Before: the user's text is classified (shared.safety.inputs). Every concern except `pain` gets
Vigor's fixed answer and never reaches a model: urgent symptoms, self-harm, eating disorders,
performance drugs, crash diets, pregnancy, minors, diagnosis or medicine questions, and attempts to
read or change the coach's instructions. `pain` gets the model's answer after advice to stop and
see a professional. After: any answer is stripped of control characters, length-limited, and
replaced when it breaks the output policy (shared.safety.outputs). None of this depends on the
model behaving.
"""

from __future__ import annotations

import re

from shared.safety import outputs
from shared.safety.inputs import Category, classify
from shared.safety.outputs import OutputCategory
from shared.safety.replies import FOR_OUTPUT, REPLIES, URGENT, reply_for

Concern = Category
MAX_REPLY_CHARS = 1500
MAX_DAILY_CHARS = 600
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

URGENT_REPLY = URGENT["cardiac"]
PAIN_ADVICE = REPLIES["pain"]
# Replaces an answer that diagnosed or advised on medicines: no diagnosis, no medication changes, stop what hurts.
NO_DIAGNOSIS = REPLIES["diagnosis"]


def screen(text: str) -> Concern | None:
    """What the user's text calls for (a shared.safety.inputs category), or None."""
    return classify(text)


def answered_by_rules(concern: Concern | None) -> bool:
    """True when Vigor's fixed answer replaces the model's for this concern."""
    return concern is not None and concern != "pain"


def fixed_reply(concern: Concern, text: str) -> str:
    return reply_for(concern, text)


def unsafe(text: str, *, par_q: bool = False, context: frozenset[str] = frozenset()) -> OutputCategory | None:
    """The output-policy category an answer breaks, or None (`context`: "minor", "pregnant" when known)."""
    return outputs.review(text, par_q=par_q, context=context)


def replacement(category: OutputCategory) -> str:
    """What the user sees instead of an answer that broke the policy (a diagnosis keeps the pain advice)."""
    return NO_DIAGNOSIS if category == "diagnosis" else FOR_OUTPUT[category]


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


def review(
    text: str, concern: Concern | None, max_chars: int = MAX_REPLY_CHARS, *, par_q: bool = False,
    fallback: str | None = None, context: frozenset[str] = frozenset(),
) -> tuple[str, OutputCategory | None]:  # fmt: skip
    """(the answer the user sees, the policy category it broke or None).

    An answer that breaks the policy is replaced by `fallback` (the built-in coach's text, for daily
    messages and analyses) or the category's safe text; pain advice goes first; length-limited.
    """
    broken = unsafe(text, par_q=par_q, context=context)
    if broken is not None:
        safe = fallback if fallback is not None and unsafe(fallback, par_q=par_q) is None else replacement(broken)
        return limit(safe, max_chars), broken
    body = limit(text, max_chars - len(pain_prefix(concern)))
    return (pain_prefix(concern) + body if body else NO_DIAGNOSIS if concern else body), None


def finalize(text: str, concern: Concern | None, max_chars: int = MAX_REPLY_CHARS, *, par_q: bool = False) -> str:
    """The answer the user sees (see `review`)."""
    return review(text, concern, max_chars, par_q=par_q)[0]
