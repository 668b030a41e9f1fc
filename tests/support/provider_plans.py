"""A plan as an AI provider would hand it in: the engine's plan for a lifter with a mild knee injury, under a
provider's name, as a plain dict the tests can make unsafe before it is validated."""

from __future__ import annotations

from typing import Any

from shared.llm.structured import engine_plan
from shared.plans.schema import PlanSource
from shared.profile.model import FitnessProfile, Injury

PROFILE = FitnessProfile(
    birth_year=1988, sex="male", weight_kg=84, fitness_level="intermediate", goals=["strength", "fat_loss"],
    equipment=["barbell", "dumbbells", "bench", "pull_up_bar"], injuries=[Injury(area="knee", severity="mild")],
    days_per_week=4, session_minutes=60,
)  # fmt: skip


def provider_plan_data() -> dict[str, Any]:
    """The engine's plan for PROFILE as a dict whose source is the provider `fake-unsafe`."""
    data = engine_plan(PROFILE, None).model_dump()
    data["source"] = PlanSource(provider="fake-unsafe", model="m").model_dump()
    return data
