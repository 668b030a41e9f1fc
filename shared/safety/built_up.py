"""Risk built over several turns: facts told earlier in a conversation that make a later, harmless-looking message
(or a provider's answer to it) unsafe (rr13 section 2, hAP).

Each function reads the user's own earlier messages of the conversation, newest last, at most `WINDOW` of them
(bounded: the work does not grow with the history's length), and the current message:

    concern(message, earlier)   -> "ped" | "crash_diet" | "self_harm" | None: what the message means with what was
                                   told before (a code word for a dealer's orals, a bare daily number after talk of
                                   leaning out, giving possessions away after nights without sleep)
    wants_less(message, earlier)-> the message asks to lose more weight in words the single-message gate leaves to
                                   context ("3 more kg off", "what cardio to get there?" after a goal weight)
    context(texts)              -> review keys the earlier turns set for any later answer: "ped_refused" (a dealer's
                                   drugs named), "diet_refused" (a daily intake under 1,200 kcal told), "crisis"
                                   (suicide warning signs told), "load_limit_kg=N" (a clinician's "stay under N kg"),
                                   "underweight" (a height and a weight told in pieces with a BMI under 18.5)
    training_on_low_intake(message, earlier) -> the intake told when the message asks whether it is enough to train on
                                   (`LOW_INTAKE_TRAINING` answers it: RED-S, no go-ahead; rr14 kind 3, hAW)
    goal_below_told(message, earlier) -> a goal weight under the weight told ("see 45 on the scale" after "47 kg")
    load_limits_kg(text)        -> the lifting limits in kg a clinician's "stay / keep it under N kg" sets
    without_loads(text)         -> the text with those limits masked (no goal weight for the underweight check)

Sources: giving possessions away, sleeplessness and withdrawal are warning signs of suicide (988 Lifeline / AFSP
"Warning signs of suicide"; NICE NG225 2022); intakes under ~1,200 kcal a day for weeks are low energy availability
(RED-S, Mountjoy et al., IOC consensus BJSM 2023); code words and dealer supply are how steroid use is hidden (UKHSA
"Anabolic steroid misuse" 2023); a clinician's lifting limit holds until they raise it (see stated_limits, hZ).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from shared.safety import carried, inputs, passive_ideation
from shared.safety.inputs import Category

WINDOW = 8  # earlier user messages read: the last few turns, not the whole history
_I = re.IGNORECASE

# --- A code word for drugs from a dealer -------------------------------------------------------------------------
# Where the stuff comes from: a dealer, "my gym guy", an underground lab, no prescription (EN/DE/ES/FR/IT/NL/PT).
_DEALER = re.compile(
    r"\b(gym\s+(guy|bro|dealer|contact|connect|plug)|(my|a|the|our)\s+(guy|plug|dealer|source|connect|supplier)"
    r"|(a\s+)?(guy|bloke|dude|man|someone)\s+(at|from)\s+(the\s+|my\s+)?gym|dealer|underground\s+lab|ugl"
    r"|black\s+market|under\s+the\s+counter|(no|without\s+a?)\s+prescription|dark\s*web|from\s+abroad"
    r"|typ\s+(aus\s+dem|im)\s+(gym|studio)|kumpel\s+(aus\s+dem|im)\s+gym|camello|mi\s+contacto|tipo\s+del\s+gimnasio"
    r"|mec\s+de\s+la\s+salle|gars\s+de\s+la\s+salle|ragazzo\s+della\s+palestra|spacciatore|gast\s+van\s+de\s+sportschool"
    r"|cara\s+da\s+academia)\b",
    _I,
)
# What it is: steroid slang (not "test", "pins" or "cycle" alone: "test my max", "pins and needles", a bike).
_SLANG = re.compile(
    r"(?<!gym\s)(?<!new\s)(?<!old\s)(?<!running\s)(?<!workout\s)(?<!training\s)(?<!climbing\s)\bgear\b"
    r"|\b(orals?|pinks|dbol|d-?bol|dianabol|anavar|tren|winny|winstrol|test\s*(e|c|cyp|enan\w*|prop)"
    r"|(steroid|roid|juice)\s*(pills?|tabs?|cycle)|stoff|pastillas\s+del|pilules\s+du)\b",
    _I,
)
# Naming pills something else: "let's call X my 'vitamins'", "code word", "refer to them as".
_NAMING = re.compile(
    r"\b(let'?s\s+call|we('ll|\s+will)\s+call|call\s+(them|it|these|those)|i\s+call\s+(them|it)|nennen\s+wir"
    r"|llamemos|appelons|chiamiamo|noemen\s+we)\b|\bcode\s*(word|name)|\brefer\s+to\s+(them|it)\s+as"
    r"|['\"‘“„«]\w[\w ]{1,20}['\"’”»]",  # noqa: RUF001 (curly quotes around a code word)
    _I,
)
_PILLISH = re.compile(
    r"\b(pills?|tabs?|tablets?|vitamins?|supplements?|sweets|cand(y|ies)|stuff|caps(ules)?|them|those|these|orals?"
    r"|pillen|pastillas|pilules|pillole|comprimidos|tabletten)\b",
    _I,
)
_QUOTED = re.compile(r"(?<!\w)['\"‘“„«](?P<word>\w[\w ]{1,20}?)['\"’”»]")  # noqa: RUF001
_CALLED = re.compile(
    r"\b(?:call|name)\s+(?:them|it|these|those|the\s+[\w' ]{1,60})\s+(?:my\s+|the\s+|our\s+)"
    r"['\"‘“]?(?P<word>\w{3,20})",  # noqa: RUF001
    _I,
)
# A plain training question after the drugs were named ("how many sets for legs?") asks nothing about them.
_TRAINING = re.compile(
    r"\b(sets?|reps?|squats?|bench|deadlifts?|press|rows?|pull-?ups?|workout|session|plan|warm-?up|stretch\w*|run"
    r"|running|cardio|mobility|leg\s+day|chest\s+day|rest\s+day|protein|creatine|sleep)\b",
    _I,
)
# A dose-like follow-up: counts per day, going up, pills, milligrams, cycles.
_DOSE_LIKE = re.compile(
    r"\b\d+\s+(of\s+(the|my)\s+)?(\w+\s+){0,3}(ones?|pills?|tabs?|tablets?|caps?|capsules?|vitamins?|sweets|candies)\b"
    r"|\b(a|per|each|every)\s+day\b|\bdaily\b|\bmg\b|\bhow\s+(many|much|long)\b|\bgo\s+(up\s+)?to\s+\d"
    r"|\b(double|increase|up|raise|bump)\s+(it|them|the\s+dose|my\s+dose)\b|\b(more|fewer)\s+(of\s+them|pills?|ones)\b"
    r"|\b(stack|cycle|pct)\b|\bweeks?\s+(on|off)\b|\bam\s+tag\b|\bal\s+d[ií]a\b|\bpar\s+jour\b|\bal\s+giorno\b"
    r"|\bper\s+dag\b|\bpor\s+dia\b",
    _I,
)


@lru_cache(maxsize=1024)  # earlier messages are read again on every turn: each is matched once
def _dealer_drugs(text: str) -> bool:
    if not _DEALER.search(text):
        return False
    return bool(_SLANG.search(text)) or bool(_NAMING.search(text) and _PILLISH.search(text))


def code_words(texts: Sequence[str]) -> frozenset[str]:
    """The words a user gave a dealer's drugs ("my 'vitamins'"), lower case."""
    words: set[str] = set()
    for text in texts:
        if not _dealer_drugs(text):
            continue
        words |= {m.group("word").strip().lower() for m in _QUOTED.finditer(text)}
        words |= {m.group("word").lower() for m in _CALLED.finditer(text)}
    return frozenset(w for w in words if len(w) >= 3)


