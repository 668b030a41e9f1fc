"""Other people's names and named diagnoses out of what goes to a provider; Vigor's placeholders out of what comes back.

    others_out(text)                      -> text for a provider: "Dr. [person]", "my physio [person]", and
                                             "[health condition]" for a named diagnosis ("asthma", "a herniated disc")
    answer_cleaned(text, name=, email=)   -> a provider's answer as the user may see and Vigor may store it: no
                                             "[name]", "[email]", "[person]"... placeholders, and not the user's own
                                             display name or email should the provider have them

A coach answer never needs the name of the user's physio or friend, and a provider is a third party (GDPR Art. 5(1)(c),
data minimisation; a named diagnosis is health data, Art. 9). The R5 red team saw "Dr. Marchetti" and "my physio
Giulia Marchetti" go out word for word, "herniated disc" and "cardiomyopathy" survive redaction, and "Hi [name]!"
stored and shown as the provider wrote it. Names are recognised by what frames them (a title, "my physio", "my
friend called"), since a name cannot be told from a word in general; a lower-case name after "my physio" is not
recognised (written down in docs/decisions.md).
"""

from __future__ import annotations

import re

PERSON = "[person]"
CONDITION = "[health condition]"
MEDICINE = "[medicine]"

# A name word: a capital, accented ones too ("Seán", "Ó Súilleabháin"), and the particles of Irish, Scottish and
# Romance surnames written apart ("Ó", "Ní", "Mac Giolla", "Uí", "da Silva"): the R9 red team saw "my physio Ó
# Súilleabháin" go out whole, as the capital letters were plain A-Z only.
UPPER = "A-ZÀ-ÖØ-Þ"
PARTICLE = r"(?:(?:Ó|Ní|Nic|Mac|Mc|Mhic|Mhac|Uí|Ua|de|da|di|dos|das|del|della|van|von)[ \t]+)"
NAME_WORD = rf"{PARTICLE}?[{UPPER}][\w'\u2019-]+"
_NAME_WORD = NAME_WORD
# Capitalised words that follow a role word without being a name ("my coach I think", "my physio On Monday").
_NOT_A_NAME = (
    r"(?!(?:I|I'm|I'd|I'll|I've|Im|The|And|But|So|Then|On|In|At|For|Last|Next|This|Today|Yesterday|Tomorrow"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Also|Just|Says|Said|Told|Thinks)\b)"
)
_NAMES = rf"{_NOT_A_NAME}{_NAME_WORD}(?:[ \t]+{_NOT_A_NAME}{_NAME_WORD}){{0,2}}"
_TITLE = re.compile(rf"\b((?:Dr|Doctor|Prof|Professor|Mr|Mrs|Ms|Mx|Miss|Nurse|Coach)\.?[ \t]+){_NAMES}")
_ROLE_WORDS = (
    r"physio(?:therapist)?|doctor|dr|gp|trainer|coach|pt|personal\s+trainer|therapist|surgeon|cardiologist|consultant"
    r"|specialist|dietitian|dietician|nutritionist|chiro(?:practor)?|osteo(?:path)?|nurse|midwife|psychologist"
    r"|psychiatrist|counsell?or|friend|buddy|mate|partner|wife|husband|boyfriend|girlfriend|fianc[eé]e?|son|daughter"
    r"|mum|mom|mother|dad|father|brother|sister|cousin|uncle|aunt|grandma|grandpa|granny|grandad|colleague"
    r"|co-?worker|boss|manager|teammate|client|roommate|flatmate|neighbou?r"
    r"|ex|ex-?(?:boyfriend|girlfriend|husband|wife|partner)|stalker|landlord|landlady|teacher|lecturer|supervisor"
)
_ROLE = re.compile(
    rf"(\b(?i:my|our|his|her|their|a|the)[ \t]+(?:(?i:gym|training|new|old|best|sports?|club)[ \t]+)?(?i:{_ROLE_WORDS})"
    rf"(?:[ \t]*,[ \t]*|[ \t]+(?i:named|called|is|was)[ \t]+|[ \t]+)){_NAMES}"
)
# Named diagnoses (not symptoms, and not the gym's everyday aches: "shin splints", "DOMS", "tennis elbow" stay).
_DIAGNOSES = (
    "(type [12] )?diabet(es|ic)",
    "asthma(tic)?",
    "hypertension",
    "((hypertrophic|dilated) )?cardiomyopathy",
    "arrhythmias?",
    "atrial fibrillation",
    "a-?fib",
    "heart failure",
    "angina",
    "epilep(sy|tic)",
    "cancer",
    "leuka?emia",
    "lymphoma",
    "hiv",
    "vih",
    "sida",
    "hepatitis",
    "((clinical|major) )?depression",
    "anxiety disorder",
    "bipolar( disorder)?",
    "ptsd",
    "ocd",
    "adhd",
    "anorexi[ac]",
    "bulimi[ac]",
    "binge eating disorder",
    "(herniated|slipped|bulging|prolapsed) discs?",
    "disc (herniation|bulge|prolapse)",
    "sciatica",
    "scoliosis",
    "spondyl\\w+",
    "osteopo?rosis",
    "osteopenia",
    "((rheumatoid|psoriatic) )?arthritis",
    "osteoarthritis",
    "((patellar|achilles|hamstring|gluteal|glute|biceps|triceps|quadriceps|quad|elbow|wrist|hip|shoulder|knee) )?"
    "(tendin(itis|opathy|osis)|tendonitis)",
    "bursitis",
    "plantar fasciitis",
    "(acl|mcl|pcl|meniscus|meniscal|rotator cuff|labral|labrum) (tear|rupture|injury)",
    "torn (acl|mcl|meniscus|rotator cuff|labrum)",
    "pcos",
    "endometriosis",
    "hernia",
    "dvt",
    "fibromyalgia",
    "lupus",
    "multiple sclerosis",
    "crohn'?s( disease)?",
    "ulcerative colitis",
    "coeliac",
    "celiac",
    "hypothyroidism",
    "hyperthyroidism",
    "hashimoto'?s",
    "graves'? disease",
    "pots",
    "copd",
    "long covid",
    "chronic fatigue syndrome",
    "me/cfs",
)
_DIAGNOSIS = re.compile(
    r"\b(?:" + "|".join(d.replace("(", "(?:").replace(" ", r"[ \t]+") for d in _DIAGNOSES) + r")\b", re.IGNORECASE
)


