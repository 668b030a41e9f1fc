"""Where a crisis told earlier reaches (issue 15, rr13 §7 leftovers, hAT).

    here(refused, built_context) -> bool   the crisis was told in this conversation: a self-harm answer among its
                                           recent turns, or warning signs built up over its messages (`built_up`)
    means_read(message, here) -> str       the message as the "how many pills / how high" rule reads it: as it is
                                           in the conversation of the crisis; elsewhere with training's own words
                                           read out ("box jump", "glute bridge", "drop set", "as hard as possible")
    HERE                                   the review context key for a crisis told in this conversation

rr13 §7: the account's self-harm flag, set in conversation A, made the stream in conversation B answer "I'm 49 kg at
170 cm ... 3 more kg off" with "Before you head out ... somewhere remote ... in the dark", the outing check-in, and
"how high should my box jump be?" in B got the crisis answer. What stays account-wide (R9; 988 Lifeline and
Samaritans guidance: ask directly, keep someone close, reduce access to means): an outing alone or somewhere remote
asked anywhere gets the check-in, an answer urging one is replaced by it, and a question about means (pills, a drop,
a bridge or railway) is the crisis answer. What no longer carries: the outing text standing in for an answer that
broke another rule (that rule's own text is shown), and exercise names read as means. Within the conversation of the
crisis nothing changes (`built_up`, `conversation.needs_check_in`). Test: tests/integration/llm/
test_rr13_hAT_crisis_scope.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

HERE = "crisis_here"

_TRAINING_SENSE = re.compile(
    r"\b(box|broad|vertical|tuck|squat|depth|drop|lateral|split|star|jumping)\s+jumps?\b|\bjump\s+(rope|squats?|lunges?"
    r"|height|training)\b|\bdrop\s+sets?\b|\b(glute|hip|single[- ]leg)\s+bridges?\b|\bbridge\s+(hold|pose|position)\b"
    r"|\bhow\s+(high|far)\s+(should|can|do|could)\s+(i|my|we)\s+(\w+\s+){0,2}(jump|box|bar|set\s+the)\b"
    r"|\bas\s+hard\s+as\s+(humanly\s+)?possible\b|\bhighest\s+(box|shelf|setting|incline|gear|weight|rep|score)\b",
    re.IGNORECASE,
)


def here(refused: Iterable[str], built_context: Iterable[str]) -> bool:
    """Whether the crisis was told in this conversation (a self-harm refusal or built-up warning signs)."""
    return "self_harm" in set(refused) or "crisis" in set(built_context)


def means_read(message: str, in_conversation: bool) -> str:
    """What the after-a-crisis means rule reads (module docstring)."""
    return message if in_conversation else _TRAINING_SENSE.sub(" ", message)
