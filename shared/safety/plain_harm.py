"""Unsafe provider answers in plain words the output policy's trigger words miss (issue 15, rr12 kind 1, hAH).

    said(texts) -> frozenset[str]      what the user's own words set for the answer's review: "underweight" (a BMI
                                       under 18.5 told, or a goal under it), "hr_cap=<bpm>" (a clinician's heart-rate
                                       cap), "binge_asked" (a binge or cheat meal asked about), "restricting" (eating
                                       barely anything), "underweight" from the profile is added by the chat
    kind(answer, context) -> Kind | None   the first kind below the answer falls under
    KIND_CATEGORY, REPLIES              each kind's output category and the reply that replaces the answer

Kinds (each read per sentence, none when the sentence warns against it):
    underweight_loss   weight-loss help to someone underweight ("keep portions small ... under 45 kg")
    restriction_ok     eating barely anything and training daily called fine ("that's fine, keep it up")
    cap_override       a clinician's heart-rate cap overruled: an all-out effort or a higher rate under the cap, or the
                       cap called overcautious ("even if your cardiologist said 130")
    compensation       a binge or cheat meal paid for: no dinner, no food until it is burned off, fasted cardio
    multi_day_fast     days on water, coffee or juice only ("water and black coffee for three days")
    alcohol_training   drinking before training called fine

Sources: BMI under 18.5 is underweight (WHO); weight-loss help there and compensation after a binge are what NICE
NG69 (eating disorders, 2017) and the RED-S consensus (Mountjoy et al., BJSM 2023) tell coaches not to give; a heart
rate cap a cardiologist sets is the ceiling until they change it (ESC 2020 sports cardiology guideline); fasting for
days is a crash diet (NHS "very low calorie diets"); alcohol before exercise impairs coordination and heat and fluid
regulation (ACSM position stand on alcohol and athletic performance, 1982/2000).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from shared.safety import compensation, hr_caps, inputs

_I = re.IGNORECASE
Kind = str

# The answer warns in the same sentence: advice against, not a go-ahead.
_AGAINST = re.compile(
    r"\b(not|never|no|don'?t|do\s+not|can'?t|cannot|won'?t|shouldn'?t|avoid\w*|unsafe|dangerous|risky|instead|stop"
    r"|gain\w*|nicht|kein\w*|nunca|jamais|ne\s+pas)\b",
    _I,
)

# --- what the user said -----------------------------------------------------------------------------------------------
_CLINICIAN = hr_caps.CLINICIAN
_BINGE_ASKED = re.compile(
    r"\b(binge\w*|cheat\s+(meal|day)s?|over\s*ate|overeat\w*|ate\s+(way\s+)?too\s+much|pigged\s+out|fressattacke\w*"
    r"|atrac(?:ó|o)n\w*|fr(?:é|e)n(?:é|e)sie\s+alimentaire|food\s+bender)\b",
    _I,
)
_RESTRICTING = re.compile(
    r"\b(barely|hardly|almost\s+(nothing|never))\s+eat\w*|\beat\w*\s+(almost\s+)?nothing\b|\bkaum\s+(noch\s+)?(etwas|was)"
    r"|\bfast\s+nichts\b|\bcasi\s+(no\s+como|nada)\b|\bpresque\s+(rien|pas)\b|\bquase\s+nada\b|\bnon\s+mangio\s+quasi\b",
    _I,
)


def said(texts: Sequence[str]) -> frozenset[str]:
    """The review keys the user's own words set (see the module docstring); the lowest heart-rate cap wins."""
    found: set[str] = set()
    caps: list[int] = []
    for text in texts:
        if inputs.underweight(text):
            found.add("underweight")
        caps += hr_caps.caps(text)  # "keep it under 130 bpm", "mein Puls soll unter 130 bleiben" (hAL)
        if hr_caps.any_cap(text):
            found.add("hr_cap")
        if _BINGE_ASKED.search(text):
            found.add("binge_asked")
        if _RESTRICTING.search(text):
            found.add("restricting")
    if caps:
        found |= {"hr_cap", f"hr_cap={min(caps)}"}
    return frozenset(found)


def hr_cap_of(context: frozenset[str]) -> int | None:
    """The lowest heart-rate cap in bpm `said` found, or None."""
    caps = [int(key.split("=", 1)[1]) for key in context if key.startswith("hr_cap=")]
    return min(caps) if caps else None


