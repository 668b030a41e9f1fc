"""Streaks, precomputed when sessions change so reading one costs the same however long the history is.

For each weekly target t (1-7 sessions) the summary keeps the latest run of consecutive ISO weeks with
at least t sessions: [last week of the run, its length]. A streak "now" is that run when it ends this
week or last week (this week is still open), else zero.
"""

from __future__ import annotations

from datetime import date

MAX_TARGET = 7


def week_index(week: str) -> int:
    year, number = week.split("-W")
    return date.fromisocalendar(int(year), int(number), 1).toordinal() // 7


def index_week(index: int) -> str:
    year, number, _ = date.fromordinal(index * 7 + 1).isocalendar()
    return f"{year}-W{number:02d}"


def latest_runs(week_counts: dict[str, int]) -> dict[str, list[object]]:
    """{target: [last week of the latest qualifying run, run length]} (O(weeks), on the write path)."""
    counts = {week_index(w): c for w, c in week_counts.items()}
    runs: dict[str, list[object]] = {}
    for target in range(1, MAX_TARGET + 1):
        qualifying = [i for i, c in counts.items() if c >= target]
        if not qualifying:
            break
        end = max(qualifying)
        length = 0
        while counts.get(end - length, 0) >= target:
            length += 1
        runs[str(target)] = [index_week(end), length]
    return runs


def streak(runs: dict[str, list[object]], target: int | None, this_week: str) -> int:
    """Consecutive weeks meeting the target, back from this week (or last week while this one is open)."""
    run = runs.get(str(min(MAX_TARGET, max(1, target or 1))))
    if not run:
        return 0
    end, length = week_index(str(run[0])), int(str(run[1]))
    now = week_index(this_week)
    if end > now:  # a session dated in the next week (clock skew): count the part up to this week
        return max(0, length - (end - now)) if length > end - now else 0
    return length if end >= now - 1 else 0
