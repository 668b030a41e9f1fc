"""An exercise's notes within the schema's 300 characters, cut at whole sentences, never mid-word.

Notes are built from parts (a superset's lead, the effort, a regression, an injured area's cue, set-up advice); a
long set of parts used to be cut at character 300 ("Your shoulder: pain up t"), which dropped the safety cue the
user most needed. What goes first when the parts do not fit: the full pain rule becomes its short form (the plan's
safety notes carry it in full), then the asides in brackets of coaching extras, then those extras from the end
(regressions, weighted variants, set-up advice), then the asides of later essential sentences ("(First Set Last)"),
then those from the end; the first sentence (a superset's lead, the effort, a wave) stays whole (review 26, rc27).
"""

from __future__ import annotations

import re

from shared.plans.rules import PAIN_RULE
from shared.plans.schema import PlanExercise

NOTES_MAX: int = PlanExercise.model_fields["notes"].metadata[0].max_length  # the schema's limit
PAIN_RULE_SHORT = "the pain rule applies."  # (`PAIN_RULE`, in full in the safety notes)
# Sentences that say how to do the prescribed sets safely: kept longest.
_ESSENTIAL = (
    "Superset ",
    "Stop about",
    "One top set",
    "3 wave sets",
    "Then ",
    "Your ",
    "Light day",
    "Every rep",
    "Hold steady",
    "Walk tall",
)  # fmt: skip  (a 5/3/1 wave and its back-off sets are the prescription itself)
_ASIDE = re.compile(r" \([^()]*\)")
_SENTENCE = re.compile(r"(?<=\.)\s+(?=[A-Z(])")  # ("Can't do 5 yet? Start with ..." is one)


def fit_note(note: str, limit: int = NOTES_MAX) -> str:
    """`note` within `limit` characters, shortened as the module says; unchanged when it fits."""
    note = note.strip()
    if len(note) <= limit:
        return note
    note = note.replace(PAIN_RULE, PAIN_RULE_SHORT)
    sentences = _SENTENCE.split(note)
    # Extras' asides, then extras, then the asides of later essentials ("(First Set Last)"), then later essentials;
    # the first sentence and an injured area's cue (`Your ...`) keep their words longest.
    steps = ((False, False), (False, True), (True, False), (True, True))
    for essential, drop in steps:
        for index in range(len(sentences) - 1, 0, -1):
            if len(" ".join(sentences)) <= limit:
                return " ".join(sentences)
            sentence = sentences[index]
            cue = sentence.startswith("Your ")  # an injured area's cue is short already (the pain rule's short form)
            if sentence.startswith(_ESSENTIAL) != essential or (essential and not drop and cue):
                continue
            if drop:
                del sentences[index]
            else:
                sentences[index] = _ASIDE.sub("", sentence)
    kept = " ".join(sentences)
    if len(kept) <= limit:
        return kept
    return kept[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
