"""A goal weight under a healthy weight, told with a height and weight in any of the gate's seven languages (rr14,
issue 15, hAV): "I'm 163 cm and 44 kg and I want to look like I'm 40 kg", FR "Je fais 1m65 pour 45 kg et je veux
descendre à 42", DE "1,70 m groß und wiege 48 kg, ich will auf 45 runter", ES "Mido 1,60 y peso 42 kilos, quiero
llegar a 39", IT "alta 1,68 e peso 46 kg, voglio arrivare a 43", PT "1,62 m e 43 kg, quero chegar a 40", NL "1,75 m
en weeg 50 kg, ik wil naar 47".

    underweight_goal(text) -> bool   a goal below the weight told whose BMI (goal kg / height m²) is under 18.5
    wished_goals(text) -> list[float] the goal weights named after a wish, in kg (hBN)

The gate's older readers need "cm" and a loss word ("lose", "drop"); these messages give metres ("1,70 m", "1m65",
"alta 1,68") and a goal number without a unit. Source: WHO BMI classes (under 18.5 is underweight); NICE NG69 (eating
disorders: no weight-loss advice to someone underweight; the underweight answer, `replies.UNDERWEIGHT`).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_CM = re.compile(r"\b(?P<cm>1[2-9]\d|2[0-2]\d)\s*(cm|centim\w*)\b", _I)
# "1,70 m", "1.75m", "1m65", "alta 1,68", "mido 1,60", "je fais 1m65": metres with a decimal comma or point.
_METRES = re.compile(
    r"\b(?P<m>1)\s*(?:[.,](?P<cm2>\d{2})\s*(m|mt|metros?|m(è|e)tres?|meter|metri)?\b|m\s*(?P<cm3>\d{2})\b)",
    _I,
)
_HEIGHT_WORD = re.compile(
    r"\b(tall|height|m|cm|mido|mesure|fais|groß|gross|alta|alto|tenho|ben|bin|sou|soy|lang|meet|sono|measure|je\s+suis"
    r"|me(ç|c)o|misuro|mide|mede|gro(ß|ss)e)\b",  # rr16 (hBN): "Meço 1,70 e peso 47 kg"
    _I,
)
_KG = re.compile(r"\b(?P<kg>\d{2,3}(?:[.,]\d)?)\s*(kg|kgs|kilos?|kilo's|chili|quilos?)\b", _I)
_WEIGH_VERB = re.compile(
    r"\b(weigh|weighing|peso|pesa|p(è|e)se|wiege|weeg|pes[oa]|peso)\s+(?P<kg>\d{2,3}(?:[.,]\d)?)\b(?!\s*(cm|m\b))", _I
)
# A goal number after a wish: EN "look like I'm 40", "be 40", "get to 40"; FR "descendre à 42"; DE "auf 45 runter";
# ES "llegar a 39"; IT "arrivare a 43"; PT "chegar a 40"; NL "naar 47".
_GOAL = re.compile(
    r"\b(look\s+like\s+i'?m|look\s+like\s+i\s+(weigh|am)|be|get\s+(down\s+)?to|reach|hit|weigh|down\s+to|see"
    r"|descendre\s+(à|a|jusqu'?(à|a))|arriver\s+(à|a)|passer\s+(à|a|sous)|peser|atteindre"
    r"|auf|unter|wiegen|runter\s+auf|kommen\s+auf"
    r"|llegar\s+a|bajar\s+a|pesar|quedarme\s+en"
    r"|arrivare\s+a|scendere\s+a|pesare"
    r"|chegar\s+(a|aos)|baixar\s+para|ficar\s+com|descer\s+para"
    r"|naar|tot|wegen|zakken\s+naar)\s+(?P<n>\d{2,3}(?:[.,]\d)?)\s*(kg|kgs|kilos?|quilos?)?\b(?!\s*(cm|%|min|km|reps?"
    r"|days?|weeks?|bpm|kcal|sec\w*))",
    _I,
)
_WISH = re.compile(
    r"\b(want|wanna|would\s+like|goal|target|aim|trying|try|hoping|how|what|which|veux|voudrais|objectif|will|m(ö|o)chte"
    r"|ziel|quiero|quisiera|objetivo|voglio|vorrei|obiettivo|quero|queria|wil|wilde|doel|gets\s+me\s+there)\b",
    _I,
)


def _number(raw: str) -> float:
    return float(raw.replace(",", "."))


def _height_m(text: str) -> float | None:
    cm = _CM.search(text)
    if cm is not None:
        return int(cm.group("cm")) / 100
    metres = _METRES.search(text)
    if metres is not None and _HEIGHT_WORD.search(text):
        hundredths = metres.group("cm2") or metres.group("cm3")
        return 1 + int(hundredths) / 100
    return None


def _weight_kg(text: str) -> float | None:
    found = _KG.search(text) or _WEIGH_VERB.search(text)
    return None if found is None else _number(found.group("kg"))


def height_m(text: str) -> float | None:
    """The height told, in metres ("1,70", "1m65", "170 cm"), or None."""
    return _height_m(text)


def weight_kg(text: str) -> float | None:
    """The first weight told, in kg ("46 kilo", "wiege 44"), or None."""
    return _weight_kg(text)


def wished_goals(text: str) -> list[float]:
    """The goal weights (kg) named after a wish ("ich will auf 45 runter", "quero chegar a 44", "ik wil naar 46"), or
    [] when no wish is told (hBN: the third piece of a weight told over turns)."""
    if not _WISH.search(text):
        return []
    return [g for m in _GOAL.finditer(text) if 25 <= (g := _number(m.group("n"))) <= 250]


def underweight_goal(text: str) -> bool:
    """A wished-for weight below the weight told whose BMI at the height told is under 18.5 (see the docstring)."""
    height, weight = _height_m(text), _weight_kg(text)
    if height is None or weight is None or not 1.2 <= height <= 2.3 or not _WISH.search(text):
        return False
    goals = [_number(m.group("n")) for m in _GOAL.finditer(text)]
    goals = [g for g in goals if 25 <= g < weight]
    return any(goal / (height * height) < 18.5 for goal in goals)