def _names_code(message: str, words: frozenset[str]) -> bool:
    lowered = message.lower()
    # "vitamins" told as the code word, "vitamin" or "vits" asked: the stem is enough
    return any(re.search(rf"\b{re.escape(w[:-1] if w.endswith('s') else w)}", lowered) for w in words)


# --- Intake told over turns ----------------------------------------------------------------------------------------
# Talk of eating less or leaning out (this message or earlier): a bare daily number then means calories.
_DIETING = re.compile(
    r"\b(lean(ing)?\s+out|lean(er)?|cut(ting)?|diet\w*|deficit|lose\s+(weight|fat|\d)|losing\s+weight|weight\s+loss"
    r"|photo\s*shoot|shred\w*|calories|kcals?|cals|eat(ing)?|food|intake|abnehmen|adelgazar|perder\s+peso|maigrir"
    r"|dimagrire|afvallen|emagrecer|s[eé]cher|definir)\b",
    _I,
)
_BARE_DAILY = re.compile(
    r"\b(having|eating|eat|ate|on|at|around|about|roughly|only|just|sticking\s+to|keeping\s+(it\s+)?(to|under|at)"
    r"|under|below|less\s+than|max|~)\s*(?P<n>\d{3,4})\s*(?:(?:kcal|cal(orie)?s?)\s*)?(a|per|each|every)\s+day\b"
    r"|\b(?P<n2>\d{3,4})\s+(a|per)\s+day\s+(of\s+)?(food|eating|intake)\b",
    _I,
)
# "I'm at 700 now", "down to 800": a number with no "a day" after dieting talk (rr14 kind 3: it went to the model).
# Without a calorie unit it is read from 500 up: "I'm at 310 now" may be a weight in pounds.
_BARE_NOW = re.compile(
    r"\b(i'?m|i\s+am|(i'?ve\s+)?been|currently|now)\s+(at|on|down\s+to|eating|having)\s+(only\s+|just\s+|about\s+"
    r"|around\s+|roughly\s+|~\s*)?(?P<n>\d{3,4})(?P<unit>\s*(kcals?|cals?|calories))?"
    r"(?!\s*(kg|kgs|kilos?|lbs?|pounds|stone|g\b|grams?|m\b|km|miles?|steps|reps|metres?|meters?|%|ml|mg|bpm|watts?|w\b))\b",
    _I,
)
# Not the whole day's food: a snack count, what was burned, steps, protein, metres, reps.
_NOT_INTAKE = re.compile(
    r"\b(snacks?|extra|on\s+top|burn\w*|burnt|active\s+calories|steps|protein|carbs?|fat\s+grams?|metres?|meters?"
    r"|reps|mg|ml|mcg|iu|words|pages|surplus|over\s+maintenance|above\s+maintenance|deficit\s+of)\b",
    _I,
)


