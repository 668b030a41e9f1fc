"""Red flags in single messages the thirteenth red team (rr13, issue 15) found the input gate missed (hAO).

    self_punishment(text) -> bool   exercise to collapse because one deserves no better: the crisis answer ("self_harm")
    suicidal_idiom(text) -> bool    "(wil) me van kant maken", "me foutre en l'air", "acabar con todo", "off myself"
    cardiac(text) -> bool           a chest "like someone standing on it", a heavy left arm with exertion, a watch
                                    at 200+ while walking with feeling weird, seeing stars on a run, "douleur qui
                                    serre dans la poitrine", dizzy and "tight in the chest": `urgent`'s cardiac row
    exertional_headache(text)       a pounding head with pins and needles in an arm when lifting: the headache row
    ped(text) -> bool               a drug named in Cyrillic ("T-R-E-N", "efedrin" in Cyrillic letters) or "testo e"
                                    with a dose word
    eating_disorder(text) -> bool   laxative teas after overeating or by the week; restriction with hours of daily
                                    running in any mix of languages
    crash_diet(text) -> bool        days of water only ("só água por 5 dias"); a cut without drinking before a fight
    pregnancy(text) -> bool         "sono incinta di 30 settimane", "estoy embarazada", "ich bin schwanger"
    acute_knee(text) -> bool        "Knacken ... stark geschwollen und instabil" (DE FR IT ES PT NL): the joint row

Offline each of these got the built-in coach's "here's the plan", and with a provider its neutral "4 sets of 8 at
RPE 7" or an unsafe "Tomorrow's intervals are fine". Sources per kind in docs/training-science.md, section
"Coach safety: rr13 red flags the input gate missed (hAO)".
"""

from __future__ import annotations

import re
import unicodedata

_I = re.IGNORECASE

# --- self-punishment and suicidal idioms -----------------------------------------------------------------------------

# Exercising to the point of collapse, told with not deserving to feel well (NICE NG225: self-harm is any act of
# self-injury, exercise included; an intent to punish oneself is asked about and answered with crisis support).
_TO_COLLAPSE = (
    r"(pass(es|ing)?\s+out|black(s|ing)?\s+out|collapse|faint|drop(\s+dead)?|throw\s+up|puke|can'?t\s+stand|break"
    r"|bleed|umkippe|zusammenbreche|ohnm(ä|ae)chtig\s+werde|m'?(é|e)vanouir|tomber|desmay\w*|svenire|crollare"
    r"|desmaiar|flauwval\w*|neerval\w*)"
)
_UNDESERVING = (
    r"(?:(don'?t|do\s+not|never)\s+deserve\s+(to\s+)?(feel\s+(okay|ok|good|fine|better|happy)|be\s+happy|rest|food|to\s+eat"
    r"|eat|anything\s+good|kindness|to\s+live|live|be\s+here|happiness)"
    r"|\bdeserve\s+(the\s+pain|to\s+(hurt|suffer|feel\s+(bad|awful|terrible|like\s+(shit|crap))))"
    r"|\bverdiene\s+(es\s+)?(nicht|kein\w*)|\bje\s+ne\s+m(é|e)rite\s+pas|\bno\s+(me\s+)?merezco|\bnon\s+(me\s+lo\s+)?merito"
    r"|\bn(ã|a)o\s+mere(ç|c)o|\b(verdien|verdiende)\s+(het\s+)?niet|\bniet\s+verdien\w*)"
)
_SELF_PUNISH = re.compile(
    r"\b(until|till|til|bis|jusqu'?(à|a)|hasta|fino\s+a|at(é|e)|tot)\s+(i\s+|ich\s+|je\s+|que\s+|ik\s+)?(\w+\s+){0,2}"
    + _TO_COLLAPSE
    + r"[^?]{0,80}"
    + _UNDESERVING
    + r"|"
    + _UNDESERVING
    + r"[^?]{0,80}\b(until|till|til|bis|jusqu'?(à|a)|hasta|fino\s+a|at(é|e)|tot)\s+(i\s+|ich\s+|je\s+|que\s+|ik\s+)?"
    r"(\w+\s+){0,2}" + _TO_COLLAPSE + r"|\b(i\s+)?(don'?t|do\s+not)\s+deserve\s+to\s+(feel\s+(okay|ok|good|fine|happy)"
    r"|be\s+happy|live|be\s+alive|exist)\b",
    _I,
)

