"""The coach's safety rules run once at start-up, so the first chat does not pay for what they do only once.

Most of the rules' patterns compile when their modules are imported, but some work waits for the first message: the
patterns `re` compiles from strings on first use, the system prompts' shingles the prompt-leak check builds, the
urgent-symptom table's module, and above all the language detector's model, which an ordinary answer of short
sentences loads (1.5-2.5 s). A long-running process (the local host) calls `warm_up` before it serves; measured in
docs/benchmarks.md. A Functions instance runs it on a daemon thread when the worker loads the app
(`shared.bootstrap.warm_in_background`, R11): import time stays light (shared/startup.py) and no request waits for it.
"""

from __future__ import annotations

import time

from shared.coach import offline, safety
from shared.llm import prompts
from shared.safety import conversation, guards, language

# One ordinary exchange, with what the privacy rules look for (a name, an email, a number) and a line of history.
_MESSAGE = "Hi, I'm Sam (sam@example.com, 087 123 4567). How heavy should my squat be next session?"
_ANSWER = (
    "Good work, Sam! Next session go up to 100 kg for 5 reps on the back squat, keeping 2 reps in reserve. "
    "Rest 2-3 minutes between sets and stop if anything hurts."
)


def warm_up() -> float:
    """Run the chat's rules over one ordinary exchange; the seconds it took."""
    start = time.perf_counter()
    guards.install_all()  # first-character guards on the gate's patterns (hBB): faster long messages
    concern = safety.screen(_MESSAGE)
    safety.message_context(_MESSAGE, concern)
    earlier = [("user", _MESSAGE, None), ("assistant", _ANSWER, None)]
    conversation.limits_context(earlier)
    conversation.health_limits([_MESSAGE])
    conversation.described(_MESSAGE)
    offline.topic_of(_MESSAGE)
    prompts.user_input(_MESSAGE, "Sam Example")
    shown = safety.as_shown(_ANSWER, "warm-up", "Sam Example", "sam@example.com")
    safety.review(shown, concern)
    for sentence in shown.split(". "):  # a stream is reviewed sentence by sentence
        safety.unsafe(sentence)
    language.unchecked(shown)
    # The language detector: an ordinary answer of short sentences loads it (1.5-2.5 s, the largest part of a first
    # chat's own cost: docs/benchmarks.md).
    language.load_detector()
    return time.perf_counter() - start