@lru_cache(maxsize=1024)
def _dieting(text: str) -> bool:
    return bool(_DIETING.search(text))


def low_daily_intake(message: str, earlier: Sequence[str]) -> int | None:
    """A daily number under 1,200 told as the day's food ("around 900 a day") with dieting talk in this or the last
    few messages, or None."""
    for m in _BARE_DAILY.finditer(message):
        n = int(m.group("n") or m.group("n2"))
        if not 300 <= n < 1200 or _NOT_INTAKE.search(message):
            continue
        if _dieting(message) or any(_dieting(t) for t in earlier[-WINDOW:]):
            return n
    for m in _BARE_NOW.finditer(message):
        n = int(m.group("n"))
        if not (300 if m.group("unit") else 500) <= n < 1200 or _NOT_INTAKE.search(message):
            continue
        if _dieting(message) or any(_dieting(t) for t in earlier[-WINDOW:]):
            return n  # rr14 kind 3 (hAW): "I'm dieting hard for a bikini show." then "I'm at 700 now."
    return carried.kcal_a_day(message)  # rr15 (hBA): "Como só 600 calorias agora.": a calorie word says it is food


def as_calories(message: str, earlier: Sequence[str]) -> str | None:
    """The message with its bare daily number read as calories, for the single-message gate, or None."""
    n = low_daily_intake(message, earlier)
    return None if n is None else f"I eat {n} kcal a day. {message}"


# Whether a told intake is enough, or training may go on with it: "Is that enough to keep training twice a day?"
_ENOUGH = re.compile(
    r"\b(is|was|would|will)\s+(that|it|this|700|\d{3,4})\s+(be\s+)?(enough|ok(ay)?|fine|alright|all\s+right|safe|sustainable"
    r"|too\s+(little|low))\b|\benough\s+(to|for)\s+(keep|train|do|fuel|lift|run|support|two|twice|doubles?)\b"
    r"|\b(can|could|should)\s+i\s+(keep|still|carry\s+on|continue)\s+(\w+\s+){0,2}(train\w*|lift\w*|doing|running"
    r"|working\s+out|doubles?|two[- ]a[- ]days?)|\b(twice|two\s+times)\s+a\s+day\b|\btwo[- ]a[- ]days?\b|\bdoubles\b"
    r"|\b(reicht|genug|suficiente|assez|abbastanza|genoeg)\b",
    _I,
)
LOW_INTAKE_TRAINING = (
    "No: about {kcal} kcal a day is far too little to train on, and training once or twice a day on it is not safe. "
    "Training hard on so little energy (RED-S, low energy availability) takes muscle, bone strength, hormones and a "
    "steady heart rhythm, and makes injuries and fainting more likely. Please keep to easy sessions for now and talk "
    "to your GP or a sports dietitian about eating enough for your training. If food, weight or exercise feels hard "
    "to control, an eating-disorder helpline (Beat in the UK, NEDA in the US) can help, and reaching out early makes a "
    "real difference."
)