# Idioms for killing oneself without the word "myself" in the gate's seven languages (NL "van kant maken" is only
# ever said of killing; the reflexive pronoun before it is the speaker). Intent comes with each, so "this workout
# is killing me" and "me mata este entreno" stay training talk.
_IDIOM = re.compile(
    r"\b(me|mij|mezelf)\s+(\w+\s+){0,2}van\s+kant\s+(te\s+)?maken|\bvan\s+kant\s+maken\b(?![^.?!]{0,20}\b(hem|haar|hen"
    r"|die|de\s+\w+)\b)|\bvoor\s+(de|een)\s+trein\s+(springen|gooien)"
    r"|\bme\s+foutre\s+en\s+l'?air|\bme\s+supprimer\b|\ben\s+finir\s+avec\s+(la\s+vie|ma\s+vie|tout)"
    r"|\b(quiero|voy\s+a|pienso\s+en|ganas\s+de)\s+acabar\s+con\s+todo|\bquitarme\s+de\s+en\s+medio"
    r"|\b(farmi\s+fuori|ammazzarmi|buttarmi\s+(gi(ù|u)\s+)?da\s+un\s+ponte|togliermi\s+di\s+mezzo)"
    r"|\bdar\s+cabo\s+de\s+mim|\bme\s+jogar\s+d[aeo]\s+(ponte|pr(é|e)dio|janela)"
    r"|\bmich\s+(vor\s+den\s+zug\s+werfen|aufh(ä|ae)ngen|umzubringen)|\ballem\s+ein\s+ende\s+(setzen|machen)"
    r"|\b(want|wanna|going|gonna|think\w*\s+(of|about)|plan\w*)\s+(to\s+)?off\s+myself\b|\boff\s+myself\b",
    _I,
)


def self_punishment(text: str) -> bool:
    """Training until one collapses because one does not deserve to feel well: self-harm, not a heart question."""
    return _SELF_PUNISH.search(text) is not None


def suicidal_idiom(text: str) -> bool:
    """A first-person idiom for killing oneself (NL "me van kant maken", FR "me foutre en l'air", EN "off myself")."""
    return _IDIOM.search(text) is not None


# --- heart and exertion ----------------------------------------------------------------------------------------------

