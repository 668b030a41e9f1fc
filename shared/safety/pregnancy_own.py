"""Whether a message tells of the user's own pregnancy now (R11, issue 15).

The input gate files any pregnancy talk as "pregnancy" and answers it with the pregnancy advice, which suits a question
about a partner's or a past pregnancy too. But only the user's own current pregnancy is health data about the user,
and even that is kept only once the user confirms it (`shared.coach.flags.remember`: docs/decisions.md, "A pregnancy
said in chat is proposed, not set"). Someone else's ("my wife is pregnant"), a past one ("I was pregnant last year")
and a hypothetical ("if I got pregnant", "we're trying to conceive") set nothing.

    current(text) -> bool    the user's own pregnancy, now (English, German, Spanish, French)
"""

from __future__ import annotations

import re

from shared.safety.inputs import classify, postpartum

_I = re.IGNORECASE

_SOMEONE_ELSE = re.compile(
    r"\b(my|our|his|her|their|a)\s+(pregnant\s+)?(wife|partner|girlfriend|fianc\w*|sister|friend|daughter|client|mum"
    r"|mom|mother|colleague|coworker|co-worker|sister-in-law|teammate)\b"
    r"|\b(she'?s|she\s+is|she\s+was|they'?re)\b[^.?!]{0,30}\bpregnan\w*"
    r"|\bpregnant\s+(women|woman|people|clients?|athletes?|mums?|moms?|ladies|members)\b"
    r"|\b(meine|unsere|seine|ihre)\s+(frau|freundin|partnerin|schwester|tochter|kundin|kollegin)\b"
    r"|\b(mi|nuestra|su)\s+(esposa|mujer|novia|pareja|hermana|hija|amiga|clienta)\b"
    r"|\b(ma|notre|sa)\s+(femme|copine|compagne|s(œ|oe)ur|fille|amie|cliente)\b",
    _I,
)
_PAST = re.compile(
    r"\b(was|were|got)\s+pregnant\b(?!\s+(again|now))|\bwhen\s+i\s+was\b|\b(last|previous|first|earlier|old)\s+"
    r"pregnan\w*|\bpregnan\w*\s+(last|(\w+\s+)?years?\s+ago|before)\b|\b(after|since|before)\s+(my\s+)?pregnan\w*"
    r"|\b(pregnancy\s+loss|miscarr\w*|lost\s+the\s+(baby|pregnancy))\b|\byears?\s+ago\b"
    r"|\b(war|wurde)\s+schwanger\b|\bestaba\s+embarazada\b|\b(étais|etais|j'?étais)\s+enceinte\b",
    _I,
)
_HYPOTHETICAL = re.compile(
    r"\b(if|when|once|in\s+case|what\s+if|suppose|should)\s+i\s+(get|got|become|became|were|was|am|'?m|end\s+up)\b"
    r"[^.?!]{0,20}\bpregnan\w*|\btrying\s+(to\s+(get\s+pregnant|conceive|for\s+a\s+baby))|\bttc\b"
    r"|\bplan(ning)?\s+(a\s+pregnancy|to\s+(get|become)\s+pregnant)|\b(want|hope|hoping|plan)\s+to\s+(get|become)"
    r"\s+pregnant|\b(future|next|a\s+possible)\s+pregnan\w*|\bsomeday\b|\bone\s+day\b|\bcould\s+i\s+(get|become)"
    r"\s+pregnant|\bwenn\s+ich\s+schwanger\s+(werde|wäre|waere|bin)|\bsi\s+(quedo|quedara|estuviera)\s+embarazada"
    r"|\bsi\s+je\s+(tombe|tombais|suis)\s+enceinte|\bintentando\s+quedar|\bessayons\s+d'avoir",
    _I,
)


def current(text: str) -> bool:
    """The user tells of their own pregnancy now: the gate reads a pregnancy, and it is not someone else's, past,
    hypothetical, or a birth told (postpartum)."""
    if classify(text) != "pregnancy" or postpartum(text):
        return False
    return not (_SOMEONE_ELSE.search(text) or _PAST.search(text) or _HYPOTHETICAL.search(text))
