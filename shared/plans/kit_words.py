"""Words that name a piece of equipment, so no text a user reads names kit they do not have (review 25, defect 6:
a bodyweight + pull-up bar lifter was told to "add a dip belt, or a dumbbell between the feet").

KIT_WORDS: equipment -> patterns that name it in English coaching text.
missing_kit(text, equipment) -> the equipment `text` names that `equipment` lacks (a dip belt counts as loose
plates: it needs a barbell, dumbbells or kettlebells to hang from it).
held_load(equipment) -> a short list of the loads a person can hold ("a dumbbell or kettlebell"), or a household
stand-in when they have none.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

BELT = "dip_belt"  # not profile equipment: loose plates on a belt, which a person with weights has
_PLATES = frozenset({"barbell", "dumbbells", "kettlebells"})

KIT_WORDS: dict[str, re.Pattern[str]] = {
    kit: re.compile(pattern, re.IGNORECASE)
    for kit, pattern in {
        "barbell": r"\bbarbells?\b|\bloaded bar\b|\bplates?\b",
        "dumbbells": r"\bdumbbells?\b",
        "kettlebells": r"\bkettlebells?\b|\bbells?\b",
        "bench": r"\bbench\b(?! press)",
        "resistance_bands": r"\b(?:resistance )?bands?\b",
        "cable_machine": r"\bcables?\b",
        "machines": r"\bmachines?\b|\bweight stack\b",
        "cardio_machine": r"\bbikes?\b|\browers?\b|\btreadmills?\b|\bellipticals?\b|\bergometers?\b",
        "pull_up_bar": r"\bpull-up bar\b",
        "trap_bar": r"\btrap[- ]bar\b|\bhex(?:agonal)? bar\b",
        "safety_squat_bar": r"\bsafety[- ](?:squat[- ])?bar\b|\byoke\b",
        BELT: r"\bdip belt\b|\bweight vest\b",
    }.items()
}


def missing_kit(text: str, equipment: AbstractSet[str]) -> list[str]:
    """The equipment `text` names that a person with `equipment` does not have (sorted; empty when none)."""
    have = set(equipment) | {"bodyweight"}
    if have & _PLATES:
        have.add(BELT)
    return sorted(kit for kit, pattern in KIT_WORDS.items() if kit not in have and pattern.search(text))


def held_load(equipment: AbstractSet[str]) -> str:
    """What a person can hold as a light load, from their own kit ("a dumbbell or kettlebell"); without weights, a
    backpack with books or water bottles (a household load every home has)."""
    kinds = [word for kit, word in (("dumbbells", "dumbbell"), ("kettlebells", "kettlebell"), ("barbell", "plate"))
             if kit in equipment]  # fmt: skip
    if not kinds:
        return "a backpack with books or water bottles"
    return "a " + (" or ".join(kinds) if len(kinds) < 3 else f"{kinds[0]}, {kinds[1]} or {kinds[2]}")


def pull_load(equipment: AbstractSet[str]) -> str:
    """How to load a pull-up or chin-up with this kit: a dip belt with plates, a dumbbell between the feet, a
    kettlebell on a belt; without weights, a loaded backpack (review 25: no dip belt for a bar-only lifter)."""
    ways = []
    if "barbell" in equipment:
        ways.append("a dip belt with plates")
    if "dumbbells" in equipment:
        ways.append("a dumbbell between the feet")
    if "kettlebells" in equipment and not ways:
        ways.append("a kettlebell on a dip belt")
    return ", or ".join(ways) if ways else "a backpack with books or water bottles"