# R11 (issue 15): a medicine that names a scrubbed diagnosis told the provider what "[health condition]" hid ("I'm
# [health condition] positive and on antiretrovirals"). A medicine taken for one condition only is scrubbed as its
# condition is, when the user says they take it ("on", "taking", "my", "prescribed"); said of the world ("does insulin
# build muscle?") it stays, as the question needs it. Vigor's own rules read the raw text (prompts.py), not this.
# Named only for one condition: scrubbed wherever they are written, in any language.
_ONE_CONDITION_MEDICINES = re.compile(
    r"\b(?:(?i:anti-?r+[eé]tro-?vira\w*|truvada|descovy|biktarvy|dovato|triumeq|genvoya|olanzapin[ea]?|quetiapin[ea]?"
    r"|seroquel|aripiprazol[ea]?|abilify|risperidon[ea]?|clozapin[ea]?|tamoxif[eè]n[ea]?|letrozol[ea]?|methadon[ea]?"
    r"|metadona|buprenorphin[ea]?|buprenorfina|suboxone|subutex|sertralin[ea]?|fluoxetin[ea]?|prozac|citalopram"
    r"|escitalopram|venlafaxin[ea]?|zoloft|lexapro|levothyrox\w*|hiv[ \t]+meds?)|PrEP|PREP)\b"
)
# Said of the world ("does insulin build muscle?") these stay: only the user's own is scrubbed.
_TELLING_MEDICINES = (
    r"arvs?|lithium|anti-?psychotics?|chemo(?:therapy)?|insulin(?:[ \t]+(?:pump|pen|injections?|shots?))?|metformin"
    r"|thyroxine|antidepressants?|ssris?"
)
_TAKEN_MEDICINE = re.compile(
    r"(\b(?i:i'?m[ \t]+on|i[ \t]+am[ \t]+on|on|taking|take|takes|took|started|starting|prescribed|my|using|use|"
    r"inject(?:ing)?|stopped|quit|need)[ \t]+(?:(?i:a|an|the|some|daily|my|new|high-dose|low-dose)[ \t]+)?)"
    r"(?i:" + _TELLING_MEDICINES + r")\b(?:[ \t]*(?i:meds?|medications?|medicines?|tablets?|pills?))?"
)
_PUMP = re.compile(r"\b(?i:insulin[ \t]+pump|cgm|libre[ \t]+sensor|dexcom)\b")


