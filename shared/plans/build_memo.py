"""What the builds of one `generate_plan` call share: the slot rankings and the doses before pairing.

`engine.generate_plan` may write one person's week up to three times: paired, in straight sets (a volume goal's 31-45
minute week) and with a trimmed warm-up (a blood-pressure answer short of a floor). Their requests differ in
`Request.straight` and `Request.trimmed_warmup` only, and each build ranked every slot's lifts and dosed most of the
pool anew (about a third of a build's time). Neither the slot ranking (`allocator.Week._slot_ranker`) nor the dose
before a superset's shorter rest (`rules.unpaired_dose`) reads those two fields (nor `Request.paired`, the only one
that reads `straight`), so a later build takes the first's.

Guarded by value, not by trust: a build shares only when its request equals the first's apart from those two fields,
and the rankings only when its pool, day templates and tie-breaks are the first's too; otherwise it computes its own.
One memo per `generate_plan` call: never shared between calls or people. tests/unit/test_build_memo.py checks the
"reads neither" claim for the ranks and the doses and that plans are the same with and without the memo.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shared.exercises.model import Exercise
    from shared.plans.rules import Prescription, Request
    from shared.plans.splits import Body, DayTemplate, Slot
    from shared.profile.model import Muscle, Pattern

# A lift's rank for a slot, before and after the "a second movement, not a variant of today's" test (`Week._ranked`).
Rank = tuple[tuple[float, ...], tuple[float, ...]]


@dataclass
class Rankings:
    """One week's ranking memos (`allocator.Week`: `slot_ranks`, `slot_runs`, `rank_parts`, `ranked`, `lift_ranks`)
    and what they were computed from besides the request: the pool, the day templates and the per-day tie-breaks."""

    pool: tuple[Exercise, ...]
    templates: tuple[DayTemplate, ...]
    ties: list[dict[str, float]]
    slot_ranks: dict[Slot, dict[str, Rank]] = field(default_factory=dict)
    slot_runs: dict[tuple[Slot, Body], list[list[tuple[Exercise, tuple[float, ...]]]]] = field(default_factory=dict)
    rank_parts: dict[tuple[int, Slot], list[list[tuple[Exercise, tuple[Pattern, Muscle]]]]] = field(
        default_factory=dict
    )
    ranked: dict[tuple[int, Slot, frozenset[tuple[str, str]]], list[Exercise]] = field(default_factory=dict)
    lift_ranks: dict[bool, dict[str, Rank]] = field(default_factory=lambda: {False: {}, True: {}})


@dataclass
class BuildMemo:
    """Memos for the builds of one `generate_plan` call (see the module's docstring)."""

    person: Request | None = None  # the first build's request with `straight` and `trimmed_warmup` reset
    rankings: Rankings | None = None
    doses: dict[str, Prescription] = field(default_factory=dict)  # `rules.unpaired_dose` by lift id

    def shares(self, request: Request) -> bool:
        """Whether a build for `request` may use this memo: the first one does, and later ones whose request is the
        first's apart from `straight` and `trimmed_warmup`."""
        person = replace(request, straight=False, trimmed_warmup=False)
        if self.person is None:
            self.person = person
        return person == self.person

    def rankings_for(
        self, pool: tuple[Exercise, ...], templates: tuple[DayTemplate, ...], ties: list[dict[str, float]]
    ) -> Rankings:
        """The rankings memo for a week of this pool, these day templates and tie-breaks: the earlier build's when
        all three are equal, else a new one (kept for the builds after)."""
        found = self.rankings
        if found is None or found.pool != pool or found.templates != templates or found.ties != ties:
            found = self.rankings = Rankings(pool, templates, ties)
        return found
