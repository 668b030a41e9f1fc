"""Limits the user (or their clinician) stated, in the wordings the eleventh red team used (issue 15, rr11 K3, hZ).

    load_limits_kg(text) -> list[float]   the lifting limits a clinician set, in kg ("my physio said I can't lift more
                                          than 10 kg for now" -> [10.0]; "nothing over 20 lb" -> [9.07])
    heavy_go_ahead(sentence) -> Match | None   a load said with no number that a lifting limit rules out ("work up
                                          to a heavy triple", "go for a new PR", "max out"), for `conversation`
    birth_weeks_ago(text) -> float | None      how many weeks ago the user gave birth ("I had a C-section 4 weeks ago")
    anticoagulated(text) -> bool          the user takes a blood thinner now ("I'm on warfarin"), not someone else
    CONTACT                               contact or collision sport, sparring, head impact (its go-ahead is held)
    for_now(text) -> frozenset[str]       a clinician's restriction "for now" or "until my next appointment" ("physio
                                          said no heavy lifting for now"), the keys of `restrictions.timed`

Sources: a lifting limit after an operation or an injury is the surgeon's or physiotherapist's number and holds until
they change it (NHS/RCS "Get well soon" recovery guides; Dubois & Esculier, BJSM 2020); after a birth, walking, pelvic
floor and breathing work first, core, impact and heavy work after the 6-8 week check and its clearance, longer after a
caesarean (ACOG Committee Opinion 804, 2020; Goom, Donnelly & Brockwell 2019); anticoagulants raise the risk of a
serious bleed, inside the skull included, after a blow, so contact and collision sports are a question for the
prescriber (NICE CKS "Anticoagulation - oral", 2023; BNF; the sports cardiology consensus: ESC 2020).
"""

from __future__ import annotations

import re

from shared.safety import restrictions

_I = re.IGNORECASE
_UNIT = r"(?P<unit>kg|kgs|kilos?|kilograms?|lbs?|pounds|kilo)"
_N = r"(?P<n>\d+(?:[.,]\d+)?)\s*"
# "can't / cannot / shouldn't / mustn't / not allowed to / told not to ... lift more than 10 kg", "nothing over 20 lb",
# "no more than 10 kg", "keep everything under 10 kg", "a 10 kg limit", "10 kg max", and in the gate's languages.
_LIMIT = [
    re.compile(
        r"(?:\b(?:can'?t|cannot|can\s+not|shouldn'?t|should\s+not|mustn'?t|must\s+not|not\s+(?:allowed|supposed|meant"
        r"|permitted)\s+to|told\s+(?:me\s+)?not\s+to|no|not|never|nothing|don'?t|do\s+not)\s+(?:to\s+)?(?:lift|carry"
        r"|pick\s+up|hold|push|pull|load|go|use|do|lifting)?\w*\s*(?:anything\s+|any\s+weights?\s+|weights?\s+"
        r"|loads?\s+)?(?:more\s+than|over|above|heavier\s+than|beyond|past|exceeding|in\s+excess\s+of)\s+"
        + _N
        + _UNIT
        + r")\b",
        _I,
    ),
    re.compile(
        r"\b(?:keep|stay|stick)\s+(?:it|everything|all\s+(?:my\s+)?(?:loads?|weights?|lifts?)|(?:the\s+|my\s+)?"
        r"(?:loads?|weights?|lifts?|lifting))\s+(?:at\s+or\s+)?(?:under|below|to|at\s+most|within)\s+"
        + _N
        + _UNIT
        + r"\b",
        _I,
    ),
    re.compile(
        r"\b(?:can|may|allowed\s+to|am\s+allowed\s+to)\s+(?:only\s+)?(?:lift|carry|use|hold)\s+(?:anything\s+)?"
        r"(?:up\s+to|at\s+most|a\s+max(?:imum)?\s+of|max(?:imum)?|no\s+more\s+than)\s+" + _N + _UNIT + r"\b",
        _I,
    ),
    re.compile(r"\bonly\s+(?:lift|carry|use)\s+(?:up\s+to\s+)?" + _N + _UNIT + r"\b", _I),
    # rr13 (hAO): "Physio capped my back squat at 60 kg", "my surgeon limited me to 20 kg"
    re.compile(
        r"\b(?:capped|limited|restricted|kept)\s+(?:me|my\s+(?:\w+\s+){0,2}?\w+)\s+(?:at|to)\s+" + _N + _UNIT + r"\b",
        _I,
    ),
    re.compile(r"\b" + _N + _UNIT + r"\s+(?:max(?:imum)?|limit|cap|tops)\b(?!\s+(?:squat|bench|deadlift|press))", _I),
    re.compile(r"\b(?:a|an|my)\s+" + _N + _UNIT + r"\s+(?:lifting\s+)?(?:limit|restriction|cap)\b", _I),
    re.compile(
        r"\b(?:max(?:imum)?(?:\s+of)?|up\s+to|nicht\s+mehr\s+als|maximal|h(?:ö|o)chstens|no\s+m(?:á|a)s\s+de|m(?:á|a)ximo|pas\s+plus\s+de"
        r"|maximum|non\s+pi(?:ù|u)\s+di|massimo|n(?:ã|a)o\s+mais\s+(?:de|que)|maximaal|niet\s+meer\s+dan)\s+"
        + _N
        + _UNIT
        + r"\b",
        _I,
    ),
]
# A clinician or a limit word makes a number in these shapes a limit ("10 kg max" alone could be a plate's size).
_SAID_BY = re.compile(
    r"\b(doctor|doc|dr|gp|physio\w*|surgeon|consultant|midwife|obstetrician|specialist|nurse|clinician|told|said|says"
    r"|advised|orders?|restriction|limit|allowed|arzt|(ä|a)rztin|m(é|e)dic[oa]|m(é|e)decin|kin(é|e)|fisio\w*|chirurg\w*"
    r"|cirujan[oa]|chirurgien|sagt|dice|dit|diz"
    r"|huisarts|dokter|arts|fysio\w*|specialist|zegt|zei|mag)\b",  # NL: "Mijn huisarts zegt maximaal 10 kg" (rr15, hAY)
    _I,
)
_NOT_LIMIT = re.compile(r"\b(can\s+now|now\s+(can|allowed)|no\s+longer|lifted\s+the\s+limit|used\s+to)\b", _I)