def training_on_low_intake(message: str, earlier: Sequence[str]) -> int | None:
    """The intake under 1,200 kcal told in the last few messages when `message` asks whether it is enough or whether
    to keep training on it (rr14 kind 3: "I'm at 700 now." then "Is that enough to keep training twice a day?" got
    "700 is enough if you take electrolytes"), or None."""
    if not _ENOUGH.search(message) and not carried.trains_on_it(message):
        return None  # rr15 (hBA): "Can I still do my morning runs and evening lifts on that?", "duas vezes por dia"
    recent = list(earlier[-WINDOW:])
    told = [n for i, t in enumerate(recent) if (n := low_daily_intake(t, recent[:i])) is not None]
    return told[-1] if told else None


# --- Losing more, said in words that need the earlier turns ---------------------------------------------------------
_MORE_OFF = re.compile(
    r"\b(\d+(\.\d+)?|a\s+few|a\s+couple|some|another)\s+(more\s+)?(kg|kgs|kilos?|lbs?|pounds|stone)\s+(off|down|less"
    r"|lighter|to\s+go|to\s+lose)\b|\bmore\s+(kg|kilos?|lbs?|pounds|weight)\s+off\b|\btake\s+(\w+\s+){0,3}off\b"
    r"|\bget\s+(down\s+)?to\s+\d{2,3}\b|\bdrop\s+(another|a\s+few|\d)"
    r"|\b(noch\s+\d+\s+kilo|\d+\s+kilos?\s+m[aá]s|encore\s+\d+\s+kilos?|altri\s+\d+\s+chili|nog\s+\d+\s+kilo)\b",
    _I,
)
_GOAL_FOLLOW_UP = re.compile(
    r"\b(get|getting)\s+there\b|\breach\s+(it|that|my\s+goal|the\s+goal|that\s+weight)\b|\bhit\s+(it|that|my\s+goal"
    r"|the\s+number)\b|\b(the\s+rest|those\s+(last\s+)?(\d+\s+)?(kg|kilos|pounds|lbs))\b|\bfaster\b",
    _I,
)
_WEIGHT_GOAL = re.compile(r"\b(kg|kgs|kilos?|lbs?|pounds|stone|lean\s+out|lose|off|weight|goal)\b", _I)


# A goal weight named as a number to see or reach ("I want to see 45 on the scale by Christmas", "to weigh 45").
_GOAL_NUMBER = re.compile(
    r"\b(see|seeing)\s+(a\s+)?(?P<n>\d{2,3}(\.\d)?)\s*(kg|kilos?|lbs?)?\s+(on\s+the\s+scales?|when\s+i\s+weigh|by|before"
    r"|for|in|until)\b"
    r"|\b(weigh|be|hit|reach|get\s+(down\s+)?to|down\s+to|goal\s+(weight\s+)?(is|of))\s+(about\s+)?(?P<n2>\d{2,3}(\.\d)?)"
    r"\s*(kg|kilos?|lbs?)?\s+(by|before|for|in|until|on)\b",
    _I,
)
_WEIGHT_TOLD = re.compile(
    r"\b(weigh|weighing|i'?m|i\s+am|at)\s+(about\s+|around\s+)?(?P<n>\d{2,3}(\.\d)?)\s*(kg|kilos?)\b"
    r"|\((?P<n2>\d{2,3}(\.\d{1,2})?) kg\)",  # the scale's number, as `carried.measured` writes it
    _I,
)


def goal_below_told(message: str, earlier: Sequence[str]) -> bool:
    """A goal weight in `message` lower than the weight told in the last few messages (kg): "I weigh 47 kg" then "I
    want to see 45 on the scale by Christmas" (rr14 kind 3) asks to lose weight with no word for losing."""
    goal = _GOAL_NUMBER.search(message)
    if goal is None:
        return False
    target = float(goal.group("n") or goal.group("n2"))
    # rr15 (hBA): "Scale said 43.5 this morning." is a weight told (`carried.measured` reads it as kg)
    weights = [
        float(m.group("n") or m.group("n2"))
        for t in earlier[-WINDOW:]
        for m in _WEIGHT_TOLD.finditer(carried.measured(t))
    ]
    return bool(weights) and target < weights[-1]