_cap = hr_cap_of


# --- what the answer says --------------------------------------------------------------------------------------------
_NOT_AGAINST = re.compile(r"\b(no\s+(problem|worries|issue)|not\s+a\s+problem)\b", _I)  # approval, not a warning
_LOSS_HELP = re.compile(
    r"\b(portions?\s+(small|smaller|tiny)|(smaller|small|tiny)\s+portions|fasted\s+cardio|(calorie|caloric)\s+deficit"
    r"|deficit|cut\s+(back\s+)?(calories|carbs|food|portions)|eat\s+less|eating\s+less|lose\s+(the\s+)?(weight|fat|\d)"
    r"|drop\s+(the\s+)?(weight|\d)|(be|get|drop|go)\s+(down\s+)?(under|below|to)\s+\d{2}(\.\d)?\s*(kg|kilos?|lbs?)"
    r"|skip\w*\s+(meals?|breakfast|lunch|dinner)|burn\s+(more\s+)?(fat|calories)|lean\s+out|slim\s+down"
    r"|(under|below)\s+\d{2}\s*(kg|kilos?)\s+in)\b",
    _I,
)
_APPROVE = re.compile(
    r"\b(that'?s|it'?s|this\s+is|sounds)\s+(fine|ok(ay)?|great|good|perfect|normal|healthy)|\bkeep\s+(it\s+up|going|at\s+it)"
    r"|\byes\b|\bno\s+problem\b|\bdas\s+ist\s+(ok(ay)?|gut|in\s+ordnung)|\bweiter\s+so\b|\best(á|a)\s+bien\b"
    r"|\bc'?est\s+(bien|ok)\b",
    _I,
)
_ALL_OUT = re.compile(
    r"\b(all[- ]out|max(imal|imum)?[- ]effort|as\s+hard\s+as\s+(you\s+)?(can|possible)|flat[- ]out|full\s+(gas|effort"
    r"|throttle)|max\s+out|sprint\s+until|go\s+to\s+failure|100\s*%|redline|empty\s+the\s+tank|hiit)\b",
    _I,
)
_HR_NUMBER = re.compile(r"\b(?P<n>1\d{2}|2[0-2]\d)\s*(bpm|beats)?\b", _I)
_HR_TALK = re.compile(r"\b(heart\s*rate|hr|pulse|bpm|beats)\b", _I)
_CAP_DISMISSED = re.compile(
    r"\b(even\s+if|even\s+though|regardless\s+of\s+what|whatever|despite\s+what)\s+(your|the)\s+" + _CLINICIAN
    + r"|\b(caps?|limits?|restrictions?|ceilings?)\s+(are|is)\s+(often\s+|usually\s+|way\s+)?(overly|too|very|super)"
    r"\s+(cautious|conservative|careful|strict)|\b(ignore|disregard|don'?t\s+worry\s+about)\s+(your|the|that)\s+("
    + _CLINICIAN + r"'?s?\s+)?(cap|limit|restriction|number|ceiling)\b|\b" + _CLINICIAN
    + r"s?\s+(are|is)\s+(always\s+|often\s+)?(overly|too)\s+(cautious|conservative)",
    _I,
)  # fmt: skip
_CAP_KEPT = re.compile(
    r"\b(under|below|within|keep|stay|stick|respect|follow)\b[^.!?]{0,40}?\b(cap|limit|ceiling|bpm|(?P<n>\d{2,3}))\b"
    r"|\b(check|ask|talk)\s+(with|to)\s+(your|the)\s+" + _CLINICIAN,
    _I,
)
_NO_FOOD = re.compile(
    r"\b(without\s+(dinner|supper|lunch|breakfast|eating|food)|skip\w*\s+(the\s+next\s+)?(dinner|supper|lunch|breakfast"
    r"|meals?|eating)|don'?t\s+eat\s+(again|anything)|no\s+food\s+until|(eat|have)\s+nothing|fast\w*\s+(the\s+next"
    r"|tomorrow|for|until)|fasted\s+cardio|water\s+only|burn\w*\s+(it\s+)?(all\s+)?off|work\s+it\s+(all\s+)?off"
    r"|make\s+up\s+for\s+it|undo\s+(it|the\s+damage)|cancel\s+it\s+out|extra\s+(hours?|cardio)|two\s+hours\s+of\s+cardio"
    r"|until\s+you'?ve\s+(burn|work)\w*)\b",
    _I,
)
_COMPENSATION_KEPT = re.compile(
    r"\b(no\s+need\s+to\s+(compensate|make\s+up|burn|skip|fast)|don'?t\s+(skip|compensate|punish|fast|restrict)"
    r"|regular\s+meals|eat\s+normally|next\s+meal\s+as\s+usual|never\s+skip)\b",
    _I,
)
_DAYS = r"(\d{1,2}|two|three|four|five|six|seven|several|a\s+few|(a\s+)?couple\s+of)\s+(full\s+)?(days|day)"
_MULTI_DAY_FAST = re.compile(
    r"\b(only|just|nothing\s+but)\s+(drink|have|consume)?\s*(water|juice|black\s+coffee|coffee|tea|broth)\b[^.!?]{0,60}"
    r"\bfor\s+" + _DAYS + r"|\b(water|juice|liquid)\s+(fast|cleanse|diet)\b[^.!?]{0,40}\b" + _DAYS
    + r"|\b" + _DAYS + r"\s+(of\s+)?(water|juice|liquid)[- ](only|fast\w*|cleanse|diet)|\b(don'?t|do\s+not|stop)\s+eat"
    r"\w*\s+(anything\s+|at\s+all\s+)?for\s+" + _DAYS + r"|\b(fast|fasting)\s+for\s+" + _DAYS
    + r"|\b(drink|have)\s+(only\s+)?(water|juice|black\s+coffee)\s+(and|or|plus)\s+(black\s+)?(coffee|tea|water)\s+"
    r"(only\s+)?for\s+" + _DAYS,
    _I,
)  # fmt: skip
_ALCOHOL = re.compile(
    r"\b(drinks?|beers?|wine|shots?|alcohol|booze|pints?|vodka|whisk(e)?y|cocktails?)\b[^.!?]{0,40}\b(before|pre[- ]?)"
    r"\s*(your\s+|the\s+|a\s+|my\s+)?(heavy\s+)?(training|workout|lift\w*|session|gym|exercis\w*|sets?|run|game|match)"
    r"[^.!?]{0,60}\b(fine|ok(ay)?|good|great|help\w*|reduce\s+nerves|calm|relax\w*|loosen\w*|no\s+problem)\b",
    _I,
)


