"""Numbers written with thousands separators, read as one number by the safety checks.

    joined(text) -> str   "2,800 kcal" -> "2800 kcal", "2.800 kcal" / "2 800 kcal" -> "2800 kcal"

Why: the checks read a daily intake under 1,200 kcal as a crash diet, and a pattern starting at a word boundary
found "800 kcal a day" inside "2,800 kcal a day" (the previous session's hBA note; "1,500 kcal per day on my cut"
was read as 500). English writes thousands with a comma, most of Europe with a point or a space (SI/ISO 80000-1 a
thin space): "2.800 kcal" and "2 800 kcal" are 2,800 kcal in a Dutch, German or French message.

A comma, no-break, thin or narrow no-break space between digit groups always joins them (a list such as
"100,120,140" keeps its three-digit groups apart: only a lead of 1-2 digits joins). A point or a plain space
joins only before a calorie word, where no decimal or "3 x 500 m" reading exists ("2.5 kg" and "3 500 m
repeats" stay as written).
"""

from __future__ import annotations

import re

_LEAD_GROUP = re.compile(r"(?<![\d.,])(\d{1,2})[,\u00a0\u2009\u202f](\d{3})(?![\d]|[.,]\d)")
_CALORIE_GROUP = re.compile(
    r"(?<![\d.,])(\d{1,2})[. ](\d{3})(?=\s*-?\s*(k?cals?|kcal|kilocal\w*|calor\w*|kalor\w*|kcalorie\w*)\b)",
    re.IGNORECASE,
)


def joined(text: str) -> str:
    """`text` with each thousands-separated number written as one ("2,800 kcal a day" -> "2800 kcal a day")."""
    if not any(c.isdigit() for c in text):
        return text
    return _CALORIE_GROUP.sub(r"\1\2", _LEAD_GROUP.sub(r"\1\2", text))
