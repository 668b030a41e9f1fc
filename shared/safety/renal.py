"""Protein amounts with kidney disease are the renal team's (R9 follow-up, issue 15).

"I have kidney disease, how much protein should I eat for muscle?" went to a provider with no guard, and the gym
answer (1.6-2.2 g per kg) is the opposite of what many people with chronic kidney disease are told: KDIGO 2024 suggests
about 0.8 g/kg a day for CKD stages 3-5 not on dialysis and avoiding more than 1.3 g/kg where kidney function may
decline, while dialysis needs more. The number depends on the stage and treatment, so it is the nephrologist's or
renal dietitian's; training advice is not.

    asked(text) -> bool          kidney disease and a protein amount or a high-protein plan asked about
    told(text) -> bool           kidney disease told (the conversation's limit "renal_protein")
    protein_question(text)       a protein amount asked (after kidney disease was told earlier)
    REPLY                        the short answer: the number from the renal team, training carries on
    high_protein(answer) -> bool an answer's sentence that sets a high protein number or plan and does not defer it
"""

from __future__ import annotations

import re

from shared.safety import deferral, interactions

_I = re.IGNORECASE

KIDNEY = re.compile(interactions.KIDNEY, _I)
_PROTEIN = re.compile(r"\b(protein|prote(í|i)nas?|prot(é|e)ines?|eiwei(ß|ss)|whey|casein|mass\s+gainers?)\b", _I)
_AMOUNT = re.compile(
    r"\b(how\s+much|how\s+many\s+(grams|g)|grams?|g\s*/\s*kg|g\s+per|per\s+(kg|kilo|pound|lb)|target|intake|enough"
    r"|more|extra|higher|high[- ]protein|increase|up\s+my|amount|should\s+i\s+(eat|have|take|get)|a\s+day|daily|shakes?"
    r"|powder|scoops?|cu(á|a)nta|combien|wie\s+viel)\b|\b\d+(\.\d+)?\s*(g|grams?)\b",
    _I,
)
_NOT_NOW = re.compile(r"\b(no\s+longer|not\s+anymore|used\s+to\s+have|no\s+kidney\s+(disease|problems?|issues?))\b", _I)

REPLY = (
    "With kidney disease, your protein target should come from your nephrologist or renal dietitian rather than the "
    "usual gym numbers: many people with chronic kidney disease are advised to eat less protein, not more, and the "
    "right amount depends on your kidney function and whether you're on dialysis (KDIGO guidance). Ask them for a "
    "daily amount in grams, and whether protein shakes fit in it; until then keep your usual intake rather than "
    "adding shakes or extra protein. Your training itself can carry on: regular strength work with moderate loads "
    "and steady cardio is good for you with kidney disease, and I can set your sessions around whatever amount "
    "they give you."
)


def asked(text: str) -> bool:
    """Kidney disease told and a protein amount, target or high-protein plan asked about in `text`."""
    return bool(KIDNEY.search(text) and _PROTEIN.search(text) and _AMOUNT.search(text)) and not _NOT_NOW.search(text)


def told(text: str) -> bool:
    """Kidney disease told in `text` (not one that is gone)."""
    return bool(KIDNEY.search(text)) and not _NOT_NOW.search(text)


def protein_question(text: str) -> bool:
    """A protein amount asked about (kidney disease told earlier in the conversation)."""
    return bool(_PROTEIN.search(text) and _AMOUNT.search(text))


# A protein number above KDIGO's 1.3 g/kg (0.6 g per pound, about 90 g a day for most adults), or a high-protein plan.
_PER_KG = re.compile(
    r"(?<![\d.])(?P<n>\d(\.\d+)?)\s*(-|\u2013|to)?\s*(?P<m>\d(\.\d+)?)?\s*(g|grams?)\s*(of\s+protein\s+)?(/|per|a|each|for"
    r"\s+every)\s*(?P<unit>kg|kilo\w*|pound|lb)\b",
    _I,
)
_PER_DAY = re.compile(r"(?<![\d.])(?P<n>\d{2,3})\s*(g|grams?)\b(?![^.?!]{0,20}\b(per|/|a)\s*(kg|kilo|pound|lb))", _I)
_HIGH = re.compile(
    r"\b(high[- ]protein|more\s+protein|extra\s+protein|as\s+much\s+protein|(increase|bump\s+up|up|double|raise)\s+"
    r"(your\s+)?protein|protein\s+shakes?\s+(daily|every|after\s+every|twice)|(one|two|2|3|three)\s+(protein\s+)?"
    r"shakes?\s+a\s+day)\b",
    _I,
)
_NEGATED = re.compile(
    r"\b(don'?t|do\s+not|avoid|not|never|no|instead\s+of|rather\s+than|less|lower|limit|restrict\w*)\b", _I
)


def _high_number(sentence: str) -> bool:
    for m in _PER_KG.finditer(sentence):
        top = float(m.group("m") or m.group("n"))
        per_kg = top * (2.2046 if m.group("unit").lower().startswith(("pound", "lb")) else 1.0)
        if per_kg > 1.3:
            return True
    return _PROTEIN.search(sentence) is not None and any(int(m.group("n")) > 90 for m in _PER_DAY.finditer(sentence))


def high_protein(answer: str) -> bool:
    """A sentence of `answer` that sets more than about 1.3 g/kg of protein, or a high-protein plan, and neither
    negates it nor defers the number to the renal team (`deferral.defers`)."""
    for sentence in re.split(r"(?<=[.!?;])\s+|\n+", answer):
        if deferral.defers(sentence):
            continue
        plan = _HIGH.search(sentence)
        if _high_number(sentence) or (plan and not _NEGATED.search(sentence[: plan.start()])):
            return True
    return False
