"""Warning signs in a PAR-Q-flagged user's session notes (issue 15, rr12 kind 5, hAL).

    warning(note) -> bool   the note tells of dizziness, light-headedness, faintness, vision going, chest tightness,
                            pressure or pain, or a racing or irregular heart during training (EN/DE/FR/ES/IT/PT/NL),
                            not denied ("no dizziness", "nicht schwindelig")
    ANALYSIS, TARGETS_HELD  the workout analysis's answer (it opens with it) and the recommendations' note

rr12: a user with a PAR-Q heart condition, chest pain on activity, dizziness and blood-pressure medicine logged 3 x 5 at
RPE 9 with "felt a bit dizzy near the end"; the coach then set "hold 80 kg for 8-12 reps" and the analysis opened with
the pain template. Source: ACSM's Guidelines for Exercise Testing and Prescription (11th ed.) and the PAR-Q+ (2023):
with a known or suspected heart condition, dizziness, light-headedness or chest discomfort during exercise is a reason
to stop and be assessed by a doctor before exercise is progressed; Riebe et al., MSSE 2015 (ACSM pre-participation
screening). Ordinary tiredness ("felt a bit tired today", "legs were dead") is no sign.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_SIGN = (
    r"(dizz\w*|light-?\s?headed\w*|faint\w*|woozy|wobbly\s+and\s+sick|pass(ed|ing)?\s+out|black(ed|ing)?\s+out"
    r"|see(ing)?\s+(spots|stars)|tunnel\s+vision|vision\s+(went|go(es|ing)?|blurr\w*|fad\w*)|gr[ae]y(ed|ing)?\s+out"
    r"|chest\s+(felt\s+|was\s+|got\s+|feels?\s+)?(tight\w*|heavy|pressure|pain\w*|sore|discomfort)"
    r"|tight\w*\s+(in|across)\s+(my|the)\s+chest|chest\s+tightness|palpitations?|heart\s+(was\s+)?(racing|pounding"
    r"|skipping|fluttering|irregular)|schwindel\w*|benommen|ohnm(?:ä|a)cht\w*|brustenge|engegef(?:ü|u)hl\s+in\s+der\s+brust"
    r"|brust\s+(war\s+|wurde\s+)?(eng|schmerz\w*)|herzrasen|herzstolpern|mare(ad[oa]|o)|vahído|desmay\w*|opresi(?:ó|o)n"
    r"\s+en\s+el\s+pecho|(é|e)tourdi\w*|vertige\w*|oppression|malaise|capogir\w*|vertigin\w*|giramenti|svenut[oa]"
    r"|oppressione|tontur\w*|tont[oa]|desmai\w*|aperto\s+no\s+peito|duizel\w*|licht\s+in\s+het\s+hoofd|flauw\w*"
    r"|beklemming\w*|druk\s+op\s+de\s+borst)"
)
_SAID = re.compile(r"\b" + _SIGN + r"\b", _I)
_DENIED = re.compile(
    r"\b(no|not|never|without|didn'?t\s+(feel|get)|wasn'?t|zero|kein\w*|nicht|ohne|pas|sans|sin|ning(?:ú|u)n\w*|senza"
    r"|nessun\w*|sem|nenhum\w*|geen|niet|zonder)\s+(\w+\s+){0,2}" + _SIGN + r"\b",
    _I,
)


def warning(note: str) -> bool:
    """A warning sign told in a session's note (module docstring), not denied."""
    return bool(_SAID.search(_DENIED.sub(" ", note))) if note else False


ANALYSIS = (
    "Your notes from this session mention a warning sign (dizziness, light-headedness or chest tightness) and your "
    "health screening flagged your heart, blood pressure or dizziness: please stop there and see a doctor before you "
    "train hard again or increase anything. If it happens again, stop at once, sit or lie down, and call your local "
    "emergency number (911, 999, 112) if it comes with chest pain, fainting, or breathlessness that doesn't settle. "
    "I'm holding your targets until a doctor has checked it; easy walking is fine meanwhile."
)
TARGETS_HELD = (
    "Stop: a recent session note mentions dizziness or chest tightness, and your health screening flagged something. "
    "See a doctor before increasing any load or effort; your targets are held until then."
)
