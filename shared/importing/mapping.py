"""From another app's exercise name to a Vigor exercise: the catalog, the user's own, or a new custom one.

Order (first that answers wins):
1. the user's remembered correction for this name (a dry run's review, `corrections.py`);
2. one of the user's custom exercises with this name (so an exported custom exercise comes back as itself);
3. a catalog exercise whose name or id reads the same once normalised, or a known name from the
   other apps (`ALIASES`: "Squat (Barbell)" is the barbell back squat);
4. fuzzy matching (rapidfuzz) of the name against every catalog name and id, where the equipment the
   name gives ("Bench Press (Barbell)", "DB curl") must be the catalog exercise's: a match on another
   piece of equipment loses `EQUIPMENT_PENALTY` points, so "Bench Press (Dumbbell)" never becomes the
   barbell bench press; a score of `THRESHOLD` or more is a match;
5. otherwise a new custom exercise, `custom:<slug of the name>`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Literal

from rapidfuzz import fuzz

from shared.exercises.catalog import all_exercises, find_exercise

THRESHOLD = 80.0
EQUIPMENT_PENALTY = 30.0
MAX_NAME = 80
How = Literal["remembered", "custom", "exact", "fuzzy", "new_custom"]

# Words that name equipment, as the apps write them, to the catalog's equipment.
EQUIPMENT = {
    "barbell": "barbell", "bb": "barbell", "ez bar": "barbell", "ez": "barbell", "trap bar": "barbell",
    "dumbbell": "dumbbells", "dumbbells": "dumbbells", "db": "dumbbells",
    "kettlebell": "kettlebells", "kettlebells": "kettlebells", "kb": "kettlebells",
    "cable": "cable_machine", "rope": "cable_machine", "machine": "machines", "smith machine": "machines",
    "band": "resistance_bands", "bands": "resistance_bands", "banded": "resistance_bands",
}  # fmt: skip
_WORDS = {
    "pullup": "pull up", "pullups": "pull up", "pull ups": "pull up", "chinup": "chin up", "chin ups": "chin up",
    "pushup": "push up", "push ups": "push up", "bicep": "biceps", "tricep": "triceps", "ohp": "overhead press",
    "rdl": "romanian deadlift", "sldl": "stiff leg deadlift", "bench": "bench", "situp": "sit up",
    "raises": "raise", "curls": "curl", "rows": "row", "presses": "press", "extensions": "extension",
    "skullcrusher": "skull crusher", "skullcrushers": "skull crusher", "squats": "squat",
    "lunges": "lunge", "deadlifts": "deadlift", "flyes": "fly", "flys": "fly",
}  # fmt: skip
# Names the other apps use that fuzzy matching alone gets wrong or misses (normalised, see `normalise`).
ALIASES = {
    "squat barbell": "barbell-back-squat", "back squat barbell": "barbell-back-squat",
    "front squat barbell": "barbell-front-squat", "deadlift barbell": "barbell-deadlift",
    "romanian deadlift barbell": "barbell-rdl", "romanian deadlift dumbbell": "dumbbell-rdl",
    "overhead press barbell": "barbell-overhead-press", "overhead press dumbbell": "dumbbell-shoulder-press",
    "shoulder press dumbbell": "dumbbell-shoulder-press", "bent over row barbell": "barbell-row",
    "bent over one arm row dumbbell": "dumbbell-row", "incline bench press barbell": "barbell-incline-press",
    "incline bench press dumbbell": "dumbbell-incline-press", "bench press dumbbell": "dumbbell-bench-press",
    "bicep curl dumbbell": "dumbbell-curl", "biceps curl dumbbell": "dumbbell-curl",
    "bicep curl barbell": "barbell-curl", "biceps curl barbell": "barbell-curl",
    "triceps pushdown cable straight bar": "cable-triceps-pushdown", "triceps rope pushdown": "cable-triceps-pushdown",
    "triceps pushdown": "cable-triceps-pushdown", "lat pulldown cable": "lat-pulldown",
    "seated row cable": "cable-seated-row", "leg extension machine": "leg-extension",
    "lying leg curl machine": "lying-leg-curl", "seated leg curl machine": "seated-leg-curl",
    "leg press": "leg-press", "leg press machine": "leg-press", "hip thrust barbell": "barbell-hip-thrust",
    "chest fly dumbbell": "dumbbell-fly", "face pull cable": "cable-face-pull",
    "lateral raise cable": "cable-lateral-raise",
    "running": "jog", "running treadmill": "treadmill-run", "treadmill": "treadmill-run", "walking": "brisk-walk",
    "rowing machine": "rowing-machine", "rowing": "rowing-machine", "cycling": "stationary-bike",
    "cycling indoor": "stationary-bike", "stationary bike": "stationary-bike", "elliptical trainer": "elliptical",
    "stair stepper": "stair-climber", "dips": "parallel-bar-dip", "dip": "parallel-bar-dip",
    "pull up": "pull-up", "chin up": "chin-up", "push up": "push-up", "plank": "plank",
    "flat barbell bench press": "barbell-bench-press", "barbell squat": "barbell-back-squat",
    "dumbbell curl": "dumbbell-curl", "crunches": "crunch", "sit up": "crunch",
    "skull crusher barbell": "barbell-skull-crusher", "skull crusher dumbbell": "dumbbell-skull-crusher",
    "farmers walk": "farmers-carry-dumbbell", "farmer walk": "farmers-carry-dumbbell", "cable crossover": "cable-fly",
    "reverse fly dumbbell": "dumbbell-rear-delt-fly", "reverse fly machine": "reverse-pec-deck",
    "rear delt fly machine": "reverse-pec-deck", "squat": "barbell-back-squat", "deadlift": "barbell-deadlift",
    "bench press": "barbell-bench-press", "overhead press": "barbell-overhead-press", "lunge": "forward-lunge",
    "lunge dumbbell": "dumbbell-reverse-lunge", "lunge barbell": "barbell-reverse-lunge",
    "calf raise machine": "machine-calf-raise",
    "deadlift trap bar": "trap-bar-deadlift", "trap bar deadlift": "trap-bar-deadlift",
    "hex bar deadlift": "trap-bar-deadlift", "safety squat bar squat": "safety-bar-squat",
    "squat safety squat bar": "safety-bar-squat", "safety bar squat": "safety-bar-squat",
}  # fmt: skip


@dataclass(frozen=True)
class Match:
    """Where a source name goes: `exercise_id` (catalog or `custom:`), Vigor's `name` for it, how it was
    found, and the fuzzy score (0-100) when it was."""

    exercise_id: str
    name: str
    how: How
    score: float | None = None


def normalise(name: str) -> str:
    """Lower case, accents and punctuation gone, parentheses opened, plurals and spellings unified:
    "Bench Press (Barbell)" -> "bench press barbell"; "Pull-Ups" -> "pull up"."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    for joined, spaced in (("pull ups", "pull up"), ("chin ups", "chin up"), ("push ups", "push up")):
        text = text.replace(joined, spaced)
    return " ".join(_WORDS.get(word, word) for word in text.split())


