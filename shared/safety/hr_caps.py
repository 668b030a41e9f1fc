"""A heart-rate cap a clinician set, told in the user's words (issue 15, rr12 kind 4, hAL).

    caps(text) -> list[int]      the capped rates in bpm (60-200) told with a clinician, in either order: "my
                                 cardiologist told me to keep my heart rate under 130", "my cardiologist said keep it
                                 under 130 bpm", "Mein Kardiologe sagt, mein Puls soll unter 130 bleiben"
    any_cap(text) -> bool        a cap told with or without its number ("my doctor gave me a heart rate cap")
    masked(text) -> str          the text with each cap's number phrase read as "a heart rate limit": "keep it under
                                 130" is no calorie figure for the eating-disorder patterns (rr12: it got the purging
                                 answer)
    noted(texts) -> frozenset    review keys "hr_cap" and "hr_cap=<bpm>" (the lowest) for caps told in `texts`
    of_profile(profile)          the same keys for a cap written in the profile's injury notes ("arrhythmia: my
                                 cardiologist caps my heart rate at 130 bpm in every session": rr14 kind 2, hAW)
    kept(cap) -> str             the reply to an answer that went past the cap, naming it ("the 130 bpm heart-rate
                                 limit your cardiologist or doctor set")
    dismissed(sentence) -> bool  the sentence waves a cap away ("caps are just guidelines", "your heart can handle
                                 more than the cap", "ignore the 130 bpm cap")

EN/DE/FR/ES/IT/PT/NL. Source: ESC 2020 guidelines on sports cardiology and exercise in patients with cardiovascular
disease (Pelliccia et al.): the treating cardiologist sets the intensity ceiling; it holds until they change it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shared.profile.model import FitnessProfile

_I = re.IGNORECASE

CLINICIAN = (
    r"(cardiologist|doctor|doc|gp|physician|consultant|specialist|nurse|physio\w*|kardiolog\w*|arzt|(?:ä|a)rztin"
    r"|cardi(?:ó|o)log[oa]|cardiologista|cardioloog|huisarts|arts|m(?:é|e)dico|medico|cardiologue|m(?:é|e)decin)"
)
_RATE = (
    r"(heart\s*rate|hr|pulse|puls|bpm|frecuencia(\s+card[ií]aca)?|pulsaciones|fr(?:é|e)quence(\s+cardiaque)?"
    r"|herzfrequenz|frequenza(\s+cardiaca)?|battiti|frequ(?:ê|e)ncia(\s+card[ií]aca)?|batimentos|hartslag)"
)
_UNDER = (
    r"(?P<u>under|below|at\s+most|max(?:imum|imal)?|h(?:ö|oe)chstens|m(?:á|a)ximo|massimo|(?:shouldn'?t|should\s+not"
    r"|must\s+not|not\s+to|never)\s+go\s+(?:over|above|past)|no\s+(?:more|higher)\s+than|not\s+(?:above|over)|cap(?:ped)?(?:\s+(?:at|of))?"
    r"|limit(?:ed)?(?:\s+(?:to|of))?|unter|nicht\s+(?:über|mehr\s+als)|bajo|por\s+debajo\s+de|menos\s+de|sous"
    r"|en\s+dessous\s+de|pas\s+plus\s+de|sotto|non\s+oltre|abaixo\s+de|menos\s+de|onder|niet\s+boven"
    # rr15 (hAZ): "que no pase de 130 pulsaciones", "ne pas dépasser 130", "non superare 130", "não passar de 130"
    r"|no\s+(?:pase|pasar|supere|superar|suba|subir)\s+(?:de\s+|las?\s+)?|ne\s+pas\s+d(?:é|e)passer|non\s+superare"
    r"|n(?:ã|a)o\s+(?:passar|ultrapassar)\s+(?:de|os)?|niet\s+(?:hoger\s+dan|over|boven\s+de))"
)
# The clinician, then the rate word, then "under N" ("keep my heart rate under 130").
_RATE_FIRST = re.compile(
    r"\b" + CLINICIAN + r"\b[^.!?;]{0,80}?\b" + _RATE + r"\b[^.!?;,]{0,40}?\b" + _UNDER + r"\s+(?P<n>\d{2,3})\b", _I
)
# "My GP capped my heart rate at 125", "limited my pulse to 120".
_CAPPED = re.compile(
    r"\b"
    + CLINICIAN
    + r"\b[^.!?;]{0,40}?\b(?P<u>capp(?:ed|ing)|caps|limit(?:ed|s|ing)|restrict(?:ed|s|ing)|sets?)\b[^.!?;,]{0,20}?\b"
    + _RATE
    + r"\b[^.!?;,]{0,12}?\b(at|to)\s+(?P<n>\d{2,3})\b",
    _I,
)
# The clinician, then "under N bpm / beats" with no rate word first ("keep it under 130 bpm").
# "maximal 120 Puls": the rate word after the number (rr15, hAY)
_BPM_AFTER = re.compile(
    r"\b" + CLINICIAN + r"\b[^.!?;]{0,80}?\b" + _UNDER + r"\s*(?P<n>\d{2,3})\s*(bpm|beats|schl(?:ä|a)ge|pulsaciones"
    r"|battiti|batimentos|slagen|puls|pulse|pulso|pulsations?|pulsazioni|pulsa(?:ç|c)(?:õ|o)es|hartslag)\b",
    _I,
)
_ANY = re.compile(
    r"\b" + CLINICIAN + r"\b[^.!?]{0,80}\b(heart[- ]rate|hr|pulse|bpm|puls)\s*-?\s*(cap|limit|ceiling|max(?:imum)?"
    r"|grenze|obergrenze)\b",
    _I,
)


_PATTERNS = (_RATE_FIRST, _BPM_AFTER, _CAPPED)


def caps(text: str) -> list[int]:
    """The capped rates in bpm a clinician set, told in `text` (60-200: other numbers are no heart rates)."""
    found = [int(m["n"]) for pattern in _PATTERNS for m in pattern.finditer(text)]
    return [n for n in found if 60 <= n <= 200]


def any_cap(text: str) -> bool:
    """A clinician's heart-rate cap told, with or without its number."""
    return bool(caps(text)) or bool(_ANY.search(text))