def others_out(text: str) -> str:
    """`text` with other people's names (after a title or a role word) as "[person]" and named diagnoses as
    "[health condition]": what a provider may read of what the user typed."""
    text = _TITLE.sub(lambda m: m.group(1) + PERSON, text)
    text = _ROLE.sub(lambda m: m.group(1) + PERSON, text)
    text = _TAKEN_MEDICINE.sub(lambda m: m.group(1) + MEDICINE, text)
    text = _ONE_CONDITION_MEDICINES.sub(MEDICINE, text)
    text = _PUMP.sub(MEDICINE, text)
    return _DIAGNOSIS.sub(CONDITION, text)


_PLACEHOLDER_WORDS = {
    "[email]": "your email address", "[number]": "the number you gave", "[address]": "your address",
    "[postcode]": "your postcode", CONDITION: "the condition you mentioned", "[date of birth]": "your date of birth",
    "[handle]": "your handle", "[bank details]": "your bank details", "[id]": "the number you gave",
    "[workplace]": "your workplace", "[school]": "the school", "[card expiry]": "your card's expiry date",
    "[card code]": "your card's security code", MEDICINE: "your medicine", "[practice]": "the practice",
}  # fmt: skip
_AT_START = re.compile(r"^(\s*)\[name\]\s*[,!:;.]?\s*([a-z])?", re.MULTILINE)
_VOCATIVE = re.compile(r"[ \t]*,?[ \t]*\[name\][ \t]*(?=[,!.?:;)\n]|$)")
_TITLED_PERSON = re.compile(
    r"\b(?:Dr|Doctor|Prof|Professor|Mr|Mrs|Ms|Mx|Miss|Nurse|Coach)\.?[ \t]+\[person\]((?:'s|\u2019s)?)", re.IGNORECASE
)
_ROLE_PERSON = re.compile(rf"\b((?i:{_ROLE_WORDS}))(?:[ \t]*,)?[ \t]+\[person\](?:[ \t]*,(?=[ \t]))?")


# A stand-in that now opens a sentence starts with a capital ("Dr. [person] is right" -> "Your doctor is right").
_STANDIN_AT_START = re.compile(
    r"(^|[.!?:][ \t]+|\n[ \t]*)"
    r"(your|you|their|the person you mentioned|the condition you mentioned|the number you gave)\b"
)


def _capital_after_start(match: re.Match[str]) -> str:
    """What is left of a line that began with "[name]," starts with a capital ("[name], you did" -> "You did")."""
    return match.group(1) + (match.group(2) or "").upper()


def answer_cleaned(text: str, name: str = "", email: str = "") -> str:
    """A provider's answer without Vigor's placeholders and without the user's own display name or email: "Great
    job, [name]!" is "Great job!", "Dr. [person] is right" is "your doctor is right", "[email]" is "your email
    address". Vigor's own texts carry none, so it changes nothing else."""
    if email and len(email) > 3:
        text = re.sub(re.escape(email), "[email]", text, flags=re.IGNORECASE)
    name = " ".join(name.split())
    if len(name) >= 2:
        parts = {name, *(p for p in name.split() if len(p) >= 3 and p.replace("'", "").replace("\u2019", "").isalpha())}
        for part in sorted(parts, key=len, reverse=True):
            text = re.sub(rf"(?<!\w){re.escape(part)}(?!\w)", "[name]", text)
        text = re.sub(r"\[name\](?:[ \t]+\[name\])+", "[name]", text)
    if "[" not in text:
        return text
    text = re.sub(r"\[name\](?:'s|\u2019s)", "your", text)
    text = _AT_START.sub(_capital_after_start, text)
    text = _VOCATIVE.sub("", text)
    text = text.replace("[name]", "you")
    text = _TITLED_PERSON.sub(lambda m: "your doctor" + m.group(1), text)
    text = _ROLE_PERSON.sub(lambda m: m.group(1), text)
    text = re.sub(r"\[person\](?:'s|\u2019s)", "their", text).replace(PERSON, "the person you mentioned")
    for placeholder, words in _PLACEHOLDER_WORDS.items():
        text = text.replace(placeholder, words)
    return _STANDIN_AT_START.sub(lambda m: m.group(1) + m.group(2)[0].upper() + m.group(2)[1:], text)
