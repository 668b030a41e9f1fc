"""Write catalog.json from the compact tables below: `python -m shared.exercises.build_catalog`.

The JSON is the runtime source; this script only keeps it easy to edit and review. Names and the
muscles an exercise trains are facts; the instructions are Vigor's own words. Substitutions are
derived (same pattern and role, sharing a main muscle), so every id they name exists.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("catalog.json")
ROWS: list[dict[str, Any]] = []


_SEVERITY = ("mild", "moderate", "severe")


def _contraindications(contra: str) -> list[dict[str, str]]:
    """One rule per area; when shorthands combine, the stricter (lower) severity wins."""
    rules: dict[str, str] = {}
    for item in contra.split():
        area, severity = item.split(":")
        if area not in rules or _SEVERITY.index(severity) < _SEVERITY.index(rules[area]):
            rules[area] = severity
    return [{"area": area, "min_severity": severity} for area, severity in rules.items()]


def x(
    ident: str,
    name: str,
    pattern: str,
    primary: str,
    secondary: str,
    equipment: str,
    level: str,
    how: str,
    *,
    iso: bool = False,
    uni: bool = False,
    load: str | None = None,
    contra: str = "",
) -> None:
    """Add one exercise row."""
    equip = equipment.split()
    if load is None:
        if pattern in ("conditioning", "mobility"):
            load = "time"
        else:
            load = "bodyweight" if set(equip) <= {"bodyweight", "pull_up_bar", "bench"} else "weight"
    ROWS.append(
        {
            "id": ident,
            "name": name,
            "primary_muscles": primary.split(),
            "secondary_muscles": secondary.split(),
            "equipment": equip,
            "pattern": pattern,
            "isolation": iso,
            "level": level,
            "unilateral": uni,
            "load_type": load,
            "contraindications": _contraindications(contra),
            "instructions": how,
            "substitutions": [],
        }
    )


from shared.exercises import _rows_lower, _rows_other, _rows_upper  # noqa: E402

for module in (_rows_lower, _rows_upper, _rows_other):
    module.add(x)


def _substitutions(rows: list[dict[str, Any]]) -> None:
    """Up to 6 alternatives: same pattern and role, a shared main muscle, easier or safer first."""
    by_id = {row["id"]: row for row in rows}
    for row in rows:
        scored: list[tuple[int, str]] = []
        for other in rows:
            if other["id"] == row["id"] or other["pattern"] != row["pattern"]:
                continue
            if other["isolation"] != row["isolation"] and row["pattern"] not in ("core", "mobility", "conditioning"):
                continue
            shared = set(row["primary_muscles"]) & set(other["primary_muscles"])
            if not shared and row["pattern"] not in ("conditioning", "mobility"):
                continue
            score = 10 * len(shared) - 2 * len(other["contraindications"])
            score += 3 if other["equipment"] != row["equipment"] else 0
            score += 2 if other["primary_muscles"][0] == row["primary_muscles"][0] else 0
            scored.append((-score, other["id"]))
        row["substitutions"] = [ident for _, ident in sorted(scored)[:6]]
        assert all(ident in by_id for ident in row["substitutions"])


def main() -> None:
    """Derive substitutions and write catalog.json."""
    ids = [row["id"] for row in ROWS]
    duplicates = {ident for ident in ids if ids.count(ident) > 1}
    if duplicates:
        raise SystemExit(f"duplicate ids: {sorted(duplicates)}")
    _substitutions(ROWS)
    OUT.write_text(json.dumps({"version": 1, "exercises": ROWS}, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} exercises to {OUT}")


if __name__ == "__main__":
    main()