# Angina described by comparison: pressure "like someone standing / sitting on it", "like a band / vice" (NICE CG95:
# constricting discomfort; ESC 2019 CCS). A heavy or numb left arm with exertion or chest words is the same alarm.
_CHEST_LIKE = re.compile(
    r"\bchest\b[^.?!]{0,20}\b(felt|feels|feeling|was|is|went)\s+(\w+\s+)?like\s+(someone|somebody|something|a\s+(car|truck"
    r"|brick|band|vice|vise|weight|rock|ton|belt|fist|hand)|an?\s+elephant)"
    r"|\b(someone|somebody|something)\s+(was\s+|is\s+)?(standing|sitting|kneeling|pressing|stepping)\s+on\s+my\s+chest",
    _I,
)
_LEFT_ARM = re.compile(
    r"\bleft\s+(arm|shoulder)\s+(\w+\s+)?(went|goes|going|gets|got|felt|feels|was|is|turned)\s+(\w+\s+)?(heavy|numb|dead"
    r"|weak|tingly|funny)",
    _I,
)
_EXERTION = re.compile(
    r"\b(run|running|ran|jog\w*|ride|riding|cycl\w*|bike|walk\w*|stairs|hill\w*|lift\w*|set|sets|workout|training"
    r"|session|interval\w*|sprint\w*|chest|breath\w*|sweat\w*|halfway|mid[- ]?(run|set|workout))\b",
    _I,
)
_SORE_ARM = re.compile(r"\b(curls?|doms|sore|pump|biceps?|triceps?|arm\s+day|after\s+(curls|arms))\b", _I)
# A watch or monitor at 180-299 while walking or at rest with feeling unwell: a possible arrhythmia (ESC 2020
# sports cardiology: palpitations with symptoms stop sport until assessed).
_FAST_AT_EASE = re.compile(
    r"\b(1[89]\d|2\d\d)\s*(bpm|beats)?\b[^.?!]{0,60}\b(only|just|while|when|whilst)\s+(\w+\s+){0,2}(walking|strolling"
    r"|standing|sitting|resting|lying|at\s+(my\s+)?desk|doing\s+nothing|on\s+the\s+(couch|sofa))"
    r"|\b(walking|strolling|sitting|resting|doing\s+nothing)\b[^.?!]{0,60}\b(1[89]\d|2\d\d)\s*(bpm|beats)",
    _I,
)
_UNWELL = re.compile(
    r"\b(weird|funny|off|strange|odd|unwell|dizzy|faint\w*|light-?headed|woozy|not\s+right|shaky|sick|wobbly"
    r"|breathless|out\s+of\s+breath)\b",
    _I,
)
# Seeing stars, spots or sparkles on a run, ride or set, said as what keeps happening ("when I start seeing stars"):
# exertional presyncope (ESC 2020). A one-off after a max lift joked about is not.
_STARS = re.compile(
    r"\b(see|seeing|saw|get|getting)\s+(stars|spots|sparkles|black\s+spots|flashing\s+lights)\b"
    r"|\bstars\s+(come|appear|start)\b",
    _I,
)
_ENDURANCE = re.compile(
    r"\b(run|runs|running|jog\w*|ride|riding|cycl\w*|bike|swim\w*|rowing|cardio|hike|hiking|climb\w*|stairs"
    r"|intervals?|long\s+run|tempo|race|marathon|spin\w*|every\s+(time|set|run))\b",
    _I,
)
_JOKE = re.compile(r"\b(lol|haha\w*|lmao|after\s+(a|my|that)\s+(new\s+)?(pr|pb|max)|pr\b|pb\b)", _I)
# Chest pain in other words and languages: a pain "that squeezes" in the chest (FR "douleur qui serre dans la
# poitrine"), pressure, a weight, tightness; the chest word is the noun, not an exercise ("Brustpresse").
_PAIN_WORD = (
    r"(douleur|mal|pression|serrement|oppression|poids|serre|dolor|presi(ó|o)n|opresi(ó|o)n|peso|dolore|oppressione"
    r"|stringe|schmerz\w*|druck|engegef(ü|ue)hl|enge|dor|aperto|press(ã|a)o|pijn|druk|beklemm\w*|knellend\w*)"
)
_CHEST_WORD = r"(poitrine|thorax|pecho|petto|torace|brust|peito|borst)"
_CHEST_FOREIGN = re.compile(
    r"\b" + _PAIN_WORD + r"\b[^.?!]{0,30}\b" + _CHEST_WORD + r"\b(?!\s*(training|presse|muskel|spier|day|workout))"
    r"|\b" + _CHEST_WORD + r"\b\s+(qui\s+serre|que\s+aprieta|che\s+stringe|que\s+aperta|die\s+drukt|zieht\s+sich"
    r"\s+zusammen|me\s+serre|se\s+cierra|apertado|oprimido|serr(é|e)e)",
    _I,
)
_FOREIGN_EFFORT = re.compile(
    r"\b(pendant|durant|en\s+faisant|während|beim|bei\s+der|durante|mientras|mentre|tijdens|bij\s+het)\b"
    r"|\b(v(é|e)lo|course|courir|footing|laufen|joggen|radfahren|rad|correr|corriendo|bici\w*|corsa|correndo|bicicleta"
    r"|fietsen|hardlopen|rennen|treino|entrenamiento|entra(î|i)nement|allenamento|training|escaliers|treppe\w*"
    r"|escaleras|scale|escadas|trap)\b"
    r"|\b(au\s+repos|in\s+ruhe|en\s+reposo|a\s+riposo|em\s+repouso|in\s+rust)\b",
    _I,
)
# Dizzy (or light-headed) with a chest "tight in the chest": a PAR-Q user's "I'm fine now" does not end it (the
# symptoms came on exertion; ACSM's pre-participation screening: stop and see a doctor before exercising again).
_DIZZY = re.compile(r"\b(dizz\w*|light-?headed\w*|woozy|faint\w*|room\s+(was\s+)?spinning)\b", _I)
_TIGHT_CHEST = re.compile(r"\btight\s+(in|across)\s+(the|my)\s+chest\b|\bchest\s+(\w+\s+)?tight\w*\b", _I)
_BENCH = re.compile(r"\b(bench\w*|press\w*|flyes|flies|dips|push-?ups|pec\w*|doms|sore(ness)?)\b", _I)


