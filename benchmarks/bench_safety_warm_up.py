"""The coach's safety rules on the first chat of a fresh process, without and with `shared.coach.warm.warm_up`.

Each run is a new interpreter that builds the app (all safety modules imported, as on a Functions instance), then
times the rules a chat runs (screen, context, the provider's scrubbed input, the shown answer's review sentence by
sentence, the language check) on one exchange. With the warm-up, `warm_up()` runs first (as the local host does at
start) and its own time is reported. A second exchange with other words is the steady state (a repeat of the same
words would hit the rules' per-text caches). Run: .venv/bin/python -m benchmarks.bench_safety_warm_up
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

from benchmarks.report import machine, write_section

ROOT = Path(__file__).resolve().parent.parent
RUNS = 9
PROBE = """
import json, sys, time
import shared.startup
from functions.http.app import create_app
from shared.coach import safety
from shared.llm import prompts
from shared.safety import conversation, language
create_app()
def rules(msg, ans, name):
    t = time.perf_counter()
    c = safety.screen(msg); safety.message_context(msg, c); conversation.health_limits([msg])
    conversation.limits_context([("user", msg, None)]); conversation.described(msg)
    prompts.user_input(msg, name); shown = safety.as_shown(ans, "p", name, "x@example.com")
    safety.review(shown, c)
    for s in shown.split(". "):
        safety.unsafe(s)
    language.unchecked(shown)
    return time.perf_counter() - t
warm_s = 0.0
if sys.argv[1] == "1":
    from shared.coach.warm import warm_up
    warm_s = warm_up()
first = rules("Hey coach, I'm Dana. My knee felt fine today, what should my deadlift be on Friday?",
              "Nice work, Dana! On Friday go up to 120 kg for 3 sets of 5, keeping 2 reps in reserve. "
              "Stop if it hurts.",
              "Dana Kowalski")
later = rules("How many rest days should I take in a deload week before the meet?",
              "Take two full rest days in the deload week and keep the other sessions at half your usual sets.",
              "Dana Kowalski")
print(json.dumps({"warm_up_s": warm_s, "first_s": first, "later_s": later}))
"""


def one_run(warm: bool) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", PROBE, "1" if warm else "0"], cwd=ROOT, capture_output=True,
                         text=True, check=True)  # fmt: skip
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    one_run(False)  # the OS file cache (.pyc) warm, as a deployed package would be
    runs = {warm: [one_run(warm) for _ in range(RUNS)] for warm in (False, True)}

    def median(warm: bool, key: str) -> float:
        return statistics.median(r[key] * 1000 for r in runs[warm])

    body = f"""## Safety rules on the first chat (`python -m benchmarks.bench_safety_warm_up`)

Machine: {machine()}

A new interpreter per run ({RUNS} runs each): build the app, then time the rules one chat runs (input screen, context,
the provider's scrubbed input, the answer's review whole and by sentence, the language check). With the warm-up the
local host's start-up (`shared.coach.warm.warm_up`) runs first; "later chat" is a second exchange with other words.
Most of the first chat's cost is the language detector's model, which an ordinary answer of short sentences loads;
the rest (patterns compiled on first use, the prompt-leak shingles, the urgent table) is 25-60 ms.

| ms (median) | warm-up at start | first chat's rules | later chat's rules |
| --- | --- | --- | --- |
| without warm-up | - | {median(False, "first_s"):.0f} | {median(False, "later_s"):.0f} |
| with warm-up | {median(True, "warm_up_s"):.0f} | {median(True, "first_s"):.0f} | {median(True, "later_s"):.0f} |
"""
    write_section("safety-warm-up", body)


if __name__ == "__main__":
    main()
