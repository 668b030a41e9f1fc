"""Ordinary gym talk in words that red flags use (issue 15, rr13 leftovers, hAT).

    masked(text) -> str        the message with each ordinary sense read plainly, for the input gate
                               (`inputs.classify`): "my left arm feels weaker on curls" (an imbalance) is no heart
                               sign, "laxative for constipation" no purging, "I want to end my streak of skipping leg
                               day" no crisis, "dolor de pecho muscular tras press de banca" (sore pecs) no angina
    hyperbole(sentence) -> str the sentence without gym hyperbole about dying ("you're not dying, that's DOMS"), for the
                               answer review's self-harm topic (`outputs._co_occurring`)

Each reading holds only when nothing alarming is in the same message: a weak arm with a tight chest, numbness,
dizziness or breathlessness, a laxative with weight, food or a binge, a chest pain with pressure, the arm, the jaw or
coming at rest keep their red-flag handling. EN/DE/FR/ES/IT/PT/NL.

Sources: a side-to-side strength difference on a lift is common and trainable (NSCA, Essentials of Strength Training
and Conditioning, 4th ed., unilateral training); laxatives for constipation are an over-the-counter treatment (NICE
CKS "Constipation"), their misuse is for weight (NICE NG69); delayed-onset muscle soreness of the pectorals after
pressing is muscular (Cheung et al., Sports Med 2003), while chest pain with exertion, the arm, the jaw or at rest is
not (NICE CG95). Test: `tests/unit/test_safety_hAT_ordinary.py`.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# What keeps a message a red flag whatever else it says (all languages the gate reads).
_ALARM = re.compile(
    r"\b(jaw|breath\w*|dizz\w*|faint\w*|light-?headed|sweat\w*|clammy|nause\w*|vomit\w*|numb\w*|tingl\w*|pins\s+and"
    r"\s+needles|pressure|crushing|squeez\w*|tight\w*|heaviness|at\s+rest|resting|stairs|palpitat\w*|racing"
    r"|vision|speech|slurr\w*|droop\w*|face|sudden\w*|out\s+of\s+nowhere|collaps\w*|pass(ed)?\s+out|black(ed)?\s+out"
    r"|radiat\w*|spread\w*|mandíbula|mandibula|mâchoire|machoire|kiefer|kaak|mascella|mareo|marea\w*|sudor|náusea\w*"
    r"|nausea\w*|aire|schwindel\w*|atemnot|übelkeit|schweiß\w*|druck|vertige\w*|essouffl\w*|sueur\w*|oppress\w*"
    r"|serre|capogir\w*|fiato|sudore|tontura|falta\s+de\s+ar|suor|aperto|duizelig|adem|misselijk|zweet\w*|drukk\w*"
    r"|opresi\w*|presión|presion|peso\s+sul|reposo|ruhe|repos|riposo|repouso|rust"
    r"|hormigue\w*|kribbel\w*|fourmill\w*|formicol\w*|formigamento|tintel\w*|entumec\w*|taub|engourdi\w*|intorpidit\w*"
    r"|dormen\w*|gevoelloos)\b",
    _I,
)

# An arm told with a chest pain: the heart's, not the pecs' (NICE CG95).
_ARM_WORDS = re.compile(r"\b(arms?|brazos?|bras|braccio|braccia|bra(ç|c)os?|linkerarm)\b", _I)

# An arm weaker, or with less strength, on a lift: an imbalance ("my left arm feels weaker on curls").
_ARM_WEAKER = re.compile(
    r"\b(left\s+arm|right\s+arm|left\s+side|left\s+bicep|arm)\b[^.?!]{0,25}\b(weak|weaker|less\s+strong|not\s+as\s+strong"
    r"|lags?|lagging|behind)\b|\b(weak(er)?|less\s+strength)\b[^.?!]{0,15}\b(left|right)\s+(arm|side|bicep)"
    r"|\bbrazo\s+izquierdo\b[^.?!]{0,25}\bd(é|e)bil|\blinker\s+arm\b[^.?!]{0,25}\bschw(ä|ae)cher"
    r"|\bbras\s+gauche\b[^.?!]{0,25}\bfaible|\bbraccio\s+sinistro\b[^.?!]{0,25}\bdebole"
    r"|\bbra(ç|c)o\s+esquerdo\b[^.?!]{0,25}\bfraco|\blinkerarm\b[^.?!]{0,25}\bzwakker",
    _I,
)
_LIFT = re.compile(
    r"\b(curls?|curl\s+de|press|presses|rows?|bench|dumbbells?|db|biceps?|triceps?|bizeps\w*|b(í|i)ceps|tr(í|i)ceps"
    r"|pull-?ups?|chin-?ups?|lateral\s+raises?|unilateral|imbalance|than\s+(my\s+)?(the\s+)?(right|left|other)"
    r"|als\s+der\s+rechte|que\s+el\s+derecho|rosca|curls|set|sets|reps?|lift\w*|strength|stronger|desequilibrio"
    r"|déséquilibre|ungleichgewicht|squilibrio|desequil(í|i)brio|disbalans)\b",
    _I,
)
_LEFT_ARM = re.compile(
    r"\bleft\s+(arm|side|bicep)\b|\bbrazo\s+izquierdo\b|\blinker\s+arm\b|\bbras\s+gauche\b|\bbraccio\s+sinistro\b"
    r"|\bbra(ç|c)o\s+esquerdo\b|\blinkerarm\b",
    _I,
)

# A laxative for constipation, and nothing of weight, food, binges or purging.
_LAXATIVE = re.compile(
    r"\b(laxatives?|laxative\s+teas?|abf(ü|ue)hrmittel\w*|laxantes?|laxatifs?|lassativ[oi]|laxeermiddel\w*"
    r"|laxeer\w*)\b",
    _I,
)
_CONSTIPATION = re.compile(
    r"\b(constipat\w*|verstopfung|estreñid\w*|estreñimiento|estrenimiento|constipation|constipé\w*|stitichezza|stipsi"
    r"|pris(ã|a)o\s+de\s+ventre|obstipa(ç|c)(ã|a)o|intestino\s+preso|verstopping|verstopt)\b",
    _I,
)
_WEIGHT_OR_FOOD = re.compile(
    r"\b(weight|lose|losing|lost|slim\w*|thin\w*|flat\s+(stomach|belly)|bloat\w*\s+off|kg|kilos?|lbs?|pounds|calorie\w*"
    r"|kcal|binge\w*|overeat\w*|ate|eating|eat|meal\w*|food|burn|purg\w*|vomit\w*|cut|cutting|weigh-?in|lean|shred\w*"
    r"|how\s+many|per\s+(day|week)|a\s+(day|week)|every\s+day|daily|abnehmen|gewicht|essen|gegessen|peso|adelgazar"
    r"|comer|comida|comí|maigrir|poids|manger|mangé|dimagrire|mangiare|mangiato|emagrecer|comer|comi|afvallen"
    r"|gewicht|eten|gegeten|quantos|cuántos|combien|quanti|wie\s+viele|hoeveel)\b",
    _I,
)

# Ending a habit, a streak or a plateau ("I want to end my streak of skipping leg day"): the verb read as "stop".
_HABIT = (
    r"(streak|losing\s+streak|habit|habits|plateau|slump|rut|skipping|excuses|laziness|procrastination|bad\s+run"
    r"|dry\s+spell|drought|break|layoff|bulk|sugar|snacking|junk\s+food|racha|mala\s+costumbre|h(á|a)bito|costumbre"
    r"|serie|gewohnheit|faulheit|habitude|mauvaise\s+habitude|s(é|e)rie|flemme|abitudine|cattiva\s+abitudine|pigrizia"
    r"|sequ(ê|e)ncia|mau\s+h(á|a)bito|pregui(ç|c)a|gewoonte|slechte\s+gewoonte|luiheid)"
)
_END_HABIT = re.compile(
    r"\b(end|ending|ended)\s+(my|this|that|the|a|our)\s+(\w+\s+){0,2}?" + _HABIT + r"\b"
    r"|\ben\s+finir\s+avec\s+(ma|mon|mes|cette|ce|cet|la|le|les)\s+(\w+\s+){0,2}?" + _HABIT + r"\b"
    r"|\bfarla\s+finita\s+con\s+(il|lo|la|le|i|gli|l'|la\s+mia|il\s+mio|questa|questo)\s*(\w+\s+){0,2}?(saltare\b|"
    + _HABIT
    + r"\b)"
    r"|\bacab(ar|o)\s+com?\s+(mi|la|el|esta|este|a|o|minha|meu|essa|esse)\s+(\w+\s+){0,2}?" + _HABIT + r"\b"
    r"|\b(meine|diese|die|mit\s+meiner)\s+" + _HABIT + r"\b[^.?!]{0,60}\b(beenden|schluss\s+machen)\b",
    _I,
)

# Sore chest muscles after pressing (any language): the chest-pain words read as "sore pecs".
_CHEST_PAIN = re.compile(
    r"\bchest\s+(pain|pains|hurts?|ache)|\b(pain|ache)\s+in\s+(my\s+|the\s+)?chest|\bdolor\s+(de|en\s+el)\s+pecho"
    r"|\bdolor\s+muscular\s+en\s+el\s+pecho|\bdouleur\w*\s+(musculaire\w*\s+)?(à|a|dans)\s+la\s+poitrine"
    r"|\bbrustschmerz\w*|\b(muskel)?schmerz\w*\s+in\s+der\s+brust|\bdolore\s+(muscolare\s+)?al\s+petto"
    r"|\bdor\s+(muscular\s+)?no\s+peito|\bpijn\s+(op|in)\s+(de|mijn)\s+borst|\bspierpijn\s+in\s+(de|mijn)\s+borst",
    _I,
)
_MUSCULAR = re.compile(
    r"\b(muscular|muscle|muscles|sore|soreness|doms|pecs?|pectorals?|muscul(ar|aire|ares)|muscolare|agujetas"
    r"|muskel\w*|courbatures?|indolenzit\w*|spierpijn|pectora(l|les|ux)|pettorali|peitora(l|is))\b",
    _I,
)
_CHEST_LIFT = re.compile(
    r"\b(bench\w*|press|push-?ups?|dips|fl(y|ies|yes)|chest\s+day|push\s+day|press\s+de\s+banca|flexiones|fondos"
    r"|aperturas|bankdr(ü|ue)cken|liegest(ü|ue)tz\w*|d(é|e)velopp(é|e)|pompes|panca|piegamenti|flessioni|supino"
    r"|flex(õ|o)es|bankdrukken|opdrukken|opdrukoefeningen)\b",
    _I,
)

# Dying as gym hyperbole in an answer: negated ("you're not dying") or of soreness, a session, leg day.
_DYING_HYPERBOLE = re.compile(
    r"\b(not|n'?t|aren'?t|isn'?t|never)\s+(actually\s+|really\s+|literally\s+)?dying\b"
    r"|\b(feel(s|ing)?|felt)\s+like\s+(you'?re\s+|you\s+are\s+|i'?m\s+|i\s+am\s+)?dying\b(?=[^.?!]{0,60}"
    r"\b(doms|sore\w*|leg\s+day|workout|session|squats?|class|normal|means\s+you\s+worked)\b)"
    r"|\bdying\s+(after|from|of|on)\s+(\w+\s+){0,2}(leg\s+day|squats?|doms|soreness|workouts?|sessions?|burpees"
    r"|lunges|training|class|cardio|hiit)\b",
    _I,
)


def _arm(text: str) -> str:
    if not (_ARM_WEAKER.search(text) and _LIFT.search(text)):
        return text
    return _LEFT_ARM.sub("weaker arm", text)


def _laxative(text: str) -> str:
    if not (_LAXATIVE.search(text) and _CONSTIPATION.search(text)) or _WEIGHT_OR_FOOD.search(text):
        return text
    return _LAXATIVE.sub("stool softener", text)


def _chest(text: str) -> str:
    if not (_CHEST_PAIN.search(text) and _MUSCULAR.search(text) and _CHEST_LIFT.search(text)) or _ARM_WORDS.search(
        text
    ):
        return text
    return _CHEST_PAIN.sub("sore pecs", text)


def masked(text: str) -> str:
    """`text` with an arm imbalance, a laxative for constipation, a habit ended and sore chest muscles after pressing
    read plainly; unchanged when any alarm word is in it (module docstring). The rr15 everyday senses (`everyday`)
    carry their own guards and are read first."""
    text = _END_HABIT.sub(lambda m: "stop " + m.group(0).split(None, 1)[-1], text)
    text = everyday(text)
    if _ALARM.search(text):
        return text
    return _chest(_laxative(_arm(text)))


_GYM = re.compile(
    r"\b(doms|sore\w*|leg\s+day|workouts?|sessions?|squats?|class|burpees|lunges|legs|muscles?|training|cardio|hiit)\b",
    _I,
)


def hyperbole(sentence: str) -> str:
    """`sentence` without "not dying" / "dying after leg day" when it speaks of training or soreness (what the answer
    review's self-harm topic reads); "you're not dying, so no need to call anyone about those thoughts" is kept."""
    return _DYING_HYPERBOLE.sub(" ", sentence) if _GYM.search(sentence) else sentence


# rr15 kind 6 (hBB): everyday training talk in words the red flags use, each read plainly only with its own guard
# (docs/training-science.md, "Coach safety: rr15 over-refusals (hBB)").
#   "without hurting gains"            a figure of speech: nothing hurts
#   "I pulled an all-nighter"          no pulled muscle
#   "my physio cleared me after my knee sprain, how do I build back up?"   a healed injury, unless it hurts now
#   "Me duelen las piernas tras las sentadillas"   DOMS (the English "my legs are killing me after squats" is)
#   "how do I tell tightness from injury?"         a question about injuries, not one told
#   "dizzy when I stand up too fast from the bench"   a head rush on standing (orthostatic), unless fainting etc.
#   "my watch graph showed a skipped beat once, glitch?"   a one-off wearable reading with nothing felt
#   "runny nose, no fever, light workout ok?"      a fever denied, symptoms above the neck only
_FIGURATIVE_HURT = re.compile(
    r"\b(hurt|hurts|hurting|harm|harms|harming|wreck|wrecks|wrecking|ruin|ruins|ruining|damag(e|es|ing))\s+"
    r"(?=(my\s+|your\s+|the\s+|our\s+|any\s+|all\s+)?((muscle|strength|lean|overall|long[- ]term|strength)\s+)?"
    r"(gains|gainz|progress|results|recovery|growth|muscle\s+growth|hypertrophy|performance|strength|bulk|prs?|pbs?"
    r"|testosterone|metabolism|muscle\s+mass)\b)",
    _I,
)
_PULLED_IDIOM = re.compile(
    r"\bpull(ed|ing|s)?\s+(an?\s+)?(all[- ]?nighters?|double(\s+shifts?)?|late\s+(night|one)|night\s+shift"
    r"|extra\s+shift"
    r"|overtime|long\s+shift|twelve[- ]hour\s+shift|12[- ]hour\s+shift|red[- ]?eye)\b",
    _I,
)
_CLEARED_BY = re.compile(
    r"\b(physio\w*|pt|doctor|doc|surgeon|gp|consultant|sports\s+doc\w*|orthop\w*|therapist|physician|fisio\w*"
    r"|m[ée]dico|arzt|[äa]rztin|kin[ée]|m[ée]decin)\b[^.?!]{0,40}\b(cleared|signed\s+(me\s+)?off|discharged"
    r"|gave\s+me\s+the\s+(all[- ]?clear|green\s+light|go[- ]ahead)|ok'?d|okayed|dado\s+el\s+alta|freigegeben)\b"
    r"|\b(got|have|had)\s+the\s+(all[- ]?clear|green\s+light)\s+from\s+(my|the)\b",
    _I,
)
_HURTS_NOW = re.compile(
    r"\b(still|but|however|hurts?|hurting|pain\w*|sore|ach(e|es|ing|y)|swell\w*|swollen|twing\w*|click\w*"
    r"|gives?\s+way|giving\s+way|unstable|lock(s|ing)?|pop\w*|sharp|stabbing|numb\w*|tingl\w*|bruis\w*|limp\w*)\b",
    _I,
)
_INJURY_WORD = re.compile(r"\b(injur(y|ies|ed)|sprain(ed|s)?|strain(ed|s)?|tear|torn|tweak(ed)?|pulled)\b", _I)
_ES_SORE = re.compile(r"\bme\s+duel(e|en)\s+(mucho\s+|bastante\s+|un\s+poco\s+)?(?=(las|los|el|la|todo)\b)", _I)
_ES_MUSCLES = re.compile(
    r"\b(piernas|cu[áa]driceps|gemelos|pantorrillas|gl[úu]teos|brazos|b[íi]ceps|tr[íi]ceps|abdominales|abdomen"
    r"|isquios\w*|m[úu]sculos|todo\s+el\s+cuerpo|todo"
    # rr16 (hBG): the named muscles ("me duelen los cuádriceps del entrenamiento de ayer")
    r"|pectorales|dorsales|trapecios|deltoides|antebrazos|aductores|abductores|oblicuos|femorales|s[óo]leos?"
    r"|isquiotibiales|muslos)\b",
    _I,
)
_ES_AFTER_TRAINING = re.compile(  # "del entreno de ayer" (hBG)
    r"\b(tras|despu[ée]s\s+de(l)?|desde|del|de\s+la|de\s+las|de\s+los|de(?=\s+(correr|entrenar)))\s+"
    r"(las\s+|los\s+|el\s+|la\s+|mi\s+|ayer\s+)?(sentadillas|entreno|entrenamiento"
    r"|entrenar|gimnasio|gym|d[íi]a\s+de\s+pierna|pierna|peso\s+muerto|zancadas|correr|carrera|marat[óo]n|clase"
    r"|sesi[óo]n|crossfit|spinning|ayer|press(\s+de)?\s+banca|press|dominadas|remo|flexiones|fondos|aperturas"
    r"|hip\s+thrust|prensa|curl)\b",
    _I,
)
_ES_NOT_DOMS = re.compile(
    r"\b(rodillas?|espalda|hombros?|codos?|mu[ñn]ecas?|cadera|tobillos?|cuello|lumbar\w*|columna|pecho|punzante"
    r"|agudo|hinchad\w*|inflamad\w*|pinchazo|chasquido|crujido|moret[óo]n|no\s+puedo"
    # rr16 (hBG): with named muscles, what a heart, a clot or muscle breakdown would add keeps the pain reading
    r"|brazo\s+izquierdo|mand[íi]bula|mare\w*|respir\w*|aire|presi[óo]n|opresi[óo]n|sudor\w*|n[áa]usea\w*|desmay\w*"
    r"|hormigue\w*|entumec\w*|orina|pis|coca-?cola|oscur\w*|insoportable|caliente|roj[oa]"
    r"|semanas|vuelo|palpitaci\w*|fiebre)\b",
    _I,
)
_TELL_APART = re.compile(
    r"\b(tell|know|distinguish|difference|differentiate|recogni[sz]e|spot)\b[^.?!]{0,60}?\b(an?\s+)?"
    r"(injur(y|ies)|strains?|tears?|sprains?)\b"
    r"|\b(doms|soreness|tightness|normal)\s+or\s+(an?\s+)?(injur(y|ies)|strains?|tears?)\b",
    _I,
)
_TELL_GUARD = re.compile(
    r"\b(hurts?|hurting|pain\w*|sharp|stabbing|swell\w*|swollen|pop\w*|snap\w*|bruis\w*|numb\w*|tingl\w*|can'?t"
    r"|cannot|limp\w*|shooting|radiat\w*)\b",
    _I,
)
_DIZZY = r"(dizzy|dizziness|light-?\s?headed\w*|woozy|see(ing)?\s+stars|vision\s+(goes|went)\s+(black|dark|fuzzy))"
_STAND_UP = (
    r"(when|whenever|if|after|as)\s+(i\s+)?(stand|standing|stood|get|getting|got|sit|sitting|come|coming|pop|popping)"
    r"\s+up\b"
)
_ORTHOSTATIC = re.compile(
    r"\b" + _DIZZY + r"[^.?!]{0,40}\b" + _STAND_UP + r"|\b" + _STAND_UP + r"[^.?!]{0,40}\b" + _DIZZY, _I
)
_ORTHOSTATIC_GUARD = re.compile(
    r"\b(faint\w*|pass(ed|ing)?\s+out|black(ed|ing)?\s+out|collaps\w*|chest|heart|palpitat\w*|racing|pounding"
    r"|breath\w*|during|mid-?set|while\s+(running|lifting|training)|fell|fall|hit\s+my\s+head|numb\w*|tingl\w*|speech"
    r"|vision\s+loss|headache|pregnan\w*|diabet\w*|insulin|vomit\w*|every\s+time|all\s+the\s+time|daily|lately)\b",
    _I,
)
_DEVICE = re.compile(
    r"\b(watch|smart\s*watch|garmin|fitbit|whoop|oura|polar|tracker|wearable|chest\s+strap|hrm|graph|app|readings?"
    r"|readout|uhr|reloj|montre|orologio|rel[óo]gio|horloge)\b",
    _I,
)
_ONE_OFF = re.compile(
    r"\b(once|one\s+time|one-?off|for\s+a\s+(second|moment|split\s+second)|glitch\w*|error|artefact|artifact|bug"
    r"|blip|misread\w*|fault\w*|inaccurate|accurate)\b",
    _I,
)
_FELT = re.compile(
    r"\b(felt|feel\w*|chest|dizz\w*|faint\w*|light-?headed|breath\w*|palpitat\w*|flutter\w*|pound\w*|racing|thump\w*"
    r"|sweat\w*|nause\w*|pass(ed)?\s+out|black(ed)?\s+out|collaps\w*|jaw|arm|keeps?|every\s+(day|night|time)|often"
    r"|repeated\w*|afib|a-?fib|atrial|irregular\s+rhythm|(1[5-9]\d|2\d\d)\s*(bpm|beats)?|during|while\s+(running"
    r"|lifting|training))\b",
    _I,
)
_HEART_READING = re.compile(
    r"\b(resting\s+)?(heart\s*(rate|beat)?|pulse|hr)\b|\bskip\w*\s+(a\s+)?beats?\b|\bmissed\s+(a\s+)?beats?\b"
    r"|\bextra\s+beats?\b",
    _I,
)
_FEVER_DENIED = re.compile(
    r"\b(no|without\s+(a\s+|any\s+)?|zero)\s+(fever|temperature|temp)\b|\bfever[- ]free\b|\bnot\s+feverish\b"
    r"|\b(don'?t|do\s+not)\s+have\s+(a\s+)?(fever|temperature)\b",
    _I,
)
_BELOW_NECK = re.compile(
    r"\b(aches?|aching|achy|chest\w*|cough\w*|stomach|vomit\w*|diarrh\w*|breath\w*|shiver\w*|chills|flu|sweats"
    r"|fatigue|exhausted|wiped|fever(ish)?\s+(yesterday|last\s+night|earlier)|3[89](\.\d)?\s*°?c?|10[0-4](\.\d)?\s*°?f)\b",
    _I,
)


def everyday(text: str) -> str:
    """`text` with the rr15 everyday senses (comment above) read plainly; each only when its guard finds nothing
    that alarms. Lengths may change; the result is only classified."""
    text = _FIGURATIVE_HURT.sub("affect ", text)
    text = _PULLED_IDIOM.sub("worked late", text)
    if _CLEARED_BY.search(text) and not _HURTS_NOW.search(text):
        text = _INJURY_WORD.sub("setback", text)  # cleared and nothing hurts now: history, not pain today
    if _ES_SORE.search(text) and _ES_MUSCLES.search(text) and _ES_AFTER_TRAINING.search(text):
        if not _ES_NOT_DOMS.search(text):
            text = _ES_SORE.sub("tengo agujetas en ", text)
    if _TELL_APART.search(text) and not _TELL_GUARD.search(text):
        text = _TELL_APART.sub(lambda m: re.sub(_INJURY_WORD.pattern + r"|\btears?\b|\bsprains?\b|\bstrains?\b",
                                                "problem", m.group(0), flags=_I), text)  # fmt: skip
    if _ORTHOSTATIC.search(text) and not _ORTHOSTATIC_GUARD.search(text):
        text = re.sub(r"\b" + _DIZZY, "head rush", text, flags=_I)
    if _DEVICE.search(text) and _ONE_OFF.search(text) and not _FELT.search(text):
        text = _HEART_READING.sub("watch reading", text)
    if _FEVER_DENIED.search(text) and not _BELOW_NECK.search(text):
        text = _FEVER_DENIED.sub(" ", text)
    return text