def _sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?])\s+|\n+", text) if part.strip()]


# rr15 (hAY): "Sure, 185 is fine in the finishers." and DE "Ja, 170 ist in Ordnung." name no heart rate: with a cap
# told, a number above it agreed to in any of the seven languages is the cap overruled all the same.
_AGREED = re.compile(
    r"\b(yes|yeah|yep|sure|fine|ok(ay)?|go\s+for\s+it|safe|no\s+problem|absolutely|of\s+course|totally|you\s+can"
    r"|ja|in\s+ordnung|geht|klar|kein\s+problem|passt|oui|d'accord|(ç|c)a\s+va|pas\s+de\s+souci|sans\s+probl(è|e)me"
    r"|s(í|i)|vale|claro|bien|sin\s+problema|va\s+bene|certo|nessun\s+problema|sim|pode|tranquilo|sem\s+problema"
    r"|prima|goed|oké|geen\s+probleem|dat\s+kan|mag\s+(je|wel))\b",
    _I,
)
_KEPT_ELSEWHERE = re.compile(
    r"\b(unter|bleib\w*|sous|reste[rz]?|bajo|debajo|qu(é|e)date|sotto|resta|abaixo|fique|onder|blijf|niet\s+boven"
    r"|nicht\s+(über|mehr\s+als)|pas\s+(au-dessus|plus)|no\s+pases|non\s+superare|n(ã|a)o\s+passe)\b",
    _I,
)


def _agreed_over(sentence: str, cap: int) -> bool:
    """A number above the cap agreed to ("Sure, 185 is fine"), with no word that keeps under it."""
    if not _AGREED.search(sentence) or _KEPT_ELSEWHERE.search(sentence):
        return False
    return hr_caps.rate_above(sentence, cap) is not None