def cardiac(text: str) -> bool:
    """Possible angina or an arrhythmia told in words the other rows do not read (see the module docstring)."""
    if _CHEST_LIKE.search(text):
        return True
    if _LEFT_ARM.search(text) and _EXERTION.search(text) and not _SORE_ARM.search(text):
        return True
    if _FAST_AT_EASE.search(text) and _UNWELL.search(text):
        return True
    if _STARS.search(text) and _ENDURANCE.search(text) and not _JOKE.search(text):
        return True
    if _CHEST_FOREIGN.search(text) and _FOREIGN_EFFORT.search(text):
        return True
    return bool(_TIGHT_CHEST.search(text) and _DIZZY.search(text) and not _BENCH.search(text))


# A head that pounds on lifting with pins and needles or numbness in an arm or the face: an exertional headache with a
# neurological sign is seen the same day (NICE CKS "Headache - assessment": new neurological deficit, headache
# triggered by exertion).
_HEAD_POUNDS = re.compile(
    r"\b(head|headache)\s+(\w+\s+)?(pound\w*|throb\w*|explod\w*|split\w*|bang\w*|kill\w*\s+me)"
    r"|\b(pounding|throbbing|splitting)\s+(head|headache)",
    _I,
)
_ARM_SIGN = re.compile(
    r"\b(pins\s+and\s+needles|tingl\w*|numb\w*)\b[^.?!]{0,30}\b(arm|arms|hand|hands|face|fingers)\b"
    r"|\b(arm|arms|hand|hands|face|fingers)\b[^.?!]{0,20}\b(pins\s+and\s+needles|tingl\w*|numb\w*)",
    _I,
)
_LIFTING = re.compile(r"\b(lift\w*|heavy|squat\w*|deadlift\w*|bench\w*|press\w*|strain\w*|set|sets|reps?)\b", _I)


def exertional_headache(text: str) -> bool:
    """A pounding headache on lifting with pins and needles or numbness in an arm, a hand or the face."""
    return bool(_HEAD_POUNDS.search(text) and _ARM_SIGN.search(text) and _LIFTING.search(text))


# --- drugs in other scripts and language mixes -----------------------------------------------------------------------

# Russian and Ukrainian letters read in Latin (by code point: U+0430-U+044F, then U+0451, U+0454, U+0456, U+0457).
_LATIN_OF = (
    "a b v g d e zh z i i k l m n o p r s t u f h ts ch sh sh - y - e yu ya".split()
)  # fmt: skip
_CYRILLIC = str.maketrans(
    {
        **{chr(0x430 + i): ("" if latin == "-" else latin) for i, latin in enumerate(_LATIN_OF)},
        chr(0x451): "e",
        chr(0x454): "e",
        chr(0x456): "i",
        chr(0x457): "i",
    }
)
_HAS_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ONE_LETTER_RUN = re.compile(r"(?<![a-z0-9])([a-z])(?:[\s.\-_*·]{1,2}([a-z])(?![a-z0-9])){2,}", _I)
# Anabolic steroids, stimulants and hormones as Russian and Ukrainian spell them, read back in Latin letters.
_CYRILLIC_DRUGS = re.compile(
    r"\b(tren(bolon\w*)?|testosteron\w*|oksandrolon\w*|anavar\w*|stanozolol\w*|vinstrol\w*|klenbuterol\w*|nandrolon\w*"
    r"|dianabol\w*|metandienon\w*|metandrostenolon\w*|turinabol\w*|boldenon\w*|masteron\w*|primobolan\w*|sustanon\w*"
    r"|efedrin\w*|ephedrin\w*|sibutramin\w*|somatotropin\w*|gormon\w*\s+rosta|dnp|steroid\w*|anabolik\w*)\b",
    _I,
)