def equipment_in(text: str) -> set[str]:
    """The catalog equipment a normalised name names ("barbell", "db", "cable" ...)."""
    words = f" {text} "
    return {kind for word, kind in EQUIPMENT.items() if f" {word} " in words}


def slug(name: str) -> str:
    """`custom:` id part for a name: `Sled Push (Heavy)` -> `sled-push-heavy`; a name with no letters
    we can spell gets a short hash so two such names differ."""
    text = normalise(name).replace(" ", "-")[: MAX_NAME - len("custom:")].strip("-")
    if not text:
        text = "exercise-" + hashlib.sha256(name.encode()).hexdigest()[:8]
    return text


@dataclass(frozen=True)
class _Entry:
    exercise_id: str
    name: str
    bases: tuple[str, ...]  # normalised name and id without their equipment words
    equipment: frozenset[str]


def movement(text: str) -> str:
    """A normalised name without its equipment words: "bench press barbell" -> "bench press"."""
    words = f" {text} "
    for word in sorted(EQUIPMENT, key=len, reverse=True):
        words = words.replace(f" {word} ", " ")
    return " ".join(words.split())


@cache
def _index() -> tuple[tuple[_Entry, ...], dict[str, str]]:
    entries: list[_Entry] = []
    exact: dict[str, str] = {}
    for e in all_exercises():
        texts = tuple(dict.fromkeys([normalise(e.name), normalise(e.id.replace("-", " "))]))
        bases = tuple(dict.fromkeys(movement(t) for t in texts if movement(t)))
        entries.append(_Entry(e.id, e.name, bases, frozenset(e.equipment)))
        for text in texts:
            exact.setdefault(text, e.id)
    for alias, target in ALIASES.items():
        exact.setdefault(normalise(alias), target)
    return tuple(entries), exact


