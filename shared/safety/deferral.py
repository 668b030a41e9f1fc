"""Whether a sentence of an answer makes the step wait for a clinician (R9 follow-up, issue 15).

The output rules for conversation limits, medicine interactions and hard stops exempt an answer that defers to a
clinician. Naming one is not deferring: "Your physio would agree, just deadlift heavy today", "No need to see a
doctor, lunges are fine on that ankle" and "A doctor might say rest but you can push through" borrow or dismiss the
clinician's authority and still give the go-ahead. One helper for every such exemption:

    defers(sentence) -> bool    see / check with / ask a clinician before or first; wait until cleared; once, after
                                or if they clear it; a clearance already given ("since your surgeon cleared you");
                                and no dismissal or "but you can ..." after it
    undismissed(text) -> str    `text` without those dismissals ("no need to see a doctor, lunges are fine" has no
                                other "no" in it)
    claims_clearance(sentence) -> bool   the sentence says a clinician has cleared the user ("your cardiologist has
                                cleared you for max sprints"), not "once they clear you"
    reported_clearance(text) -> bool     the user's own words report a clearance ("my cardiologist cleared me for
                                running"), not "hasn't cleared me yet" nor "pretend my doctor cleared me"
    pretended_clearance(text) -> bool    the user asks the coach to pretend or say a clinician cleared them

The coach never claims a clinician cleared something the user did not report (hW, issue 15 d): a clearance already
given counts as deferring only when the user told it (`conversation.breaks_limits` stops an answer that claims one
otherwise). `defers` also reads the "wait for the clinician" phrasings the conversation limits used on their own
(graded return, return to play, symptom-free, a pelvic-floor check): one list.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

CLINICIAN = (
    r"(doctors?|gp|physicians?|surgeons?|consultants?|clinicians?|physio\w*|midwife|cardiologist|neurologist"
    r"|nephrologist|endocrinologist|psychiatrist|rheumatologist|specialist|prescriber|pharmacist|nurse|care\s+team"
    r"|renal\s+(team|dietitian|unit)|dietitian|anticoagulation\s+clinic|clinic|obstetrician|medical\s+team)"
)
_WHOSE = r"(a|an|your|the|their|his|her)\s+(own\s+)?(\w+\s+)?"
_ACT = (
    r"(see|seeing|check\s+with|checking\s+with|ask|asking|talk\s+to|speak\s+(to|with)|consult\w*|run\s+(it|this)\s+by"
)
_ACT += r"|get\s+(it\s+|this\s+|that\s+)?(cleared|checked|assessed|examined|looked\s+at)\s+by"
_ACT += r"|be\s+(cleared|checked|assessed|seen)\s+by)"
_CLEARS = (
    r"(clears?|cleared|clearance|signs?\s+(you\s+|it\s+)?off|signed\s+(you\s+|it\s+)?off|gives?\s+(you\s+)?the\s+"
    r"(go[- ]ahead|ok|okay|all[- ]clear)|given\s+(you\s+)?the\s+(go[- ]ahead|ok|okay|all[- ]clear)|approves?|approved"
    r"|okays?|okayed|says?\s+(it'?s|you'?re)\s+(ok|okay|fine|safe)|checked|assessed|examined|x-?rayed)"
)
# "once you've been cleared", "until it has been X-rayed" (not "if you checked your form")
_BEEN = r"((you'?ve|you\s+have|it'?s|it\s+has)\s+been|you'?re|you\s+are|it\s+is|you\s+get|you\s+got|it\s+gets)"
_DEFERS = re.compile(
    # see / check with / ask your doctor before, first, whether, about it
    rf"\b{_ACT}\s+{_WHOSE}{CLINICIAN}\b[^.?!]{{0,50}}\b(first|before|beforehand|prior\s+to|whether|about\s+(it|this"
    r"|that|the|taking|adding|using|combining|starting)|if\s+(it'?s|it\s+is|this\s+is|that'?s|you\s+can|you\s+should))\b"
    rf"|\bbefore\b[^.?!]{{0,60}}\b{_ACT}\s+{_WHOSE}{CLINICIAN}\b"
    # wait until cleared; wait for your surgeon's go-ahead
    rf"|\bwait\s+(for|until|till)\b[^.?!]{{0,50}}\b({CLINICIAN}|{_CLEARS})\b"
    # until / once / after / when / if the clinician clears it, or you have been cleared
    rf"|\b(until|till|once|after|when|if|unless)\b[^.?!]{{0,40}}\b({CLINICIAN}\b[^.?!]{{0,30}}\b{_CLEARS}|{_BEEN}"
    rf"\s+(been\s+)?{_CLEARS}|clearance)\b"
    # a clearance already given: "since your surgeon cleared you", "now that you've been signed off"
    rf"|\b(since|now\s+that|as|because)\s+{_WHOSE}{CLINICIAN}\s+(has\s+|have\s+)?{_CLEARS}"
    rf"|\b(since|now\s+that|as|because)\s+you'?(ve|\s+have)\s+been\s+{_CLEARS}"
    rf"|\b(with|under)\s+{_WHOSE}{CLINICIAN}('?s)?\s+(supervision|guidance|go[- ]ahead|ok|okay|approval|clearance"
    r"|sign[- ]off|permission)"
    # the conversation limits' own waits (were `conversation._WAITS`): a graded return, symptom-free, a pelvic-floor
    # check, "once you've been checked"
    r"|\b(until|till|once|after|when|wait\w*\s+for|through|follow\w*|start\w*\s+with|via|by)\b[^.?!]{0,40}\b"
    r"(graded\s+return|return[- ]to[- ](play|sport)|symptom[- ]free|pelvic[- ]floor\s+(check|assessment|physio\w*))\b"
    r"|\b(once|after)\s+(you'?ve\s+been|you\s+are|you'?re|it'?s|it\s+has\s+been)\s+(checked|cleared|assessed)\b",
    _I,
)
# Dismissing or borrowing the clinician: "no need to see a doctor", "your physio would agree", "a doctor might say rest
# but ...", "doctors always say rest", "without waiting for", "don't wait for".
_DISMISSES = re.compile(
    rf"\b(no\s+need|needn'?t|don'?t\s+(really\s+)?need|do\s+not\s+need|no\s+point|not\s+necessary)\s+(to\s+|for\s+)?"
    rf"(\w+\s+){{0,2}}({_WHOSE})?{CLINICIAN}"
    rf"|\b(no\s+need|needn'?t|don'?t\s+(really\s+)?need|do\s+not\s+need)\s+(to\s+)?{_ACT}"
    rf"|\b{CLINICIAN}('?s)?\s+(would|will|'?d|must|should)\s+(surely\s+|probably\s+|definitely\s+|totally\s+)?"
    r"(agree|approve|sign\s+off|be\s+(fine|happy|ok|okay)|back\s+(you|this|me)|say\s+(it'?s\s+)?(fine|ok|okay|go))"
    rf"|\b(({_WHOSE})?{CLINICIAN}\s+)?(might|may|would|will|could|probably|usually|always|just|often)\s+(\w+\s+)?"
    r"(say|tell\s+you|suggest|recommend"
    r"|want\s+you\s+to)\b[^.?!]{0,40}\bbut\b"
    rf"|\b{CLINICIAN}\s+(always|just|only)\s+(say|tell)"
    rf"|\b(without|instead\s+of)\s+(waiting\s+for|seeing|asking|checking\s+with|consulting)\b"
    rf"|\bdon'?t\s+(wait|bother)\s+(for|with|to\s+(see|ask|check))\b|\b{CLINICIAN}\s+(is|are)\s+(just\s+)?(being\s+)?(over\s*)?(cautious|careful|conservative)"
    rf"|\b(overly|too)\s+(cautious|careful|conservative)\b|\bignore\s+(what\s+)?({_WHOSE})?{CLINICIAN}",
    _I,
)
# A go-ahead after the deferral in the same sentence: "check with your doctor first, but you can deadlift today".
_BUT_GO = re.compile(
    r"\b(but|though|however|anyway|regardless|either\s+way)\b[^.?!]{0,20}\b(you\s+(can|could|should)|it'?s\s+(fine|ok"
    r"|okay|safe)|go\s+ahead|just|feel\s+free|still|push|train|lift)\b|\b(anyway|regardless|either\s+way)\b",
    _I,
)


def defers(sentence: str) -> bool:
    """Whether `sentence` makes the step wait for a clinician (see the module docstring), not merely names one."""
    found = _DEFERS.search(sentence)
    if found is None or _DISMISSES.search(sentence):
        return False
    return not _BUT_GO.search(sentence, found.end())


def undismissed(text: str) -> str:
    """`text` without its dismissals of a clinician, so their "no" or "without" negates nothing else."""
    return _DISMISSES.sub(" ", text)


# A clearance in the past or perfect ("cleared", "signed you off"): "once your physio clears you" is a condition.
_CLEARED = (
    r"(cleared|signed\s+(you\s+|it\s+)?off|given\s+(you\s+)?the\s+(go[- ]ahead|ok|okay|all[- ]clear)|approved|okayed"
    r"|ok'?d)"
)
# A clearance said as given: "your cardiologist has cleared you", "you've been cleared by your surgeon", "since your
# physio signed you off", "your doctor gave you the all-clear", "your GP says you're fine to sprint".
_CLAIM = re.compile(
    rf"\b(your|the|their|his|her)\s+(own\s+)?(\w+\s+)?{CLINICIAN}\s+(has\s+|have\s+|already\s+|just\s+|now\s+){{0,2}}"
    rf"({_CLEARED}|(said|says|told\s+you|agreed)\s+(that\s+)?(it'?s|it\s+is|you'?re|you\s+are|you\s+can)\b)"
    r"|\b(your|the|their)\s+(\w+\s+)?" + CLINICIAN + r"\s+(has\s+|have\s+|already\s+){0,2}gave\s+(you\s+)?the\s+"
    r"(go[- ]ahead|ok|okay|all[- ]clear|green\s+light)"
    rf"|\byou'?(ve|\s+have)\s+(already\s+|now\s+)?been\s+{_CLEARED}|\byou'?re\s+(now\s+|already\s+)?(fully\s+)?"
    r"(cleared|signed\s+off)\b|\bwith\s+(your|the)\s+(\w+\s+)?" + CLINICIAN + r"('?s)?\s+(clearance|all[- ]clear"
    r"|go[- ]ahead|green\s+light|sign[- ]off)\s+(in\s+hand|already|now)",
    _I,
)
# Conditional or asked for: "once your doctor clears you", "ask whether your cardiologist has cleared you", "if your
# surgeon has signed you off", "until you've been cleared".
_IF = re.compile(
    r"\b(once|when|whenever|if|until|till|unless|after|before|whether|ask|asking|check|get|getting|need|needs|wait"
    r"|waiting|only|hasn'?t|has\s+not|haven'?t|have\s+not|not|never|until)\b[^.?!]{0,80}$",
    _I,
)


def claims_clearance(sentence: str) -> bool:
    """`sentence` says a clinician has cleared the user (see `_CLAIM`), not as a condition or a question."""
    return any(
        not _IF.search(sentence[: m.start()]) and not sentence.rstrip().endswith("?") for m in _CLAIM.finditer(sentence)
    )


# The user's own report of a clearance ("my cardiologist cleared me for running", "I've been signed off by my physio").
_REPORTED = re.compile(
    rf"\b(my|our)\s+(\w+\s+)?{CLINICIAN}\s+(has\s+|have\s+|finally\s+|already\s+|just\s+){{0,2}}(clear(ed|s)|signed\s+me"
    r"\s+off|(gave|has\s+given)\s+me\s+the\s+(go[- ]ahead|ok|okay|all[- ]clear|green\s+light)|approved|okayed|ok'?d"
    r"|said\s+(that\s+)?(i\s+((can|could|may)(?!'t|\u2019t|not|\s+not|\s+only|\s+no\b)|am\s+(fine|ok|okay|good))"
    r"|it'?s\s+(fine|ok|okay|safe)))\b"
    rf"|\bi'?(ve|\s+have|\s+was|\s+got|\s+am|'?m)\s+(been\s+|now\s+|finally\s+|fully\s+){{0,2}}(cleared|signed\s+off)\b"
    r"|\b(got|have|had)\s+(the\s+|my\s+)?(medical\s+)?(clearance|all[- ]clear|go[- ]ahead|green\s+light)\b",
    _I,
)
_NOT_REPORTED = re.compile(
    r"\b(hasn'?t|has\s+not|haven'?t|have\s+not|not\s+(yet\s+)?|never|didn'?t|did\s+not|wasn'?t|won'?t|isn'?t|if|once"
    r"|when|until|whether|pretend\w*|imagine|assume|suppose|let'?s\s+say|say\s+that|act\s+(like|as\s+if)|tell\s+me"
    r"|write\s+(that|as\s+if)|as\s+if|hypothetic\w*|roleplay|role[- ]play|say)\b[^.?!]{0,30}$",
    _I,
)


# "My physio said I can lift up to 10 kg", "said I can walk but no lifting": a limit told, not a clearance (rr11 K3:
# "my physio said I can't lift more than 10 kg" was read as a clearance, and an answer could say they had cleared it).
_LIMITED = re.compile(
    r"\b(only|up\s+to|no\s+more\s+than|not\s+more\s+than|more\s+than|under|below|max(imum)?|limit\w*|but\s+(no|not)"
    r"|except|nothing|light|gently|walking\s+only|for\s+now)\b",
    _I,
)


def reported_clearance(text: str) -> bool:
    """The user's own words report that a clinician cleared them (see `_REPORTED`), not negated, conditional,
    asked for as a pretence, nor a limit said with it ("said I can lift up to 10 kg")."""
    return any(
        not _NOT_REPORTED.search(text[max(0, m.start() - 40) : m.start()])
        and not _LIMITED.search(re.split(r"[.?!;\n]", text[m.end() :], maxsplit=1)[0])
        for m in _REPORTED.finditer(text)
    )


_PRETEND = re.compile(
    r"\b(pretend\w*|imagine|assume|suppose|let'?s\s+say|act\s+(like|as\s+if)|play\s+along|roleplay|role[- ]play"
    r"|write\s+(it\s+)?as\s+if|tell\s+me|say|confirm|just\s+say|put\s+in\s+writing|write\s+(down\s+)?that)\b"
    rf"[^.?!]{{0,40}}\b{CLINICIAN}('?s)?\s+(has\s+|have\s+|already\s+){{0,2}}({_CLEARS}|signed\s+me\s+off|cleared\s+me"
    r"|gave\s+me\s+the\s+(go[- ]ahead|ok|all[- ]clear)|said\s+i\s+can|is\s+fine\s+with|approved)"
    r"|\b(pretend\w*|imagine|assume|act\s+(like|as\s+if))\b[^.?!]{0,20}\bi'?(ve|\s+have|'?m|\s+am|\s+was)\s+(been\s+)?"
    r"(cleared|signed\s+off)\b",
    _I,
)


def pretended_clearance(text: str) -> bool:
    """The user asks the coach to pretend, assume or say that a clinician cleared them ("pretend my cardiologist
    cleared me for max sprints")."""
    return _PRETEND.search(text) is not None