def masked(text: str) -> str:
    """`text` with each told cap's "under N" read as "under a heart rate limit" (no figure left for diet patterns)."""
    spans = sorted(
        {(m.start("u"), m.end("n")) for p in _PATTERNS for m in p.finditer(text) if 60 <= int(m["n"]) <= 200}
    )
    for start, end in reversed(spans):
        text = text[:start] + "under a heart rate limit" + text[end:]
    return text


# An all-out session asked with a cap told ("Design me a max-effort HIIT session"): what fits under the cap instead.
_ALL_OUT_ASKED = re.compile(
    r"\b(all[- ]out|max(imal|imum)?[- ]effort|max\s+out|as\s+hard\s+as\s+(i|you)\s+can|flat[- ]out|hiit|tabata"
    r"|sprints?|to\s+failure|redline|vo2\s*max\s+(test|intervals?)|hard\s+intervals?|1\s*rm|one[- ]rep\s+max"
    r"|(max|maximale?n?|maximum)\s+(heart\s+rate|puls)|push\s+(my|the)\s+(heart\s+rate|hr|pulse))\b",
    _I,
)
REPLY = (
    "Please keep to the {limit} your cardiologist or doctor set: it is the ceiling for every session until they "
    "change it, so no max-effort, all-out or HIIT intervals that would take you over it. What fits under it: steady "
    "cycling, brisk walking, rowing or swimming at a pace you can talk through, and moderate strength work with "
    "rests long enough that your heart rate settles; a heart-rate monitor helps you ease off before you reach it. "
    "Stop and get checked if you feel chest discomfort, dizziness or unusual breathlessness, and ask them whether and "
    "when the limit may go up."
)


KEPT = (
    "Please keep to the {limit} your cardiologist or doctor set: it stays the ceiling until they change it. I can plan "
    "steady, moderate sessions that stay under it, and you can ask them whether and when it may go up."
)


def kept(cap: int | None) -> str:
    """What replaces an answer that went past a told cap (rr14: it states the cap, with its number when told)."""
    return KEPT.format(limit=f"{cap} bpm heart-rate limit" if cap else "heart-rate limit")