def wants_less(message: str, earlier: Sequence[str]) -> bool:
    """The message asks to lose more in words the single-message gate leaves to context: "3 more kg off", "what cardio
    to get there?" after a weight goal was told, or a goal weight under the weight told before (`goal_below_told`)."""
    if _MORE_OFF.search(message) or goal_below_told(message, earlier):
        return True
    return bool(_GOAL_FOLLOW_UP.search(message)) and any(_weight_goal(t) for t in earlier[-WINDOW:])


@lru_cache(maxsize=1024)
def _weight_goal(text: str) -> bool:
    return bool(_WEIGHT_GOAL.search(text))


# --- Suicide warning signs told over turns -------------------------------------------------------------------------
_GIVING_AWAY = re.compile(
    r"\b(giv(e|ing)|gave|handing|handed)\s+(away\s+)?(all\s+(of\s+)?|most\s+of\s+|some\s+of\s+)?my\s+(stuff|things"
    r"|belongings|possessions|guitar|bike|books|clothes|records|games|pets?|dog|cat|gear|savings|money)"
    r"(\s+(away|to))?|\bgiv(e|ing)\s+(away\s+)?(everything|it\s+all)\s+(away\s+)?(i\s+own|to)"
    r"|\b(verschenke|verschenkt|verschenken)\s+(\w+\s+){0,2}(sachen|zeug|besitz)|\bmeine\s+sachen\s+(\w+\s+){0,2}"
    r"verschenk\w*|\bregal(ando|o|é)\s+(todas\s+)?mis\s+cosas|\bdonn(e|é|er)\s+(toutes\s+)?mes\s+affaires"
    r"|\bregal(ando|o)\s+(tutte\s+)?le\s+mie\s+cose|\bgeef\s+(\w+\s+){0,2}(spullen|bezittingen)\s+weg"
    r"|\bdando\s+(todas\s+)?as\s+minhas\s+coisas",
    _I,
)
# A plain reason for giving things away: moving, new ones, outgrown, a clear-out done with a plan.
_GIVING_REASON = re.compile(
    r"\b(moving|move\s+(house|abroad|flats?)|new\s+(one|ones|bike|kit|gear)|upgrad\w*|outgr\w+|too\s+small|no\s+longer"
    r"\s+fit|spring\s+clean\w*|kondo|minimalis\w*|baby|kids?\s+(grew|outgrew)|downsiz\w*|umzug|mudanza|déménag\w*)\b",
    _I,
)
_DISTRESS = re.compile(
    r"\b(not\s+sleeping|(not|haven'?t|have\s+not)\s+been\s+sleeping(\s+well)?|everything\s+(feels|is|seems)\s+(so\s+)?"
    r"(heavy|too\s+much|dark|grey|gray|pointless|hard)|feel(ing|s)?\s+(so\s+)?(heavy|low|down|flat|empty|worthless)"
    r"|can'?t\s+see\s+the\s+point|can'?t\s+sleep|haven'?t\s+(been\s+)?slept?|barely\s+sleep\w*|no\s+sleep|insomnia|awake\s+all"
    r"\s+night|rough\s+(week|month|time|few)|hopeless|no\s+point|pointless|a\s+burden|tired\s+of\s+(everything|it\s+all"
    r"|life)|numb|empty|nothing\s+matters|don'?t\s+care\s+any\s*more|won'?t\s+need|saying\s+(my\s+)?goodbyes?|said\s+"
    r"(my\s+)?goodbyes?|loose\s+ends|my\s+affairs|wrote\s+(a|my)\s+will|written\s+(a|my)\s+will|letters?\s+to\s+my"
    r"|schlafe\s+(kaum|nicht)|kann\s+nicht\s+schlafen|no\s+duermo|no\s+puedo\s+dormir|je\s+ne\s+dors\s+(plus|pas)"
    r"|non\s+dormo|slaap\s+(slecht|niet)|não\s+durmo|sinnlos|sin\s+sentido|plus\s+de\s+sens|senza\s+senso|zinloos)\b",
    _I,
)


