"""Reading one row's cells by column, turning what cannot be read into line-numbered issues.

Each parser names its columns (`columns`: a canonical name and the headers it may have), then reads
cells through `Row`, which never raises: an unreadable number becomes an `Issue` and a blank value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from shared.importing.csvtext import Table
from shared.importing.model import LB_TO_KG, MILE_TO_M, Issue
from shared.importing.numbers import Decimal, parse_count, parse_duration, parse_number

N = TypeVar("N", int, float)

# Distance units as the apps write them, in metres.
DISTANCE_UNITS = {
    "m": 1.0, "meter": 1.0, "meters": 1.0, "metre": 1.0, "metres": 1.0,
    "km": 1000.0, "kms": 1000.0, "kilometers": 1000.0, "kilometres": 1000.0,
    "mi": MILE_TO_M, "mile": MILE_TO_M, "miles": MILE_TO_M,
    "ft": 0.3048, "feet": 0.3048, "yd": 0.9144, "yds": 0.9144, "yards": 0.9144,
}  # fmt: skip
WEIGHT_UNITS = {"kg": 1.0, "kgs": 1.0, "kilograms": 1.0, "lb": LB_TO_KG, "lbs": LB_TO_KG, "pounds": LB_TO_KG}


def columns(table: Table, spec: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """Canonical name -> column position, for each name of `spec` whose header the file has."""
    found: dict[str, int] = {}
    for name, headers in spec.items():
        position = table.index(*headers)
        if position is not None:
            found[name] = position
    return found


@dataclass
class Row:
    line: int
    cells: list[str]
    at: dict[str, int]
    header: list[str]
    decimal: Decimal
    issues: list[Issue] = field(default_factory=list)

    def has(self, name: str) -> bool:
        return name in self.at

    def text(self, name: str) -> str:
        position = self.at.get(name)
        if position is None or position >= len(self.cells):
            return ""
        return self.cells[position].strip()

    def _issue(self, name: str, message: str) -> None:
        self.issues.append(Issue(self.line, message, self.header[self.at[name]]))

    def _non_negative(self, name: str, parse: Callable[[str, Decimal], N | None]) -> N | None:
        """The cell read by `parse`; unreadable or negative: None, with an issue naming the cell."""
        try:
            value = parse(self.text(name), self.decimal)
        except ValueError as exc:
            self._issue(name, f"{exc}; left blank")
            return None
        if value is not None and value < 0:
            self._issue(name, f"{self.text(name)!r} is negative; left blank")
            return None
        return value

    def number(self, name: str) -> float | None:
        return self._non_negative(name, parse_number)

    def count(self, name: str) -> int | None:
        return self._non_negative(name, parse_count)

    def duration(self, name: str) -> int | None:
        try:
            return parse_duration(self.text(name), self.decimal)
        except ValueError as exc:
            self._issue(name, f"{exc}; left blank")
            return None

    def rpe(self, name: str) -> float | None:
        """RPE 1-10 in half steps; 0 and blank are None; 8.3 is read as 8.5 (with an issue)."""
        value = self.number(name)
        if not value:
            return None
        if not 1 <= value <= 10:
            self._issue(name, f"RPE {self.text(name)} is outside 1-10; left blank")
            return None
        rounded = round(value * 2) / 2
        if rounded != value:
            self._issue(name, f"RPE {self.text(name)} read as {rounded:g} (half steps)")
        return rounded

    def weight(self, name: str, unit: float) -> float | None:
        """Kilograms (0 is "no weight": a bodyweight set, never 0 kg of load)."""
        value = self.number(name)
        return round(value * unit, 3) if value else None

    def distance(self, name: str, unit: float | None) -> float | None:
        """Metres; 0 and blank are None."""
        value = self.number(name)
        if not value:
            return None
        if unit is None:
            self._issue(name, "the distance has no unit we know; left blank")
            return None
        return round(value * unit, 1)

    def unit(self, name: str, table: dict[str, float], default: float | None) -> float | None:
        """The factor of a per-row unit cell (`kgs`, `lbs`, `km`), `default` when blank or unknown."""
        text = self.text(name).lower().rstrip(".")
        if not text:
            return default
        if text not in table:
            self._issue(name, f"unknown unit {self.text(name)!r}")
            return default
        return table[text]