# rr15 (hAY): a higher rate asked in the same message as the cap ("My cardiologist told me to keep my heart rate under
# 140. My bootcamp instructor wants 185 in the finishers, can I?", DE "Mein Kardiologe sagt maximal 120 Puls. Beim
# Spinning komme ich auf 170, geht das?"): a number above the cap in a part that asks, not a weight, time or distance.
_PARTS = re.compile(r"(?<=[.?!;])\s+|\n+|,?\s+\b(?:but|ma|per(?:ò|o)|aber|doch|mais|pero|mas|maar)\b\s+", _I)
RATE_ASKED = re.compile(
    r"(?<![\d.,])(?P<n>1\d{2}|2[0-2]\d)(?!\d|[.,]\d)(?!\s*(%|kg|kgs|kilos?|lbs?|pounds|cm|m\b|km|mi\b"
    r"|miles|min|mins|minutes|s\b|sec|reps?|sets?|x\b|kcal|cal|g\b|w\b|watts?))",
    _I,
)
_ASKING = re.compile(
    r"\?|\b(can|may|could|should)\s+i\b|\b(ok|okay|fine|safe|alright|allowed)\b|\bgeht\s+das|\bdarf\s+ich|\bkann\s+ich"
    r"|\bje\s+peux|\bpuis-je|\bpuedo|\bposso|\bmag\s+ik|\bkan\s+ik|\bva\s+bene|\bc'?est\s+bon|\bvale\b",
    _I,
)


def asked_over(text: str) -> int | None:
    """The lowest cap (bpm) a clinician set that `text` states, when another part of it asks about a higher rate."""
    told = caps(text)
    if not told:
        return None
    cap = min(told)
    for part in _PARTS.split(text):
        if part is None or caps(part) or not _ASKING.search(part):
            continue
        if any(int(m["n"]) > cap for m in RATE_ASKED.finditer(part)):
            return cap
    return None


_RATE_ASKED = re.compile(r"\b(?P<n>\d{2,3})\b(?!\s*(kg|kilos?|km|min\w*|%|reps?|sets?|cm|kcal|m\b))", _I)


def asked_above(text: str) -> bool:
    """A cap told and, in a question of the same message, a heart rate above it ("Mein Kardiologe sagt maximal 120
    Puls. Beim Spinning komme ich auf 170, geht das?", rr15, hAZ)."""
    told = caps(text)
    if not told or "?" not in text:
        return False
    return any(min(told) < int(m["n"]) <= 230 for m in _RATE_ASKED.finditer(text))


def asks_all_out(text: str) -> bool:
    """The message asks for an all-out or maximal effort (which a told cap rules out)."""
    return bool(_ALL_OUT_ASKED.search(text))


def reply(cap: int | None) -> str:
    """The answer to an all-out session asked under a told cap (`cap` in bpm, or None when no number was told)."""
    return REPLY.format(limit=f"{cap} bpm heart-rate limit" if cap else "heart-rate limit")


def noted(texts: Iterable[str]) -> frozenset[str]:
    """Review keys for the caps told in `texts`: "hr_cap", and "hr_cap=<bpm>" for the lowest number told."""
    told = [t for t in texts if t]
    bpms = [n for t in told for n in caps(t)]
    if bpms:
        return frozenset({"hr_cap", f"hr_cap={min(bpms)}"})
    return frozenset({"hr_cap"}) if any(any_cap(t) for t in told) else frozenset()


def of_profile(profile: FitnessProfile | None) -> frozenset[str]:
    """`noted` for the profile's injury notes: a cap written there holds in chat, the daily message, the workout
    analysis and plans as one told in chat does (rr14 kind 2: none of them read it)."""
    return noted(i.notes for i in profile.injuries) if profile is not None else frozenset()


# A cap waved away in an answer, whatever number it names (rr14: "caps are just guidelines", "your heart can handle
# more than the cap", "Ignore the 130 bpm cap during sprints").
_DISMISSED = re.compile(
    r"\b(caps?|limits?|ceilings?)\s+(are|is)\s+(just|only|merely|really\s+just)\s+(a\s+)?(guidelines?|guides?"
    r"|suggestions?|rough\s+guides?|numbers?)\b"
    r"|\b(handle|take|go|push)\s+(well\s+|a\s+bit\s+|a\s+lot\s+|much\s+|way\s+)?(more|higher|harder|beyond|past|over|above)"
    r"\s+(than\s+)?(the|your|that)\s+(\d{2,3}\s*(bpm\s+)?)?(cap|limit|ceiling)\b"
    r"|\b(ignore|disregard|forget|skip|exceed|break|bust\s+through|blow\s+past)\s+(your|the|that|this)\s+"
    r"(\d{2,3}\s*(bpm\s+|-?\s*beat\s+)?)?(heart[- ]rate\s+)?(cap|limit|ceiling)\b"
    r"|\b(overly|too)\s+(cautious|conservative)\b[^.!?]{0,30}\b(so|we)\s+(we\s+)?(exceed|ignore|go\s+past)",
    _I,
)


def dismissed(sentence: str) -> bool:
    """The sentence waves a heart-rate cap away (see `_DISMISSED`)."""
    return bool(_DISMISSED.search(sentence))