def _cap_kept(sentence: str, cap: int | None) -> bool:
    """The sentence keeps to the cap ("stay under 120", "respect the limit"); rr16 (hBM): "follow her to 175" past a
    115 cap keeps to nothing."""
    return any(
        m["n"] is None or cap is None or int(m["n"]) <= cap or int(m["n"]) < 60 for m in _CAP_KEPT.finditer(sentence)
    )


def _over_cap(sentence: str, cap: int) -> bool:
    """A heart rate above the cap named as fine or as a target ("can safely go up to 190")."""
    if _HR_TALK.search(sentence) and any(int(m["n"]) > cap for m in _HR_NUMBER.finditer(sentence)):
        return True
    # rr15 (hBA): "Sure, hit 170+ in the finisher" names no heart-rate word: with a cap told, a bare rate above it
    return hr_caps.rate_above(sentence, cap) is not None


def kind(answer: str, context: frozenset[str]) -> Kind | None:
    """The first kind (module docstring) the answer falls under with what the user said (`said`), or None."""
    cap = _cap(context)
    for sentence in _sentences(answer):
        against = _AGAINST.search(_NOT_AGAINST.sub(" ", sentence)) is not None
        capped_talk = "hr_cap" in context or _HR_TALK.search(sentence)
        if _CAP_DISMISSED.search(sentence) or (capped_talk and hr_caps.dismissed(sentence)):  # rr14 kind 2 (hAW)
            return "cap_override"  # "even if your cardiologist said 130": said with or without the user's cap
        if "hr_cap" in context and not _cap_kept(sentence, cap):
            if cap is not None and (_over_cap(sentence, cap) or (_agreed_over(sentence, cap) and not against)):
                return "cap_override"
            if _ALL_OUT.search(sentence) and not against:
                return "cap_override"
        if "underweight" in context and _LOSS_HELP.search(sentence) and not against:
            return "underweight_loss"
        if "restricting" in context and _APPROVE.search(sentence) and not against:
            return "restriction_ok"
        if _MULTI_DAY_FAST.search(sentence) and not re.search(r"\b(never|don'?t|avoid|not)\b", sentence[:25], _I):
            return "multi_day_fast"
        binge = "binge_asked" in context or _BINGE_ASKED.search(sentence)
        if binge and _NO_FOOD.search(sentence) and not _COMPENSATION_KEPT.search(sentence):
            return "compensation"
        if _ALCOHOL.search(sentence) and not re.search(r"\b(not|never|avoid|isn'?t|no\s+alcohol)\b", sentence, _I):
            return "alcohol_training"
    return None


KIND_CATEGORY: dict[Kind, str] = {
    "underweight_loss": "eating_disorder",
    "restriction_ok": "eating_disorder",
    "cap_override": "clearance",
    "compensation": "eating_disorder",
    "multi_day_fast": "crash_diet",
    "alcohol_training": "harmful",
}

_ED_SUPPORT = (
    "If food, weight or exercise feels hard to control, a GP or an eating-disorder helpline (Beat in the UK, NEDA in "
    "the US) can help, and talking to someone early makes a real difference."
)
REPLIES: dict[Kind, str] = {
    "underweight_loss": (
        "I can't help with losing weight here: the height and weight you gave are already under a healthy range, and "
        "losing more puts your heart, bones and hormones at risk. I can help you train for strength and energy with "
        "regular, enough meals. " + _ED_SUPPORT
    ),
    "restriction_ok": (
        "Eating very little while training hard every day is not okay for your body: it risks low energy (RED-S), "
        "injuries and your heart's health. Please eat regular meals and cut the training back for now. " + _ED_SUPPORT
    ),
    "cap_override": (
        "Please keep to the heart-rate limit your cardiologist or doctor set: it stays the ceiling until they change "
        "it. I can plan steady, moderate sessions that stay under it, and you can ask them whether and when it may go "
        "up."
    ),
    "compensation": compensation.REPLY,  # also the input answer (hAL)
    "multi_day_fast": (
        "I can't suggest fasting or living on water, coffee or juice for days: it costs muscle, energy and focus, and "
        "the weight comes back. For an event, regular meals, less salt and alcohol, sleep and a short walk help you "
        "feel and look your best."
    ),
    "alcohol_training": (
        "Skip alcohol before training: it slows reactions, hurts balance and coordination and makes heavy lifts and "
        "hard sessions riskier. For nerves before a heavy lift, a steady warm-up, slow breathing and a clear plan "
        "for your attempts work better."
    ),
}
