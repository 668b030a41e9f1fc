"""Provider sentences the tenth red team (rr10, finding A) saw pass the output filter, as kinds.

Each kind is read per sentence and needs both halves in it (a warning sign and "carry on"; an anticoagulant and a
contact sport; epilepsy and swimming or climbing alone; a caffeine amount above a safe dose; a dehydration cut; a
named injury and heavy or impact loading of it) and no warning or deferral in the same sentence ("don't", "avoid",
"until your physio clears you"). `kind` names the kind of a whole answer; `REPLIES` holds what the user reads instead.
"""

from __future__ import annotations

import re

from shared.safety.outputs import OutputCategory, sentences

_I = re.IGNORECASE

# A warning or a deferral in the same sentence: the sentence is advice against, not a go-ahead.
_WARNED = re.compile(
    r"\b(not|never|no|don'?t|doesn'?t|isn'?t|aren'?t|shouldn'?t|avoid\w*|unsafe|dangerous|risky|stop|until|unless"
    r"|nicht|kein\w*|nie|nunca|evita\w*|jamais|ne\s+pas|pas\s+de|check\s+with|ask\s+your|cleared?|clearance"
    r"|approv\w*|prescriber|cardiologist|neurologist)\b",
    _I,
)

# 1. A warning sign during exercise, then "carry on" (fainting mid-set is a reason to stop and be checked).
_SIGN = re.compile(
    r"\b(faint\w*|light-?headed\w*|dizz\w*|pass(ing)?\s+out|black(ing)?\s+out|blackouts?|palpitations?|heart\s+rac\w*"
    r"|chest\s+(tight\w*|pain|pressure)|schwindel\w*|ohnm\u00e4cht\w*|mare\w*|desmay\w*|\u00e9tourdi\w*|malaise)\b",
    _I,
)
_CARRY_ON = re.compile(
    r"\b(carry\s+on|keep\s+going|go\s+again|continue|resume|push\s+on|push\s+through|finish\s+(the|your)\s+(set|workout"
    r"|session)|rest\s+of\s+(the|your)\s+(workout|session|sets?)|get\s+back\s+(to\s+it|under|on)|back\s+to\s+(the|your)"
    r"\s+(set|workout|session|bar)|weiter\w*|sigue|segu\w*|contin\u00faa|continu\w*|reprend\w*)\b",
    _I,
)

_SIGN_WARNED = re.compile(
    r"\b(don'?t|do\s+not|never|not|no)\s+(\w+\s+){0,3}(carry|continu\w*|keep|resume|go|push|finish|get|train\w*)\b"
    r"|\bstop\s+(the|your|for|training|exercis\w*)\b|\b(doctor|checked|medical|emergency|gp|cardiolog\w*|arzt"
    r"|m\u00e9dico|m\u00e9decin)\b|\b(nicht|nunca|jamais|ne\s+pas)\b",
    _I,
)

# 2. An anticoagulant and a contact or collision sport (a bleed in the skull).
_ANTICOAGULANT = re.compile(
    r"\b(apixaban|rivaroxaban|edoxaban|dabigatran|warfarin|phenprocoumon|acenocoumarol|eliquis|xarelto|lixiana"
    r"|savaysa|pradaxa|coumadin|marcumar|blood[- ]?thinners?|anticoagulants?|antikoagul\w*|blutverd\u00fcnn\w*"
    r"|anticoagulant\w*)\b",
    _I,
)
_CONTACT = re.compile(
    r"\b(spar\w*|box(ing|er)?(?!\s*jump)|mma|kickbox\w*|muay\s+thai|bjj|jiu[- ]?jitsu|judo|wrestl\w*|rugby"
    r"|(american\s+)?football|ice\s+hockey|hockey|lacrosse|martial\s+arts?|fight\w*|contact\s+sports?|kampfsport\w*|boxe\w*|lucha)\b",
    _I,
)

# 3. Epilepsy and water or height alone (never swim or climb alone with epilepsy).
_EPILEPSY = re.compile(
    r"\b(epilep\w*|seizures?|anfall\w*|anf\u00e4ll\w*|convulsi\w*|crises?\s+d'?\u00e9pilepsie)\b", _I
)
_WATER_HEIGHT = re.compile(
    r"\b(swim\w*|pool|open[- ]water|lake|sea|ocean|div(e|ing)|bath\w*|climb\w*|boulder\w*|schwimm\w*|nad\w*|nage\w*"
    r"|klettern|escala\w*)\b",
    _I,
)
_ALONE = re.compile(
    r"\b(alone|solo|by\s+yourself|on\s+your\s+own|unsupervised|without\s+(a\s+)?(buddy|lifeguard|anyone|spotter"
    r"|partner|supervision)|allein\w*|solo|sol[oa]s?|seul\w*)\b",
    _I,
)
_EPILEPSY_WARNED = re.compile(
    r"\b(never|not|don'?t|avoid|unsafe|dangerous|nie|nunca|jamais)\b[^.!?]{0,40}\b(alone|solo|by\s+yourself|on\s+your"
    r"\s+own|unsupervised|allein\w*|sol[oa]s?|seul\w*)\b|\b(alone|solo)\b[^.!?]{0,30}\b(is\s+)?(not|never|unsafe"
    r"|dangerous)\b",
    _I,
)

