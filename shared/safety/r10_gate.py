"""The R10 red team's input-gate misses (issue 15, rr10 findings B/C), kept apart so each kind stays readable.

Offline these got a generic status line and with a provider they went to it unguarded: "no quiero seguir viviendo",
disappearing "permanently" through training, hurting one's body on purpose; burning off a binge, 400 kcal a day with
two sessions, vomiting after meals, ipecac, "asking for a friend ... 300 calories"; 15 kg in a month, OMAD at 700 kcal
with hours of cardio, 6 kg over two days before a weigh-in, days of zero food, a month of shakes only; trenbolone and
oxandrolone in German and Spanish, "vitamins (wink) ... the kind you inject", 1,200 mg of caffeine pills, the lethal
dose of caffeine, a parent's Viagra before the gym. Each function is one row of `inputs._CATEGORY_RULES`; the last two
kinds get their own answers (`reply`), since the steroid refusal does not fit them.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_SELF_HARM = re.compile(
    # Spanish, Italian, Portuguese, French, German: not wanting to go on living
    r"\bno\s+quiero\s+seguir\s+(viviendo|existiendo|aqu(í|i)|en\s+este\s+mundo)|\bno\s+quiero\s+vivir\s+m(á|a)s"
    r"|\bya\s+no\s+quiero\s+vivir|\bnon\s+voglio\s+(continuare\s+a\s+|pi(ù|u)\s+)vivere|\bnon\s+voglio\s+pi(ù|u)\s+esistere"
    r"|\bn(ã|a)o\s+quero\s+(mais\s+)?(continuar\s+(a\s+)?)?viv(er|endo)|\bje\s+ne\s+veux\s+plus\s+(vivre|exister)"
    r"|\bplus\s+envie\s+de\s+vivre|\bwill\s+nicht\s+(mehr\s+)?weiterleben|\bm(ö|oe)chte\s+nicht\s+mehr\s+leben"
    # disappearing for ever
    r"|\bdesaparecer\s+para\s+(siempre|sempre)|\bdispara(î|i)tre\s+(pour\s+toujours|(à|a)\s+jamais|d(é|e)finitivement)"
    r"|\bsparire\s+per\s+sempre|\bf(ü|ue)r\s+immer\s+verschwinden"
    r"|\b(disappear|vanish)\s+(from\s+everyone|from\s+everybody|permanently|without\s+a\s+trace)"
    r"|\b(wear|burn|grind)\s+(them|me|myself|someone|him|her|my\s+body)\s+(out|down)\s+(permanently|for\s+good|forever)"
    # hurting oneself on purpose
    r"|\bhacerme\s+da(ñ|n)o|\bquiero\s+(lastimarme|herirme)|\bfarmi\s+del\s+male|\bme\s+machucar|\bme\s+ferir\b"
    r"|\bme\s+faire\s+du\s+mal|\bmir\s+selbst\s+weh\s*(zu\s+)?tun|\bmich\s+selbst\s+verletzen"
    r"|\b(hurt|harm|destroy|wreck|punish|break)\s+my\s+(own\s+)?body\s+(so\s+(badly|bad|much)|until|till|on\s+purpose)"
    r"|\b(don'?t|do\s+not)\s+want\s+to\s+(go\s+on|carry\s+on|keep\s+going)\s*([.,!?]|$|anymore|living)"
    r"|\b(keep|go\s+on|carry\s+on)\s+living\b(?!\s+(healthy|well|active|the))",
    _I,
)
# A lethal dose of caffeine or a stimulant: asked for performance it is the stimulant answer, otherwise a crisis.
_LETHAL_STIMULANT = re.compile(
    r"\b(lethal|fatal|deadly|toxic|overdose|killing)\s+(dose|amount|level|quantity)\s+(of\s+)?(caffeine|pre-?workouts?"
    r"|energy\s+drinks?|caffeine\s+(pills|tablets)|no-?doz|ephedrine)"
    r"|\b(caffeine|pre-?workouts?|energy\s+drinks?)\b[^.?!]{0,40}\b(would|could|to)\s+(kill|be\s+(lethal|fatal|deadly))",
    _I,
)
_FOR_PERFORMANCE = re.compile(
    r"\b(performance|perform|workouts?|training|train|gym|lift\w*|pre-?workout|session|pump|energy|how\s+close|pr\b)",
    _I,
)

_EATING_DISORDER = re.compile(
    r"\bburn\w*\s+off\s+(a|the|my|that|this|last\s+night'?s)\s+(\w+\s+)?binge|\bbinge\b[^.?!]{0,60}\b(undo|cancel\s+out"
    r"|burn\s+(it\s+)?off|work\s+(it\s+)?off)|\bundo\s+(it|the\s+binge|what\s+i\s+ate|the\s+damage)\s+today"
    r"|\bipecac\w*"
    # (habitual, not "vomité después de comer" once before a run)
    r"|\bvomit(o|amos|as|a|an|ar|iamo|are)\s+(despu(é|e)s\s+de|tras|depois\s+de|dopo)\s+(comer|cada\s+comida|las"
    r"\s+comidas|mangiare|(aver\s+)?mangiato|i\s+pasti|as\s+refei(ç|c)(õ|o)es)"
    r"|\bvomi(s|t|ssons|r)\s+apr(è|e)s\s+(les\s+repas|avoir\s+mang(é|e)|manger|chaque\s+repas)"
    r"|\b(erbreche|(ü|ue)bergebe|kotze)\s+(mich\s+)?nach\s+(dem|jedem)\s+essen|\bnach\s+dem\s+essen\s+(erbreche|(ü|ue)bergebe"
    r"|kotze)"
    r"|\bhow\s+little\s+(can|could|should|do|does)\s+(\w+\s+){0,3}eat\b"
    r"|\basking\s+for\s+a\s+friend\b[^?]{0,100}(?<![\d,.])[1-9]\d{2}\s*(k?cals?|calories)\b",
    _I,
)
# Under 1,000 kcal a day said in another language ("nur 400 kcal am Tag", "solo 600 calorías al día").
_LOW_KCAL_ELSEWHERE = re.compile(
    r"(?<![\d,.])[1-9]\d{2}\s*(kcal|kalorien|calor(í|i)as|calories|calorie)\s+(am|pro|al|por|par|a|il)\s+"
    r"(tag|d(í|i)a|jour|giorno)\b",
    _I,
)
_TWICE_A_DAY = re.compile(
    r"\bzweimal\s+(t(ä|ae)glich|am\s+tag)|\bdos\s+veces\s+al\s+d(í|i)a|\bdeux\s+fois\s+par\s+jour|\bdue\s+volte\s+al"
    r"\s+giorno|\bduas\s+vezes\s+(por|ao)\s+dia|\babnehmen|\badelgazar|\bmaigrir|\bdimagrire|\bemagrecer|\bbajar\s+de\s+peso",
    _I,
)

_LOW_KCAL = r"(?<![\d,.])[1-9]\d{2}\s*(k?cals?|calories)\b"
_CRASH = re.compile(
    r"\b(omad|one\s+meal\s+a\s+day)\b[^.?!]{0,40}"
    + _LOW_KCAL
    + r"|"
    + _LOW_KCAL
    + r"[^.?!]{0,60}\b(\d|two|three|four)\s+"
    r"(hours?|hrs?)\s+(of\s+)?cardio"
    r"|\bdays?\s+(with\s+|of\s+)?(zero|no)\s+(food|eating|calories)\b|\b(zero|no)[- ]food\s+days\b"
    r"|\b(zero|no)\s+(food|eating|calories)\s+(for\s+)?(\d+|two|three|four|five|several|a\s+few)\s+days\b"
    r"|\b(only|just|nothing\s+but)\s+(drink\w*\s+|have\s+|having\s+|live\s+on\s+)?(protein\s+)?shakes\b[^.?!]{0,40}\bfor\s+"
    r"(a|one|two|three|\d+)\s+(weeks?|months?)"
    r"|\bfor\s+(a|one|two|three|\d+)\s+(weeks?|months?)\b[^.?!]{0,40}\b(only|just|nothing\s+but)\s+(drink\w*\s+)?"
    r"(protein\s+)?shakes\b"
    r"|\bstop\s+eating\b[^.?!]{0,40}\b(entirely|completely)\b[^.?!]{0,60}\bshakes\b",
    _I,
)
_WEIGH_IN = re.compile(r"\bweigh[- ]?ins?\b|\bmake\s+weight\b|\bpesaje\b|\bpes(é|e)e\b|\bwiegen\b", _I)
_OVER = re.compile(
    r"\b(\d+(\.\d+)?)\s*(kg|kgs|kilos?|lbs?|pounds)\s+(over|heavy|too\s+heavy|to\s+(drop|cut|lose|shed))\b", _I
)
_SOON = re.compile(r"\b(in|within)\s+(\d|one|two|three|a\s+couple\s+of|a\s+few)\s+days?\b|\btomorrow\b|\b48\s*h", _I)
_MONTHS = re.compile(
    r"\b(bajar|perder|adelgazar|perdere|dimagrire|maigrir\s+de|perdre|emagrecer|abnehmen|verlieren)\s+(?P<kg>\d+(\.\d+)?)"
    r"\s*(kg|kilos?|chili|quilos?)\s+(en|in|em|dans)\s+(?P<n>\d+|una?|um|uma|un|une|einem|einen|zwei|dos|due|deux|dois)"
    r"\s+(mes(es)?|mesi|mese|mois|monat(en)?|monate|months?)\b"
    r"|\b(?P<kg2>\d+(\.\d+)?)\s*(kg|kilos?)\s+in\s+(?P<n2>\d+|einem|zwei)\s+(monat(en)?|monate)\s+(abnehmen|verlieren|runter)",
    _I,
)

_PED = re.compile(
    r"\btrenbolon(e|a)?\b|\boxandrol\w*|\bnandrolona\b|\bestanozolol\b|\bmetandienona\b|\btestosterona\s+(enantato|cipionato)"
    r"|['\"\u2018\u2019\u201c\u201d]vitamins?['\"\u2018\u2019\u201c\u201d][^?]{0,60}\b(grow|gains|mass|bulk|inject\w*|wink)"
    r"|\bwink\b[^?]{0,60}\b(grow|gains|mass|bulk|inject\w*)|\b(kind|sort|type)\s+(you|that\s+you|people)\s+inject\b",
    _I,
)
_CAFFEINE = re.compile(r"\bcaffeine|\bno-?doz|\bpro\s*plus|\bkoffein|\bcafe(í|i)na", _I)
_PILLS_MG = re.compile(
    r"\b(?P<n>\d+|two|three|four|five|six|seven|eight|ten)\s+(caffeine\s+)?(pills|tablets|tabs|caps|capsules)\s+(of\s+)?"
    r"(?P<mg>\d{2,3})\s*mg\b|(?<![\d,.])(?P<total>\d{3,4})\s*mg\s+(of\s+)?caffeine\b(?!\s+(pills?|tablets?|tabs|caps))"
    r"|\b(?P<n2>\d+|two|three|four|five|six|seven|eight|ten)\s+(?P<mg2>\d{2,3})\s*mg\s+(caffeine\s+)?(pills|tablets|tabs"
    r"|caps|capsules)\b",
    _I,
)
_MAX_CAFFEINE = re.compile(r"\b(max(imum)?|most|highest)\s+(dose|amount)\s+of\s+caffeine\s+(pills|tablets)", _I)
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "ten": 10}
_BORROWED = re.compile(
    r"\b(dad|father|mum|mom|mother|brother|sister|friend|partner|husband|wife|grandpa|grandad|roommate|flatmate"
    r"|boyfriend|girlfriend|uncle|mate|buddy)('|\u2019)?s\s+(viagra|cialis|sildenafil|tadalafil|adderall|ritalin"
    r"|vyvanse|modafinil|prescription|meds|medication|medicine|pills|tablets|inhaler|beta[- ]?blockers?)",
    _I,
)
_DRUG = r"(viagra|cialis|sildenafil|tadalafil|adderall|ritalin|modafinil)"
_TO_TRAIN = re.compile(
    r"\b" + _DRUG + r"\b[^.?!]{0,60}\b(gym|pump|workout|training|lift\w*|pre-?workout)"
    r"|\b(gym|pump|workout|training|pre-?workout)\b[^.?!]{0,60}\b" + _DRUG + r"\b",
    _I,
)
_OWN_PRESCRIPTION = re.compile(
    r"\b(prescribed|my\s+(doctor|gp|urologist|psychiatrist|prescription)|diagnosed|for\s+my\s+(adhd|ed|pah|prostate))\b",
    _I,
)

STIMULANT = (
    "Please don't go near that amount. For healthy adults about 400 mg of caffeine a day in total (around 200 mg at "
    "once, about 3 mg per kg of body weight) is the ceiling, counting coffee, pre-workout and energy drinks; several "
    "200 mg pills at once is far above it and can bring a racing or irregular heartbeat, vomiting, seizures and, in "
    "large amounts, death, with no performance gain beyond about 3-6 mg per kg. Caffeine pills and powders make "
    "overdoses easy. If you have already taken too much and feel your heart racing, chest pain, faintness or "
    "confusion, call your local emergency number (911, 999, 112) or a poison centre now. If part of you is asking "
    "because you want to harm yourself, please talk to someone now: 988 in the US, Samaritans on 116 123 in the UK "
    "and Ireland, or findahelpline.com elsewhere. Sleep, food and your plan do more for your training than more "
    "stimulant."
)
BORROWED_MEDICINE = (
    "Please don't take a prescription medicine that wasn't prescribed for you, least of all to train on. Viagra, "
    "Cialis and stimulants like Adderall are prescribed after a doctor checks the heart, blood pressure and other "
    "medicines: with exercise they can drop or spike blood pressure, cause faintness, headaches or heart rhythm "
    "problems, and they are dangerous with nitrates and some blood pressure drugs. They don't build muscle. If you "
    "have chest pain, an erection lasting over 4 hours or feel faint after taking one, get emergency care (911, 999, "
    "112). If you think a medicine could help you, talk to your own doctor. For a better pump: enough carbohydrate "
    "and water, and higher-rep sets."
)


# rr15 (hAY): "how many puffs of my mum's inhaler" got the erectile-drug text. A borrowed inhaler is a breathing
# question: no diagnosis, not another person's medicine, a doctor to test it (BTS/SIGN asthma guideline: diagnosis by
# objective tests; exercise breathlessness has other causes, the heart among them).
_INHALER = re.compile(r"\b(inhalers?|puffers?|puffs?|salbutamol|albuterol|ventolin|symbicort|seretide)\b", _I)
_BORROWED_INHALER = re.compile(  # "my girlfriend's Ventolin inhaler", "my sister's blue puffer"
    r"\b(dad|father|mum|mom|mother|brother|sister|friend|partner|husband|wife|roommate|flatmate|boyfriend|girlfriend"
    r"|mate|buddy|son|daughter|kid|teammate)('|\u2019)?s\s+(\w+\s+){0,2}(inhalers?|puffers?|salbutamol|albuterol|ventolin"
    r"|symbicort|seretide)\b|\b(borrow\w*|use|using|take|taking)\s+(an?\s+)?(\w+\s+)?(someone\s+else'?s|somebody\s+else'?s"
    r"|other\s+people'?s)\s+(\w+\s+)?(inhaler|puffer)",
    _I,
)
_OWN_ASTHMA = re.compile(r"\b(i'?ve\s+got|i\s+have|i\s+got|my)\s+(\w+\s+)?asthma\b|\basthmatic\b", _I)
BORROWED_INHALER = (
    "I can't tell you whether you have exercise-induced asthma, and please don't use someone else's inhaler: the "
    "medicine and the number of puffs are set for the person it was prescribed for, and breathlessness in exercise "
    "has other causes a doctor should rule out, the heart among them. Please see your GP or a doctor: they can test "
    "your breathing (spirometry or an exercise test) and, if it is asthma, prescribe your own inhaler and show you "
    "how to use it. If you are struggling to breathe, can't speak in full sentences, your lips turn blue or it doesn't "
    "settle with rest, call your local emergency number (911, 999, 112) now. Until you've been seen, keep sessions "
    "easy enough to talk through and stop if you get wheezy or tight."
)


def _caffeine_overdose(text: str) -> bool:
    if not _CAFFEINE.search(text):
        return False
    if _MAX_CAFFEINE.search(text):
        return True
    for m in _PILLS_MG.finditer(text):
        if m.group("total"):
            total = int(m.group("total"))
        else:
            n = (m.group("n") or m.group("n2")).lower()
            total = (int(n) if n.isdigit() else _WORDS[n]) * int(m.group("mg") or m.group("mg2"))
        if total > 400:
            return True
    return False


def stimulant_overdose(text: str) -> bool:
    """Caffeine far past the daily ceiling at once, or its lethal dose asked for performance."""
    lethal = _LETHAL_STIMULANT.search(text) is not None
    return _caffeine_overdose(text) or (lethal and _FOR_PERFORMANCE.search(text) is not None)


def borrowed_medicine(text: str) -> bool:
    """Someone else's prescription, or an erectile or ADHD drug, taken to train."""
    if _BORROWED.search(text) or (_BORROWED_INHALER.search(text) and not _OWN_ASTHMA.search(text)):
        return True  # one's own asthma told with a mate's steroid inhaler stays the medicines answer (R3)
    return _TO_TRAIN.search(text) is not None and not _OWN_PRESCRIPTION.search(text)


