"""Sports-medicine red flags that read like ordinary pain, recognised by the findings a clinician combines.

    kinds(text) -> list[str]   the shared.safety.inputs `Urgent` kinds the message shows, most specific first

A red flag here is a combination, not a word: numbness in the saddle area, or new bladder or bowel trouble with back
pain (cauda equina syndrome); a knee, ankle or leg that cannot take weight after a twist or pop, or a knee that
swells at once after one (fracture, ACL tear); bone pain at night or at rest (stress fracture); tingling or weakness
in both hands after a neck injury (spinal cord); sudden severe testicle pain (torsion). Each rule names what must be
present together and what rules it out ("fine at rest", "numb from the bike saddle", "a little leak when I skip"),
so "my knee clicks without pain" and next-day soreness stay ordinary training talk.

Misspellings of the words the rules need ("numbnes", "saddel", "blader", "wieght") are read as the word
(`spell`: one edit for words of 5-9 letters, two from 10, the first letter kept, real words such as
"bowls" and "supine" left alone).

Sources: GIRFT/NICE cauda equina pathway (2023): saddle anaesthesia, bladder or bowel change, bilateral sciatica;
Ottawa knee and ankle rules (Stiell 1995, 1992): unable to bear weight; acute haemarthrosis after a pivot (Maffulli
1993); BJSM bone stress injury consensus (Warden 2021): night and rest pain; AUA/EAU on testicular torsion.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

_I = re.IGNORECASE
_VOCABULARY = (
    "numbness tingling saddle groin genitals crotch buttocks bladder bowels urinate urine incontinence swollen "
    "swelling weight night resting tibia metatarsal headache fainted knee ankle twisted popped sciatica testicle "
    "scrotum spine control accident collapsed consciousness"
).split()
# Real words one edit away from a key word, which must stay as they are.
_REAL_WORDS = frozenset(
    "bowls bowel weigh weighs weighed supine shine grain groan nicht might sight fight light tight right bright "
    "collapse spite spike spice spire spins spiny swine swelling sweating knees kneed kneel kneeler saddles sadder "
    "ankles anklet angle angles pooped grown sciatic crutch".split()
)
_WORD = re.compile(r"[a-z]++", _I)  # possessive: a long run is read once


def _distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (a swap of two letters is one edit), cut off above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[-1]


@lru_cache(maxsize=8192)
def _corrected(word: str) -> str:
    lower = word.lower()
    if len(lower) < 5 or lower in _REAL_WORDS or any(lower.startswith(known) for known in _VOCABULARY):
        return word  # a known word or its inflection ("knees", "numbed"), which the rules read already
    limit = 1 if len(lower) < 10 else 2
    for known in _VOCABULARY:
        if known[0] == lower[0] and _distance(lower, known, limit) <= limit:
            return known
    return word


def spell(text: str) -> str:
    """`text` with misspellings of the rules' key words corrected ("numbnes in the saddel" -> "numbness in the
    saddle"); other words untouched."""
    return _WORD.sub(lambda m: _corrected(m.group(0)), text)


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _I)


def _near(a: str, b: str, gap: int = 60) -> re.Pattern[str]:
    """`a` and `b` in either order, at most `gap` characters apart within one sentence."""
    return _rx(rf"(?:{a})[^.?!]{{0,{gap}}}(?:{b})|(?:{b})[^.?!]{{0,{gap}}}(?:{a})")


_PAIN = r"\b(pain\w*|hurt\w*|ache\w*|aching|throb\w*|sore|tender)\b"
_NUMB = (
    r"\b(numb\w*|tingl\w*|pins\s+and\s+needles|no\s+feeling|lost\s+(the\s+|all\s+)?feeling|dead|weird\s+feeling"
    r"|(can'?t|cannot|can\s+not|couldn'?t)\s+feel(\s+(anything|much|a\s+thing))?)\b"
)