def _kg(amount: str, unit: str) -> float:
    value = float(amount.replace(",", "."))
    return round(value * 0.4536, 2) if unit.lower().startswith(("lb", "pound")) else value


def load_limits_kg(text: str) -> list[float]:
    """The lifting limits (kg) the text states, each in a sentence that says who set it or calls it a limit."""
    found: list[float] = []
    for sentence in re.split(r"(?<=[.?!;])\s+|\n+", text):
        if not _SAID_BY.search(sentence) or _NOT_LIMIT.search(sentence):
            continue
        for pattern in _LIMIT:
            found += [_kg(m.group("n"), m.group("unit")) for m in pattern.finditer(sentence)]
    return found


# Heavy work said with no number: under a lifting limit it is a load above it all the same.
HEAVY = re.compile(
    r"\b(heavy|heavier|max(es|ing|ed)?\s*(out|effort|single|attempt)?|1\s*rm|one[- ]rep\s+max|(new\s+)?prs?\b"
    r"|personal\s+(best|record)|work\s+up\s+to|top\s+sets?|(heavy\s+)?(triples?|doubles?|singles?)|add\s+(weight"
    r"|load|plates?|a\s+plate)|barbell\s+(squats?|deadlifts?|bench)|deadlift\w*|back\s+squat\w*|load\s+(it\s+)?up"
    r"|go\s+as\s+heavy)\b",
    _I,
)
_LIGHT = re.compile(r"\b(light|bodyweight|body\s+weight|bands?|(un|no\s+)weighted|empty\s+bar|broomstick|dowel)\b", _I)


def heavy_go_ahead(sentence: str) -> re.Match[str] | None:
    """Heavy work said with no number; a deadlift or squat with light kit ("a light 8 kg kettlebell deadlift") is
    not."""
    found = HEAVY.search(sentence)
    if found is None:
        return None
    light = _LIGHT.search(sentence)
    if light is not None and not re.search(r"\b(heavy|heavier|max\w*|1\s*rm|prs?|triples?|work\s+up)\b", sentence, _I):
        return None
    return found