def self_harm(text: str) -> bool:
    """Not wanting to go on living, disappearing for good or hurting one's body on purpose, in several languages."""
    if _SELF_HARM.search(text):
        return True
    return _LETHAL_STIMULANT.search(text) is not None and not _FOR_PERFORMANCE.search(text)


def eating_disorder(text: str) -> bool:
    """Compensating for a binge, purging after meals or with ipecac, or eating almost nothing."""
    if _EATING_DISORDER.search(text):
        return True
    return _LOW_KCAL_ELSEWHERE.search(text) is not None and _TWICE_A_DAY.search(text) is not None


def _months(text: str) -> bool:
    for m in _MONTHS.finditer(text):
        n = m.group("n") or m.group("n2")
        months = int(n) if n.isdigit() else (2 if n.lower() in ("zwei", "dos", "due", "deux", "dois") else 1)
        if float(m.group("kg") or m.group("kg2")) / (months * 4.3) > 1.0:
            return True
    return False


def crash_diet(text: str) -> bool:
    """Near-starvation with hours of cardio, days of no food, shakes only, several kg in days for a weigh-in or more
    than about 1 kg a week over months in another language."""
    if _CRASH.search(text) or _months(text):
        return True
    return bool(_WEIGH_IN.search(text) and _OVER.search(text) and _SOON.search(text))


def ped(text: str) -> bool:
    """Steroids in German or Spanish spelling, injected "vitamins", a caffeine overdose or a borrowed prescription."""
    return _PED.search(text) is not None or stimulant_overdose(text) or borrowed_medicine(text)


def reply(text: str) -> str | None:
    """The answer for a stimulant overdose or a borrowed medicine, or None for the steroid refusal."""
    if stimulant_overdose(text):
        return STIMULANT
    if borrowed_medicine(text):
        return BORROWED_INHALER if _INHALER.search(text) else BORROWED_MEDICINE
    return None
