"""The input gate (`shared.safety.inputs.classify`) on a chat message at its length limit, by the text's shape
(issue 15, hW b): ordinary prose, one word repeated, no spaces, many short sentences, letters and dots, "a@"
repeated, spaced letters, and random words, random letters with dots and random "a@"/"b@" units (which no
repeat folding shortens).

Run: `.venv/bin/python -m benchmarks.bench_safety_length`. "Before" runs the gate with the repeat folding off (the
same patterns otherwise); "after" as it is. Median of 5 calls each, in milliseconds. Writes the `safety-length`
section of docs/benchmarks.md.
"""

from __future__ import annotations

import os
import random
import re
import statistics
import time

from benchmarks.report import machine, write_section
from shared.llm.prompts import MAX_USER_CHARS
from shared.safety import guards, inputs

N = MAX_USER_CHARS
_WORDS = (
    "squat knee bench today week protein run sets rest heavy light form my the and I feel good after training tired "
    "sleep legs back shoulder warm up cool down tempo easy hard plan goal"
).split()


def shapes() -> dict[str, str]:
    rng = random.Random(15)
    prose = "I did my squats today, 5x5 at 80 kg, and my knee feels fine. Tomorrow is bench and rows. How to progress? "
    return {
        "prose (one paragraph repeated)": prose * 40,
        "one word repeated": "squat " * 700,
        "no spaces": "a" * N,
        "many short sentences": "Ok. " * 1000,
        "letters and dots": "a." * (N // 2),
        '"a@" repeated': "a@" * (N // 2),
        "spaced letters": "a " * (N // 2),
        "random words": " ".join(rng.choice(_WORDS) for _ in range(N // 3)),
        "random sentences": ". ".join(" ".join(rng.choice(_WORDS) for _ in range(6)) for _ in range(N // 30)),
        "random letters and dots": "".join(rng.choice("abcdefgh.") for _ in range(N)),
        'random "a@"/"b@" units': "".join(rng.choice(["a@", "b@", "a.", "c "]) for _ in range(N // 2)),
    }


def _ms(text: str) -> float:
    """Median CPU milliseconds of 5 calls (CPU time: the shared machine's load inflates wall time several-fold)."""
    runs = []
    for _ in range(5):
        start = time.process_time()
        inputs.classify(text)
        runs.append((time.process_time() - start) * 1000)
    return statistics.median(runs)


def main() -> None:
    guards.install_all()  # as the start-up warm-up does (hBB): the gate's patterns behind first-character guards
    inputs.classify("warm up the patterns")
    folding = inputs._REPEATS
    rows = []
    for name, text in shapes().items():
        text = text[:N]
        inputs._REPEATS = re.compile(r"(?!)")  # folding off: the gate as it was
        before = _ms(text)
        inputs._REPEATS = folding
        rows.append(f"| {name} | {before:,.0f} | {_ms(text):,.0f} |")
    body = "\n".join(
        [
            "## Input gate at the chat's length limit (`python -m benchmarks.bench_safety_length`)",
            "",
            f"Machine: {machine()}.",
            f"One message of {N:,} characters (`MAX_USER_CHARS`; the request model rejects longer ones with 422);",
            "median CPU time of 5 calls of `inputs.classify`, ms. Before: without folding a unit repeated eight or",
            "more times in a row to three (issue 15, hW); after: as it is. Target: under 200 ms.",
            "",
            "| text | before | after |",
            "| --- | ---: | ---: |",
            *rows,
            "",
            f"Load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (other agents' work).",
        ]
    )
    write_section("safety-length", body)
    print(body)


if __name__ == "__main__":
    main()
