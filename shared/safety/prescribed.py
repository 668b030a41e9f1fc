"""A person's own prescribed medicine is no performance drug (R9, issue 15).

"I'm on insulin for type 1", "levothyroxine for my thyroid", "my preventer inhaler (a steroid)" got the steroid/PED
refusal because the drug patterns read "insulin ... pump", "insulin ... build" or "steroid". A medicine named with
the condition or prescription it is for is read as that: the medicine's words are masked before the drug patterns
run, so a drug named beside it ("type 1 on insulin, and thinking about tren") is still one.

    legitimate(text) -> bool    an ordinary medicine named with what it is for, and no sign of misuse
    trt(text) -> bool           testosterone replacement a named doctor prescribes, asked about without a dose
    masked(text) -> str         `text` with those medicine words replaced by "medicine"
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_MEDICINE = re.compile(
    r"\b(insulin|novorapid|humalog|lantus|levemir|tresiba|fiasp|levothyroxine|thyroxine|euthyrox|synthroid|eltroxin"
    r"|liothyronine|(steroid\s+|preventer\s+|reliever\s+|blue\s+|brown\s+|purple\s+)?inhalers?|salbutamol|albuterol"
    r"|ventolin|symbicort|seretide|fostair|budesonide|beclometasone|fluticasone|montelukast|prednisone|prednisolone"
    r"|hydrocortisone|cortisone|steroids?|metformin|statins?)\b",
    _I,
)
# What it is for: a condition, a device, or a prescription.
_REASON = re.compile(
    r"\b(type\s*[12]|t[12]d?|diabet\w*|insulin\s+pump|pump|cgm|libre|dexcom|omnipod|thyroid|hypothyroid\w*|hashimoto\w*"
    r"|underactive|asthma\w*|copd|preventer|reliever|inhalers?|prescri\w+|my\s+(doctor|gp|consultant|endo\w*"
    r"|rheumatologist|specialist|nurse)|colitis|crohn'?s?|ibd|flare\w*|addison'?s?|eczema|arthritis|lupus|cholesterol)\b",
    _I,
)
# Medicine taken the bodybuilders' way, or without the condition it is for.
_MISUSE = re.compile(
    r"\b(non[- ]?diabetic|not\s+(a\s+)?diabetic|isn'?t\s+diabetic|without\s+(being\s+)?diabet\w*|like\s+(the\s+)?(pros"
    r"|bodybuilders)|shuttl\w*|nutrient\s+partition\w*|slin|anabolic|cycles?|stack\w*|pin\w*|blast\w*|cruise"
    r"|borrow\w*|friend'?s|mate'?s|for\s+(gains|size|mass)|(extra|more)\s+(units|insulin)\s+(for|to)\s+(grow|gain|bulk)"
    r"|t3\s+(for|to))\b",
    _I,
)


# Testosterone replacement (TRT) is a medicine when a doctor prescribes it (Endocrine Society 2018 guideline: treated
# to mid-normal levels, with haematocrit, PSA and blood pressure monitored); a dose, a cycle or more than prescribed is
# the PED question however it is asked.
_TRT = re.compile(
    r"\b(trt|testosterone(\s+(replacement(\s+therapy)?|therapy|gel|patch(es)?|injections?|cream|undecanoate))?|testogel"
    r"|androgel|tostran|nebido|sustanon|testim)\b",
    _I,
)
_PRESCRIBER = re.compile(
    r"\b(prescri\w+|(my|the|an?)\s+(doctor|gp|endo\w*|urologist|consultant|specialist|physician|clinic|nurse)"
    r"|endocrinologist|urologist|men'?s\s+health\s+clinic|nhs|hypogonad\w*)\b",
    _I,
)
_TRT_MISUSE = _MISUSE.pattern + (
    r"|\b(dose|dosage|doses|dosing|mg|ml|cc|iu|units?|more\s+than\s+(prescribed|my\s+\w+\s+(says|gave|prescribed))"
    r"|higher|increase\w*|double|extra|bump\w*|up\s+(my|it|the)|on\s+top|add\w*\s+more|tren\w*|anavar|deca|dbol"
    r"|dianabol|sarms?|hgh|winstrol|winny|oxandrolone|primo\w*|masteron|clen\w*"
    r"|self[- ]?prescrib\w*|without\s+(a\s+|my\s+)?(doctor|prescription)|online"
    r"|underground|ugl|source|buy|order)\b"
)
_TRT_MISUSE_RX = re.compile(_TRT_MISUSE, _I)


# Said before the answer to a training question from someone on prescribed TRT (the coach's and a provider's alike).
TRT_NOTE = (
    "Testosterone replacement your doctor prescribes is a medicine, so train as you normally would. Take it only as "
    "prescribed and keep your prescriber's monitoring (the blood tests for red blood cell count and the blood "
    "pressure checks), and tell them about headaches, chest pain or breathlessness."
)


def trt(text: str) -> bool:
    """Testosterone replacement a named doctor prescribes, with no dose, cycle or more-than-prescribed asked."""
    return bool(_TRT.search(text) and _PRESCRIBER.search(text)) and not _TRT_MISUSE_RX.search(text)


# "Steroids" alone is the word lifters use for anabolic steroids: read as a medicine only without muscle goals.
_STEROID = re.compile(r"\bsteroids?\b(?!\s+inhalers?)", _I)
_MUSCLE = re.compile(r"\b(bodybuild\w*|bulk\w*|gains|muscle|mass|shred\w*|size|physique|compete|competition)\b", _I)


def legitimate(text: str) -> bool:
    """An ordinary prescribed medicine named with what it is for, and nothing that says it is taken for muscle."""
    if trt(text):
        return True
    if not (_MEDICINE.search(text) and _REASON.search(text)) or _MISUSE.search(text):
        return False
    return not (_STEROID.search(text) and _MUSCLE.search(text))


def masked(text: str) -> str:
    """`text` with its medicine words read as "medicine" (only call when `legitimate`)."""
    return _MEDICINE.sub("medicine", _TRT.sub("medicine", text) if trt(text) else text)


# R11 (hX): what the conversation learned holds for its later answers, as the other health limits do
# (`shared.safety.conversation.breaks_limits`, "prescribed_trt"). On prescribed TRT a later answer about loads or
# supplements must not change the dose, add something that acts on the same hormones, or drop the monitoring: a
# higher dose raises haematocrit (clot and stroke risk), DHEA and "test boosters" add to it unmonitored, and the
# blood tests are how the prescriber sees it (Bhasin et al., Endocrine Society guideline 2018).
DOSE_CHANGE = re.compile(
    r"\b(bump|double|increase|raise|up|boost)\s+(up\s+)?(your|the|it|that)\b[^.?!]{0,30}\b(dose|dosage|gel|injections?"
    r"|shots?|jabs?|pumps?|testosterone|trt)\b"
    r"|\b(take|use|do|add|apply|inject|try)\s+(an?\s+|some\s+)?(extra|more|another|double|a\s+double|a\s+higher"
    r"|a\s+bigger)\s+(\w+\s+)?(dose|dosage|gel|injections?|shots?|jabs?|pumps?|testosterone|trt)\b"
    r"|\b(higher|bigger|larger|double)\s+(testosterone\s+|trt\s+)?(dose|dosage)\b"
    r"|\b(dose|dosage|testosterone|trt)\b[^.?!]{0,20}\b(doubled|increased|raised|bumped)\b",
    _I,
)
_OTHER_DOSE = re.compile(r"\b(creatine|caffeine|protein|vitamin\w*|magnesium|zinc|fish\s+oil|omega|iron|calcium)\b", _I)
HORMONE_ADD_ON = re.compile(
    r"\b(dhea|tongkat(\s+ali)?|tribulus|fadogia(\s+agrestis)?|test(osterone)?\s+boosters?|t[- ]boosters?|hcg|clomid"
    r"|clomiphene|enclomiphene|nolvadex|tamoxifen|arimidex|anastrozole|letrozole|aromatase\s+inhibitors?|sarms?"
    r"|ostarine|rad[- ]?140|mk[- ]?677|pro[- ]?hormones?|d-?aspartic\s+acid|turkesterone|ecdysterone)\b",
    _I,
)
NO_MONITORING = re.compile(
    r"\b(skip\w*|drop\w*|ditch\w*|stop\w*|don'?t\s+(need|bother\s+with)|no\s+need\s+(for|to)|needn'?t|without"
    r"|overkill|optional|unnecessary|not\s+necessary|waste\s+of\s+time)\b[^.?!]{0,40}\b(blood\s*(tests?|work|draws?)"
    r"|labs?|monitoring|check-?ups?|haematocrit|hematocrit|psa|follow-?ups?)\b"
    r"|\b(blood\s*(tests?|work)|labs|monitoring|check-?ups?)\b[^.?!]{0,25}\b(optional|overkill|unnecessary"
    r"|not\s+necessary|a\s+waste)\b",
    _I,
)
# What replaces a later answer that broke it: training goes on; the prescription and its monitoring stay as they are.
TRT_HELD = (
    "On testosterone your doctor prescribes, your training can go on as normal: progress your loads as usual. Keep "
    "the dose exactly as prescribed, on heavy days too, and keep the blood tests and blood pressure checks your "
    'prescriber asks for. Please don\'t add DHEA, "test boosters" such as tongkat ali or tribulus, SARMs or other '
    "hormones on top: ask your prescriber first about anything that acts on your hormones. Creatine and enough "
    "protein are fine to keep using. If you get chest pain, severe headaches or breathlessness, stop training and "
    "contact your doctor."
)


def dose_changed(sentence: str) -> re.Match[str] | None:
    """A testosterone dose change said in `sentence` ("double your gel on heavy days"), not another supplement's."""
    m = DOSE_CHANGE.search(sentence)
    return m if m is not None and not _OTHER_DOSE.search(m.group(0)) else None
