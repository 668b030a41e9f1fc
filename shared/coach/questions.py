"""Which question about their own data a chat message asks, deterministically (no model).

Seven kinds: `best_lift` (heaviest set and best e1RM of a named lift), `records` (recent records),
`session_count` (sessions in a period), `volume_trend` (weekly volume and hard sets), `compare_last`
(the last session against the one before it), `last_trained` (when an exercise or muscle group was
last trained) and `streak`. Periods are the user's local calendar ("this week" starts on their
Monday). Advice questions ("how many days a week should I train?", "test my max") are not data
questions: they keep the coach's usual topics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from shared.coach.lookup import stem, words

Kind = Literal["best_lift", "records", "session_count", "volume_trend", "compare_last", "last_trained", "streak"]
MAX_PHRASE_WORDS = 4  # more leftover words than this is a sentence, not an exercise name


@dataclass(frozen=True)
class Period:
    """Local dates, both ends included; `first` None means all time."""

    label: str
    first: date | None
    last: date


@dataclass(frozen=True)
class Question:
    kind: Kind
    phrase: tuple[str, ...]  # stemmed words naming an exercise or a muscle group (may be empty)
    period: Period | None


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


_ADVICE = _re(r"\b(should|recommend\w*|how (do|can) i|how to|tips?|technique|form|test(ing)?|best (way|exercises?|"
              r"program\w*|routine|time|split)|what (is|are) the best|suggest\w*|safe)\b")  # fmt: skip
_STREAK = _re(r"\bstreak|\bin a row\b|\bconsecutive (weeks|days)\b")
_BEST = _re(r"\b(heaviest|best|max|maximum|maxes|prs?|pbs?|1 ?rm|one rep max|e1rm|strongest|top sets?|most weight|"
            r"personal (best|record)s?|biggest|records?)\b")  # fmt: skip
_RECORDS_ONLY = _re(r"\b(records|prs|pbs|any (new )?(pr|pb|record)|new (pr|pb|record)s?|personal (bests|records)|"
                    r"(set|hit|break|broke|beat) (a |any |new )*(pr|pb|record)s?)\b")  # fmt: skip
_LAST_TRAINED = _re(r"\bwhen (did|was|have) (i|my)\b|\blast time i\b|\bhow long (since|ago)\b|\bhow many days since\b")
_SESSION = _re(r"\b(workouts?|sessions?|train\w*|gym|lift\w*|work(ed)? ?out|exercised?)\b")
_COMPARE = _re(
    r"\b(last|latest|previous|most recent|todays|yesterdays)\s+(?!weeks?\b|months?\b)(\w+\s+)?"
    r"(workout|session|training|gym)"
)
_COMPARE_VERB = _re(r"\b(compar\w*|vs|versus|stack\w* up|better|worse|go|went|was|how did|improv\w*|differ\w*|"
                    r"change\w*|against|did)\b")  # fmt: skip
_COUNT = _re(r"\b(how (many|often)|number of|count)\b")
_COUNT_NOUN = _re(r"\b(sessions?|workouts?|times|days|trainings?|gym)\b")
_DID = _re(r"\b(did|have|ive|i have|done|logged|completed|managed|trained|been)\b")
_VOLUME = _re(r"\b(volume|tonnage|workload|work load|training load|hard sets)\b|\b(doing|lifting) more\b")
_STOP = frozenset(stem(w) for w in (
    "what whats is are was were my me i im ive the a an of on in at for with to did do does done doing have has "
    "had ever so far yet heaviest best max maximum maxes pr prs pb pbs 1rm 1 rm one rep e1rm estimated strongest top "
    "set sets record records personal lift lifts lifted lifting weight most how much many can could current "
    "currently all time tell show give please hey coach vigor when last train trained training hit work worked "
    "out session sessions workout workouts week weeks month months year today yesterday recently lately ago since "
    "previous latest again this that it your you and or about know now any new biggest been did i d hows whens "
    "long day days since many often been go gym going up down trend is there"
).split())  # fmt: skip
_PERIODS: list[tuple[re.Pattern[str], str]] = [
    (_re(r"\btoday\b"), "today"), (_re(r"\byesterday\b"), "yesterday"),
    (_re(r"\b(last|past) (\d{1,3}) days\b"), "days"), (_re(r"\b(last|past) (\d{1,2}) weeks\b"), "weeks"),
    (_re(r"\b(past|last) 7 days\b|\bpast week\b"), "7days"),
    (_re(r"\bthis week\b"), "this week"), (_re(r"\b(last|previous) week\b"), "last week"),
    (_re(r"\bthis month\b"), "this month"), (_re(r"\b(last|previous) month\b"), "last month"),
    (_re(r"\bthis year\b"), "this year"),
    (_re(r"\b(all[- ]time|ever|in total|total|altogether|so far)\b"), "all time"),
]  # fmt: skip


def period_of(text: str, today: date) -> Period | None:
    """The local period a message names, or None."""
    monday = today - timedelta(days=today.weekday())
    month = today.replace(day=1)
    for pattern, name in _PERIODS:
        found = pattern.search(text)
        if not found:
            continue
        if name == "days" or name == "weeks":
            n = max(1, min(int(found.group(2)), 366 if name == "days" else 52))
            return Period(f"the last {n} {name}", today - timedelta(days=n * (7 if name == "weeks" else 1) - 1), today)
        spans: dict[str, tuple[date | None, date]] = {
            "today": (today, today), "yesterday": (today - timedelta(days=1), today - timedelta(days=1)),
            "7days": (today - timedelta(days=6), today), "this week": (monday, today),
            "last week": (monday - timedelta(days=7), monday - timedelta(days=1)), "this month": (month, today),
            "last month": ((month - timedelta(days=1)).replace(day=1), month - timedelta(days=1)),
            "this year": (today.replace(month=1, day=1), today), "all time": (None, today),
        }  # fmt: skip
        first, last = spans[name]
        return Period("the last 7 days" if name == "7days" else name, first, last)
    return None


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(w for w in words(text) if w not in _STOP and not w.isdigit())


def classify(text: str, today: date) -> Question | None:
    """The data question `text` asks (with `today` the user's local date), or None for any other message."""
    plain = text.replace("'", "").replace("\u2019", "")
    if _ADVICE.search(plain):
        return None
    period = period_of(plain, today)
    phrase = _phrase(plain)
    if _STREAK.search(plain):
        return Question("streak", (), period)
    if _BEST.search(plain):
        if len(phrase) > MAX_PHRASE_WORDS:
            return None
        kind: Kind = "records" if not phrase and _RECORDS_ONLY.search(plain) else "best_lift"
        return Question(kind, phrase, period)
    if _LAST_TRAINED.search(plain):
        return Question("last_trained", phrase, period) if len(phrase) <= MAX_PHRASE_WORDS else None
    if _COMPARE.search(plain) and _COMPARE_VERB.search(plain):
        return Question("compare_last", (), None)
    if _COUNT.search(plain) and _COUNT_NOUN.search(plain) and (period or _DID.search(plain)):
        return Question("session_count", (), period)
    if period and _DID.search(plain) and _SESSION.search(plain) and plain.rstrip().endswith("?"):
        return Question("session_count", (), period)  # "did I train this week?"
    if _VOLUME.search(plain):
        return Question("volume_trend", (), period)
    return None
