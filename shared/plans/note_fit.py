"""An exercise's notes within the schema's 300 characters, cut at whole sentences, never mid-word.

Notes are built from parts (a superset's lead, the effort, a regression, an injured area's cue, set-up advice); a
long set of parts used to be cut at character 300 ("Your shoulder: pain up t"), which dropped the safety cue the
user most needed. What goes first when the parts do not fit: the full pain rule becomes its short form (the plan's
safety notes carry it in full), then the asides in brackets of coaching extras, then those extras from the end
(regressions, weighted variants, set-up advice), then other sentences from the end; the superset's lead, the
effort, the top-set scheme and an injured area's cue stay longest (review 26).
"""

from __future__ import annotations

import re

from shared.plans.rules import PAIN_RULE
from shared.plans.schema import PlanExercise

NOTES_MAX: int = PlanExercise.model_fields["notes"].metadata[0].max_length  # the schema's limit
PAIN_RULE_SHORT = "the pain rule applies."  # (`PAIN_RULE`, in full in the safety notes)
# Sentences that say how to do the prescribed sets safely: kept longest.
_ESSENTIAL = ("Superset ", "Stop about", "One top set", "Your ", "Light day", "Every rep", "Hold steady", "Walk tall")
_ASIDE = re.compile(r" \([^()]*\)")
_SENTENCE = re.compile(r"(?<=\.)\s+(?=[A-Z(])")  # ("Can't do 5 yet? Start with ..." is one)


def fit_note(note: str, limit: int = NOTES_MAX) -> str:
    """`note` within `limit` characters, shortened as the module says; unchanged when it fits."""
    note = note.strip()
    if len(note) <= limit:
        return note
    note = note.replace(PAIN_RULE, PAIN_RULE_SHORT)
    sentences = _SENTENCE.split(note)
    for index in range(len(sentences) - 1, 0, -1):  # an extra's aside goes before the extra itself
        if len(" ".join(sentences)) <= limit:
            return " ".join(sentences)
        if not sentences[index].startswith(_ESSENTIAL):
            sentences[index] = _ASIDE.sub("", sentences[index])
    for essential in (False, True):
        for index in range(len(sentences) - 1, 0, -1):
            if len(" ".join(sentences)) <= limit:
                return " ".join(sentences)
            if essential or not sentences[index].startswith(_ESSENTIAL):
                del sentences[index]
    kept = " ".join(sentences)
    if len(kept) <= limit:
        return kept
    return kept[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
