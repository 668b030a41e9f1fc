"""A heart-rate cap a clinician set, told in the user's words (issue 15, rr12 kind 4, hAL).

    caps(text) -> list[int]      the capped rates in bpm (60-220) told with a clinician, in either order: "my
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
    rate_above(text, cap) -> int | None   the highest heart rate above `cap` named in `text` (no load, time or
                                 distance): the one reader of a rate past a cap, in messages and answers (hBM)
    asked_over(text, cap=None) -> int | None   the cap (told in `text`, or `cap` told earlier) that a question in
                                 `text` asks to go past ("... under 140. My coach wants 185, can I?")
    dismissed(sentence) -> bool  the sentence waves a cap away ("caps are just guidelines", "your heart can handle
                                 more than the cap", "ignore the 130 bpm cap")

EN/DE/FR/ES/IT/PT/NL. Source: ESC 2020 guidelines on sports cardiology and exercise in patients with cardiovascular
disease (Pelliccia et al.): the treating cardiologist sets the intensity ceiling; it holds until they change it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shared.profile.model import FitnessProfile

_I = re.IGNORECASE

CLINICIAN = (
    r"(cardiologist|doctor|doc|gp|physician|consultant|specialist|nurse|physio\w*|kardiolog\w*|arzt|(?:ä|a)rztin"
    r"|cardi(?:ó|o)log[oa]|cardiologista|cardioloog|huisarts|arts|m(?:é|e)dic[oa]|cardiologue|m(?:é|e)decin"
    # rr16 (hBM): "my electrophysiologist capped me at 130", "Doc says", "Hausärztin", "rythmologue", "dottoressa"
    r"|electrophysiologist|ep|hausa?(?:ä|a)rzt(?:in)?|doktor|kardiologin|docteur|rythmologue|g(?:é|e)n(?:é|e)raliste"
    r"|infirmi(?:è|e)re?|kin(?:é|e)|doctora|enfermer[oa]|fisio\w*|dottor(?:e|essa)|infermier[ea]|aritmolog[oa]"
    r"|doutora?|dokter|verpleegkundige|fysio\w*)"
)
# A clinician whose ceiling is a heart rate even with no rate word ("Mijn cardioloog zegt onder de 130 blijven").
_CARDIAC = re.compile(
    r"\b(cardiolog\w*|kardiolog\w*|cardi(?:ó|o)log[oa]|cardioloog|cardiologue|electrophysiologist|ep|rythmologue"
    r"|aritmolog[oa]|heart\s+(?:specialist|doctor|surgeon)|heart|herz\w*|c(?:œ|oe)ur|cuore|coraz(?:ó|o)n|cora(?:ç|c)(?:ã|a)o"
    r"|hart)\b",
    re.IGNORECASE,
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
# rr16 (hBM): a ceiling in any words, with its number: "capped me at 130 bpm", "must never pass 120", "nothing
# above 140 bpm", "set a ceiling of 115 bpm", NL "nooit boven de 120 hartslag", "onder de 130 blijven", FR "rester
# sous 125 battements", IT "di non superare i 120 battiti", ES "nunca por encima de 130 pulsaciones", PT "nunca acima
# dos 125 batimentos", DE "nie über 120 Puls". Read as a heart rate when a rate word or a heart (specialist) is named
# with it (`_told`): "my physio said max 120" alone is no cap.
_CEIL = (
    r"(?P<u>(?:capp(?:ed|ing)|caps?|limit(?:ed|s)?|restrict(?:ed|s)?)(?:\s+(?:me|it|him|her|us|my\s+(?:heart\s*rate|hr"
    r"|pulse)|exercise|training))?\s+(?:at|to)"
    r"|(?:a\s+|the\s+)?(?:ceiling|cap|limit|max(?:imum)?|upper\s+limit)\s+(?:of|at|is)"
    r"|(?:never|not|must\s+not|mustn'?t|shouldn'?t|should\s+not|can'?t|cannot|don'?t|do\s+not|no)\s+(?:ever\s+)?"
    r"(?:to\s+)?(?:pass|exceed|go\s+(?:over|above|past|beyond)|get\s+(?:over|above)|top|break|cross|be\s+(?:over|above))"
    r"|nothing\s+(?:above|over|higher\s+than|past|beyond)|never\s+(?:above|over|past|beyond)|not\s+(?:above|over|past)"
    r"|no\s+(?:more|higher)\s+than|(?:stay|keep\s+(?:it|my\s+\w+(?:\s+rate)?)?|be)\s+(?:under|below|beneath)"
    r"|under|below|at\s+most|max(?:imum|imal)?|up\s+to\s+a\s+max(?:imum)?\s+of"
    r"|nie(?:mals)?\s+(?:über|mehr\s+als)|nicht\s+(?:über|mehr\s+als|höher\s+als)|unter|h(?:ö|oe)chstens"
    r"|obergrenze\s+von|sous|en\s+dessous\s+de|au[- ]dessous\s+de|pas\s+plus\s+de"
    r"|(?:ne\s+)?(?:jamais|pas)\s+(?:au-dessus|au\s+dessus)\s+de"
    r"|ne\s+(?:jamais|pas)\s+d(?:é|e)passer|jamais\s+plus\s+de|plafond\s+(?:de|à)|limite\s+(?:de|à)"
    r"|bajo|por\s+debajo\s+de|nunca\s+(?:por\s+encima\s+de|m(?:á|a)s\s+de|pasar\s+de|superar)|no\s+(?:pasar|pase|superar"
    r"|supere|subir|suba)\s+(?:de)?|l(?:í|i)mite\s+de|tope\s+de|m(?:á|a)ximo"
    r"|sotto|non\s+(?:superare|oltre|sopra|pi(?:ù|u)\s+di)|mai\s+(?:sopra|oltre|pi(?:ù|u)\s+di)|massimo|limite\s+di"
    r"|tetto\s+di|abaixo\s+d[eo]s?|n(?:ã|a)o\s+(?:passar|ultrapassar)(?:\s+d[eo]s?)?|nunca\s+(?:acima\s+d[eo]s?"
    r"|passar\s+d[eo]s?|ultrapassar)|teto\s+de"
    r"|onder|niet\s+(?:boven|hoger\s+dan|over)|nooit\s+(?:boven|hoger\s+dan|over|meer\s+dan)|maximaal|hoogstens"
    r"|grens\s+van|limiet\s+van)"
)
_ARTICLES = r"(?:\s+(?:de|the|a|i|le|les|la|los|las|os|as|of|di|dei|van|von|der|die|den|à|een|una?|an?))?"
_NOT_RATE = (
    r"(?!\d|[.,]\d|\s*(?:%|kg|kgs|kilos?|lbs?|pounds|cm|m\b|km|mi\b|miles|min|mins|minutes?|s\b|sec\w*|reps?|sets?"
    r"|x\b|kcal|cal\w*|g\b|grams?|w\b|watts?|mmhg|mg|ml|steps|rpm|mg/dl|mmol|over\s+\d|/\s*\d))"
)
# The ceiling and its number first; the clinician is then looked for in the 100 characters before it, in the same
# sentence (`_told`): a clinician-first pattern tried every ceiling phrase at 80 positions after each "doctor".
_CEILING = re.compile(r"\b" + _CEIL + _ARTICLES + r"\s*(?P<n>\d{2,3})" + _NOT_RATE, _I)
_CLINICIAN_RX = re.compile(r"\b" + CLINICIAN + r"\b", _I)
_SENTENCE_END = re.compile(r"[.!?;\n]")
_RATE_WORD = re.compile(
    r"\b(heart\s*rate|hr|pulse|puls\w*|bpm|beats|schl(?:ä|a)ge|battements?|battiti|latidos|pulsaciones|pulsazioni"
    r"|batimentos|pulsa(?:ç|c)(?:õ|o)es|hartslag|slagen|frecuencia\s+card\w*|fr(?:é|e)quence\s+card\w*"
    r"|frequenza\s+card\w*|frequ(?:ê|e)ncia\s+card\w*|herzfrequenz|hartfrequentie|ppm|lpm)\b",
    _I,
)
# Not a heart rate: blood pressure, sugar, cholesterol ("my cardiologist wants my blood pressure under 140").
_OTHER_MEASURE = re.compile(
    r"\b(blood\s+pressure|bp|systolic|diastolic|blutdruck|tension|pression|presi(?:ó|o)n|pressione|press(?:ã|a)o"
    r"|bloeddruk|sugar|glucose|glucemia|glicemia|zucker|suiker|cholesterol\w*|ldl|a1c|weight|gewicht|poids|peso"
    r"|gewicht)\b",
    _I,
)


def _told(text: str, m: re.Match[str]) -> bool:
    """The ceiling `m` was set by a clinician named before it in its sentence, and is a heart rate: a rate word or a
    heart (specialist) named in that sentence, and no other measure (blood pressure, sugar, weight)."""
    lead = text[max(0, m.start() - 100) : m.start()]
    lead = _SENTENCE_END.split(lead)[-1]
    who = _CLINICIAN_RX.search(lead)
    if who is None:
        return False
    stop = min(len(text), m.end() + 120)  # the sentence's rest, at most 120 characters (long messages stay fast)
    end = _SENTENCE_END.search(text, m.end(), stop)
    sentence = lead[who.start() :] + text[m.start() : end.start() if end else stop]
    if _OTHER_MEASURE.search(sentence):
        return False
    return bool(_RATE_WORD.search(sentence) or _CARDIAC.search(sentence))


_ANY = re.compile(
    r"\b" + CLINICIAN + r"\b[^.!?]{0,80}\b(heart[- ]rate|hr|pulse|bpm|puls)\s*-?\s*(cap|limit|ceiling|max(?:imum)?"
    r"|grenze|obergrenze)\b",
    _I,
)


_PATTERNS = (_RATE_FIRST, _BPM_AFTER, _CAPPED)


@lru_cache(maxsize=512)  # caps, masked and asked_over read the same message, turn after turn
def _found(text: str) -> tuple[tuple[int, int, int], ...]:
    """Every cap told in `text` as (start of its ceiling phrase, end of its number, the number 60-220), in order."""
    found = [m for pattern in _PATTERNS for m in pattern.finditer(text)]
    found += [m for m in _CEILING.finditer(text) if _told(text, m)]
    by_number: dict[int, tuple[int, int, int]] = {}  # one number read by two readers is one cap
    for m in found:
        if 60 <= int(m["n"]) <= 220:
            by_number.setdefault(m.start("n"), (m.start("u"), m.end("n"), int(m["n"])))
    return tuple(by_number[k] for k in sorted(by_number))


def caps(text: str) -> list[int]:
    """The capped rates in bpm (60-220) a clinician set, told in `text`."""
    return [n for _, _, n in _found(text)]


def any_cap(text: str) -> bool:
    """A clinician's heart-rate cap told, with or without its number."""
    return bool(caps(text)) or bool(_ANY.search(text))


