"""Which exercise or muscle group a question names: fuzzy, typo-tolerant, the user's own exercises first.

A question's leftover words (after the question words are dropped) are matched word by word against
the names and ids of the user's logged exercises (custom ones by their name) and of the catalog:
"sqaut", "benchpress", "ohp" and "my RDLs" all find their lift. The best match covers the most of
the question's words; ties go to an exercise the user logged, then to the most specific name, then
to a main lift. Matching is stdlib `difflib` over about 300 short names (well under a millisecond).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache

from shared.exercises.catalog import all_exercises, find_exercise
from shared.profile.model import Muscle

WORD_MATCH = 0.75  # difflib ratio for one word to count as the same ("sqaut"/"squat" is 0.8)
_JOINED = {
    "pullup": "pull up", "pullups": "pull up", "chinup": "chin up", "chinups": "chin up", "pushup": "push up",
    "pushups": "push up", "situp": "sit up", "situps": "sit up", "benchpress": "bench press",
    "legpress": "leg press", "ohp": "overhead press", "rdl": "romanian deadlift", "rdls": "romanian deadlift",
    "sldl": "stiff leg deadlift", "dl": "deadlift", "dls": "deadlift", "db": "dumbbell", "bb": "barbell",
    "kb": "kettlebell", "dead lift": "deadlift", "dead lifts": "deadlift", "bench pressed": "bench press",
}  # fmt: skip
_GENERIC = frozenset({"barbell", "dumbbell", "kettlebell", "cable", "machine", "band", "banded", "smith",
                      "single", "one", "arm", "seated", "standing", "with", "the", "and"})  # fmt: skip
_GROUPS: dict[str, tuple[str, tuple[Muscle, ...]]] = {
    "leg": ("legs", ("quads", "hamstrings", "glutes", "calves", "adductors")),
    "lower": ("lower body", ("quads", "hamstrings", "glutes", "calves", "adductors")),
    "chest": ("chest", ("chest",)), "pec": ("chest", ("chest",)),
    "back": ("back", ("lats", "upper_back", "lower_back")),
    "shoulder": ("shoulders", ("front_delts", "side_delts", "rear_delts")),
    "delt": ("shoulders", ("front_delts", "side_delts", "rear_delts")),
    "arm": ("arms", ("biceps", "triceps", "forearms")),
    "bicep": ("biceps", ("biceps",)), "tricep": ("triceps", ("triceps",)),
    "core": ("core", ("abs", "obliques")), "ab": ("abs", ("abs", "obliques")), "abs": ("abs", ("abs", "obliques")),
    "oblique": ("core", ("obliques",)),
    "glute": ("glutes", ("glutes",)), "butt": ("glutes", ("glutes",)), "quad": ("quads", ("quads",)),
    "hamstring": ("hamstrings", ("hamstrings",)), "calf": ("calves", ("calves",)), "calve": ("calves", ("calves",)),
    "lat": ("lats", ("lats",)), "trap": ("upper back", ("upper_back",)), "forearm": ("forearms", ("forearms",)),
    "upper": ("upper body", ("chest", "front_delts", "side_delts", "lats", "upper_back", "biceps", "triceps")),
}  # fmt: skip
_GROUP_FILLER = frozenset({"body", "day", "muscle", "muscles", "workout", "my"})


@dataclass(frozen=True)
class ExerciseMatch:
    exercise_id: str
    name: str
    logged: bool
    main_lift: bool
    score: float  # share of the question's words this name covers (0-1)
    specificity: float  # share of the name's words the question covers


@dataclass(frozen=True)
class MuscleGroup:
    label: str
    muscles: frozenset[str]


def stem(word: str) -> str:
    """A light English stem, enough for lift names: squats, presses, benched, deadlifted, calves."""
    if len(word) > 4 and word.endswith(("sses", "ches", "shes")):
        return word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("ed") and len(word) > 5:
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """Lower-case stemmed words, abbreviations and joined spellings expanded ("OHP" -> overhead press)."""
    plain = " " + " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("'", ""))) + " "
    for short, long in sorted(_JOINED.items(), key=lambda kv: -len(kv[0])):
        plain = plain.replace(f" {short} ", f" {long} ")
    return [stem(w) for w in plain.split()]


def _similar(word: str, other: str) -> float:
    """How alike two words are (0 below WORD_MATCH); a query word that starts a longer name word counts."""
    if word == other:
        return 1.0
    matcher = SequenceMatcher(None, word, other)
    prefix = 0.9 if len(word) >= 4 and other.startswith(word) else 0.0
    if matcher.real_quick_ratio() < WORD_MATCH or matcher.quick_ratio() < WORD_MATCH:
        return prefix  # the cheap upper bounds already rule it out (most pairs end here)
    ratio = max(matcher.ratio(), prefix)
    return ratio if ratio >= WORD_MATCH else 0.0


def _name_words(name: str, exercise_id: str = "") -> tuple[str, ...]:
    found = words(name) + words(exercise_id)
    if {"incline", "decline"} & set(found) and "press" in found:
        found.append("bench")  # "incline bench" is what lifters call the incline barbell press
    return tuple(dict.fromkeys(found))


@cache
def _catalog_names() -> tuple[tuple[str, str, tuple[str, ...], bool], ...]:
    return tuple((e.id, e.name, _name_words(e.name, e.id), e.main_lift) for e in all_exercises())


def match_exercise(phrase: list[str], logged: dict[str, str]) -> list[ExerciseMatch]:
    """Exercises the words name, best first (empty when none is close); `logged` is {id: name} of the user's."""
    wanted = [w for w in phrase if w]
    if not wanted:
        return []
    candidates: dict[str, tuple[str, tuple[str, ...], bool]] = {i: (n, w, m) for i, n, w, m in _catalog_names()}
    mine: set[str] = set()
    for exercise_id, name in logged.items():
        known = find_exercise(exercise_id)
        if known is None:  # a custom exercise: its own name
            candidates[exercise_id] = (name, _name_words(name), False)
        mine.add(known.id if known else exercise_id)
    vocabulary = {w for _, name_words, _ in candidates.values() for w in name_words}
    # Each question word against each distinct name word once (~300), not against every name's words.
    alike = {q: {w: score for w in vocabulary if (score := _similar(q, w))} for q in dict.fromkeys(wanted)}
    found: list[ExerciseMatch] = []
    for exercise_id, (name, name_words, main) in candidates.items():
        hits = [max((alike[q].get(n, 0.0) for n in name_words), default=0.0) for q in wanted]
        meaningful = any(h and w not in _GENERIC for h, w in zip(hits, wanted, strict=True))
        score = sum(hits) / len(wanted)
        if not meaningful or score < 0.5:
            continue
        covered = sum(1 for n in name_words if any(n in alike[q] for q in wanted)) / len(name_words)
        found.append(ExerciseMatch(exercise_id, name, exercise_id in mine, main, round(score, 3), covered))
    found.sort(key=lambda m: (-m.score, not m.logged, -m.specificity, not m.main_lift, len(m.name), m.name))
    return found


def muscle_group(phrase: list[str]) -> MuscleGroup | None:
    """The muscle group the words name ("legs", "leg day", "upper body", "shoulders"), else None."""
    named = [w for w in phrase if w not in _GROUP_FILLER]
    if not named or any(w not in _GROUPS for w in named):
        return None
    groups = [_GROUPS[w] for w in named]
    if len(groups) > 1 and {g[0] for g in groups} == {"upper body", "back"}:
        return MuscleGroup("upper back", frozenset({"upper_back"}))
    if len(groups) > 1 and {g[0] for g in groups} == {"lower body", "back"}:
        return MuscleGroup("lower back", frozenset({"lower_back"}))
    return MuscleGroup(groups[0][0], frozenset(m for g in groups for m in g[1]))