def _joined_letters(match: re.Match[str]) -> str:
    return re.sub(r"[^a-z]", "", match.group(0), flags=_I)


def latin(text: str) -> str:
    """`text` with Cyrillic words read in Latin letters and single letters split by dashes or dots joined (the
    Cyrillic "T-R-E-N" -> "tren", "efedrin" -> "efedrin"); text without Cyrillic is returned unchanged."""
    if not _HAS_CYRILLIC.search(text):
        return text
    plain = unicodedata.normalize("NFKC", text).lower().translate(_CYRILLIC)
    return _ONE_LETTER_RUN.sub(_joined_letters, plain)


# "testo e", "test c", "testo" with a dose or a cycle word in German, Italian, English, Spanish, French, Dutch.
_TESTO_ESTER = re.compile(r"\btest(o|e)?\s*[-.]?\s*(e|c|p|enan\w*|cyp\w*|prop\w*)\b(?!\.g\.)", _I)
# "testo" alone is also Italian for a text: only with a word that doses or injects ("wie dosiere ich testo").
_TESTO = re.compile(r"\btesto\b(?!\s+booster)", _I)
_INJECTED = re.compile(
    r"\b(dos(e|es|ing|age|is|ierung|iere|ieren|aggio|is)|mg|ml|cc|cycle|ciclo|zyklus|kur|kuur|inject\w*|spritz\w*"
    r"|iniett\w*|inyect\w*|pin|pinning)\b",
    _I,
)
_DOSE_WORD = re.compile(
    r"\b(dos\w*|mg|ml|cc|per\s+(settimana|week|semana|semaine|woche)|pro\s+woche|a\s+week|weekly|a\s+la\s+semana"
    r"|por\s+semana|par\s+semaine|settimanal\w*|cycle|ciclo|zyklus|kur|kuur|cure|inject\w*|spritz\w*|iniett\w*"
    r"|inyect\w*|injec\w*|pin|pinning|first\s+(time|cycle|run)|erste[sn]?\s+mal|prima\s+volta|how\s+much|wie\s+viel"
    r"|quanto|cu(á|a)nto|combien|hoeveel)\b",
    _I,
)


def ped(text: str) -> bool:
    """A steroid, hormone or stimulant named in Cyrillic, or "testo (e)" asked with a dose or cycle word."""
    plain = latin(text)
    if plain is not text and _CYRILLIC_DRUGS.search(plain):
        return True
    if _TESTO_ESTER.search(text) and _DOSE_WORD.search(text):
        return True
    return bool(_TESTO.search(text) and _INJECTED.search(text))


# --- eating, weight and fasting --------------------------------------------------------------------------------------