def masked(text: str) -> str:
    """`text` with each told cap's "under N" read as "under a heart rate limit" (no figure left for diet patterns)."""
    spans: list[tuple[int, int]] = []
    for start, end in sorted({(start, end) for start, end, _ in _found(text)}):
        if spans and start < spans[-1][1]:  # two readers found the same cap: one span
            first, last = spans.pop()
            start, end = first, max(end, last)
        spans.append((start, end))
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


# The one reader of a heart rate above a cap (rr15 hAY, hAZ, hBA; folded in rr16, hBM): in the message that tells the
# cap ("My cardiologist told me to keep my heart rate under 140. My bootcamp instructor wants 185 in the finishers, can
# I?", DE "Mein Kardiologe sagt maximal 120 Puls. Beim Spinning komme ich auf 170, geht das?"), turns after it ("The
# coach wants us above 170 in the finisher"), and in an answer ("Sure, hit 170+ in the finisher"). A number above the
# cap in a part that names no load, and is not a weight, time, distance or count.
_PARTS = re.compile(r"(?<=[.?!;])\s+|(?<=…)\s*|\n+|,?\s+\b(?:but|ma|per(?:ò|o)|aber|doch|mais|pero|mas|maar)\b\s+", _I)
RATE_ASKED = re.compile(
    r"(?<![\d.,])(?P<n>1\d{2}|2[0-2]\d)(?!\d|[.,]\d)(?!\+?\s*(?:%|kg|kgs|kilos?|lbs?|pounds|cm|m\b|km|mi\b|miles|ml|mg"
    r"|min\w*|s\b|sec\w*|reps?|sets?|x\b|kcal|cal\w*|g\b|grams?|w\b|watts?|rpm|steps|meters?|metres?|push|sit|pull))",
    _I,
)
_LOAD_WORDS = re.compile(
    r"\b(squat\w*|bench\w*|deadlift\w*|press\w*|rows?\b|curl\w*|lift\w*|kg|lbs?|pounds|reps?|sets?|kcal|calories"
    r"|steps|meters?|metres?|watts?|kilos?)\b",
    _I,
)
_ASKING = re.compile(
    r"\?|\b(can|may|could|should)\s+i\b|\b(ok|okay|fine|safe|alright|allowed)\b|\bgeht\s+das|\bdarf\s+ich|\bkann\s+ich"
    r"|\bje\s+peux|\bpuis-je|\bpuedo|\bposso|\bmag\s+ik|\bkan\s+ik|\bva\s+bene|\bc'?est\s+bon|\bvale\b",
    _I,
)


