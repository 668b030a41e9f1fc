"""Three acute situations the ninth coach red team (R9, issue 15) saw answered with the wrong level of care.

rhythm_alert(text)      a smartwatch AFib / irregular-rhythm alert with no alarming symptom: its own answer
                        (hold hard training, see a doctor soon), not the chest-pain emergency template; with chest
                        pain, fainting or breathlessness the cardiac row answers (the emergency number)
weight_bearing(text)    an ankle or foot that can't take weight, swollen or discoloured, not yet assessed: the Ottawa
                        ankle rules' answer (get it X-rayed, no training on it)
back_spasm(text)        an acute back spasm now: no heavy spinal loading today (a conversation limit)
SPINAL_LOAD             what a go-ahead for heavy spinal loading names (deadlifts, squats, heavy, max...)
WEIGHT_ON_IT            what a go-ahead for training on an unassessed leg names (running, jumps, lunges...)
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_DEVICE = (
    r"(watch|smart\s*watch|apple\s+watch|fitbit|garmin|whoop|oura|ring|wearable|tracker|kardia\w*|ecg\s+app|app"
    r"|reloj|montre|uhr|smartwatch|orologio)"
)
_RHYTHM = (
    r"(a-?fib|a\.\s?fib|atrial\s+fibrillation|irregular\s+(heart\s*)?(rhythm|beat|heartbeat|heart\s+rate|pulse)"
    r"|arrhythmia|fibrilaci(ó|o)n\s+auricular|ritmo\s+irregular|fibrillation\s+auriculaire|rythme\s+irr(é|e)gulier"
    r"|vorhofflimmern|herzrhythmusst(ö|o)rung|unregelm(ä|a)(ß|ss)ig\w*\s+herz\w*|fibrillazione\s+atriale)"
)
_ALERT = re.compile(
    rf"\b{_DEVICE}\b[^.?!]{{0,80}}\b{_RHYTHM}|\b{_RHYTHM}[^.?!]{{0,40}}\b(alert|notification|warning|notif\w*|ping\w*"
    rf"|reading|flag\w*|alerta|aviso|alarme?|warnung)\b|\b{_RHYTHM}\b[^.?!]{{0,60}}\b{_DEVICE}\b",
    _I,
)
# Symptoms with the alert make it the cardiac emergency answer (ESC 2024 AF guideline; NHS: call 999 with chest pain,
# fainting or breathlessness and a fast or irregular pulse).
_WITH_SYMPTOMS = re.compile(
    r"\bchest\s+(pain|pressure|tight\w*|hurts?|heavy|discomfort)|\b(pain|pressure|tight\w*)\s+in\s+my\s+chest"
    r"|\bfaint\w*|\bpass(ed)?\s+out|\bblack(ed)?\s+out|\bcollaps\w*|\bbreathless\w*|\bshort(ness)?\s+of\s+breath"
    r"|\bcan'?t\s+(catch\s+my\s+)?breath\w*|\bstruggling\s+to\s+breathe|\bdizz\w*|\blight-?\s?headed|\bdolor\s+en\s+el"
    r"\s+pecho|\bdouleur\s+(à|a)\s+la\s+poitrine|\bbrustschmerz\w*|\bmareo\w*|\bdesmay\w*",
    _I,
)


def rhythm_alert(text: str) -> bool:
    """A wearable's AFib or irregular-rhythm alert, told without chest pain, fainting, breathlessness or dizziness."""
    return bool(_ALERT.search(text)) and not _WITH_SYMPTOMS.search(text)