_THEIRS = re.compile(
    r"\bmy\s+(son|daughter|kid|child|friend|dad|father|mum|mom|mother|brother|sister|wife|husband|partner|client"
    r"|grandma|grandad|grandpa|gran|nan|uncle|aunt|boyfriend|girlfriend)('s)?\s+(\w+\s+){0,2}(is|was|takes|took|has"
    r"|had|gets|got)\b[^.?!]*",
    _I,
)
_BIRTH = (
    r"(had\s+(a|my|the|an)\s+(emergency\s+|planned\s+)?(baby|c[- ]?section|caesarean|cesarean|section|kid|son"
    r"|daughter|delivery)|gave\s+birth|delivered|c[- ]?section|caesarean|cesarean|birth|baby|delivery|entbindung"
    r"|kaiserschnitt|geburt|ces(á|a)rea|parto|c(é|e)sarienne|accouchement|cesareo)"
)
_WHEN = (
    r"(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|couple\s+of)\s*"
    r"(?P<unit>days?|weeks?|wks?|months?|wochen|semanas?|semaines?|settimane)"
)
_BIRTH_WHEN = [
    re.compile(rf"\b{_BIRTH}\b[^.?!]{{0,30}}\b{_WHEN}\s+(ago|back|earlier)\b", _I),
    re.compile(rf"\b{_WHEN}\s+(ago|back)\b[^.?!]{{0,30}}\b{_BIRTH}\b", _I),
    re.compile(rf"\b{_WHEN}\s+(post|after|since|nach|despu(é|e)s\s+de(l)?|apr(è|e)s)\s*[- ]?(the\s+|my\s+|a\s+|der"
               rf"\s+|la\s+|el\s+|l'|mon\s+)?{_BIRTH}", _I),
    re.compile(rf"\b(baby|son|daughter|newborn)\s+is\s+(only\s+|just\s+)?{_WHEN}\s+old\b", _I),
    re.compile(rf"\b(vor|hace|il\s+y\s+a)\s+{_WHEN}\b[^.?!]{{0,30}}\b{_BIRTH}", _I),
    re.compile(rf"\b{_BIRTH}\b[^.?!]{{0,12}}\b(vor|hace|il\s+y\s+a)\s+{_WHEN}\b", _I),
]  # fmt: skip
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "few": 3, "couple of": 2}  # fmt: skip
_STILL_PREGNANT = re.compile(r"\b(pregnan\w*|trimester|weeks\s+(along|gone)|expecting|due\s+(date|in))\b", _I)


def birth_weeks_ago(text: str) -> float | None:
    """How many weeks ago the user's own birth was, as they told it, or None (a pregnancy told is none)."""
    own = _THEIRS.sub(" ", text)  # "my sister had a C-section 4 weeks ago" is hers
    if _STILL_PREGNANT.search(own):
        return None
    for pattern in _BIRTH_WHEN:
        for m in pattern.finditer(own):
            word = m.group("n").lower()
            n = float(word) if word.isdigit() else _COUNT.get(word, 1)
            unit = m.group("unit").lower()
            return n / 7 if unit.startswith("day") else n * 4.35 if unit.startswith("month") else n
    return None


_ANTICOAGULANT = re.compile(
    r"\b(warfarin|coumadin|marevan|apixaban|eliquis|rivaroxaban|xarelto|dabigatran|pradaxa|edoxaban|lixiana|savaysa"
    r"|clopidogrel|plavix|ticagrelor|brilinta|prasugrel|enoxaparin|clexane|lovenox|heparin|sintrom|acenocoumarol"
    r"|phenprocoumon|marcumar|blood[- ]?thinners?|anticoagula\w*|antikoagul\w*|blutverd(ü|u)nn\w*|anticoagulantes?"
    r"|anticoagulants?|anticoagulanti|doacs?|noacs?)\b",
    _I,
)
_NOT_NOW = re.compile(
    r"\b(no\s+longer|not\s+anymore|stopped|came\s+off|come\s+off|used\s+to\s+(take|be\s+on)|was\s+on|finished|off\s+"
    r"(my|the)\s+(warfarin|blood\s+thinners?|anticoagulants?))\b",
    _I,
)