def rate_above(text: str, cap: int) -> int | None:
    """The highest heart rate (bpm) above `cap` that `text` names, or None: a number 100-229 that is no load, time,
    distance or count, in a part naming no lift or load ("Can I squat 160 kg?" is no rate). A cap told in `text` is
    not read as a rate above itself."""
    over = [n for part in _PARTS.split(masked(text)) if (n := _above(part, cap)) is not None]
    return max(over) if over else None


def _above(part: str, cap: int) -> int | None:
    """The highest rate above `cap` in one part of a message whose caps are masked (`rate_above`)."""
    if not part or _LOAD_WORDS.search(part):
        return None
    over = [int(m["n"]) for m in RATE_ASKED.finditer(part) if int(m["n"]) > cap]
    return max(over) if over else None


def asked_over(text: str, cap: int | None = None) -> int | None:
    """The cap (bpm) `text` asks to go past, or None: the lowest of the caps told in `text` and `cap` (told earlier),
    when a part of `text` that asks ("?", "can I", "geht das", "mag ik") names a heart rate above it (`rate_above`)."""
    told = [*caps(text), *([cap] if cap is not None else [])]
    if not told:
        return None
    low = min(told)
    parts = _PARTS.split(masked(text))
    return low if any(part and _ASKING.search(part) and _above(part, low) is not None for part in parts) else None


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
