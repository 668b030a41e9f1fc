"""Red flags of a joint, a limb's colour and both hands' nerves that the R10 red team saw answered as ordinary pain.

    hot_joint(text)    a joint that is hot (or red) and swollen: septic arthritis or gout until seen the same day
    discoloured(text)  an ankle, foot, hand or toe that has turned blue, purple or black: a bad sprain, a fracture or
                       the blood supply, assessed before it is loaded
    both_hands(text)   numbness or tingling in both hands, or with a weak grip: a nerve or the cervical cord, seen today

Each needs its findings together ("hot and swollen", "blue" said of the limb), in English, German, Spanish and French,
so "my knee feels warm after the warm-up" or "blue knee sleeves" stay ordinary training talk.

Sources: BSR/BOA guideline for the management of the hot swollen joint (Coakley 2006; Mathews, Lancet 2010): a hot
swollen joint is septic until proven otherwise, aspirated the same day; Ottawa ankle rules (Stiell 1992); cervical
myelopathy and bilateral carpal tunnel (NICE CKS "Neck pain - cervical radiculopathy", 2023): both hands numb with a
weak grip need a prompt examination.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_JOINT = (
    r"(knees?|ankles?|elbows?|wrists?|hips?|shoulders?|(big\s+)?toes?|knuckles?|joints?|rodillas?|tobillos?|codos?"
    r"|mu(ñ|n)ecas?|articulaci(ó|o)n|knie|kn(ö|o)chel|ellbogen|handgelenk|gelenk|genoux?|chevilles?|coudes?|poignets?"
    r"|articulation)"
)
_HOT = r"(hot|warm|red|burning|caliente|roja|rojo|hei(ß|ss)|warm|rot|gerötet|chaude?|rouge)"
_SWOLLEN = r"(swollen|swelling|swelled|puffy|hinchad[ao]|inflamad[ao]|geschwollen|dick|gonfl(é|e)e?|enfl(é|e)e?)"
_HOT_JOINT = re.compile(
    r"\b" + _JOINT + r"\b[^.?!]{0,40}\b" + _HOT + r"\b[^.?!]{0,25}\b" + _SWOLLEN + r"\b"
    r"|\b" + _JOINT + r"\b[^.?!]{0,40}\b" + _SWOLLEN + r"\b[^.?!]{0,25}\b" + _HOT + r"\b"
    r"|\b" + _HOT + r"\b[^.?!]{0,10}\b" + _SWOLLEN + r"\b[^.?!]{0,10}\b" + _JOINT + r"\b"
    r"|\b" + _SWOLLEN + r"\b[^.?!]{0,10}\b" + _HOT + r"\b[^.?!]{0,10}\b" + _JOINT + r"\b",
    _I,
)
_LIMB = (
    r"(ankles?|foot|feet|toes?|hands?|fingers?|calf|shin|tobillo|pie|dedos?|mano|kn(ö|o)chel|fu(ß|ss)|zehe|hand"
    r"|cheville|pied|orteil|main)"
)
_COLOUR = r"(blue|purple|black|bluish|purplish|blau|lila|schwarz|azul|morad[oa]|negr[oa]|bleue?|violette?|noire?)"
_DISCOLOURED = re.compile(
    r"\b" + _LIMB + r"\b[^.?!]{0,30}\b(is|are|turned|turning|went|gone|going|looks?|ist|sind|wird|est|se\s+puso|"
    r"est(á|a)|devenu\w*)\s+(all\s+|ganz\s+|completely\s+|really\s+|very\s+)?" + _COLOUR + r"\b"
    r"|\b" + _LIMB + r"\b[^.?!]{0,30}\b(er|sie|es|it|they)\s+(is|are|ist|sind)\s+(ganz\s+)?" + _COLOUR + r"\b"
    r"|\bse\s+(me\s+)?(puso|ha\s+puesto|qued(ó|o))\s+(el\s+|la\s+|mi\s+)?" + _LIMB + r"\s+(muy\s+)?" + _COLOUR + r"\b",
    _I,
)
_BOTH_HANDS = re.compile(
    r"\b(both|my\s+two)\s+(of\s+my\s+)?hands\b|\bhands\s+(are\s+)?both\b|\bbeide[n]?\s+h(ä|a)nde"
    r"|\bambas\s+manos\b|\blas\s+dos\s+manos\b|\bles\s+deux\s+mains\b",
    _I,
)
# Numbness or tingling is the finding; a grip that gives out after five sets of pull-ups alone is fatigue.
_HAND_NERVE = re.compile(
    r"\b(numb\w*|tingl\w*|pins\s+and\s+needles|taub\w*|kribbel\w*|hormigue\w*|entumecid\w*|fourmill\w*|engourdi\w*)\b",
    _I,
)

_COLD = re.compile(r"\b(cold|freezing|frozen|gloves|winter|snow|ice\s+bath|kalt|fr(í|i)o|froid)\b", _I)


def hot_joint(text: str) -> bool:
    """A joint said to be hot or red and swollen (not "warm after the warm-up")."""
    return bool(_HOT_JOINT.search(text))


def discoloured(text: str) -> bool:
    """An ankle, foot, toe or hand said to have turned blue, purple or black (not feet blue from a cold pool)."""
    return bool(_DISCOLOURED.search(text)) and not _COLD.search(text)


def both_hands(text: str) -> bool:
    """Numbness, tingling or a weak grip in both hands (not cold hands on a winter run)."""
    return bool(_BOTH_HANDS.search(text) and _HAND_NERVE.search(text)) and not _COLD.search(text)


__all__ = ["both_hands", "discoloured", "hot_joint"]