def anticoagulated(text: str) -> bool:
    """The user's own blood thinner, now: "I'm on warfarin", "I take apixaban" (not "my dad is on warfarin", "I came
    off blood thinners last year")."""
    own = _THEIRS.sub(" ", text)
    return bool(_ANTICOAGULANT.search(own)) and not _NOT_NOW.search(own)


CONTACT = re.compile(
    r"\b(spar\w*|(?<!non-)(?<!non\s)(?<!non)(?<!no\s)contact\s+(sports?|training|drills?|sessions?|games?"
    r"|martial\s+arts?)|full[- ]contact|tackl\w*"
    r"|heading\s+(the\s+)?balls?|headers|scrum\w*|live\s+rolls?|grappl\w*|wrestl\w*|rugby"
    r"|(?<!shadow\s)(?<!shadow-)(?<!shadow)boxing(?!\s+(fitness|conditioning|workout|bag|pads?|technique|drills"
    r"|footwork|cardio|class\s+on))|kickboxing|mma"
    r"|muay\s+thai|judo|jiu[- ]?jitsu|bjj|karate|taekwondo|krav\s+maga|ice\s+hockey|lacrosse|american\s+football"
    r"|gridiron|aussie\s+rules|hurling|(a|the|your|first)\s+(fights?|bouts?)|collisions?|headgear|(get|getting)\s+hit"
    r"|boxeo|boxen|kampfsport|rugby|lutte)\b",
    _I,
)


# A clinician's limit held "for now" or until an appointment (`restrictions.timed` takes a number of weeks).
_FOR_NOW = re.compile(
    r"\b(for\s+now|for\s+the\s+time\s+being|for\s+the\s+moment|at\s+the\s+moment|right\s+now|until\s+further\s+notice"
    r"|until\s+(my|the|our)\s+(next\s+)?(appointment|review|check[- ]?up|check|follow[- ]?up|scan|visit|session)"
    r"|until\s+(i|we)\s+(see|hear\s+from)\s+(him|her|them|the\s+\w+)|until\s+(it'?s|it\s+has|i'?ve|i\s+have)\s+"
    r"(healed|been\s+(checked|reviewed|seen))|until\s+(he|she|they)\s+(says?|say|clears?|reviews?|sees?)"
    r"|till\s+(my|the)\s+(next\s+)?(appointment|review|check)|vorerst|erstmal|por\s+ahora|de\s+momento"
    r"|pour\s+l'?instant|per\s+ora)\b",
    _I,
)
_CLINICIAN = re.compile(
    r"\b(doctor|doc|dr|gp|physio\w*|surgeon|consultant|midwife|obstetrician|specialist|nurse|clinician|orthop(a)?ed"
    r"\w*|cardiologist|arzt|(ä|a)rztin|m(é|e)dic[oa]|m(é|e)decin|fisio\w*|kin(é|e)\w*)\b",
    _I,
)


def for_now(text: str) -> frozenset[str]:
    """The restriction keys a clinician's "no ... for now" sets in a sentence naming them."""
    found: set[str] = set()
    for sentence in re.split(r"(?<=[.?!;])\s+|\n+", text):
        if _CLINICIAN.search(sentence) and _FOR_NOW.search(sentence):
            found |= restrictions.timed(_FOR_NOW.sub(" for 4 weeks", sentence))
    return frozenset(found)


# rr11 K3: what Vigor answers to a contact sport or sparring asked by someone on a blood thinner (and what replaces a
# provider's go-ahead for it).
BLEEDING_CONTACT = (
    "On a blood thinner (warfarin, apixaban, rivaroxaban and the like), a blow to the head or body bleeds more and for "
    "longer, and a bleed inside the skull can be life-threatening, so please don't spar, fight or play contact or "
    "collision sports (boxing, MMA, rugby, wrestling) until your prescriber or anticoagulation clinic says it is safe "
    "for you; headgear does not make it safe. Non-contact training is fine meanwhile: bag and pad work, shadow boxing, "
    "technique drills, conditioning, lifting and cardio. Get checked the same day after any knock to the head, and "
    "call your emergency number for a severe headache, vomiting or confusion after one."
)


__all__ = [
    "BLEEDING_CONTACT",
    "CONTACT",
    "HEAVY",
    "anticoagulated",
    "birth_weeks_ago",
    "for_now",
    "heavy_go_ahead",
    "load_limits_kg",
]
