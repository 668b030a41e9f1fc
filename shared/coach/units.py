"""Loads and volumes as the user reads them: kilograms or pounds per their profile."""

from __future__ import annotations

KG_PER_LB = 0.45359237


def weight(kg: float, units: str) -> str:
    """A load in the user's units ("100 kg", "220.5 lb")."""
    if units == "imperial":  # to the half pound, as everywhere a load is shown (`progression.to_display`)
        return f"{round(kg / KG_PER_LB * 2) / 2:.1f}".rstrip("0").rstrip(".") + " lb"
    return f"{kg:.1f}".rstrip("0").rstrip(".") + " kg"


def volume(kg: float, units: str) -> str:
    """A volume (reps x load summed) in whole units ("1575 kg", "3472 lb")."""
    return f"{round(kg / KG_PER_LB) if units == 'imperial' else round(kg)} {'lb' if units == 'imperial' else 'kg'}"