# 4. A stimulant amount far above a safe dose (caffeine above ~400 mg at once, or above ~6 mg/kg).
_CAFFEINE = re.compile(
    r"\b(caffeine|koffein|cafe\u00edna|caf\u00e9ine|pre-?workout|no-?doz|energy\s+(pills?|shots?))\b", _I
)
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "twelve": 12}  # fmt: skip
_COUNTED = re.compile(
    r"\b(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s*(x\s*)?(?P<mg>\d{2,4})\s*-?\s*mg\b",
    _I,
)
_MG = re.compile(r"\b(?P<mg>\d{3,5})\s*mg\b(?!\s*/\s*kg)", _I)
_GRAMS = re.compile(r"\b(?P<g>\d+(\.\d+)?)\s*(g|grams?)\b(?!\s*/\s*kg)", _I)
_PER_KG = re.compile(r"\b(?P<n>\d{1,2}(\.\d+)?)\s*mg\s*(/|per)\s*kg\b", _I)
_POWDER = re.compile(r"\b(tea|table)spoons?\b[^.!?]{0,30}\b(caffeine|koffein)\s+powder|\bcaffeine\s+powder\b", _I)


def _caffeine_mg(sentence: str) -> bool:
    """Whether the sentence gives a caffeine amount a sports physician would not (over 400 mg, 6 mg/kg, any powder)."""
    if not _CAFFEINE.search(sentence):
        return False
    if _POWDER.search(sentence):
        return True
    for match in _COUNTED.finditer(sentence):
        raw = match["n"].lower()
        count = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        if count * int(match["mg"]) > 400:
            return True
    if any(int(m["mg"]) > 400 for m in _MG.finditer(sentence)):
        return True
    if any(float(m["g"]) >= 0.5 for m in _GRAMS.finditer(sentence)):
        return True
    return any(float(m["n"]) > 6 for m in _PER_KG.finditer(sentence))


# 5. A deliberate dehydration or water cut urged or called normal.
_DEHYDRATE = re.compile(
    r"\b(dehydrat(e|ing)\s+(yourself|for|before|over|the)|dehydrate\b|water[- ]cut(ting)?|cut(ting)?\s+(your\s+)?water"
    r"|stop\s+drinking(\s+water)?|skip\s+(water|fluids|drinking)|no\s+water\s+for|(restrict|limit)\s+(your\s+)?fluids"
    r"|sweat\s+(it|the\s+weight|\d+\s*kg)\s+out|sauna\s+suit|spit\s+(it\s+)?out\s+to\s+make\s+weight|entw\u00e4sser\w*"
    r"|deshidr\u00e1ta\w*|deshidrat\w*|d\u00e9shydrat\w*)",
    _I,
)
_DEHYDRATE_WARNED = re.compile(
    r"\b(don'?t|can'?t|cannot|won'?t|never|avoid\w*|not|unsafe|dangerous|risk\w*|harm\w*|costs?|kidney|nicht|nunca"
    r"|jamais|ne\s+pas)\b",
    _I,
)

# 6. An injury named in the answer and heavy or impact loading of it.
_INJURY = re.compile(
    r"\b(torn|tear|ruptured?|rupture|fractured?|broken|dislocated|sprained|swollen|acute(ly)?\s+injur\w*|gerissen\w*"
    r"|geschwollen\w*|roto|hinchad\w*|d\u00e9chir\w*|gonfl\w*)\b[^.!?]{0,30}\b(rotator\s+cuff|cuff|shoulder|knee|ankle"
    r"|acl|mcl|meniscus|achilles|labrum|hamstring|pec\w*|bicep\w*|wrist|elbow|hip|back|disc|joint|knie|schulter"
    r"|rodilla|hombro|genou|\u00e9paule)\b|\b(rotator\s+cuff|acl|mcl|meniscus|achilles|labrum|knee|ankle|shoulder)\s+"
    r"(tear|rupture|injury|fracture|sprain)\b",
    _I,
)
_HEAVY_IMPACT = re.compile(
    r"\b(go\s+heavy|heavy|max(es|imal)?|1\s*rm|one[- ]rep\s+max|[6-9]\d\s*%|100\s*%|jump\w*|box\s+jumps?|plyo\w*"
    r"|sprint\w*|hops?|hopping|bounding|bounds|impact|depth\s+jumps?|schwer\w*|spr\u00fcng\w*|saltos?|pesad\w*|sauts?|lourd\w*)\b",
    _I,
)
_INJURY_WARNED = re.compile(
    r"\b(not|never|no|don'?t|avoid\w*|skip|stop|rest|until|unless|after\s+(rehab|surgery|your\s+physio)|once|cleared?"
    r"|physio\w*|physical\s+therap\w*|surgeon|doctor|rehab\w*|nicht|kein\w*|nunca|evita\w*|jamais|ne\s+pas)\b",
    _I,
)

Kind = str  # "warning_sign", "anticoagulant", "epilepsy_alone", "stimulant", "dehydration", "injury_loading"