_LAXATIVE = re.compile(
    r"\b(laxat\w*|laxant\w*|lassativ\w*|abf(ü|ue)hr\w*|laxeer\w*|purgant\w*|senna|s(é|e)ne|detox\s+tea|skinny\s+tea)\b",
    _I,
)
_AFTER_EATING = re.compile(
    r"\b(comer\s+demais|comi\s+demais|exagerei|compuls\w*|overate|over-?eat\w*|ate\s+too\s+much|binge\w*|atrac\w*"
    r"|trop\s+mang\w*|zu\s+viel\s+gegessen|fressattacke|abbuffat\w*|mangiato\s+troppo|comido\s+demasiado|vreetbui"
    r"|te\s+veel\s+gegeten|emagrec\w*|perder\s+peso|lose\s+weight|weight\s+loss|abnehm\w*|maigrir|dimagri\w*"
    r"|adelgaz\w*|afvallen|secar|sécher|flat\s+tummy|quantos?\b|quantas?\b|cu(á|a)nt[oa]s|wie\s+viele|combien"
    r"|quant[ie]|hoeveel|how\s+many)\b",
    _I,
)
_PER_PERIOD = re.compile(
    r"\b(por|per|pro|par|a|each|every|cada|jede[nr]?|chaque|ogni|elke)\s+(semana|week|woche|semaine|settimana|dia|d(í|i)a"
    r"|day|tag|jour|giorno|dag)\b",
    _I,
)
# Restriction said in one language and daily hours of running in another ("ik eet bijna niks meer pero sigo corriendo
# 2 horas al día"): `restrict_burn` reads each language on its own.
_RESTRICT_ANY = re.compile(
    r"\b(eet\s+(bijna|haast|vrijwel)\s+(niks|niets)|eet\s+(nauwelijks|amper|heel\s+weinig))\b"
    r"|\bje\s+(ne\s+)?mange\s+(presque|quasiment|pratiquement)\s+(plus\s+)?rien\b|\bje\s+ne\s+mange\s+(presque\s+)?plus\b"
    r"|\b(casi\s+no\s+como|apenas\s+como|no\s+como\s+(casi\s+)?nada)\b|\b(quase\s+n(ã|a)o\s+como|mal\s+como)\b"
    r"|\b(mangio\s+(pochissimo|quasi\s+niente|quasi\s+nulla)|non\s+mangio\s+quasi)\b|\besse\s+(fast\s+)?(nichts|kaum)\b"
    r"|\b(barely|hardly)\s+eat(ing)?\s+(anything|at\s+all)\b|\beat(ing)?\s+(almost|next\s+to)\s+nothing\b",
    _I,
)
_DAILY_HOURS = re.compile(
    r"\b(\d|deux|trois|two|three|zwei|drei|dos|tres|due|tre|duas|twee|drie)\s*(h|heures?|hours?|hrs?|stunden|horas|ore"
    r"|uur)\b[^.?!]{0,40}\b(par\s+jour|a\s+day|per\s+day|every\s+day|daily|al\s+d(í|i)a|cada\s+d(í|i)a|todos\s+los\s+d(í|i)as"
    r"|al\s+giorno|ogni\s+giorno|por\s+dia|todos\s+os\s+dias|pro\s+tag|jeden\s+tag|t(ä|a)glich|per\s+dag|elke\s+dag)\b"
    r"|\b(cours|courir|corro|corriendo|correndo|corro|laufe|renne|loop|ren|run|running)\b[^.?!]{0,40}\b(par\s+jour"
    r"|a\s+day|every\s+day|daily|al\s+d(í|i)a|cada\s+d(í|i)a|al\s+giorno|ogni\s+giorno|todos\s+os\s+dias|jeden\s+tag"
    r"|t(ä|a)glich|elke\s+dag)\b",
    _I,
)


def eating_disorder(text: str) -> bool:
    """Laxatives taken after overeating, for weight or by the week; or restriction with daily hours of running,
    in any language or mix of languages (NICE NG69; IOC RED-S consensus 2023)."""
    if _LAXATIVE.search(text) and (_AFTER_EATING.search(text) or _PER_PERIOD.search(text)):
        return True
    return bool(_RESTRICT_ANY.search(text) and _DAILY_HOURS.search(text))


