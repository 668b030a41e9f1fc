"""Symptoms a message names without having them now: denied, quoted as advice, or judged harmless by a clinician.

    not_had(text) -> str   `text` with those mentions blanked out (same length), for the red-flag rules to read

A red flag is the user's symptom now. The words alone are not: "no chest pain, just sore legs" denies it; "Never push
through chest pain: stop and call your doctor." quotes advice (issue 15: it raised the cardiac alarm); "if you ever
feel dizzy, stop" is a rule for anyone; "my cardiologist said the chest pain was reflux and I'm fine to train" is a
clinician's judgement. Only these frames are blanked, each a span around a named symptom, so the rest of the message
is read as before ("no chest pain, but my left arm is numb" still alarms), and a frame that tells of a symptom now
("no chest pain until today", "never had chest pain before", "the doctor said it was fine but it's back") is kept.
A clinician's sentence is blanked only when it names the symptom, a harmless verdict, and nothing current.

Spans are replaced by spaces, so the distance rules of the patterns ("within 40 characters") read the same text.
Examples both ways: tests/unit/test_safety_not_had.py.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# The symptoms whose mention alone raises a red flag (shared.safety.inputs: cardiac, breathing, collapse, nerves).
_SYMPTOM = (
    r"(?:chest\s+(?:pains?|tightness|pressure|discomfort)|(?:pain|tightness|pressure|heaviness|discomfort)\s+in\s+"
    r"(?:my\s+|the\s+|your\s+)?chest|(?:a\s+)?tight(?:ness\s+in\s+the)?\s+chest|dizziness|dizzy\s+spells?"
    r"|light-?headedness|(?:heart\s+)?palpitations?|shortness\s+of\s+breath|breathlessness|fainting|passing\s+out"
    r"|blacking\s+out|numbness|tingling|pins\s+and\s+needles|(?:a\s+)?racing\s+heart|irregular\s+heartbeats?)"
)
_ANY = r"(?:any\s+|a\s+bit\s+of\s+|the\s+)?"
_LIST = rf"{_ANY}{_SYMPTOM}(?:(?:\s*,\s*|\s+)(?:or\s+|and\s+|nor\s+)?{_ANY}{_SYMPTOM}){{0,4}}"
# What turns a denial back into a symptom: "no chest pain until today", "never had chest pain before, but...".
_UNTIL = r"(?![^.?!;:]{0,12}\b(?:until|till|before|except|apart\s+from|unless)\b)"

_DENIED = re.compile(
    r"\b(?:no|without|zero|nor|not\s+any|free\s+of|never\s+(?:had|have|get|got|felt|feel|experienced)"
    r"|(?:don'?t|do\s+not|didn'?t|did\s+not|haven'?t|have\s+not|hasn'?t|has\s+not|doesn'?t|does\s+not)\s+"
    r"(?:have|had|get|got|feel|felt|experience\w*|notice\w*))\s+" + _LIST + _UNTIL,
    _I,
)
# Advice for anyone, quoted or asked about: imperatives, "you" and the generic person, a hypothetical "what if I".
_ADVICE = re.compile(
    r"\b(?:never|don'?t|do\s+not)\s+(?:push|train|work|lift|run|keep\s+going|exercise|carry\s+on|play)\s+(?:on\s+)?"
    r"(?:through|with)\s+"
    + _LIST
    + r"|\b(?:if|when|whenever|should|in\s+case)\s+(?:you|anyone|someone|people)\s+(?:ever\s+)?(?:feels?|gets?|has|have"
    r"|notices?|experiences?|develops?|starts?\s+(?:to\s+feel|feeling|getting|having))\s+"
    + _LIST
    + r"|\b(?:anyone|people|someone|those)\s+(?:with|who\s+(?:gets?|has|have|feels?))\s+"
    + _LIST
    + r"|\b(?:said|says|told\s+me|tells\s+me|advised|advice\s+is|rule\s+is)\b[^.?!]{0,40}\b(?:if|when|whenever)\s+i\s+"
    r"(?:ever\s+)?(?:get|feel|have|notice)\s+"
    + _LIST
    + r"|\bwhat\s+(?:should|do|would|must|shall)\s+i\s+do\s+(?:if|when|in\s+case)\s+i\s+(?:ever\s+)?(?:get|feel|have"
    r"|notice|develop|start\s+(?:to\s+feel|getting|having))\s+"
    + _LIST
    + r"(?![^.?!]{0,40}\b(?:again|still|anymore)\b)",
    _I,
)
_SENTENCE = re.compile(r"[^.?!;]++[.?!;]*+")
# Someone else's past heart event or heart disease, and family history (a friend's chest pain now is still an
# emergency to answer) (R5: "My dad had a heart attack last year, should I change
# anything because of family history?" got the emergency answer and a 3-month hard stop).
_OTHERS = re.compile(
    r"\b(?:my|our|his|her|a)\s+(?:dad|father|mum|mom|mother|parents?|brother|sister|grand(?:d?ad|pa|father|ma|mother|mum|mom|parents?)|gran|granny|nan|nanna"
    r"|uncle|aunt|cousin|friend|mate|wife|husband|partner|son|daughter|colleague|coach|teammate)\b[^.?!;]{0,30}?\b"
    r"(?:(?:had|died\s+(?:of|from)|suffered|survived|was\s+diagnosed\s+with)\s+(?:a\s+|an\s+)?(?:heart\s+attack|cardiac"
    r"\s+arrest|stroke|heart\s+(?:disease|condition|failure))|has\s+(?:a\s+)?heart\s+(?:disease|condition|failure))"
    r"|\bfamily\s+history\s+of\s+(?:heart\s+(?:disease|attacks?|problems)|strokes?|cardiac\s+\w+)",
    _I,
)
_CLINICIAN = re.compile(
    r"\b(?:doctor|gp|doc|cardiologist|physician|consultant|specialist|physio\w*|nurse|a\s*&\s*e|er\s+doctor"
    r"|hospital)\s+(?:\w+\s+){0,2}(?:said|says|told\s+me|confirmed|checked|thinks|reckons|cleared|found)\b",
    _I,
)
_HARMLESS = re.compile(
    r"\b(?:fine|nothing\s+serious|nothing\s+wrong|muscular|harmless|benign|normal|reflux|heartburn|costochondritis"
    r"|not\s+(?:my\s+|the\s+)?heart|all\s+clear|ok(?:ay)?|anxiety)\b",
    _I,
)
_CURRENT = re.compile(
    r"\b(?:still|again|worse|now|today|tonight|this\s+morning|but|though|however|since|back|returned|new|keeps?)\b", _I
)
_NAMED = re.compile(_SYMPTOM, _I)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _cleared_by_clinician(sentence: str) -> bool:
    return bool(
        _CLINICIAN.search(sentence)
        and _NAMED.search(sentence)
        and _HARMLESS.search(sentence)
        and not _CURRENT.search(sentence)
    )


def not_had(text: str) -> str:
    """`text` with symptoms it denies, quotes as advice, tells of someone else (or of family history) or reports a
    clinician judged harmless blanked out (spaces of the same length); everything else unchanged. Safe on any
    length (every repeat is bounded or separated)."""
    text = _DENIED.sub(_blank, text)
    text = _ADVICE.sub(_blank, text)
    text = _OTHERS.sub(_blank, text)
    if _CLINICIAN.search(text):
        text = _SENTENCE.sub(lambda m: _blank(m) if _cleared_by_clinician(m.group(0)) else m.group(0), text)
    return text


__all__ = ["not_had"]
