"""What the ninth coach red team (R9) found said without the words the category lists knew; `shared.safety.inputs`
adds each pattern to its category.

    SELF_HARM   wishing not to survive a workout ("train until I collapse, I wouldn't care if I did", "hoping I just
                don't wake up after this workout"): the crisis answer, not the chest-pain one
    CRASH       a yes/no question about a starvation intake ("is one apple a day enough?", "would 500 calories be ok
                for a week?"): the safe-rate answer
    EATING      hiding not eating from the people one lives with: the eating-disorder answer, not tips
    MINOR       a school year that means under 18 ("year 9", "in year 8", "grade 7", "sophomore in high school")
    LOSS_BY_EXERCISE  exercise to lose weight ("fasted cardio", "more cardio to burn fat"), read with an underweight
                BMI; UNDERWEIGHT_SAID: the user says they are underweight
    risky_solo  going somewhere remote or doing a risky activity alone (read only after a crisis: `shared.coach.chat`)

Each pattern keeps its benign near-miss out ("this workout will kill me", "500 calories burned", "grade 7 climb",
"year 9 of lifting").
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_END = (
    r"(collaps\w*|pass(ed)?\s+out|drop(ped)?\s+dead|die|died|dying|dead|(never|not|don'?t|didn'?t)\s+wak(e|ing)\s+up"
    r"|my\s+heart\s+(stops|stopped|gives\s+out|gave\s+out|packs\s+in)|kill(s|ed)?\s+me|never\s+(come|came|get|got)\s+"
    r"(back|home|round)|don'?t\s+make\s+it\s+(back|home))"
)
_NOT_CARE = r"(would\s*n'?t|would\s+not|wouldnt|don'?t|do\s+not|dont|won'?t|wont)\s+(even\s+|really\s+)?(care|mind)"
SELF_HARM = re.compile(
    rf"\b{_END}\b[^.?!]{{0,40}}\b{_NOT_CARE}\b|\b{_NOT_CARE}\b[^.?!]{{0,30}}\bif\s+(i|it|this|that)\b[^.?!]{{0,30}}\b{_END}"
    rf"|\b(hop(e|ing)|wish(ing)?|pray(ing)?)\s+(that\s+)?(i\s+)?(just\s+)?"
    r"(don'?t|do\s+not|never|won'?t)\s+wake\s+up\b"
    rf"|\b(hop(e|ing)|wish(ing)?|pray(ing)?)\s+(that\s+)?(this|the|my|it)\s+(\w+\s+){{0,2}}(kills|finishes)\s+me\b"
    r"|\b(hop(e|ing)|wish(ing)?)\s+(that\s+)?i\s+(just\s+)?(collapse|drop\s+dead|die|don'?t\s+come\s+back)\b",
    _I,
)

_FOODS = (
    r"(apples?|bananas?|eggs?|rice\s+cakes?|yogh?urts?|salads?|shakes?|carrots?|oranges?|soups?|crackers?|protein\s+bars?"
    r"|bars?|slices?\s+of\s+\w+|pieces?\s+of\s+fruit|meals?|smoothies?)"
)
_ENOUGH = r"(enough|ok|okay|fine|alright|all\s+right|safe|healthy|sustainable|sufficient|too\s+little|too\s+low)"
_SPAN = (
    r"(for\s+(a|one|two|three|four|\d+|a\s+few|several|the\s+next)\s+(\w+\s+)?(days?|weeks?|months?)|a\s+day|per\s+day)"
)
# "is 2 eggs a day enough protein?" asks about a nutrient, not whether the day's food is enough.
_NOT_NUTRIENT = r"(?!\s+(protein|fib(re|er)|vitamin\w*|calcium|iron|omega|fruit|veg\w*|carbs?))"
CRASH = re.compile(
    # "is one apple a day enough?", "would two rice cakes a day be ok for a week?", "can I live on one salad a day?"
    rf"\b(is|are|would|will|could|can|does)\s+(?![^.?!]*\bprotein\b)(\w+\s+){{0,3}}(one|an?|1|two|2|just\s+one|only\s+one)\s+(\w+\s+)?{_FOODS}"
    rf"\s+(a|per|each)\s+day\b[^.?!]{{0,30}}\b{_ENOUGH}\b{_NOT_NUTRIENT}"
    rf"|\b(live|survive|get\s+by|manage)\s+on\s+(just\s+|only\s+)?(one|an?|1|two|2)\s+(\w+\s+)?{_FOODS}\s+(a|per)\s+day\b"
    # "would 500 calories be ok for a week?", "is 600 kcal enough?", "can I do 400 cals for 10 days?"
    r"|\b(is|are|would|will|could|can|does)\b[^.?!]{0,25}(?<![\d,])\b([1-9]\d{2})\s*(k?cals?|kcals?|calories)\b"
    r"(?!\s+(deficit|surplus|burn\w*|more|less|extra|over|under|below|above|of\s+(carbs|protein|fat)|before|after"
    r"|pre|post|snack|shake|bar))"
    rf"[^.?!]{{0,30}}\b({_ENOUGH}|{_SPAN})",
    _I,
)

EATING = re.compile(
    r"\b(hide|hiding|hidden|conceal\w*|cover\s+up|keep\w*\s+(it\s+)?(from|secret)|stop\s+\w+\s+(noticing|finding\s+out)"
    r"|without\s+\w+\s+(noticing|knowing|finding\s+out))\b"
    r"[^.?!]{0,60}\b(not\s+eating|skip\w*\s+(meals?|dinner|lunch|breakfast)|throw\w*\s+(food\s+)?away|restrict\w*"
    r"|starv\w*|don'?t\s+eat|didn'?t\s+eat|haven'?t\s+eaten|barely\s+eat\w*|ate|eat|eaten)\b"
    r"|\bpretend\w*\s+(that\s+)?i('?ve|\s+have)?\s+(already\s+)?(ate|eaten|had\s+(dinner|lunch|breakfast|food|a\s+meal))\b"
    r"|\b(not\s+eating|skipping\s+meals|starving\s+myself|barely\s+eating)\b[^.?!]{0,50}\b(hide|hidden|secret|noticing"
    r"|find\s+out|notice)\b",
    _I,
)

_YEARS = r"(6|7|8|9|10|11|12)"
_NOT_SCHOOL = (
    r"(?![^.?!]{0,40}\b(climb\w*|boulder\w*|route|sport\s+climb|font|piano|violin|guitar|grade\s+exam|music|tear|strain"
    r"|sprain|of\s+(lifting|training|running|marriage)|anniversary)\b)"
)
MINOR = re.compile(
    rf"(^\s*|\b(i'?m|i\s+am|im)\s+(in\s+)?|\bin\s+)(year|yr|grade)\s*{_YEARS}\b(?!\s*(of|in)\b){_NOT_SCHOOL}"
    rf"|\b(year|yr|grade)\s*{_YEARS}\s+(here|student|pupil|kid|girl|boy|at\s+school|in\s+school|now)\b{_NOT_SCHOOL}"
    r"|\b(6th|7th|8th|9th|10th|11th|12th|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)[- ]grader\b"
    r"|\b(freshman|sophomore|junior|senior)\s+(year\s+)?(in|at|of)\s+(high\s+school|hs|secondary\s+school)\b"
    r"|\b(hs|high\s+school)\s+(freshman|sophomore|junior|senior)\b",
    _I,
)

ACTIVITY = re.compile(
    r"\b(head(ing)?\s+(up|out|off)|going\s+(up|out)|run|runs|running|jog\w*|hike|hiking|walk|walking|swim\w*|climb\w*|ride|riding|scrambl\w*|trek\w*|cycl\w*"
    r"|bike|biking|drive|driving|paddl\w*|kayak\w*)\b",
    _I,
)
_SOLO_OR_REMOTE = re.compile(
    r"\b(solo|alone|on\s+my\s+own|by\s+myself|no\s+one\s+(with\s+me|knows)|nobody\s+(with\s+me|knows)|hills?"
    r"|mountains?|moors?|cliffs?|fells?|woods|forest|remote|wild\s+swim\w*|open\s+water|lake|quarry|river|sea|bridge"
    r"|in\s+the\s+dark|at\s+night|midnight)\b",
    _I,
)


def risky_solo(text: str) -> bool:
    """An outing alone or somewhere remote, in one sentence ("a long solo run in the hills tonight")."""
    return any(
        ACTIVITY.search(sentence) and _SOLO_OR_REMOTE.search(sentence) for sentence in re.split(r"[.?!\n]+", text)
    )


LOSS_BY_EXERCISE = re.compile(
    r"\bfasted\s+(cardio|runs?|running|training|workouts?|sessions?|walks?|hiit)\b"
    r"|\b(more|extra|double|twice\s+the|another|longer|daily)\s+(\w+\s+)?(cardio|runs?|running|hiit|steps|spin)\b"
    r"[^.?!]{0,40}\b(lose|burn|lean|slim|thin|skinn|drop|weight|fat|calories|smaller)\w*"
    r"|\b(cardio|running|runs?|hiit|exercise|workouts?|training)\b[^.?!]{0,30}\bto\s+(lose|burn|lean\s+out|slim|get\s+"
    r"(thin|skinn|lean|smaller)|drop)\w*"
    r"|\bburn(s|ing)?\s+(more\s+|extra\s+|off\s+|the\s+most\s+)?(fat|calories|kcals?|what\s+i\s+eat)\b",
    _I,
)
UNDERWEIGHT_SAID = re.compile(
    r"\b(i'?m|i\s+am|im)\s+(already\s+|a\s+bit\s+|slightly\s+|quite\s+|very\s+|technically\s+)?"
    r"underweight\b|\bmy\s+bmi\s+(is\s+|of\s+)?(only\s+|just\s+|around\s+|about\s+)?(1[0-7](\.\d)?|18(\.[0-4])?)\b",
    _I,
)

# The same kinds in the languages the rules already read (Spanish, Italian, French, Portuguese, German).
SELF_HARM_ELSEWHERE = re.compile(
    r"\bojal(á|a)\s+no\s+(me\s+)?despiert\w*|\bspero\s+di\s+non\s+svegliarmi|\bj'?esp(è|e)re\s+ne\s+(pas|plus)\s+me\s+"
    r"r(é|e)veiller|\bhoffentlich\s+wache\s+ich\s+([^.?!]{0,30}\s)?nicht\s+(mehr\s+)?auf|\bespero\s+n(ã|a)o\s+acordar"
    r"|\b(hasta|fino\s+a|jusqu'?(à|a)|at(é|e)|bis)\s+(desmayarme|morir(me)?|caer\s+muert\w*|svenire|morire|crollare"
    r"|m'?effondrer|mourir|desmaiar|morrer|ich\s+umfalle|ich\s+zusammenbreche|ich\s+tot\s+umfalle)\b[^.?!]{0,40}"
    r"\b(no\s+me\s+importar(í|i)a|me\s+da\s+igual|non\s+mi\s+importa|je\s+m'?en\s+fiche|(ç|c)a\s+m'?est\s+(é|e)gal"
    r"|n(ã|a)o\s+me\s+importo|tanto\s+faz|ist\s+mir\s+egal|w(ä|ae)re\s+mir\s+egal)",
    _I,
)
MINOR_ELSEWHERE = re.compile(
    r"\b(estoy|voy)\s+en\s+(primero|segundo|tercero|cuarto|[1-4]\s*(º|°|o)?)\s+de\s+(la\s+)?(eso|secundaria)\b"
    r"|\bje\s+suis\s+en\s+(sixi(è|e)me|cinqui(è|e)me|quatri(è|e)me|troisi(è|e)me|seconde|6e|5e|4e|3e)\b"
    r"|\bich\s+bin\s+in\s+der\s+([5-9]|10)\.?\s+klasse\b|\bfaccio\s+la\s+(prima|seconda|terza)\s+media\b"
    r"|\bestou\s+no\s+([6-9])\s*(º|°|o)?\s+ano\b",
    _I,
)
CRASH_ELSEWHERE = re.compile(
    r"\b(una|uma|une|eine)\s+(manzana|mela|pomme|ma(ç|c)(ã|a)|apfel)\s+(al|al\s+d(í|i)a|a\s+day|par\s+jour|al\s+giorno"
    r"|por\s+dia|pro\s+tag)\b[^.?!]{0,30}\b(suficiente|basta|abbastanza|suffisant\w*|suffit|o\s+bastante|reicht|genug)"
    r"|\b([1-9]\d{2})\s*(calor(í|i)as|calorie|kcal)\b[^.?!]{0,30}\b(est(á|a)\s+bien|estar(í|i)a\s+bien|va\s+bene|(ç|c)a\s+va"
    r"|est\s+ok|t(á|a)\s+bom|est(á|a)\s+bom|ist\s+ok|reicht|suficiente|basta|genug)",
    _I,
)