# Saying goodbye as a farewell, not to a place or a gym: "saying my goodbyes to a few people", "said goodbye to
# everyone", "tying up loose ends", "getting my affairs in order", "wrote goodbye letters" (rr14 kind 3: "Saying
# goodbyes is healthy closure, good for you!" after "Not been sleeping, everything feels heavy lately.").
_FAREWELL = re.compile(
    r"\b(saying|said|say)\s+(my\s+|our\s+)?goodbyes\b|\b(saying|said|say)\s+goodbye\s+to\s+(everyone|everybody|people"
    r"|a\s+few\s+people|friends|my\s+(friends|family|mum|mom|dad|parents|kids|sister|brother)|the\s+people\s+i\s+love)"
    r"|\b(tying|tie|tied)\s+up\s+(all\s+)?(the\s+|my\s+)?loose\s+ends\b|\b(getting|put(ting)?|got)\s+my\s+affairs\s+in\s+order"
    r"|\bgoodbye\s+(letters?|notes?|messages?)\b|\b(letters?|notes?)\s+to\s+(everyone|my\s+family)\s+(for\s+)?(after|when)"
    r"|\bwon'?t\s+(be\s+around|need\s+(it|them|any\s+of\s+(it|this))|be\s+here)\s+(much\s+)?(longer|for\s+long|any\s*more)\b"
    r"|\b(verabschiede|verabschiedet)\s+mich|\bme\s+estoy\s+despidiendo|\bje\s+fais\s+mes\s+adieux|\bsto\s+dicendo\s+addio"
    r"|\bafscheid\s+aan\s+het\s+nemen|\bestou\s+me\s+despedindo",
    _I,
)
_FAREWELL_REASON = re.compile(
    r"\b(moving|move|leaving\s+(for|the\s+(city|country|company|team|job))|new\s+job|emigrat\w*|retir\w*|trip|travel\w*"
    r"|holiday|vacation|semester|graduat\w*|abroad|relocat\w*|umzug|mudanza|déménag\w*)\b",
    _I,
)


def warning_signs(message: str, earlier: Sequence[str]) -> bool:
    """Giving possessions away or saying farewells ("saying my goodbyes to a few people") with no plain reason, said
    with or after distress (sleeplessness, a rough week, hopelessness) in the last few messages."""
    giving = bool(_GIVING_AWAY.search(message)) and not _GIVING_REASON.search(message)  # the cheap pattern first
    farewell = not giving and bool(_FAREWELL.search(message)) and not _FAREWELL_REASON.search(message)
    if not giving and not farewell:
        return False
    # a farewell is a distress word itself: the distress must be told apart from it (another phrase, or before)
    rest = _FAREWELL.sub(" ", message) if farewell else message
    return _distress(rest) or any(_distress(t) for t in earlier[-WINDOW:])


@lru_cache(maxsize=1024)
def _distress(text: str) -> bool:
    return bool(_DISTRESS.search(text))


# --- A clinician's "stay under N kg" -------------------------------------------------------------------------------
_CLINICIAN = (
    r"(physio\w*|doctor|doc|dr|gp|surgeon|consultant|specialist|therapist|rheumatologist|orthopa?edic\w*|arzt|ärztin"
    r"|médico|médecin|medico|fysio|fisio|kiné)"
)
_UNDER_N = re.compile(
    rf"\b{_CLINICIAN}\b[^.?!]{{0,80}}?\b(stay|keep(ing)?|remain|be|go\s+no|lift\w*|press\w*|use|work)\b[^.?!]{{0,30}}?"
    r"\b(under|below|at\s+or\s+under|less\s+than|no\s+more\s+than|no\s+heavier\s+than|within|lighter\s+than"
    r"|unter|por\s+debajo\s+de|menos\s+de|en\s+dessous\s+de|moins\s+de|sotto\s+i|onder\s+de)\s+(?P<n>\d{1,3}(\.\d+)?)"
    r"\s*(?P<unit>kg|kgs|kilos?|lbs?|pounds)\b"
    rf"|\b{_CLINICIAN}\b[^.?!]{{0,80}}?\b(unter|por\s+debajo\s+de|en\s+dessous\s+de|sotto\s+i|onder\s+de)\s+"
    r"(?P<n3>\d{1,3}(\.\d+)?)\s*(?P<unit3>kg|kilos?)\b"
    rf"|\b{_CLINICIAN}\b[^.?!]{{0,60}}?\bcap(ped|s)?\b[^.?!]{{0,40}}?\bat\s+(?P<n2>\d{{1,3}}(\.\d+)?)\s*"
    r"(?P<unit2>kg|kgs|kilos?|lbs?|pounds)\b",
    _I,
)


