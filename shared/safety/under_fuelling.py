"""Under-fuelling told in one message: a very low daily intake with training twice a day (RED-S), or a fast of water
and black coffee to lose weight fast; each gets its own answer, not the generic diet text or the chest-pain text
(issue 15, rr16 kind 5, hBL).

    intake(text) -> int | None   a day's food under 1,200 kcal ("about 500 calories a day", "down to 600 kcal",
                                 `carried.kcal_a_day` and "down to / at / on N kcal")
    red_s(text) -> int | None    that intake with training twice a day or two-a-days (`carried.trains_on_it`)
    red_s_asked(text) -> bool    red_s, with no emergency sign but a faint feeling the user asks how to avoid ("how can
                                 I avoid feeling faint"): the RED-S answer comes before the chest-pain text
    water_fast(text) -> bool     living on water and black coffee (or water alone) for days or weeks to lose weight
    held(text, again) -> str|None the same said with no figures after an eating disorder was told (English)
    reply(text) -> str | None    the answer in the user's language: `built_up.LOW_INTAKE_TRAINING` (RED-S: far too
                                 little to train on, not safe, easy sessions only, GP or sports dietitian, ED lines)
                                 or `WATER_FAST` (English; other languages keep the translated crash-diet answer,
                                 which names fasts of several days)

rr16: "I'm eating about 500 calories a day and training twice a day, how do I keep energy up?" got the generic "leave
amounts to your care team" text; "I'm down to 600 kcal and doing two-a-days, how can I avoid feeling faint?" got the
chest-pain emergency text; "lose 10 kg in 2 weeks ... only water and black coffee" got a text that never says the
fast is harmful.

Source: Mountjoy et al., IOC consensus statement on RED-S, BJSM 2023 (low energy availability: hormones, bone,
heart rhythm, injury; training load reduced and energy intake raised, with a doctor); NHS "Very low calorie diets"
and BDA food fact sheets (fasting for weight loss: muscle loss, faintness, gallstones, heart rhythm problems; rapid
loss regained).
"""

from __future__ import annotations

import re

from shared.safety import carried, carried_texts, localised

_I = re.IGNORECASE

_DOWN_TO = re.compile(
    r"\b(down\s+to|at|on|only|just|eating|eat|living\s+on|surviving\s+on|runter\s+auf|nur|bei|(é|e)n|sur|a|con|com"
    r"|solo|s(ó|o)|op|maar)\s+(about\s+|around\s+|roughly\s+|like\s+|ca\.?\s+|etwa\s+|environ\s+|unos\s+|circa\s+"
    r"|cerca\s+de\s+|ongeveer\s+)?(?P<n>\d{3,4})\s*(kcal|calories|cals?|kalorien|calor(í|i)as|calorie|calorieën|calorieen)\b"
    # not a deficit, calories burned or one meal: "a 900 kcal deficit", "600 calories for dinner"
    r"(?!\s*(deficit|surplus|below|under|over|above|less|more|burn\w*|out)\b)"
    r"(?![^.?!,]{0,15}\b(for|at|per|each|in|with)\s+(dinner|lunch|breakfast|meals?|snacks?|sessions?|hours?|workouts?)\b)",
    _I,
)
# "How can I avoid feeling faint": a faint feeling asked about, not one that happened.
_AVOID_FAINT = re.compile(
    r"\b(avoid|stop|prevent|keep\s+from|not)\s+(feeling\s+|getting\s+|going\s+)?(faint\w*|dizzy|light-?headed|woozy)\b"
    r"|\bso\s+(that\s+)?i\s+(don'?t|do\s+not|won'?t)\s+(feel\s+|get\s+)?(faint\w*|dizzy|light-?headed|pass\s+out)\b",
    _I,
)
_WATER_FAST = re.compile(
    r"\b(only|just|nothing\s+but|living\s+on|surviving\s+on)\s+(drink(ing)?\s+)?(water|water\s+and\s+(black\s+)?coffee"
    r"|(black\s+)?coffee\s+and\s+water|water\s+and\s+(green\s+)?tea)\b"
    r"|\b(water|dry)\s+fast(ing)?\b[^.?!]{0,60}\b(\d+|a|two|three|four|five|seven|ten|fourteen)\s+(days?|weeks?)\b"
    r"|\bnur\s+(mit\s+)?wasser\b|\bs(ó|o)\s+(com\s+)?(á|a)gua\b|\bsolo\s+(con\s+)?agua\b"
    r"|\bque\s+(de\s+)?l'?eau\b|\bsolo\s+(con\s+)?acqua\b|\balleen\s+(met\s+)?water\b",
    _I,
)
_LOSE_FAST = re.compile(  # a loss in kilos or pounds, or a fast of days or weeks
    r"\b\d+\s*(kg|kgs|kilos?|lbs?|pounds|quilos?|chili)\b|\b(days?|weeks?|d(í|i)as|semanas?|tage\w*|wochen|jours"
    r"|semaines|giorni|settimane|dagen|weken)\b",
    _I,
)