def _similarity(query: str, base: str) -> float:
    # token_set alone is 100 whenever one name's words are a subset of the other's ("reverse fly" and
    # "fly"); token_sort weighs the words one has and the other lacks.
    return 0.35 * fuzz.token_set_ratio(query, base) + 0.65 * fuzz.token_sort_ratio(query, base)


def _scored(name: str) -> list[tuple[float, str]]:
    """(score, catalog id) for every exercise, best first (ties by id)."""
    query = normalise(name)
    base = movement(query)
    if not base:
        return []
    wanted = equipment_in(query)
    scored = []
    for entry in _index()[0]:
        score = max((_similarity(base, b) for b in entry.bases), default=0.0)
        if wanted and not wanted <= entry.equipment:
            score -= EQUIPMENT_PENALTY
        scored.append((score, entry.exercise_id))
    return sorted(scored, key=lambda s: (-s[0], s[1]))


def fuzzy(name: str) -> tuple[str, float] | None:
    """The best catalog exercise id for a name and its score, or None below THRESHOLD. The movement
    words are compared; the equipment the name gives must be the exercise's (EQUIPMENT_PENALTY)."""
    ranked = _scored(name)
    if not ranked or ranked[0][0] < THRESHOLD:
        return None
    return ranked[0][1], round(ranked[0][0], 1)


def similar(name: str, limit: int = 3) -> list[str]:
    """Catalog ids a user typing `name` for a new exercise probably means, best first: the exercise that
    reads the same (or a known other-app name for it), then fuzzy matches of THRESHOLD or more."""
    found: list[str] = []
    exact = _index()[1].get(normalise(name))
    if exact is not None and find_exercise(exact) is not None:
        found.append(exact)
    found += [ident for score, ident in _scored(name) if score >= THRESHOLD and ident not in found]
    return found[:limit]


class Mapper:
    """Matches source names for one user: their remembered corrections (normalised name -> exercise id)
    and their custom exercises (exercise id -> name). Answers are memoised per name."""

    def __init__(self, remembered: Mapping[str, str], customs: Mapping[str, str]) -> None:
        self.remembered = dict(remembered)
        self.customs = dict(customs)
        self._custom_by_name = {normalise(n): i for i, n in customs.items()}
        self._seen: dict[str, Match] = {}

    def name_of(self, exercise_id: str) -> str | None:
        found = find_exercise(exercise_id)
        return found.name if found is not None else self.customs.get(exercise_id)

    def match(self, source_name: str) -> Match:
        key = normalise(source_name) or source_name.strip().casefold()
        if key in self._seen:
            return self._seen[key]
        self._seen[key] = found = self._match(source_name, key)
        return found

    def _match(self, source_name: str, key: str) -> Match:
        target = self.remembered.get(key)
        if target is not None:
            # A correction to "a new custom exercise" names one that the next real import creates.
            name = self.name_of(target) or (source_name.strip()[:MAX_NAME] if target.startswith("custom:") else None)
            if name is not None:
                return Match(target, name, "remembered")
        if key in self._custom_by_name:
            ident = self._custom_by_name[key]
            return Match(ident, self.customs[ident], "custom")
        exact = _index()[1].get(key)
        if exact is not None and (found := find_exercise(exact)) is not None:
            return Match(found.id, found.name, "exact", 100.0)
        best = fuzzy(source_name)
        if best is not None and (found := find_exercise(best[0])) is not None:
            return Match(found.id, found.name, "fuzzy", best[1])
        return Match(f"custom:{slug(source_name)}", source_name.strip()[:MAX_NAME], "new_custom")
