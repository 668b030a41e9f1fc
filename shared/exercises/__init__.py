"""The exercise library: Vigor's own catalog (catalog.json) and its lookups."""

from shared.exercises.catalog import all_exercises, available_exercises, find_exercise, get_exercise, search
from shared.exercises.model import Contraindication, Exercise, LoadType

__all__ = [
    "Contraindication",
    "Exercise",
    "LoadType",
    "all_exercises",
    "available_exercises",
    "find_exercise",
    "get_exercise",
    "search",
]