# Cauda equina: the saddle area, the bladder and bowel, both legs; with back pain or on their own.
_BACK = _rx(r"\b(back|spine|spinal|discs?|sciatica|sciatic|lumbar|herniat\w*|slipped|deadlift\w*)\b|\bl[45]\b|\bs1\b")
_SADDLE_SITE = (
    r"\b(groin|saddle(\s+area)?|genitals?|privates?|private\s+(parts?|area)|crotch|bum|butt(ocks)?|backside|perineum"
    r"|taint|gooch|down\s+there|between\s+my\s+legs|inner\s+thighs|when\s+i\s+wipe|(my\s+)?(penis|vagina|anus))\b"
)
_SADDLE = _near(_NUMB, _SADDLE_SITE, 40)
_CYCLING = _rx(r"\b(bike|biking|cycl\w*|ride|riding|rode|spin\s+class|saddle\s+(height|sore)|peloton)\b")
_BLADDER = _rx(
    r"\b(can'?t|cannot|couldn'?t|trouble|struggl\w*|hard\s+to|difficult\w*|unable\s+to|problems?)\s+(\w+\s+){0,2}"
    r"(pee|peeing|urinat\w*|wee|weeing|start\s+(peeing|the\s+flow)|hold\s+(my\s+|in\s+)?(pee|wee|urine|it)"
    r"|control\s+(my\s+)?(bladder|bowels?|pee|poo)|empty\s+(my\s+)?bladder|go\s+to\s+the\s+(toilet|loo|bathroom))"
    r"|\b(lost|losing|no)\s+control\s+(of|over)\s+(my\s+)?(bladder|bowels?|pee|poo)"
    r"|\b(lost|losing|lose|no)\s+(my\s+)?(bladder|bowel)\s+control\b"  # R10 (hQ): "I lost bladder control"
    r"|\b(peed|pee|wet|weed|soiled|pooed|pooped|shat|shit)\s+(myself|my\s+(pants|trousers|shorts)|the\s+bed)"
    r"|\b(had\s+)?(an?\s+|a\s+couple\s+of\s+|some\s+)accidents?\b|\bincontinen\w*"
    r"|\b(can'?t|cannot|couldn'?t)\s+feel\s+(when|if)\s+i\s+(need|have)\s+to\s+(go|pee|wee|poo)"
    r"|\b(peeing|pee|bladder|bowels?|urine|wee)\b[^.?!]{0,20}\b(weird|strange|different|off|numb|not\s+right)\b"
)
_STRESS_LEAK = _rx(  # a little leak when jumping or sneezing: the pelvic floor, not a nerve emergency
    r"\b(jump\w*|skip\w*|double[- ]?unders?|sneez\w*|cough\w*|laugh\w*|trampoline|box\s+jumps?|heavy\s+lifts?"
    r"|since\s+(having|the)\s+(baby|birth)|after\s+(giving\s+birth|birth|my\s+baby)|post[- ]?partum|pelvic\s+floor)\b"
)
_BOTH_LEGS = r"\b(both\s+(my\s+)?(legs|feet|thighs)|(legs|feet)\s+(are\s+)?both|my\s+legs\s+and\s+feet)\b"
_BOTH_LEGS_NERVE = _near(_BOTH_LEGS, _NUMB, 40)
_BOTH_LEGS_WEAK = _near(_BOTH_LEGS, r"\b(weak\w*|giving\s+way|gave\s+way|buckl\w*|(can'?t|cannot)\s+lift)\b", 40)
_BOTH_LEGS_SCIATICA = _rx(
    r"\b(shooting|pain|sciatica|electric\w*)\b[^.?!]{0,30}\b(down|in|into)\s+both\s+(my\s+)?legs"
    r"|\bsciatica\s+(in|down)\s+both\b|\bbilateral\s+sciatica"
)
# A knee, ankle or leg that cannot take weight after an injury, or a knee that swells at once after a twist or pop.
_LIMB = r"\b(knees?|kneecap|patella|ankles?|foot|feet|legs?|shin|hip)\b"
_INJURY = _rx(
    r"\b(twist\w*|pop\w*|snap\w*|land\w*\s+(awkward\w*|funny|badly|wrong\w*|on\s+it)|roll\w*|went\s+over\s+on"
    r"|buckl\w*|gave\s+way|collid\w*|tackl\w*|fell|fall(en)?|slipped|hyperextend\w*|crack\w*|dislocat\w*"
    r"|felt\s+something\s+(go|give|tear|rip)|heard\s+(a|something)|kicked|hit|injur\w*|hurt\s+(my|it))\b"
)
_NO_WEIGHT = _rx(
    r"\b(can'?t|cant|cannot|can\s+not|couldn'?t|unable\s+to|not\s+able\s+to|impossible\s+to)\s+(even\s+)?"
    r"(put|bear|take|carry|hold)\s+(any\s+|much\s+|my\s+)?weight"
    r"|\b(can'?t|cant|cannot|couldn'?t|unable\s+to|not\s+able\s+to)\s+(even\s+)?"
    r"(weight[- ]?bear|stand|walk|step|limp)\b"
    r"(?!\s+(properly\s+)?(after|since)\s+(leg\s+day|squats|the\s+gym|training))"
    r"|\bnon[- ]?weight[- ]?bearing\b|\bhav(e|ing)\s+to\s+hop\b|\bhopping\s+(around|everywhere|on\s+one)"
)
_SWELLS_AT_ONCE = _rx(
    r"\b(swell\w*|swollen|puff\w*)\s+(up\s+)?(straight\s+away|right\s+away|immediately|at\s+once|instantly|right\s+up"
    r"|within\s+(an?|the|half\s+an)\s+(hour|minutes?)|in\s+(minutes|an\s+hour)|like\s+a\s+balloon|massively)"
    r"|\b(blew|blown|ballooned|balloon\w*)\s+up\b|\blike\s+a\s+balloon\b|\b(huge|massive|twice\s+the\s+size|doubled"
    r"(\s+in\s+size)?)\b"
)
_LOCKED = _rx(r"\b(locked|stuck|jammed)\b[^.?!]{0,40}\b(can'?t|cannot|won'?t)\s+(straighten|bend|unlock)")
# Bone pain at night or at rest (a stress fracture; less often a tumour or infection).
_BONE = _rx(
    r"\b(shins?|shin\s*bones?|tibia|fibula|foot|feet|metatarsals?|top\s+of\s+my\s+foot|heel|navicular|hip|groin"
    r"|femur|thigh\s*bone|pelvis|pelvic|sacrum|bones?|lower\s+leg)\b"
)
_AT_REST = _rx(
    r"\b(at|during\s+the|in\s+the|every|each)\s+(night|nite)|\bnights\b|\bovernight\b|\b(wakes?|woke|waking)\s+(me|up)\b"
    r"|\bkeeps?\s+me\s+(up|awake)|\bkept\s+me\s+(up|awake)|\b(can'?t|cannot)\s+sleep|\bin\s+bed\b|\bat\s+rest\b"
    r"|\b(when|while)\s+(i'?m\s+|im\s+|i\s+am\s+)?resting\b|\beven\s+(when|while|if)\s+(i'?m\s+|im\s+|i\s+am\s+)?"
    r"(sitting|resting|lying|still|not\s+\w+ing|doing\s+nothing|on\s+the\s+couch|off\s+it)"
    r"|\bsitting\s+still\b|\bdoing\s+nothing\b|\b(constant\w*|all\s+the\s+time|never\s+(goes|stops))\b"
)
_NOT_AT_REST = _rx(
    r"\b(fine|ok|okay|gone|goes\s+away|settles|stops|better)\s+(at\s+rest|when\s+i\s+rest|at\s+night|by\s+the\s+evening)"
    r"|\b(no|not|doesn'?t|don'?t|never)\s+(\w+\s+){0,2}(at\s+rest|at\s+night|when\s+(i'?m\s+)?resting|wake\s+me)"
    r"|\bonly\s+(hurts\s+|when\s+)?(when|while|during)\s+(i\s+)?(run|jog|train|lift|squat|jump)"
    r"|\b(lie|lying|sleep\w*|lay)\s+on\s+(it|my\s+side|that\s+side|the\s+\w+\s+side)"
)
_FOCAL_BONE = _rx(
    r"\b(one|a|single)\s+(spot|point|place)\s+(on|in)\s+(my\s+)?(shin|tibia|foot|metatarsal|shin\s*bone|bone)"
    r"[^.?!]{0,40}\b(hurts|tender|painful|sore)\b[^.?!]{0,20}\b(touch|press\w*|poke)"
    r"|\b(pain|hurts)\s+(when|if)\s+i\s+hop\b"
)
# A neck injury with tingling or weakness in the hands or both arms: the spinal cord.
_NECK = _rx(r"\b(neck|cervical|landed\s+on\s+my\s+head|head\s*first|spear\w*)\b")
_HANDS_NERVE = _near(
    r"\b(hands|both\s+(my\s+)?(arms|hands)|arms\s+and\s+legs|fingers\s+on\s+both)\b",
    r"\b(numb\w*|tingl\w*|weak\w*|pins\s+and\s+needles|electric\w*|shocks?|dead)\b",
    40,
)
# Sudden severe testicle pain: torsion, which has hours.
_TESTICLE = _rx(
    r"\b(testicles?|testes|testis|scrotum|my\s+(left\s+|right\s+)?(balls?|nuts?|nads))\b(?!\s+(slams?|to\s+the\s+wall))"
)
_TESTICLE_ALARM = _rx(
    r"\b(sudden\w*|severe\w*|swollen|swell\w*|agony|excruciating|unbearable|worst|twist\w*|throb\w*|high\s+up"
    r"|vomit\w*|throw\w*\s+up|sick|really\s+(bad|badly)|killing\s+me)\b"
)
# Findings of kinds shared.safety.inputs already knows, in words its patterns did not read.
_HEAD_BURST = _rx(
    r"\bhead\s+(felt|feels|was)\s+(like\s+it\s+(was\s+going\s+to\s+|would\s+)?|as\s+if\s+it\s+)(explod\w*|split\w*"
    r"|burst\w*|exploded)|\b(severe|terrible|horrible|insane|crazy|massive|awful|excruciating|intense|violent|"
    r"really\s+bad)\s+headache\b[^.?!]{0,40}\b(during|mid|middle|while|on\s+(my|the)|lifting|squat\w*|deadlift\w*"
    r"|bench\w*|press\w*|set|rep)"
)
_FAINT = _rx(
    r"\b(past|passt|passd|pased)\s+out\b|\blost\s+consciousness\b|\bwoke\s+up\s+on\s+the\s+(floor|ground|mat)\b"
    r"|\b(knocked|went)\s+unconscious\b"
)
_RHABDO = _rx(
    r"\b(urine|pee|piss|wee)\b[^.?!]{0,30}\b(coffee|coke|cola|tea|brown|rust\w*)\b"
    r"|\b(dark|brown)\s+(urine|pee|piss|wee)\b[^.?!]{0,60}\b(severe|extreme|unbearable|insane|crazy|agony)\b"
)
_WATER = _rx(
    r"\b(drank|drunk|swallowed|chugged|downed)\b[^.?!]{0,30}\b(bottles?|litres?|liters?|gallons?|water)\b"
    r"[^?]{0,60}\b(confus\w*|vomit\w*|throw\w*\s+up|disorient\w*|seizure)"
)
_HEAD_HIT = _rx(
    r"\b(ball|elbow|knee|boot|fist|punch|kick|bar|plate|kettlebell|dumbbell)\s+(to|in|on|into)\s+(the|my)\s+(head|face)"
    r"[^?]{0,60}\b(foggy|fog|vomit\w*|throw\w*\s+up|confus\w*|dizz\w*|headache|blurr\w*|drowsy|sleepy)"
)
_CLOT_TRAVEL = _rx(
    r"\b(flight|flew|flying|plane|long\s+drive|long[- ]haul|surgery|operation|cast|plaster)\b[^?]{0,80}"
    r"\b(my\s+(left\s+|right\s+)?calf|one\s+calf|one\s+leg)\b[^.?!]{0,40}"
    + _PAIN
    + r"|\b(my\s+(left\s+|right\s+)?calf|one\s+calf|one\s+leg)\b[^.?!]{0,40}"
    + _PAIN
    + r"[^?]{0,80}\b(flight|flew|flying|plane|long\s+drive|long[- ]haul|surgery|operation|cast|plaster)\b"
)