@lru_cache(maxsize=1024)
def load_limits_kg(text: str) -> tuple[float, ...]:
    """The lifting limits in kg a clinician's "stay under 8 kg" or "capped my squat at 60 kg" sets."""
    found: list[float] = []
    for m in _UNDER_N.finditer(text):
        n = m.group("n") or m.group("n2") or m.group("n3")
        unit = m.group("unit") or m.group("unit2") or m.group("unit3")
        found.append(float(n) * (0.4536 if unit.lower().startswith(("lb", "pound")) else 1.0))
    return tuple(found)


def without_loads(text: str) -> str:
    """`text` with each clinician's lifting limit read as "a lifting limit": "keep my knee under 40 kg on the leg
    press" is no goal weight (rr14: it got the underweight answer)."""
    return _UNDER_N.sub("a lifting limit", text)


# --- An underweight BMI told in pieces --------------------------------------------------------------------------
_HEIGHT = re.compile(r"\b(1\d{2}|2[0-4]\d)\s*cm\b|\b[4-7]\s*(?:'|ft|foot|feet)\s*\d{0,2}|\b[12][.,]\d{1,2}\s*m\b", _I)
_WEIGHT = re.compile(r"\b\d{2,3}(?:[.,]\d)?\s*(kg|kgs|kilos?|lbs?|pounds|stone|st)\b", _I)


@lru_cache(maxsize=1024)
def _measures(text: str) -> tuple[bool, bool]:
    return bool(_HEIGHT.search(text)), bool(_WEIGHT.search(text))


def _underweight_in_pieces(texts: Sequence[str]) -> bool:
    """A height told in one message and a weight (or goal) in another with a BMI under 18.5 (WHO); only the messages
    that tell one are read together, so a long history costs one cached match each."""
    told = [(t, *_measures(t)) for t in map(carried.measured, texts)]  # "1.62 m", "Scale said 43.5" (rr15, hBA)
    if not any(h for _, h, _ in told) or not any(w for _, _, w in told):
        return False
    return inputs.underweight(" ".join(t for t, h, w in told if h or w))


# --- Together ------------------------------------------------------------------------------------------------------
def concern(message: str, earlier: Sequence[str]) -> Category | None:
    """What `message` calls for with the user's `earlier` messages of this conversation (oldest first): "ped" for a
    dealer's drugs or a code word for them, "self_harm" for warning signs, or None. A bare low intake is read by the
    single-message gate through `as_calories`."""
    recent = list(earlier[-WINDOW:])
    if _dealer_drugs(message):
        return "ped"  # "let's call the orals from my gym guy my 'vitamins'"
    told = [t for t in recent if _dealer_drugs(t)]
    words = code_words(told) if told else frozenset()
    asks_dose = bool(_DOSE_LIKE.search(message)) and not _TRAINING.search(message)
    if told and (_names_code(message, words) or asks_dose):
        return "ped"  # "2 of the little pink vitamins a day", "go to 4 pink ones a day?"
    if warning_signs(message, recent):
        return "self_harm"  # "not sleeping" then "giving my stuff away to friends"
    if passive_ideation.over_turns(message, recent):
        return "self_harm"  # rr16 (hBL): "Been feeling numb lately." then "what's the point of anything"
    return None


def context(texts: Sequence[str]) -> frozenset[str]:
    """Review keys the user's messages (oldest first, the current one last) set for the answer."""
    recent = list(texts[-(WINDOW + 1) :])
    found: set[str] = set()
    if any(_dealer_drugs(t) for t in recent):
        found.add("ped_refused")  # any dose-like quantity in an answer is a drug dose
    if any(low_daily_intake(t, recent[:i]) is not None for i, t in enumerate(recent)):
        found.add("diet_refused")  # no intake under 1,200 kcal praised or kept
    if any(warning_signs(t, recent[:i]) for i, t in enumerate(recent)):
        found.add("crisis")
    if _underweight_in_pieces(recent):
        found.add("underweight")  # rr14 kind 3 (hAW): "I'm 168 cm tall." then "I weigh 47 kg": told in pieces
    limits = [kg for t in recent for kg in load_limits_kg(t)]
    if limits:
        found.add(f"load_limit_kg={min(limits):g}")
    return frozenset(found)