# Days of water only (a "water fast" of 3 days or more; 48 hours) and a cut without drinking before a weigh-in or a
# fight: very low intake and dehydration (ACSM 2007 fluid replacement; IOC 2023 on rapid weight loss in combat sports).
_WATER_ONLY = re.compile(
    r"\b(s(ó|o)|apenas|solo|s(ó|o)lo|nur|que\s+de\s+l'?|seulement|alleen|only|just|nothing\s+but)\s*(à\s+|con\s+|com\s+"
    r"|mit\s+|met\s+|avec\s+de\s+l'?|con\s+l'?)?(á|a)?\s*"
    r"(água|agua|acqua|wasser|eau|water)\b"
    r"|\b(water\s*fast\w*|wasserfast\w*|je(û|u)ne\s+(hydrique|(à|a)\s+l'eau)|digiuno\s+(ad|d')\s*acqua"
    r"|ayuno\s+(de|con)\s+agua|jejum\s+(de|com)\s+(á|a)gua|waterfast\w*)",
    _I,
)
_DAYS = re.compile(
    r"\b([3-9]|[1-9]\d|tr(ê|e)s|three|drei|trois|tre|quatro|cuatro|quattro|four|vier|quatre|vijf|cinco|cinque|five"
    r"|f(ü|ue)nf|cinq|drie)\s*(dias?|d(í|i)as|days?|tage?n?|jours?|giorni|dagen)\b|\b(48|72|96)\s*(h|hours?|horas|ore"
    r"|stunden|heures|uur)\b",
    _I,
)
_NO_DRINKING = re.compile(
    r"\b(sin\s+(beber|tomar)\s+agua|sin\s+agua|sem\s+(beber\s+)?(á|a)gua|ohne\s+(zu\s+)?trinken|ohne\s+wasser"
    r"|sans\s+boire|sans\s+eau|senza\s+bere|senz'?acqua|zonder\s+(te\s+)?drinken|zonder\s+water|no\s+beb\w*"
    r"|n(ã|a)o\s+beb\w*|no\s+water|without\s+(drinking|water)|not\s+drink\w*(\s+water)?|stop\s+drinking)\b",
    _I,
)
_WEIGH_IN = re.compile(
    r"\b(weigh[- ]?in|pesaje|pesagem|wiegen|pes(é|e)e|pesata|weging|combate|combat|kampf|fight|match|luta|lucha|lotta"
    r"|kilos?|kg|bajar|perder|lose|drop|abnehmen|perdre|perdere|afvallen|make\s+weight|dar\s+el\s+peso)\b",
    _I,
)


def crash_diet(text: str) -> bool:
    """Three days or more (48 h) of water only, or a weight cut by not drinking before a weigh-in or a fight."""
    if _WATER_ONLY.search(text) and _DAYS.search(text):
        return True
    return bool(_NO_DRINKING.search(text) and _WEIGH_IN.search(text))


# --- pregnancy and the knee ------------------------------------------------------------------------------------------

_OWN_PREGNANCY = re.compile(
    r"\b(sono|estoy|je\s+suis|ich\s+bin|ik\s+ben|estou|sou)\s+(\w+\s+)?(incinta|embarazada|enceinte|schwanger|zwanger"
    r"|gr(á|a)vida)\b"
    r"|\b(incinta|embarazada|enceinte|schwanger|zwanger|gr(á|a)vida)\s+(di|de|in|van|der|da)\s+\d{1,2}\s*(settimane"
    r"|semanas|semaines|wochen|weken|ssw)\b"
    # rr14 (hAV): "Ik ben 30 weken zwanger", "ich bin in der 30. Woche schwanger"
    r"|\b(ik\s+ben|ich\s+bin|je\s+suis|estoy|sono|estou)\s+(nu\s+|jetzt\s+|in\s+der\s+)?\d{1,2}\.?\s*(weken|wochen?|semaines"
    r"|semanas|settimane)\s+(zwanger|schwanger|enceinte|embarazada|incinta|gr(á|a)vida)\b",
    _I,
)


def pregnancy(text: str) -> bool:
    """The user's own pregnancy said in Italian, Spanish, French, German, Dutch or Portuguese."""
    return _OWN_PREGNANCY.search(text) is not None


