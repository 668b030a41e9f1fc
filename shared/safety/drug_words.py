"""Short drug words read in their ordinary sense (issue 15, hW a).

The gate's steroid rules know the gym slang for drugs: "tren" (trenbolone), "test" (testosterone), "deca"
(nandrolone), "var" (oxandrolone), "winny" (stanozolol), "d-bol", "npp". Each is also an everyday word: Spanish
"tren" is a train and "tren superior / inferior" the upper / lower body; "test day", "running test"; "chez Déca"
(the Decathlon shop); football's VAR; a dog called Winny. `plain_senses` rewrites such an occurrence to a neutral
word before the gate reads the message, but only in a sentence with no drug cue (a dose unit, a cycle, injecting,
steroids or another drug's name): "tren superior, 4 series" is training talk, "300 mg de tren a la semana" is dosing.
A few phrasings never mean the drug ("tren superior", "estación de tren", "test de Cooper") and are read as ordinary
even beside such a cue ("tren superior en mi ciclo de fuerza"). `npp` (nandrolone phenylpropionate) counts as a
drug only beside a cue (`npp_dosing`).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# What makes a sentence about the drug: dose units, cycles, injecting, steroid words, other drugs' names (EN ES DE FR
# IT PT). Only a number with a drug unit: "20 kg", "4 series" and "8 semanas" are training.
_CUE = re.compile(
    r"\b\d+(\.\d+)?\s*(mg|mcg|ml|cc|iu|ui)\b|\b(mg|mcg|ml|iu)\b|\bcycles?\b|\bciclos?\b|\bzykl\w*|\bkur\b|\binje[ck]t\w*"
    r"|\binyec\w*|\bspritz\w*|\bpinch\w*|\bpin(s|ning|ned)?\b|\bsteroid\w*|\besteroid\w*|\bst[eé]ro[iï]d\w*"
    r"|\banab[oó]li\w*|\bdos(e|es|is|age|ierung|aggio|agem)\b|\bdosier\w*|\bace\b|\benanth?\w*|\bacetat\w*|\bhexa\b"
    r"|\btesto(sterone?|steron|sterona)?\b|\bsarms?\b|\bgear\b|\broids?\b|\bd-?bol\b|\banavar\b|\bwinstrol\b|\btrembo\w*"
    r"|\btrenbolon\w*|\bnandrol\w*|\boxandrol\w*|\bbloodwork\b|\bpct\b|\barimidex\b|\bblast\b|\bcruise\b|\bugl\b"
    r"|\bvials?\b|\bviales?\b|\bampo?u?l\w*|\bjuic(e|ing)\b|\bmeterme\b|\bkickstart\b|\bside\s+effects?\b",
    _I,
)

# (ambiguous word, its ordinary-sense phrasing, the neutral word it is read as)
_ALWAYS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Spanish: the upper / lower body ("tren superior"), a train station or line.
    (
        re.compile(
            r"\btren(?=\s+(superior|inferior|alto|bajo|medio|de\s+(arriba|abajo)|del\s+(cuerpo|torso|core)"
            r"|de\s+(cercan[ií]as|alta\s+velocidad|larga\s+distancia)|regional|nocturno|bala)\b)"
            r"|\bestaci[oó]n\s+del?\s+(?P<w>tren)\b",
            _I,
        ),
        "cuerpo",
    ),
    # A fitness test by its name (EN FR IT ES): "test de Cooper", "beep test", "test day", "running test".
    (
        re.compile(
            r"\btest(?=\s+(de|di|du|del)\s+(cooper|course|esfuerzo|effort|l['\u2019]?effort|sforzo|vma|luc\s+l[ée]ger|navette"
            r"|fuerza|forza|force|massimale|rm)\b)"
            r"|\btest(?=\s+(days?|week|session|results?|scores?|prep|protocol|battery|lifts?|runs?|attempts?|meet|piece"
            r"|event)\b)"
            r"|\b(beep|bleep|cooper|step|stress|fitness|field|time|sprint|agility|ramp|lactate|treadmill|strength"
            r"|endurance|swim|swimming|rowing|erg|yo-yo|1rm|max|blood|urine|sweat|pregnancy|covid)\s+(?P<w2>test)\b"
            r"(?!\s+(e|c|cyp\w*|enanth\w*|prop\w*|cycle|base)\b)",
            _I,
        ),
        "check",
    ),
)
_UNLESS_CUE: tuple[tuple[re.Pattern[str], str], ...] = (
    # Spanish "tren" after an article or a travel word: "voy en tren", "perdí el tren", "después del tren de las 7".
    (
        re.compile(
            r"\b(en|el|al|un|los|ese|este|mi|tu|su|otro|del|primer|[uú]ltimo)\s+(?P<w>tren)\b"
            r"|\btren(?=\s+(de\s+las?\s+\d|a\s+(las?\s+\d|madrid|barcelona|casa|la\s+ciudad)|al\s+(gimnasio|gym|trabajo))\b)",
            _I,
        ),
        "train",
    ),
    # A running test as a noun ("my running test today"); "running test" alone is slang for taking testosterone.
    (re.compile(r"\b(my|a|the|our|this|that|his|her|their|next|last)\s+(running|run)\s+(?P<w>test)\b", _I), "check"),
    # The Decathlon shop ("chez Déca", "at deca", "deca store").
    (
        re.compile(
            r"\b(chez|at|from|à|au|en|in|bei|da|del|do|na|no)\s+(?P<w>d[eé]ca)\b|\bd[eé]ca(?=\s+(store|shop|magasin))",
            _I,
        ),
        "decathlon",
    ),
    # Football's video assistant referee: "given on VAR", "the VAR check".
    (
        re.compile(
            r"\bvar\b(?=[^.?!]{0,60}\b(goal|penalty|offside|referee|ref|match|game|football|soccer|handball|f[uú]tbol"
            r"|gol|[aá]rbitro|calcio|fu[sß]ball|tor)\b)|\b(goal|penalty|offside|referee|ref|match|game|football"
            r"|soccer|gol|f[uú]tbol|calcio|tor|elfmeter)\b[^.?!]{0,60}\b(?P<w>var)\b|\bvar\s+(check|review|decision)\b",
            _I,
        ),
        "video-review",
    ),
    # A pet or a person called Winny ("our dog Winny", "Winny, my cat").
    (
        re.compile(
            r"\b(dog|cat|puppy|pup|horse|daughter|son|friend|sister|brother|hund|perro|perra|chien|chienne|cane"
            r"|cachorro)\s+(?P<w>winny)\b|\bwinny(?=,?\s+(my|our|the|mi|mon|ma|unser|unsere|il\s+mio)\s+(dog|cat|puppy|horse"
            r"|perro|perra|chien|chienne|hund|cane)\b)",
            _I,
        ),
        "Winnie",
    ),
)
_SENTENCE = re.compile(r"[^.?!¿¡\n]+[.?!\n]*|[.?!¿¡\n]+")
_AMBIGUOUS = re.compile(r"\b(tren|test|d[eé]ca|var|winny)\b", _I)


def _swap(pattern: re.Pattern[str], word: str, sentence: str) -> str:
    """`sentence` with the ambiguous word of each match of `pattern` (its group "w" or "w2", else the whole match)
    replaced by `word`."""

    def one(match: re.Match[str]) -> str:
        named = [g for g in ("w", "w2") if g in pattern.groupindex and match.group(g) is not None]
        if not named:
            return word
        start, end = match.span(named[0])
        whole = match.group(0)
        return whole[: start - match.start()] + word + whole[end - match.start() :]

    return pattern.sub(one, sentence)


def plain_senses(text: str) -> str:
    """`text` with the ordinary senses of short drug words rewritten to neutral words (see the module)."""
    if not _AMBIGUOUS.search(text):
        return text
    out = []
    for sentence in _SENTENCE.findall(text):
        for pattern, word in _ALWAYS:
            sentence = _swap(pattern, word, sentence)
        if not _CUE.search(sentence):
            for pattern, word in _UNLESS_CUE:
                sentence = _swap(pattern, word, sentence)
        out.append(sentence)
    return "".join(out)


_NPP = re.compile(r"\bnpp\b", _I)


def npp_dosing(text: str) -> bool:
    """ "npp" (nandrolone phenylpropionate) beside a drug cue: "npp 300 mg a week for my knees?"."""
    return any(_NPP.search(s) and _CUE.search(_NPP.sub(" ", s)) for s in _SENTENCE.findall(text))
