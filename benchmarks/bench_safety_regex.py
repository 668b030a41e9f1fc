"""The safety patterns on long input: the redaction and the classifier on 10,000-character "words", before and after
the backtracking fixes of issue 15.

Run: `.venv/bin/python -m benchmarks.bench_safety_regex`. "Before" runs the old patterns (their source is kept
here) on the same input in the same process; "after" runs `shared.safety` as it is. Inputs: a 10,000-character word
of letters, of letters and dots, of digits, and "a@" repeated (none is an address, so every start position fails).
Writes the `safety-regex` section of docs/benchmarks.md.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from benchmarks.report import machine, write_section
from shared.safety import inputs, outputs, redact

N = 10_000
OLD_EMAIL = re.compile(r"[\w.+-]+\s*@\s*[\w-]+(\s*\.\s*[\w-]+)+")
OLD_GET_RID = re.compile(
    r"(?=.*\b(eat|eating|ate|dinner|lunch|breakfast|meals?|food|binge\w*|snacks?|dessert)\b)"
    r".*\bget(ting)?\s+rid\s+of\s+(it|them|everything|the\s+food|what\s+i\s+(ate|eat|had))\b",
    re.IGNORECASE | re.DOTALL,
)
INPUTS = {
    "letters": "a" * N,
    "letters and dots": "a." * (N // 2),
    "digits": "1" * N,
    '"a@" repeated': "a@" * (N // 2),
}


def _seconds(run: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    run(text)
    return time.perf_counter() - start


def main() -> None:
    rows = []
    for name, text in INPUTS.items():
        rows.append(
            f"| {name} | {_seconds(OLD_EMAIL.search, text):.3f} | {_seconds(redact.redact, text):.4f} "
            f"| {_seconds(OLD_GET_RID.search, text):.3f} | {_seconds(inputs.classify, text):.3f} "
            f"| {_seconds(lambda t: outputs.review(t, par_q=True), text):.3f} |"
        )
    body = "\n".join(
        [
            "## Safety patterns on long input (`python -m benchmarks.bench_safety_regex`)",
            "",
            f"Machine: {machine()}.",
            f"Each input is one {N:,}-character word; seconds for one call. Before: the old email pattern and the old",
            "eating-disorder look-ahead alone (each was retried from every character); after: the whole `redact`,",
            "the whole classifier (about 350 patterns, three readings of the text) and the whole answer review.",
            "",
            "| input | email pattern before | `redact` after | look-ahead before | `classify` after | `review` after |",
            "| --- | --- | --- | --- | --- | --- |",
            *rows,
            "",
            "Chat messages are at most 4,000 characters and session notes 2,000 (pydantic limits), so the classifier's",
            "linear cost stays under a second; `tests/unit/test_safety_regex_shapes.py` keeps every safety pattern",
            "free of the two shapes that backtrack badly.",
        ]
    )
    write_section("safety-regex", body)
    print(body)


if __name__ == "__main__":
    main()