# A knee that cracked or popped in sport and is now badly swollen or unstable: an ACL tear until examined (NICE CKS
# "Knee pain - assessment": rapid swelling after a twisting injury, instability).
_KNEE = re.compile(r"\b(knie|genou|ginocchio|rodilla|joelho)\b", _I)
_POP = re.compile(
    r"\b(knack\w*|geknackt|krach\w*|gekracht|craqu\w*|crac\b|clac|schiocc\w*|crack\w*|chasquid\w*|crujid\w*|estal\w*|estouro|knak\w*"
    r"|knapt\w*|knapte|geknapt"
    r"|plop|verdreh\w*|tordu|torsi\w*|girat\w*|distors\w*|torc\w*|dobr\w*)\b",
    _I,
)
_BADLY_SWOLLEN = re.compile(
    r"\b(stark\s+)?geschwollen|\bgonfl(é|e)|\bgonfi[oa]|\bhinchad[oa]|\binchad[oa]|\bgezwollen|\bopgezwollen"
    r"|\bdik\s+geworden|\b(nu|is|erg|heel)\s+dik\b|\bopgezet|\binch(ou|ado|ada|ando)\b|\bincha\w*",
    _I,
)
_GIVES_WAY = re.compile(
    r"\binstabil\w*|\binstable|\binestable|\binst(á|a)vel|\binstabiel|\bgibt\s+nach|\bl(â|a)che\b|\bcede\b|\bzwikt"
    r"|\bfalse(a|ando|ou|ia)\b|\bfalhando|\bcedendo|\bgeeft\s+mee|\bzakt\s+door"
    r"|\bknikt",
    _I,
)
_NO_PAIN = re.compile(r"\b(ohne\s+schmerz\w*|sans\s+douleur|senza\s+dolore|sin\s+dolor|sem\s+dor|zonder\s+pijn)\b", _I)


def acute_knee(text: str) -> bool:
    """A knee that cracked or twisted and is now swollen or unstable, or both swollen and unstable (DE FR IT ES PT
    NL; `knee_signs` reads English)."""
    if not _KNEE.search(text) or _NO_PAIN.search(text):
        return False
    swollen, unstable = bool(_BADLY_SWOLLEN.search(text)), bool(_GIVES_WAY.search(text))
    return (swollen and unstable) or (bool(_POP.search(text)) and (swollen or unstable))


# --- underweight goals -----------------------------------------------------------------------------------------------

# A loss asked for without the words `inputs.wants_less` reads: "a realistic monthly loss", "which cardio burns the
# most", "my goal is 42" (a goal number below the weight told). With a BMI under 18.5 it is the underweight answer
# (WHO; NICE NG69), never a rate or a cardio plan.
_LOSS_ASK = re.compile(
    r"\b(weekly|monthly|realistic|safe|fastest|quickest)\s+(weight\s+)?loss\b|\bloss\s+(per|a|each)\s+(week|month)\b"
    r"|\bburns?\s+(the\s+)?(most|more|fastest)\b|\bburn\s+(more\s+)?(fat|calories)\b",
    _I,
)
_WEIGHT = re.compile(r"\b(?P<kg>\d{2,3}(?:[.,]\d)?)\s*(kg|kgs|kilos?)\b", _I)
_GOAL_NUMBER = re.compile(
    r"\b(goal|target|aim|want\s+to\s+(be|get\s+to|reach|hit)|get\s+(down\s+)?to|down\s+to|reach)\b(\s+(is|of|weight))?"
    r"\s+(?P<n>\d{2,3}(?:[.,]\d)?)\b(?!\s*(cm|%|min|km|reps?|days?|weeks?))",
    _I,
)


def loss_asked(text: str) -> bool:
    """A loss asked for in words or as a goal number below the weight the message gives."""
    if _LOSS_ASK.search(text):
        return True
    weight, goal = _WEIGHT.search(text), _GOAL_NUMBER.search(text)
    if weight is None or goal is None:
        return False
    return float(goal.group("n").replace(",", ".")) < float(weight.group("kg").replace(",", "."))
