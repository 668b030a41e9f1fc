"""Write catalog.json from the compact tables below: `python -m shared.exercises.build_catalog`.

The JSON is the runtime source; this script only keeps it easy to edit and review. Names and the
muscles an exercise trains are facts; the instructions are Vigor's own words. Substitutions are
derived (same pattern and role, sharing a main muscle), so every id they name exists.

Each row states how it loads the body (`Loading`, with defaults from pattern, equipment and load
type); contraindications are derived from that (`attributes.derive_contraindications`), with
per-row `contra` (tighten) and `relax` (replace, "area:-" removes) where a coach would differ.
Dose bounds, intensity and skill default from pattern, equipment and load type the same way.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

from shared.exercises.attributes import Loading, derive_contraindications, merge_overrides
from shared.profile.model import InjuryArea, Severity

OUT = Path(__file__).with_name("catalog.json")
ROWS: list[dict[str, Any]] = []
# The same lift on a specialty bar, offered first when the lift it replaces is swapped (the user's kit and injuries
# still decide: a swap only offers what fits). Review 25, defect 1: a coach swaps the back squat for a safety-bar
# squat and the deadlift for a trap-bar deadlift.
FIRST_SUBSTITUTES: dict[str, list[str]] = {}
LOADINGS: dict[str, dict[str, Any]] = {}
_FREE_WEIGHTS = {"barbell", "dumbbells", "kettlebells"}


def _pairs(text: str) -> dict[InjuryArea, Severity | None]:
    """ "knee:moderate hip:-" -> {"knee": "moderate", "hip": None}."""
    out: dict[InjuryArea, Severity | None] = {}
    for item in text.split():
        area, severity = item.split(":")
        out[cast(InjuryArea, area)] = None if severity == "-" else cast(Severity, severity)
    return out


def _default_position(pattern: str, equip: set[str], load: str, iso: bool) -> str:
    if load != "weight":
        return "none"
    if pattern in ("squat", "lunge") and "barbell" in equip:
        return "back"
    if pattern == "squat" and not iso and equip & {"dumbbells", "kettlebells", "cable_machine"}:
        return "chest"
    if pattern in ("lunge", "carry", "hinge", "horizontal_pull", "vertical_pull") and equip & _FREE_WEIGHTS:
        return "hands_low"
    if pattern == "horizontal_push" and not iso:
        return "chest"
    if pattern == "vertical_push" and not iso:
        return "overhead"
    return "none"


def _default_spine(pattern: str, equip: set[str], load: str, iso: bool, position: str, supported: bool) -> str:
    if supported:
        return "none"
    if position == "back":
        return "high"
    free = bool(equip & _FREE_WEIGHTS) and load == "weight"
    if pattern == "hinge" and not iso:
        return "high" if free else "low"  # every unsupported hinge loads the spine
    if pattern == "horizontal_pull" and not iso and free:
        return "high"  # bent-over rowing
    if pattern == "carry":
        return "high" if load == "distance" else "low"
    if pattern in ("squat", "lunge") and not iso and free:
        return "low"
    if pattern == "vertical_push" and not iso and load == "weight" and position == "overhead":
        return "low"  # standing overhead pressing
    return "none"


def _default_grip(
    pattern: str,
    kit: set[str],
    load: str,
    compound: bool,
    position: str,
    pushing: bool,
    *,
    hang: bool,
    oh: bool,
    floor: bool,
) -> str:
    """high: heavy holds; moderate: the hands hold or pull the load; low: nothing held, or the palms push."""
    barbell_pull = pattern == "hinge" and compound and "barbell" in kit and position == "hands_low"
    if (pattern == "carry" and not oh) or hang or floor or barbell_pull:
        return "high"
    if pattern in ("conditioning", "mobility"):
        held = load == "time" and bool(kit & _FREE_WEIGHTS)  # swing and thruster intervals
        return "moderate" if held else "low"
    if load != "bodyweight" and kit & _FREE_WEIGHTS and position not in ("hip", "back"):
        return "moderate"  # a bar, dumbbell or kettlebell in the hands
    lower_iso = pattern in ("squat", "hinge", "lunge") and not compound  # pads and ankle straps
    handles = {"cable_machine", "resistance_bands"} | (
        {"machines"} if pattern in ("horizontal_pull", "vertical_pull") else set()
    )
    if kit & handles and load in ("weight", "assisted", "time") and not pushing and not lower_iso:
        return "moderate"  # a handle pulled by the cable, band or machine
    if pattern in ("horizontal_pull", "vertical_pull") and compound:
        return "moderate"  # the body's weight on a bar, a doorframe or a towel
    return "low"


def _default_dose(intensity: str, pattern: str, load: str, iso: bool, equip: set[str]) -> tuple[int, int]:
    """One working set: reps, seconds (time) or metres (distance)."""
    if intensity == "mobility":
        return 30, 90
    if intensity == "cyclic":
        return (300, 7200) if pattern == "conditioning" else (20, 60)  # up to a long ride or row of two hours
    if intensity == "isometric":
        return 15, 60
    if intensity == "plyometric":
        return 3, 6
    if intensity == "ballistic":
        return 5, 20
    if load == "assisted":
        return 3, 12
    if iso:
        return (8, 20) if load == "weight" else (8, 25)
    if load == "weight":
        return (3, 12) if "barbell" in equip else (5, 15)
    return 5, 20


# What holds the body up, and what the hip flexors lift (the thirteenth review: a severe knee was given kneeling
# rollouts and cat-cow, a severe wrist thread the needle, a severe shoulder or elbow the captain's chair, a severe
# hip mountain climbers and hanging knee raises).
_KNEELING = frozenset({
    "knee-push-up", "bird-dog", "barbell-rollout", "cable-crunch", "cat-cow", "childs-pose", "hip-flexor-stretch",
    "thread-the-needle", "worlds-greatest-stretch",
})  # fmt: skip
_ON_HANDS = frozenset({
    "long-lever-plank", "mountain-climber", "bird-dog", "cat-cow", "thread-the-needle", "worlds-greatest-stretch",
    "dumbbell-renegade-row", "wall-handstand-hold", "barbell-rollout", "burpee",
})  # fmt: skip
# A split or staggered stance, or turning on the feet under a load; and a plank on the toes (review 27, defect 9).
# Walking with a load (carries) is a split stance by pattern (`x`); lunges already wait for a severe ankle.
_SPLIT_STANCE = frozenset({
    "dumbbell-split-stance-row", "dumbbell-woodchop", "cable-woodchop", "band-lateral-walk",
    # review 28 (defect 5): the split-stance stretches, and a windmill's turned-out stance with the weight on one leg
    "standing-hip-flexor-stretch", "worlds-greatest-stretch", "calf-stretch", "kettlebell-windmill",
    "cable-chest-press", "cable-single-arm-row",  # staggered feet, as their instructions say
})  # fmt: skip
_HALF_KNEELING = frozenset({"hip-flexor-stretch", "ankle-rocks"})
# The body's weight bends the ankle to an end of its range (review 28, defect 5): shins forward over flat feet, or
# sitting back on the heels.
_DORSIFLEXION = frozenset({"spanish-squat", "wall-sit", "deep-squat-hold", "calf-stretch", "ankle-rocks"})
_PLANTARFLEXION = frozenset({"childs-pose"})
_ON_TOES = frozenset({
    "push-up", "decline-push-up", "close-grip-push-up", "archer-push-up", "band-push-up", "pike-push-up", "plank",
    "long-lever-plank", "dumbbell-renegade-row", "mountain-climber", "burpee",
})  # fmt: skip
_ON_FOREARMS = frozenset({"plank", "side-plank", "copenhagen-plank", "captains-chair-knee-raise"})
_HIP_FLEXION = frozenset({
    "hanging-knee-raise", "hanging-leg-raise", "captains-chair-knee-raise", "mountain-climber", "reverse-crunch",
    "bench-reverse-crunch", "bicycle-crunch", "dead-bug", "band-dead-bug", "hollow-hold", "high-knees",
    "straight-leg-raise",
})  # fmt: skip


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
    relax: str = "",
    dose: tuple[int, int] | None = None,
    inten: str | None = None,
    skill: int | None = None,
    main: bool = False,
    impact: bool = False,
    bal: bool | None = None,
    harder: str | None = None,
    aliases: tuple[str, ...] = (),
    rehab: bool = False,
    spine: str | None = None,
    pos: str | None = None,
    wrist: bool | None = None,
    oh: bool | None = None,
    deep: bool | None = None,
    grip: str | None = None,
    sup: bool = False,
    neutral: bool = False,
    hang: bool | None = None,
    bar: bool | None = None,
    lever: bool | None = None,
    delbow: bool | None = None,
    floor: bool = False,
    anchored: bool = False,
    replaces: str | None = None,
) -> None:
    """Add one exercise row; every keyword has a default derived from pattern, equipment and load."""
    equip = equipment.split()
    kit = set(equip)
    if load is None:
        if pattern in ("conditioning", "mobility"):
            load = "time"
        else:
            load = "bodyweight" if kit <= {"bodyweight", "pull_up_bar", "bench"} else "weight"
    if inten is None:
        inten = {"conditioning": "cyclic", "mobility": "mobility"}.get(pattern)
        inten = inten or {"time": "isometric", "distance": "cyclic"}.get(load, "grind")
    compound = not iso
    position = pos or _default_position(pattern, kit, load, iso)
    if bal is None:
        bal = uni and pattern == "lunge" and "machines" not in kit
    muscles = primary.split()
    pushing = pattern in ("horizontal_push", "vertical_push") and (compound or "triceps" in muscles)
    if hang is None:
        hang = "pull_up_bar" in kit and pattern in ("vertical_pull", "core") and "bench" not in kit
    if oh is None:
        # Pressing overhead, pulling from overhead (pull-ups, pulldowns) or hanging.
        overhead_press = pattern == "vertical_push" and (compound or "triceps" in muscles)
        oh = overhead_press or hang or (pattern == "vertical_pull" and compound)
    if bar is None:
        bar = "barbell" in kit and load == "weight" and not neutral
    if grip is None:
        grip = _default_grip(pattern, kit, load, compound, position, pushing, hang=hang, oh=oh, floor=floor)
    if wrist is None:
        on_hands = load in ("bodyweight", "weight") and bool(kit & (_FREE_WEIGHTS | {"bodyweight", "bench"}))
        wrist = position in ("front_rack", "back") or (
            pattern in ("horizontal_push", "vertical_push") and compound and on_hands
        )
    if deep is None:
        deep = pattern in ("squat", "lunge") and compound
    if lever is None:
        # A dumbbell fly or pullover: the free weight is far from the elbow at the stretch.
        fly = pattern == "horizontal_push" and not set(muscles) & {"biceps", "triceps", "forearms"}
        pullover = pattern == "vertical_pull" and "lats" in muscles
        lever = iso and load == "weight" and bool(kit & _FREE_WEIGHTS) and (fly or pullover)
    if delbow is None:
        delbow = pattern in ("horizontal_push", "vertical_push") and compound and muscles[0] == "triceps"
    loading = Loading.model_validate(
        {
            "spinal_load": spine or _default_spine(pattern, kit, load, iso, position, sup),
            "load_position": position,
            "wrist_extension": wrist,
            "overhead": oh,
            "deep_knee_flexion": deep,
            "impact": impact,
            "grip_demand": grip,
            "supported": sup,
            "neutral_grip": neutral,
            "hanging": hang,
            "balance": bal,
            "straight_bar": bar,
            "long_lever": lever,
            "deep_elbow_flexion": delbow,
            "from_floor": floor,
            "feet_anchored": anchored,
            "kneeling": ident in _KNEELING,
            "arm_support": "hands" if ident in _ON_HANDS else "forearms" if ident in _ON_FOREARMS else "none",
            "hip_flexion": ident in _HIP_FLEXION,
            "stance": "split"
            if ident in _SPLIT_STANCE or (pattern == "carry" and load == "distance")
            else "toes"
            if ident in _ON_TOES
            else "half_kneeling"
            if ident in _HALF_KNEELING
            else "none",
            "ankle_load": "dorsiflexion"
            if ident in _DORSIFLEXION
            else "plantarflexion"
            if ident in _PLANTARFLEXION
            else "none",
        }
    )
    derived = derive_contraindications(
        loading,
        pattern=pattern,
        load_type=load,
        isolation=iso,
        unilateral=uni,
        intensity=inten,
        primary_muscles=muscles,
        equipment=equip,
    )
    added = {area: sev for area, sev in _pairs(contra).items() if sev is not None}
    rules = merge_overrides(derived, added, _pairs(relax))
    low, high = dose or _default_dose(inten, pattern, load, iso, kit)
    if skill is None:
        skill = 2 if compound and ("barbell" in kit or hang or level == "advanced") else 1
    LOADINGS[ident] = loading.model_dump()
    if replaces is not None:
        FIRST_SUBSTITUTES.setdefault(replaces, []).append(ident)
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
            "contraindications": [{"area": a, "min_severity": s} for a, s in sorted(rules.items())],
            "instructions": how,
            "substitutions": [],
            "dose_min": low,
            "dose_max": high,
            "intensity": inten,
            "skill": skill,
            "main_lift": main,
            "impact": impact,
            "balance": bal,
            "harder": harder,
            "aliases": list(aliases),
            "rehab": rehab,
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
        first = [ident for ident in FIRST_SUBSTITUTES.get(row["id"], []) if ident in by_id]
        row["substitutions"] = (first + [ident for _, ident in sorted(scored) if ident not in first])[:6]
        assert all(ident in by_id for ident in row["substitutions"])


def _check_links(rows: list[dict[str, Any]]) -> None:
    """Ids and aliases are unique; every `harder` id exists; ladders have no cycles."""
    names = [row["id"] for row in rows] + [alias for row in rows for alias in row["aliases"]]
    duplicates = {ident for ident in names if names.count(ident) > 1}
    if duplicates:
        raise SystemExit(f"duplicate ids or aliases: {sorted(duplicates)}")
    harder = {row["id"]: row["harder"] for row in rows}
    for start in harder:
        seen, step = {start}, harder[start]
        while step is not None:
            if step not in harder:
                raise SystemExit(f"{start}: unknown harder id {step!r}")
            if step in seen:
                raise SystemExit(f"{start}: ladder cycle through {step!r}")
            seen.add(step)
            step = harder[step]


def main() -> None:
    """Check links, derive substitutions and write catalog.json (exercises, then their loading)."""
    _check_links(ROWS)
    _substitutions(ROWS)
    document = {"version": 1, "exercises": ROWS, "attributes": LOADINGS}
    OUT.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} exercises to {OUT}")


if __name__ == "__main__":
    main()
