"""Fixed, helpful answers to two everyday questions the gate reads as medicine or youth talk (rr15 kind 6, hBB).

    otc_for_soreness(text) -> bool   an over-the-counter painkiller asked about for ordinary soreness after a race
                                     or session ("can I take ibuprofen after a marathon for normal soreness?")
    supervised_max(text) -> bool     a 15-17-year-old asking about a 1RM test with a coach supervising
    OTC_SORENESS, SUPERVISED_MAX     the answers (English)

Both stay in their category (diagnosis, minor) so no model writes a dose or a max plan; what changes is the answer:
general information a sports physician would give instead of "I can't advise on medicines" or "no one-rep maxes".

Sources: NSAIDs after endurance events with dehydration raise the risk of acute kidney injury (Lipman et al., Emerg
Med J 2017, ibuprofen in ultramarathoners); over-the-counter use follows the leaflet and a pharmacist's advice (NHS
"Ibuprofen for adults"). Supervised 1RM testing is safe for adolescents with a qualified coach, a warm-up and
progressive loading (Faigenbaum et al., NSCA youth resistance training position statement, JSCR 2009; Lloyd et al.,
BJSM 2014). Test: `tests/unit/test_safety_hBB_over_refusals.py`.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_OTC = re.compile(
    r"\b(ibuprofen|ibuprofeno|ibuprof[èe]ne|advil|nurofen|motrin|naproxen|aleve|paracetamol|acetaminophen|tylenol"
    r"|painkillers?|pain\s+killers?|pain\s+relievers?|anti-?inflammator(y|ies)|nsaids?)\b",
    _I,
)
_ORDINARY_SORENESS = re.compile(
    r"\b(sore|soreness|doms|stiff\w*|achy|muscle\s+aches?|aching\s+(legs|muscles|quads)|agujetas|courbatures?"
    r"|muskelkater|indolenzimento)\b",
    _I,
)
_AFTER_EFFORT = re.compile(
    r"\b(after|post|following|the\s+day\s+after|tras|despu[ée]s|apr[èe]s|nach)\b[^.?!]{0,40}\b(marathon|half"
    r"|race|run|ultra|triathlon|session|workout|training|leg\s+day|game|match|hike|marat[óo]n|carrera|entreno"
    r"|lauf|course|squats?)\b",
    _I,
)
# Anything beyond ordinary soreness, or a medicine question of its own: the usual diagnosis answer.
_NOT_ORDINARY = re.compile(
    r"\b(injur\w*|sprain\w*|strain\w*|torn|tear|swell\w*|swollen|joint|knee|ankle|back|shoulder|bone|fractur\w*"
    r"|sharp|every\s+day|daily|each\s+day|for\s+(weeks|months)|before\s+(the\s+|a\s+|my\s+)?(race|run|marathon|game)"
    r"|during|kidney\w*|renal|stomach|ulcer|asthma|blood\s+(thinner|pressure)|warfarin|pregnan\w*|how\s+many|max\w*"
    r"|dose|dosage|mg|overdose|alcohol|beer|drink\w*|dark\s+(urine|pee)|cola|pee|urine)\b",
    _I,
)

OTC_SORENESS = (
    "For ordinary muscle soreness after a race or a hard session, most people need no medicine: eat, drink, sleep, "
    "and move gently (an easy walk or spin) for a day or two. If you want a painkiller, paracetamol is the gentler "
    "choice straight after a long race. Hold off ibuprofen and other anti-inflammatories until you have eaten, drunk "
    "and passed urine normally: taken while dehydrated after endurance events they can harm the kidneys, and they are"
    " best avoided before and during a race. Follow the packet, and ask a pharmacist first if you have kidney, "
    "stomach, heart or blood-pressure problems or asthma, take other medicines, or are pregnant. See a doctor for "
    "pain in a joint or bone, swelling, pain that gets worse after three days, or dark brown urine."
)

_AGE_15_17 = re.compile(
    r"\b(i'?m|i\s+am|im|i'?ll\s+be|turning)\s+(1[5-7]|fifteen|sixteen|seventeen)\b"
    r"|\b(1[5-7]|fifteen|sixteen|seventeen)\s*(years?\s+old|yo|y/?o|yrs?\s+old)\b",
    _I,
)
_YOUNGER = re.compile(r"\b([0-9]|1[0-4])\s*(years?\s+old|yo|y/?o)\b|\b(i'?m|i\s+am|im)\s+([0-9]|1[0-4])\b", _I)
_MAX_TEST = re.compile(
    r"\b(1\s*rm|one[- ]rep(etition)?[- ]max(es)?|max\s+(\w+\s+)?(test\w*|attempt\w*|single)|max\s+out"
    r"|test(ing)?\s+my\s+max"
    r"|max(ing)?\s+out|true\s+max)\b",
    _I,
)
_SUPERVISED = re.compile(
    r"\b(coach|coaches|trainer|pt|supervis\w*|spot\w*|watching|watch\s+me|with\s+(a|my)\s+(coach|trainer|teacher)"
    r"|teacher|club)\b",
    _I,
)
_MAX_NOT_OK = re.compile(
    r"\b(pain\w*|hurts?|injur\w*|alone|by\s+myself|without\s+(a\s+)?(coach|spotter|supervision)|weight\s+cut|cut\s+weight"
    r"|make\s+weight|steroids?|sarms?|pre-?workout|every\s+(day|week|session))\b",
    _I,
)

SUPERVISED_MAX = (
    "Thanks for telling me your age. With a qualified coach watching, a one-rep max test can be fine at your age if "
    "you have trained the lift regularly for a few months and your technique is solid (the NSCA's youth training "
    "position says supervised testing with proper procedures is safe). Warm up well, work up in small jumps over "
    "several singles, use spotters or safety bars, and stop as soon as your form breaks down. Don't test when you are"
    " tired, ill or hurting, and let your coach decide whether a true max or a 3-5 rep max is the better test. I "
    "won't set the loads for it: your coach, who sees you lift, should."
)


def otc_for_soreness(text: str) -> bool:
    """An over-the-counter painkiller asked about for ordinary soreness after effort, nothing more (module doc)."""
    return bool(
        _OTC.search(text)
        and _ORDINARY_SORENESS.search(text)
        and _AFTER_EFFORT.search(text)
        and not _NOT_ORDINARY.search(text)
    )


def supervised_max(text: str) -> bool:
    """A 15-17-year-old asking about a max test with a coach or spotter there, and nothing that makes it unsafe."""
    return bool(
        _AGE_15_17.search(text)
        and not _YOUNGER.search(text)
        and _MAX_TEST.search(text)
        and _SUPERVISED.search(text)
        and not _MAX_NOT_OK.search(text)
    )