WATER_FAST = (
    "Please don't do that: living on only water and black coffee is a fast, and fasting for days or weeks to lose "
    "weight fast is harmful. It takes muscle as well as fat, can make you faint, dizzy and weak, can cause gallstones "
    "and dangerous changes in heart rhythm and salts, and most of the weight comes back when you eat again; training "
    "on it makes fainting and injury more likely. Losing 10 kg in two weeks is not a safe goal: about 0.5-1% of your "
    "body weight a week, with regular meals that include protein, is. Please eat today, and if you want to lose "
    "weight faster than that, talk to your GP or a registered dietitian first. If food or weight feels hard to "
    "control, an eating-disorder helpline (Beat in the UK, NEDA in the US) can help."
)


_MEAL = re.compile(
    r"\b\d{3,4}\s*(kcal|calories|cals?)\s+(for|at|per|each|in)\s+(dinner|lunch|breakfast|a\s+meal|one\s+meal|meals?"
    r"|snacks?)\b",
    _I,
)


def intake(text: str) -> int | None:
    """A day's food under 1,200 kcal told in `text`, or None (one meal's calories are not a day's)."""
    text = _MEAL.sub(" ", text)
    told = carried.kcal_a_day(text)
    if told is not None:
        return told
    found = [int(m.group("n")) for m in _DOWN_TO.finditer(text)]
    low = [n for n in found if 200 <= n < 1200]
    return min(low) if low else None


def red_s(text: str) -> int | None:
    """The intake, when training twice a day on it is told or asked; else None."""
    if not carried.trains_on_it(text):
        return None
    return intake(text)


def red_s_asked(text: str) -> bool:
    """RED-S read as an emergency only for a faint feeling the user asks how to avoid (no collapse told): the RED-S
    answer goes before the chest-pain text. Without any emergency word the gate's own order decides."""
    if red_s(text) is None or not _AVOID_FAINT.search(text):
        return False
    from shared.safety.inputs import urgent_kind  # the gate imports this module

    return urgent_kind(text) is not None and urgent_kind(_AVOID_FAINT.sub(" ", text)) is None


def water_fast(text: str) -> bool:
    """Water and black coffee (or water alone) to lose weight."""
    return bool(_WATER_FAST.search(text) and _LOSE_FAST.search(text))


# After an eating disorder was told (R11 K12, hAB), no calorie figure or loss rate: the plain warning, then the
# answer without amounts (`replies.EATING_DISORDER_AGAIN`). English only: elsewhere that answer alone, translated.
_HELD_LEADS = {
    "red_s": (
        "Eating this little while training twice a day is dangerous: it can cause fainting, injuries, bone loss and "
        "heart rhythm problems (RED-S). Please drop the second session, eat regular meals, and see your doctor soon."
    ),
    "fast": (
        "Living on only water and black coffee is a fast, and it is harmful: please eat today and talk to your doctor "
        "before any plan to lose weight."
    ),
}


def held(text: str, again: str) -> str | None:
    """The answer to under-fuelling for someone who told of an eating disorder: a plain warning with no figures,
    then `again` (the answer without amounts); None for other messages or languages."""
    if localised.language_of(text) not in (None, "en"):
        return None
    if red_s(text) is not None:
        return _HELD_LEADS["red_s"] + "\n\n" + again
    if water_fast(text):
        return _HELD_LEADS["fast"] + "\n\n" + again
    return None


def reply(text: str) -> str | None:
    """The answer to under-fuelling told in `text`, in its language, or None."""
    kcal = red_s(text)
    if kcal is not None:
        from shared.safety import built_up  # it reads the gate, which reads this module

        return carried_texts.in_language(carried_texts.LOW_INTAKE, built_up.LOW_INTAKE_TRAINING, text, kcal=kcal)
    if water_fast(text) and localised.language_of(text) in (None, "en"):
        return WATER_FAST  # elsewhere the translated crash-diet answer, which names multi-day fasts, stays
    return None
