"""A mobility program prescribes the rehab basics its safety notes name (issue 13, review 28 q16; hBJ).

Review 28 (q16: a 64-year-old's mobility goal, 2 x 25 minutes, a severe hip and a severe lower back): the safety notes
said rehab basics were fine (clamshells, side-lying leg raises, a held bridge; McGill curl-ups, side bridges, bird
dogs) and no day held one. The allocator places them last (`coverage.cover_rehab_basics`), and a mobility program's
lifting minutes are a few (`templates.Template.reserve`: most of the session is the drills), already taken by the two
lifts. A held area's basics are its care: early rehabilitation is frequent and low-dose (McGill, *Low Back Disorders*:
the big three daily; hip programmes 2-3 times a week, Kemp et al. 2020), so each mobility-program day does one basic
of each held area, two sets, before its drills, and the drills take the minutes that are left. A session shorter than
`ALL_AREAS_MINUTES` keeps its two lifts (review 25, defect 8) and does the areas' basics in turn, one a day.
"""

from __future__ import annotations

from collections.abc import Iterable

from shared.exercises.model import Exercise
from shared.plans.rules import Request, rehab_basics, unloaded_areas

ALL_AREAS_MINUTES = 40  # from this session length every held area's basic goes on every day


def missing_basics(request: Request, pool: Iterable[Exercise], day_ids: set[str], position: int) -> list[Exercise]:
    """One rehab basic for each severely injured area whose basics the day lacks (taken in turn by the day's
    `position`), for a mobility goal; [] otherwise."""
    if request.goal != "mobility":
        return []
    held = unloaded_areas(request)
    allowed = {e.id: e for e in pool}
    own = {area: sorted(i for i in rehab_basics(area, held) if i in allowed) for area in sorted(held)}
    areas = [area for area, basics in own.items() if basics]
    if areas and request.minutes < ALL_AREAS_MINUTES:
        areas = [areas[position % len(areas)]]
    found: list[Exercise] = []
    for area in areas:
        basics = own[area]
        if not day_ids & set(basics):
            pick = allowed[basics[(position // max(1, len(own))) % len(basics)]]
            if pick.id not in {e.id for e in found}:
                found.append(pick)
    return found
