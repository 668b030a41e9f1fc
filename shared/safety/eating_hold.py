"""After an eating disorder is told, no answer sets calories, deficits, fasting or a weight-loss rate (issue 15, rr11
K12, hAB).

    told(earlier, flagged) -> bool   an eating disorder (or purging) said earlier in this conversation, or a flag
    breaks(answer) -> bool           the answer holds a calorie figure or target, a deficit, fasting, or a loss rate

The eleventh red team: "I have bulimia" and then "give me a fast diet to drop 5 kg" got the crash-diet refusal with
"300-500 kcal a day below what you burn" and "0.5-1% of your body weight a week" from the offline coach, and a
provider's 1,200 kcal plan passed (only intakes under 1,200 kcal were held after a disclosure). NICE NG69 (1.3, 1.4):
people with bulimia or binge eating are not given dieting advice or calorie targets outside their treatment team;
energy and weight goals belong to the care plan. Any such figure in a later answer (the offline coach's or a
provider's) is the eating-disorder case: the gentle answer without amounts (`replies.EATING_DISORDER_AGAIN`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_I = re.IGNORECASE

CONTEXT = "ed_told"  # the review context key: an eating disorder was told in this conversation or is flagged

_UNIT = r"(kg|kgs|kilos?|kilograms?|lbs?|pounds?|stone|%)"
_NUMBER = r"\d[\d,.]*"
_FIGURES = re.compile(
    # any calorie or kilojoule figure ("1,200 kcal", "1500 calories", "eat 1800")
    rf"\b{_NUMBER}\s*(-|\u2013|to)?\s*({_NUMBER}\s*)?(k?cals?|calories|kj|kilojoules)\b"
    r"|\b(calorie|caloric|energy)\s+(deficit|target|goal|budget|limit|intake\s+of)s?\b|\bdeficits?\b"
    r"|\b(eat|have|keep\s+it\s+(to|under|at)|stay\s+(under|at|around)|aim\s+for)\s+(about\s+|around\s+|roughly\s+)?"
    r"[1-4][,.]?\d{3}\b(?!\s*(m|metres|meters|steps|reps))"
    # fasting: a fast of some length, fasted training, a fasting window
    r"|\bfasting\b|\bfasted\b|\b(water|juice|dry|extended|\d+[- ]?(hour|day|h))\s+fasts?\b|\bfast\s+(for|until|till)\b"
    r"|\b(intermittent\s+fasting|omad|one\s+meal\s+a\s+day|1[68]:[68]|20:4|eating\s+window|skip\s+(breakfast|meals?"
    r"|dinner|lunch))\b"
    # a weight-loss rate or amount ("lose 1 kg a week", "0.5-1% of body weight a week", "drop 5 kg in two weeks")
    rf"|\b(lose|losing|drop|dropping|shed|shedding|cut)\s+(about\s+|around\s+|up\s+to\s+)?{_NUMBER}\s*((-|\u2013|to)\s*"
    rf"{_NUMBER}\s*)?{_UNIT}"
    rf"|\b{_NUMBER}\s*((-|\u2013|to)\s*{_NUMBER}\s*)?{_UNIT}\s+(of\s+(your\s+)?body\s*weight\s+)?(a|per|each|every|/)\s*"
    r"(week|wk|month|day)\b",
    _I,
)
# Vigor's own words about what it will not give ("I won't set calorie or weight targets", "leave amounts, calorie
# targets, fasting windows and weight goals to your care team") name the topic, not a figure.
_DECLINES = re.compile(
    r"\b(won'?t|will\s+not|can'?t|cannot|don'?t|never|no)\s+(\w+\s+){0,3}(calorie|kcal|weight|fasting|amounts?"
    r"|targets?|numbers?|deficits?)\b(?![^.?!]*\d)"
    r"|\bleave\s+[^.?!]{0,60}\bto\s+your\s+(care|treatment)\s+team",
    _I,
)


def breaks(answer: str) -> bool:
    """The answer holds a calorie figure or target, a deficit, fasting, or a weight-loss amount or rate, outside a
    sentence that declines to give one."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", answer):
        if _FIGURES.search(sentence) and not _DECLINES.search(sentence):
            return True
    return False


def told(earlier: Iterable[tuple[str, str, str | None]], flagged: Iterable[str]) -> bool:
    """An eating disorder is a flag, or a message of this conversation was answered as one (its safety column) or
    reads as one (`inputs.classify`): what the user said holds for the conversation even after the flag is cleared."""
    from shared.safety.inputs import classify

    if "eating_disorder" in set(flagged):
        return True
    return any(
        safety == "eating_disorder" or (role == "user" and classify(text) == "eating_disorder")
        for role, text, safety in earlier
    )


def context(flagged: Iterable[str]) -> frozenset[str]:
    """The review context for an answer outside a chat (the daily message, a workout's analysis): `CONTEXT` when an
    eating disorder is a flag."""
    return frozenset({CONTEXT}) if "eating_disorder" in set(flagged) else frozenset()