CATEGORY: dict[Kind, OutputCategory] = {
    "warning_sign": "ignore_symptoms",
    "anticoagulant": "diagnosis",
    "epilepsy_alone": "clearance",
    "stimulant": "harmful",
    "dehydration": "crash_diet",
    "injury_loading": "ignore_symptoms",
}

REPLIES: dict[Kind, str] = {
    "warning_sign": (
        "Feeling faint, dizzy, a racing heart or chest discomfort during exercise is a reason to stop the session, "
        "not to carry on: sit or lie down, and don't train again until a doctor has checked you. If it comes with "
        "chest pain, breathlessness or you pass out, call your local emergency number."
    ),
    "anticoagulant": (
        "On a blood thinner such as apixaban, rivaroxaban or warfarin, a blow to the head or body is far more "
        "dangerous than usual, so please don't spar or play contact sports until your prescriber says it is safe for "
        "you; headgear does not make it safe. Non-contact training (pads, bag work, technique, conditioning) is the "
        "usual alternative to ask them about."
    ),
    "epilepsy_alone": (
        "With epilepsy, never swim, dive or climb alone: a seizure in water or at height can be fatal within minutes. "
        "Swim where a lifeguard or someone who knows what to do is watching, and ask your neurologist about anything "
        "else that worries you."
    ),
    "stimulant": (
        "That much caffeine isn't safe: healthy adults should stay under about 400 mg a day, and a single dose of "
        "about 3 mg per kg of body weight (200 mg for most people) is what the research supports for performance. "
        "Higher doses cause a racing heart, tremor and, in the grams, dangerous heart rhythms. Caffeine powder is "
        "easy to overdose on: avoid it."
    ),
    "dehydration": (
        "I can't recommend dehydrating yourself to make weight: it costs strength, raises the risk of heat illness "
        "and kidney injury, and can be dangerous. If you compete in a weight class, get there gradually over weeks "
        "with a modest deficit, and ask a sports dietitian for a safe plan for the last days."
    ),
    "injury_loading": (
        "A torn, swollen or acutely injured joint should not be loaded heavily or with jumps and impact: that can make "
        "the damage worse. Rest the injured joint and follow the plan your doctor or physiotherapist "
        "gives; exercise for the rest of your body is usually fine meanwhile."
    ),
}


# "No reason to skip rugby" is a go-ahead, not a warning.
_NO_REASON = re.compile(
    r"\bno\s+(reason|need)\s+to\s+(skip|stop|avoid|miss|quit|give\s+up)\b|\bnothing\s+to\s+worry\b", _I
)

# What the user's message must touch for a kind's own reply to fit it (rr10 E: the reply fits what the user said).
_ASKED: dict[Kind, re.Pattern[str]] = {
    "warning_sign": _SIGN,
    "anticoagulant": re.compile(_ANTICOAGULANT.pattern + "|" + _CONTACT.pattern, _I),
    "epilepsy_alone": _EPILEPSY,
    "stimulant": re.compile(_CAFFEINE.pattern + r"|\b(stimulant|energy\s+drinks?|coffee|espresso)\b", _I),
    "dehydration": re.compile(_DEHYDRATE.pattern + r"|\b(weigh[- ]?in|make\s+weight|weight\s+class|meet|cut)\b", _I),
    "injury_loading": re.compile(_INJURY.pattern + r"|\b(injur\w*|swell\w*|swollen|tear|torn|sprain\w*)\b", _I),
}


def asked(found: Kind, message: str) -> bool:
    """Whether the user's message touches what the kind's reply speaks of (their knee, their blood thinner)."""
    return bool(_ASKED[found].search(message))


def _sentence_kind(sentence: str) -> Kind | None:
    warned = _WARNED.search(_NO_REASON.sub(" ", sentence)) is not None
    if _SIGN.search(sentence) and _CARRY_ON.search(sentence) and not _SIGN_WARNED.search(sentence):
        return "warning_sign"
    if _ANTICOAGULANT.search(sentence) and _CONTACT.search(sentence) and not warned:
        return "anticoagulant"
    if (
        _EPILEPSY.search(sentence)
        and _WATER_HEIGHT.search(sentence)
        and _ALONE.search(sentence)
        and not _EPILEPSY_WARNED.search(sentence)
    ):
        return "epilepsy_alone"
    if _caffeine_mg(sentence) and not warned:
        return "stimulant"
    if _DEHYDRATE.search(sentence) and not _DEHYDRATE_WARNED.search(sentence):
        return "dehydration"
    if _INJURY.search(sentence) and _HEAVY_IMPACT.search(sentence) and not _INJURY_WARNED.search(sentence):
        return "injury_loading"
    return None


def kind(text: str) -> Kind | None:
    """The first rr10 kind an answer falls under, or None."""
    for sentence in sentences(text):
        found = _sentence_kind(sentence)
        if found is not None:
            return found
    return None


def category(text: str) -> OutputCategory | None:
    """The output category of the first rr10 kind in an answer, or None."""
    found = kind(text)
    return CATEGORY[found] if found is not None else None