def _cauda_equina(text: str) -> bool:
    saddle = bool(_SADDLE.search(text))
    back = bool(_BACK.search(text))
    bladder = bool(_BLADDER.search(text)) and not (_STRESS_LEAK.search(text) and not back)
    legs = bool(_BOTH_LEGS_NERVE.search(text) or _BOTH_LEGS_SCIATICA.search(text))
    if saddle and _CYCLING.search(text) and not (back or bladder or legs):
        return False  # a numb crotch on a long ride is the saddle's pressure: a bike-fit question
    return saddle or legs or (bladder and back) or bool(back and _BOTH_LEGS_WEAK.search(text))


def _joint_injury(text: str) -> bool:
    limb, injured = re.search(_LIMB, text, _I), _INJURY.search(text)
    if not (limb and injured):
        return False
    knee_at_once = re.search(r"\bknee", text, _I) and _SWELLS_AT_ONCE.search(text)
    return bool(_NO_WEIGHT.search(text) or knee_at_once or _LOCKED.search(text))


def _bone(text: str) -> bool:
    if _FOCAL_BONE.search(text):
        return True
    return bool(_BONE.search(text) and _AT_REST.search(text) and re.search(_PAIN, text, _I)) and not (
        _NOT_AT_REST.search(text)
    )


_RULES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("cauda_equina", _cauda_equina),
    ("spinal", lambda t: bool(_NECK.search(t) and _INJURY.search(t) and _HANDS_NERVE.search(t))),
    ("testicular", lambda t: bool(_TESTICLE.search(t) and _TESTICLE_ALARM.search(t) and re.search(_PAIN, t, _I))),
    ("headache", lambda t: bool(_HEAD_BURST.search(t))),
    ("cardiac", lambda t: bool(_FAINT.search(t))),
    ("rhabdo", lambda t: bool(_RHABDO.search(t))),
    ("hyponatremia", lambda t: bool(_WATER.search(t))),
    ("concussion", lambda t: bool(_HEAD_HIT.search(t))),
    ("clot", lambda t: bool(_CLOT_TRAVEL.search(t))),
    ("joint_injury", _joint_injury),
    ("bone", _bone),
)


def kinds(text: str) -> list[str]:
    """The red-flag kinds `text` shows (misspellings read, see `spell`), in the order of `_RULES`."""
    text = spell(text)
    return [kind for kind, rule in _RULES if rule(text)]