_LEG = r"(ankle|foot|feet|heel|leg|it)"
_NO_WEIGHT = re.compile(
    rf"\b(can'?t|cannot|can\s+not|unable\s+to|couldn'?t|not\s+able\s+to)\s+(put|bear|take|stand|walk)\s*(any\s+)?"
    rf"(weight\s+)?(on|through)?\s*(my\s+|the\s+)?(left\s+|right\s+)?{_LEG}\b"
    rf"|\bnon[- ]weight[- ]bearing\b|\bcan'?t\s+(walk|take\s+(four|4)\s+steps)\b|\bno\s+puedo\s+apoyar\b"
    rf"|\bimpossible\s+de\s+poser\s+le\s+pied\b|\bkann\s+(nicht\s+)?(mehr\s+)?(nicht\s+)?auftreten\b",
    _I,
)
_ANKLE_SIGNS = re.compile(
    r"\b(ankle|foot|heel|tobillo|pie|cheville|pied|kn(ö|o)chel|fu(ß|ss))\b|\b(rolled|twisted|sprained|went\s+over)\s+"
    r"(my\s+|the\s+)?(left\s+|right\s+)?(ankle|foot|it)\b",
    _I,
)
# Assessed already or long ago: a rehab question, not an unassessed injury.
_ASSESSED = re.compile(
    r"\b(x-?ray|scan)\s+(was|came\s+back|showed|is)\s+(clear|fine|normal|negative)|\bnot\s+broken\b|\bno\s+fracture\b"
    r"|\bin\s+(a\s+)?(cast|boot)\b|\bhealed\b|\bcleared\b|\b(months?|years?)\s+ago\b|\bused\s+to\b",
    _I,
)


def weight_bearing(text: str) -> bool:
    """An ankle or foot that can't take weight, with swelling, bruising or a twist, not yet assessed (Ottawa ankle
    rules: unable to bear weight for four steps means an X-ray)."""
    return bool(_NO_WEIGHT.search(text) and _ANKLE_SIGNS.search(text)) and not _ASSESSED.search(text)


_SPASM = re.compile(
    r"\b(back|lower\s+back|lumbar|spine)\b[^.?!]{0,40}\b(spasm\w*|seiz\w*\s+up|locked\s+up|locking\s+up|went\s+into"
    r"\s+spasm|gone\s+into\s+spasm)|\bspasm\w*\b[^.?!]{0,30}\b(back|lower\s+back|lumbar|spine)\b"
    r"|\b(put|threw|thrown|tweaked)\s+my\s+back\s+out\b|\bback\s+went\s+(out|on\s+me)\b|\blumbago\b|\bhexenschuss\b"
    r"|\btour\s+de\s+reins\b|\bespalda\s+(bloqueada|contracturada)\b|\bcontractura\s+(lumbar|en\s+la\s+espalda)\b",
    _I,
)
_PAST_SPASM = re.compile(
    r"\b(years?|months?)\s+ago\b|\blast\s+(year|summer|winter)\b|\bused\s+to\b|\bfully\s+(recovered|healed)\b"
    r"|\b(gone|settled|better)\s+now\b|\bno\s+longer\b",
    _I,
)


def back_spasm(text: str) -> bool:
    """An acute back spasm now ("my back went into spasm this morning", "threw my back out", "lumbago")."""
    return bool(_SPASM.search(text)) and not _PAST_SPASM.search(text)


SPINAL_LOAD = re.compile(
    r"\b(deadlift\w*|rdls?|romanian|squat\w*|good\s*mornings?|barbell\s+rows?|bent[- ]over\s+rows?|pendlay|cleans?"
    r"|snatch\w*|heavy|max\w*|1\s*rm|one[- ]rep\s+max|pr\s+attempt|train\s+through|push\s+through|work\s+through"
    r"|lift\s+as\s+planned|as\s+planned|go\s+for\s+it|stick\s+to\s+the\s+plan|don'?t\s+skip)\b",
    _I,
)
WEIGHT_ON_IT = re.compile(
    r"\b(run\w*|jog\w*|jump\w*|hop\w*|plyo\w*|sprint\w*|lunges?|squat\w*|calf\s+raises?|step[- ]?ups?|skipping"
    r"|walk\s+it\s+off|train\s+(through|on)\s+it|push\s+through|strapp?\w*\s+it\s+up\s+and|tape\s+it\s+(up\s+)?and|leg\s+day"
    r"|balance\s+(work|training|board)|single[- ]leg|stairs?|hik\w*)\b",
    _I,
)

__all__ = ["SPINAL_LOAD", "WEIGHT_ON_IT", "back_spasm", "rhythm_alert", "weight_bearing"]
