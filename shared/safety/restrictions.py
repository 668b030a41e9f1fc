"""A clinician's restriction or an acutely swollen joint told in chat, held for the rest of the conversation (R10).

    told(text) -> frozenset[str]    the limits the user's own words set: "no_overhead", "no_running", "swollen_joint"
    asked(text, context) -> str | None   the held limit a follow-up asks Vigor to break ("how heavy on the military
                                         press today?" after "doctor said no overhead for 6 weeks"), or None

The R10 red team told "I tore my rotator cuff last week, doctor said no overhead for 6 weeks." and then asked for a
push day with overhead press: the provider, which reads only the profile's injuries, answered "80% 1RM". Each limit
is a key of the review's context (`shared.safety.conversation.health_limits`), told to the provider in neutral words
(`shared.safety.limits.HELD`) and checked on its answer (`conversation.breaks_limits`); a follow-up that asks for the
held movement itself gets Vigor's answer (`conversation.HELD_REPLIES`) without the provider.

Sources: rotator cuff tears are managed with a period of relative rest from overhead loading and physiotherapist-led
rehabilitation before any return to pressing (NICE CKS "Shoulder pain - rotator cuff disorders", 2022; BESS/BOA
patient care pathway for rotator cuff tears, 2016); an acutely swollen knee is not loaded with impact or plyometrics
until it has been assessed (BSR/BOA hot swollen joint guideline; BJSM "PEACE & LOVE", Dubois & Esculier 2020).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_SPAN = (
    r"(\d+|a|an|one|two|three|four|five|six|seven|eight|ten|twelve|few|couple\s+of)\s+(more\s+)?(days?|weeks?|months?)"
)
_CLINICIAN = r"(doctor|doc|dr|gp|physio\w*|surgeon|consultant|orthop(a)?edic\w*|specialist|clinician|sports\s+medicine)"
# History, healed or cleared: no limit now.
_PAST = re.compile(
    r"\b(years?\s+ago|fully\s+(healed|recovered)|cleared\s+(me|to|for)|no\s+longer|used\s+to|back\s+to\s+normal)\b",
    _I,
)
_NO_OVERHEAD = re.compile(
    r"\b(no|not|avoid|nothing|stay\s+away\s+from|don'?t\s+do|keep\s+off)\s+(any\s+)?(\w+\s+)?overhead\b"
    r"|\b(tore|torn|tear|ruptured?)\s+(my\s+|the\s+|a\s+)?(left\s+|right\s+)?rotator\s+cuff|\brotator\s+cuff\s+(tear|rupture)"
    r"|\bkein\w*\s+(\w+\s+)?(überkopf|über\s+kopf)|\bnada\s+(por\s+)?encima\s+de\s+la\s+cabeza"
    r"|\bpas\s+de\s+(\w+\s+)?au[- ]dessus\s+de\s+la\s+t(ê|e)te",
    _I,
)
_NO_RUNNING = re.compile(
    r"\b" + _CLINICIAN + r"\b[^.?!]{0,40}\b(no|not|stop|avoid|nothing)\s+(\w+\s+)?(running|jogging|runs?|impact)\b"
    r"|\b(no|not)\s+(running|jogging|runs?)\s+(for|until)\b",
    _I,
)
_SWOLLEN = re.compile(
    r"\b(knees?|ankles?|elbows?)\b[^.?!]{0,25}\b(is|are|got|has\s+been|have\s+been|went|gone|still|getting)\s+(\w+\s+)?"
    r"(swollen|puffy|swelling\s+up|swelled)\b|\bswollen\s+(left\s+|right\s+)?(knee|ankle|elbow)s?\b"
    r"|\b(rodilla|tobillo)\s+(est(á|a)\s+)?hinchad[ao]|\b(knie|kn(ö|o)chel)\s+(ist\s+)?geschwollen"
    r"|\b(genou|cheville)\s+(est\s+)?(gonfl|enfl)(é|e)e?",
    _I,
)


def told(text: str) -> frozenset[str]:
    """The limits the user's own words set (someone else's condition is taken out by the caller)."""
    if _PAST.search(text):
        return frozenset()
    found = set()
    if _NO_OVERHEAD.search(text):
        found.add("no_overhead")
    if _NO_RUNNING.search(text):
        found.add("no_running")
    if _SWOLLEN.search(text):
        found.add("swollen_joint")
    return frozenset(found)


OVERHEAD = re.compile(
    r"\b(overhead\s*(press\w*|lifts?|lifting|work|squats?|carr(y|ies)|extensions?|pressing)?|military\s+press\w*|ohp"
    r"|shoulder\s+press\w*|push\s+press\w*|strict\s+press\w*|jerks?|snatch\w*|handstand\w*|arnold\s+press\w*"
    r"|z[- ]press\w*|pike\s+push[- ]?ups?|dips?|behind[- ]the[- ]neck|press\s+overhead)\b",
    _I,
)
RUNNING = re.compile(r"\b(run|runs|running|jog\w*|sprint\w*|intervals?|tempo|5\s*k|10\s*k|couch\s+to)\b", _I)
IMPACT = re.compile(
    r"\b(jump\w*|plyo\w*|box\s+jumps?|depth\s+jumps?|bound\w*|hops?|hopping|burpees?|sprint\w*|running|run"
    r"|skipping|double[- ]unders?|lunges?|squats?|leg\s+press|leg\s+day|pistols?)\b",
    _I,
)
_ASKED = {"no_overhead": OVERHEAD, "no_running": RUNNING, "swollen_joint": IMPACT}


def asked(text: str, context: frozenset[str]) -> str | None:
    """The held limit the message asks about doing (its movement named), or None; a message that tells the limit
    ("my physio says no running") is answered with it held, not as a request to break it."""
    if told(text):
        return None
    return next((key for key, pattern in _ASKED.items() if key in context and pattern.search(text)), None)


__all__ = ["IMPACT", "OVERHEAD", "RUNNING", "asked", "told"]
