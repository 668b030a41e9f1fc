"""What a user discloses that the older pattern lists missed (the seventh red team, R7, issue 15), as kinds.

    overdose(text)          pills or medicine taken in excess (a number, "too many", a whole bottle, all of them,
                            double the dose), the user's own or someone else's, now or recently: an emergency
    purging(text)           being sick on purpose, and not deserving to eat: eating-disorder disclosures
    broken_bone(text)       a likely fracture (broke or broken, swollen and crunchy or deformed, can't use it after a
                            fall), not yet seen by anyone: imaging first, no loading
    heart_condition(text)   a known structural or electrical heart condition (HCM, an enlarged heart) with a wish for
                            maximal efforts: the cardiologist's clearance first
    heart_failure(text)     breathless on light effort (stairs, walking) that is new, or both ankles swollen with it
    instability(text)       a joint that keeps slipping or popping out (recurrent dislocation or subluxation)
    diabetes_training(text) a person with diabetes asking how to train around their own insulin
    other_language(kind, text)  the kinds most likely to matter, written in Spanish, Italian, French, Portuguese or
                            German (a small phrase table per kind; the answer is Vigor's English one)

Kept apart from `shared.safety.inputs` so each list stays readable; `inputs` and `urgent` read these functions.
Sources: NHS and NPIS guidance on paracetamol and other overdoses (treatment works best early, often no symptoms at
first; never induce vomiting); NICE NG69 (eating disorders); Ottawa ankle/knee rules and BSSH/BOA guidance on
suspected fractures; 2020 ESC sports cardiology guidelines and the 2024 AHA/ACC HCM guideline (shared decision with an
expert before high-intensity or competitive sport); ESC heart failure guideline 2021 (breathlessness on exertion,
ankle swelling); ADA Standards of Care 2024 and Riddell et al. 2017 (exercise with type 1 diabetes).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# --- Overdose: taken, not asked about --------------------------------------------------------------------------------
_PILLS = (
    r"(pills?|tablets?|tabs|capsules?|caps|meds|medicines?|medications?|painkillers?|pain\s+killers?|sleeping\s+pills?"
    r"|sleeping\s+tablets|antidepressants?|anti-?depressants?|insulin|paracetamol|tylenol|acetaminophen|panadol"
    r"|ibuprofen|advil|nurofen|motrin|aspirin|naproxen|codeine|tramadol|oxy\w*|diazepam|valium|xanax|benzos?"
    r"|zopiclone|zolpidem|ambien|sertraline|fluoxetine|citalopram|amitriptyline|lithium|iron\s+tablets|caffeine\s+pills"
    r"|beta[- ]?blockers?|blood\s+pressure\s+(pills|tablets|meds)|heart\s+(pills|tablets|meds)|doses?)"
)
_TOOK = r"(took|taken|swallowed|downed|popped|necked|had|ate|chugged)"
_UNIT = r"(?!\s*(mg|mcg|\u00b5g|ug|g|grams?|ml|units?|iu|kg|kgs|lbs?|mins?|minutes|hours?|hrs?|days?|weeks?|x|%)\b)"
_MANY = (
    r"(way\s+too\s+many|too\s+many|too\s+much|way\s+too\s+much|a\s+(whole|full|entire)\s+(bottle|box|pack|packet|strip"
    r"|sheet|tub|jar|container)(\s+of)?|(the|a)\s+whole\s+(bottle|box|pack|packet|strip)(\s+of)?|double\s+(my|the|his|her"
    r"|their|a)?|a\s+double\s+dose\s+of|(twice|(\d|two|three|four|five|ten)\s+times)\s+(my|the|his|her)\s+(usual\s+|normal\s+)?(dose|amount)(\s+of)?|a\s+bunch\s+of"
    r"|a\s+handful\s+of|handfuls\s+of|loads\s+of|lots\s+of|a\s+lot\s+of|heaps\s+of|a\s+load\s+of|(\d{2,3}|[5-9])"
    + _UNIT
    + r"\s+(of\s+)?(my|his|her|their|the|mum'?s|mom'?s|dad'?s|[\w]+'s)?)"
)
_OVERDOSE = re.compile(
    r"\b"
    + _TOOK
    + r"\s+(like\s+|about\s+|around\s+|maybe\s+|over\s+|nearly\s+|almost\s+)?"
    + _MANY
    + r"\s*([\w']+\s+){0,3}"
    + _PILLS
    + r"\b"
    # all of them, at once or from the pack: "took all my antidepressants at once"
    r"|\b"
    + _TOOK
    + r"\s+all\s+(of\s+)?(my|the|his|her|their|those|these)\s+([\w']+\s+){0,2}"
    + _PILLS
    + r"\b[^.?!]{0,30}\b(at\s+once|in\s+one\s+go|together|in\s+one\s+sitting|left|in\s+the\s+(bottle|box|pack))"
    r"|\b" + _TOOK + r"\s+(my|the|his|her|their)\s+([\w']+\s+){0,2}" + _PILLS + r"\s+(twice|two\s+times"
    r"|again\s+by\s+(mistake|accident))\b"
    r"|\b(overdosed|o\.?d\.?'?d|od'?ed)\b(?!\s+on\s+(cardio|volume|training|leg\s+day|sets|work))"
    r"|\b(took|swallowed|had)\s+(\w+\s+){0,3}(more\s+than|over)\s+the\s+(max\w*|recommended|safe)\s+(dose|amount)",
    _I,
)


def overdose(text: str) -> bool:
    """Pills or medicine taken in excess, by the user or someone else, now or recently (an emergency, not a question
    about an amount: `inputs` answers those with the crisis answer)."""
    for match in _OVERDOSE.finditer(text):
        if not _IF.search(text[max(0, match.start() - 40) : match.start()]):
            return True
    return False


_THEY_TOOK = re.compile(
    r"\b(my\s+(\w+\s+)?(friend|mate|buddy|brother|sister|son|daughter|kid|child|dad|father|mum|mom|mother|wife"
    r"|husband|partner|boyfriend|girlfriend|flatmate|roommate|teammate|client|colleague)|he|she|they|someone|somebody)"
    r"\s+(just\s+|has\s+|had\s+|accidentally\s+)?" + _TOOK.replace("(took", "(took|overdosed|o\\.?d\\.?'?d", 1),
    _I,
)


def someone_else_took(text: str) -> bool:
    """The overdose told of is someone else's ("my friend took a bunch of pills"): no flag on the user's account."""
    return bool(_THEY_TOOK.search(text)) and not re.search(r"\bi\s+(\w+\s+)?(took|swallowed|overdosed)\b", text, _I)


# "if I overdosed on my pre-workout would it be painless": a question, the crisis answer's (`inputs`).
_IF = re.compile(
    r"\b(if|what\s+if|would|could|should|suppose|imagine|say)\s+(i|you|someone|somebody|a\s+person|he|she|they|one)"
    r"(\s+(have|had|just|ever|accidentally))?\s*$",
    _I,
)


# --- Purging and not deserving food -----------------------------------------------------------------------------------
_PURGING = re.compile(
    r"\b(threw|throw|throwing|thrown|puked?|puking|vomit(ed|ing)?|was\s+sick|been\s+sick|get\s+sick|got\s+sick)\s+(it\s+)?"
    r"(up\s+)?(\w+\s+)?(on\s+purpose|deliberately|intentionally|purposely|purposefully)\b"
    r"|\b(made|make|making|makes)\s+(my\s*self|myself)\s+(\w+\s+)?(sick|throw\s+up|vomit|puke|gag|bring\s+it\s+up)\b"
    r"(?!\s+(with|from|by)\s+(the\s+|that\s+|my\s+)?(workout|training|session|sprints?|running|pre-?workout|hiit|cardio"
    r"|burpees|intervals))"
    r"|\b(don'?t|do\s+not|didn'?t|never)\s+deserve\s+(to\s+eat|food|to\s+have\s+(food|dinner|lunch|breakfast|a\s+meal)"
    r"|(a\s+)?(dinner|lunch|breakfast|meals?|snacks?|dessert))\b"
    r"|\b(haven'?t|have\s+not|hasn'?t|not)\s+earned\s+(my\s+|a\s+|the\s+right\s+to\s+)?(eat|food|dinner|lunch|breakfast"
    r"|meals?|to\s+eat)\b"
    r"|\b(not|n'?t)\s+allowed\s+(myself\s+)?to\s+eat\b|\bdon'?t\s+let\s+myself\s+eat\b",
    _I,
)


def purging(text: str) -> bool:
    """Being sick on purpose, or not deserving to eat: eating-disorder disclosures (NICE NG69)."""
    return _PURGING.search(text) is not None


# --- A likely fracture ------------------------------------------------------------------------------------------------
_BONE_PART = (
    r"(wrist|arm|forearm|hand|finger|fingers|thumb|toe|toes|ankle|foot|leg|shin|rib|ribs|collar\s*bone|clavicle|elbow"
    r"|nose|kneecap|hip|tibia|fibula|radius|metatarsal|knuckle|jaw|cheekbone|shoulder\s+blade)"
)
_BROKE = re.compile(
    r"\b(broke|broken|fractured?|cracked|snapped|bust(ed)?)\s+(my|a|the|his|her)\s+(left\s+|right\s+|little\s+|big\s+)?"
    + _BONE_PART
    + r"\b|\b(my|a|the)\s+(left\s+|right\s+)?"
    + _BONE_PART
    + r"\s+(is|might\s+be|may\s+be|could\s+be|feels|looks)\s+(\w+\s+)?(broken|fractured|cracked)\b"
    r"|\bbroken\s+" + _BONE_PART + r"\b",
    _I,
)
_SWOLLEN = r"\b(swollen|swelling|swelled|puffed\s+up|puffy|ballooned)\b"
_CRUNCHY = (
    r"\b(crunch\w*|crackl\w*|grating|grat\w+\s+feeling|crepitus|deformed|misshapen|bent\s+(wrong|funny|weird\w*)"
    r"|crooked|out\s+of\s+shape|lump\s+of\s+bone|a\s+bump\s+(on|in)\s+the\s+bone|clicks?\s+and\s+grinds?)\b"
)
_SWOLLEN_CRUNCHY = re.compile(rf"{_SWOLLEN}[^.?!]{{0,60}}{_CRUNCHY}|{_CRUNCHY}[^.?!]{{0,60}}{_SWOLLEN}", _I)
_FELL_ON = re.compile(
    r"\b(fell|fall|fallen|landed|dropped|crashed|slipped|came\s+off|hit|smashed|jammed|crushed)\b[^?]{0,80}\b"
    + _BONE_PART
    + r"\b[^?]{0,80}\b(can'?t|cannot|can\s+not|unable\s+to|couldn'?t)\s+(move|use|grip|bend|turn|lift|hold|put\s+weight"
    r"|bear\s+weight|take\s+weight|straighten|make\s+a\s+fist)\b",
    _I,
)
# Seen already (a cast, an X-ray, a surgeon's plan) or long healed: a training question, not an unseen fracture.
_SEEN = re.compile(
    r"\b(cast|splint|boot|x-?rays?|scan|mri|surgeon|surgery|physio\w*|doctor|cleared|healed|healing|rehab\w*|metal\s+plate"
    r"|screws|ago|as\s+a\s+(kid|child|teen)|used\s+to|old\s+(injury|break|fracture)|last\s+(year|summer))\b",
    _I,
)


def broken_bone(text: str) -> bool:
    """A likely fracture nobody has seen yet: "I think I broke my wrist", swollen and crunchy or deformed, or a hand,
    arm or foot that can't be used after a fall."""
    if _SEEN.search(text):
        return False
    return bool(_BROKE.search(text) or _SWOLLEN_CRUNCHY.search(text) or _FELL_ON.search(text))


# --- A known heart condition with maximal efforts ---------------------------------------------------------------------
_HEART_CONDITION = (
    r"\b(hcm|hocm|hypertrophic\s+cardiomyopathy|cardiomyopathy|enlarged\s+heart|big\s+heart\s+muscle|thick(ened)?\s+heart"
    r"(\s+muscle|\s+wall)?|heart\s+(condition|disease|defect|problem|issue|failure|valve\s+(problem|disease|issue))"
    r"|valve\s+(disease|problem)|(leaky|bad|faulty|narrow\w*|bicuspid)\s+(heart\s+|aortic\s+)?valve|aortic\s+(stenosis|aneurysm|dilation|root)|marfan\w*|long\s+qt|brugada|wpw"
    r"|wolff[- ]parkinson|arrhythmogenic|myocarditis|congenital\s+heart|hole\s+in\s+(my|the)\s+heart)\b"
)
_MAX_EFFORT = (
    r"\b(max(imal|imum)?\s*(-|\s)?(effort|intensity|sprints?|out|heart\s+rate|lifts?|singles?)|all[- ]out|flat[- ]out"
    r"|as\s+hard\s+as\s+(i\s+can|possible)|full\s+(effort|intensity|send|gas)|hiit|sprints?|intervals?|tabata"
    r"|1\s*rm|one[- ]rep\s+max|max\s+out|maxing|redline|to\s+failure|compet\w*|race|racing|push\s+"
    r"(it\s+|myself\s+)?(to\s+the\s+limit|hard)|go\s+hard|heavy\s+singles?)\b"
)
_HEART_MAX = re.compile(
    rf"{_HEART_CONDITION}[^?]{{0,160}}{_MAX_EFFORT}|{_MAX_EFFORT}[^?]{{0,160}}{_HEART_CONDITION}", _I
)
_SOMEONE_ELSES_HEART = re.compile(
    r"\bmy\s+(dad|father|mum|mom|mother|husband|wife|partner|friend|client|brother|sister|son|daughter|grand\w+)\s+"
    r"(has|had|was\s+diagnosed\s+with)\b",
    _I,
)


def heart_condition(text: str) -> bool:
    """A known heart condition (HCM, an enlarged heart, a valve or rhythm condition) with maximal efforts wanted."""
    return bool(_HEART_MAX.search(text)) and not _SOMEONE_ELSES_HEART.search(text)


# --- Breathless on light effort, swollen ankles -----------------------------------------------------------------------
_BREATHLESS = (
    r"\b(out\s+of\s+breath|breathless\w*|short\s+of\s+breath|winded|puffed|puffing|gasping|huffing\s+and\s+puffing"
    r"|can'?t\s+catch\s+my\s+breath|struggl\w+\s+(to\s+breathe|for\s+breath|for\s+air)|breathing\s+hard)\b"
)
_LIGHT_EFFORT = (
    r"\b(walk\w*\s+up\s+(the\s+)?stairs|(up|climbing|climb)\s+(a\s+|one\s+|the\s+|two\s+)?(flights?\s+of\s+)?stairs"
    r"|walking|a\s+short\s+walk|getting\s+dressed|showering|in\s+the\s+shower|talking|carrying\s+(the\s+)?shopping"
    r"|doing\s+nothing|lying\s+down|a\s+slow\s+walk|tying\s+my\s+shoes|making\s+the\s+bed|from\s+the\s+car)\b"
)
_NEW = (
    r"\b(lately|recently|these\s+days|now|new|worse|getting\s+worse|used\s+to\s+be\s+fine|than\s+(before|usual)"
    r"|anymore|past\s+(few\s+)?(weeks?|months?)|for\s+(a\s+few\s+|the\s+past\s+|\d+\s+)?(weeks?|months?))\b"
)
_ANKLES = (
    r"\b((both\s+)?(my\s+)?(ankles|feet|legs|lower\s+legs)\s+(are|have\s+been|get|got|keep\s+getting|look)\s+(\w+\s+)?"
    r"(swollen|puffy|swelling)|swollen\s+(ankles|feet|legs)|(ankle|leg|foot)\s+swelling)\b"
)
_HEART_FAILURE = re.compile(
    rf"{_BREATHLESS}[^?]{{0,60}}{_LIGHT_EFFORT}[^?]{{0,80}}({_NEW}|{_ANKLES})"
    rf"|({_NEW}|{_ANKLES})[^?]{{0,80}}{_BREATHLESS}[^?]{{0,60}}{_LIGHT_EFFORT}"
    rf"|{_LIGHT_EFFORT}[^?]{{0,40}}{_BREATHLESS}[^?]{{0,80}}({_NEW}|{_ANKLES})"
    rf"|{_BREATHLESS}[^?]{{0,100}}{_ANKLES}|{_ANKLES}[^?]{{0,100}}{_BREATHLESS}",
    _I,
)
_TRAINING_BREATH = re.compile(
    r"\b(stair\s*(master|climber|mill)|step\s*mill|stair\s+(sprints?|runs?|intervals?)|running\s+up|sprint\w*|hiit\s+class"
    r"|after\s+(burpees|sprints|intervals))\b",
    _I,
)


def heart_failure(text: str) -> bool:
    """New breathlessness on light effort (stairs, walking), or breathlessness with swollen ankles: possible heart
    failure, a doctor today (ESC heart failure guideline 2021). A stair machine or sprints up stairs is training."""
    return bool(_HEART_FAILURE.search(text)) and not (
        _TRAINING_BREATH.search(text) and not re.search(_ANKLES, text, _I)
    )


# --- A joint that keeps coming out -----------------------------------------------------------------------------------
_INSTABILITY = re.compile(
    r"\b(shoulder|knee\s*cap|kneecap|patella|elbow|hip|jaw|finger|thumb)s?\b[^.?!]{0,40}\b(keeps?|kept|always|sometimes"
    r"|often)?\s*(slipping|slips|popping|pops|coming|comes|sliding|slides|going|goes|jumping|jumps)\s+(right\s+|partly\s+"
    r"|partially\s+)?out\b"
    r"|\b(shoulder|knee\s*cap|kneecap|patella|elbow|hip)s?\b[^.?!]{0,40}\bfeels?\s+like\s+it('?s|\s+is|\s+will|\s+wants\s+to"
    r"|\s+is\s+going\s+to)\s+(going\s+to\s+|gonna\s+)?(\w+\s+)?(pop|come|slip|slide|going)\s+out\b"
    r"|\b(partial(ly)?\s+dislocat\w*|sublux\w*|unstable\s+shoulder|shoulder\s+(is\s+)?unstable)\b",
    _I,
)


def instability(text: str) -> bool:
    """A shoulder, kneecap or other joint that slips or pops out (recurrent instability): checked before loading."""
    return _INSTABILITY.search(text) is not None


# --- Diabetes and training around one's own insulin -------------------------------------------------------------------
_DIABETIC = re.compile(
    r"\b(diabet\w*|type\s*[12]\b|t[12]d\b|my\s+insulin|insulin\s+pump|my\s+pump|cgm|libre|dexcom)", _I
)
_INSULIN_TIMING = re.compile(
    r"\b(insulin|bolus|basal|pump)\b[^?]{0,60}\b(train\w*|cardio|workout|exercis\w*|run\w*|lift\w*|gym|session|swim\w*"
    r"|cycl\w*|ride|hiit|sport)\b"
    r"|\b(train\w*|cardio|workout|exercis\w*|run\w*|lift\w*|gym|session|swim\w*|cycl\w*|ride|hiit|sport)\b[^?]{0,60}"
    r"\b(before|after|around|without|with|skip\w*|on)\s+(my\s+|taking\s+my\s+|the\s+)?(morning\s+|evening\s+)?(insulin"
    r"|bolus|basal|injection|shot|jab)\b",
    _I,
)
_PED_INSULIN = re.compile(r"\b(pros|bodybuilders?|gains|bulk\w*|mass|anabolic|shuttl\w*|grow\w*|like\s+the)\b", _I)


def diabetes_training(text: str) -> bool:
    """Someone with diabetes asking how to train around their own insulin (not insulin for muscle: that is a drug)."""
    return bool(_DIABETIC.search(text) and _INSULIN_TIMING.search(text)) and not _PED_INSULIN.search(text)


# --- Other languages --------------------------------------------------------------------------------------------------
# The kinds most likely to matter, in Spanish, Italian, French, Portuguese and German. Vigor answers in English (Spanish
# where the reply exists), stating the advice plainly.
_OTHER_LANGUAGES: dict[str, re.Pattern[str]] = {
    "cardiac": re.compile(
        # chest pain, pressure or tightness
        r"\b(dolor|presi(ó|o)n|opresi(ó|o)n|punzadas?)\s+(en\s+el|de|del)\s+pecho|\bme\s+duele\s+el\s+pecho"
        r"|\bdolore\s+(al|nel|sul)\s+petto|\b(mi\s+fa\s+male|male\s+al|fitta\s+al|oppressione\s+al|peso\s+sul|pressione"
        r"\s+sul|stretta\s+al)\s+petto|\bpetto\s+(mi\s+)?(fa\s+male|stretto|oppresso)"
        r"|\b(douleur|mal|serrement|oppression|pression|poids)\s+(à|a|dans|sur)\s+la\s+poitrine|\bpoitrine\s+serr(é|e)e"
        r"|\b(dor|aperto|press(ã|a)o|pontada)\s+(no|em\s+meu|do)\s+peito|\bpeito\s+(d(ó|o)i|apertado)|\bd(ó|o)i\s+o\s+peito"
        r"|\bbrust\s*schmerz\w*|\bschmerz\w*\s+in\s+der\s+brust|\b(druck|enge|engegef(ü|ue)hl|stechen)\s+(auf|in)\s+der"
        r"\s+brust|\bbrust\s+(tut\s+weh|schmerzt|ist\s+eng)"
        # fainting
        r"|\bme\s+desmay\w*|\bdesmay(é|e|o)\b|\bperd(í|i)\s+el\s+conocimiento"
        r"|\b(sono|ero)\s+svenut[oa]|\bsvenut[oa]\b|\bsvenimento|\bsvengo\b|\bho\s+perso\s+i\s+sensi"
        r"|\b(je\s+me\s+suis\s+)?(é|e)vanoui\w*|\bperdu\s+connaissance|\bsyncope"
        r"|\bdesmaiei\b|\bdesmai(o|ar|ou)\b|\bperdi\s+os\s+sentidos"
        r"|\bohnm(ä|ae)chtig|\bumgekippt|\bbewusstlos|\bkollabiert"
        # breathlessness
        r"|\b(me\s+)?falta\s+(de\s+)?(el\s+)?aire|\bno\s+puedo\s+respirar|\bme\s+ahogo"
        r"|\bmi\s+manca\s+(il\s+)?(respiro|fiato)|\bfiato\s+corto|\bnon\s+riesco\s+a\s+respirare|\baffanno"
        r"|\bessouffl\w*|\bdu\s+mal\s+(à|a)\s+respirer|\bje\s+n'?arrive\s+pas\s+(à|a)\s+respirer|\bmanque\s+(de\s+)?souffle"
        r"|\bfalta\s+de\s+ar\b|\bn(ã|a)o\s+consigo\s+respirar|\bsem\s+f(ô|o)lego"
        r"|\batemnot|\bkurzatmig|\bkeine\s+luft|\bkann\s+nicht\s+(richtig\s+)?atmen",
        _I,
    ),
    "self_harm": re.compile(
        r"\bsuic(i|í)d(io|ios|arme|armi|arse|ar|a|as|i)\b|\bsuizid\w*|\bselbstmord\w*"
        r"|\bquiero\s+morir|\bme\s+quiero\s+matar|\bquitarme\s+la\s+vida|\bno\s+quiero\s+(seguir\s+)?vivir"
        r"|\bvoglio\s+morire|\bfarla\s+finita|\btogliermi\s+la\s+vita|\b(uccidermi|ammazzarmi)\b|\bnon\s+voglio\s+pi(ù|u)\s+vivere"
        r"|\bveux\s+mourir|\bme\s+tuer\b|\b(veux|vais|envie\s+d'?)\s*en\s+finir|\bveux\s+plus\s+vivre"
        r"|\bquero\s+morrer|\bme\s+matar\b|\btirar\s+(a\s+)?minha\s+(pr(ó|o)pria\s+)?vida|\bn(ã|a)o\s+quero\s+mais\s+viver"
        r"|\bwill\s+(nicht\s+mehr\s+leben|sterben)|\bmich\s+umbringen|\blebensm(ü|ue)de|\bmir\s+das\s+leben\s+nehmen",
        _I,
    ),
    "eating_disorder": re.compile(
        r"\b(me\s+hago|me\s+hice|hacerme)\s+vomitar|\bvomit(o|é|e|ar)\s+a\s+prop(ó|o)sito|\bprovoc\w+\s+el\s+v(ó|o)mito"
        r"|\b(mi\s+faccio|mi\s+sono\s+fatt[oa]|farmi)\s+vomitare|\bvomit(o|are|ato)\s+apposta|\bindur\w+\s+il\s+vomito"
        r"|\b(je\s+me\s+fais|me\s+faire)\s+vomir|\bvomi(r|s|t)?\s+expr(è|e)s"
        r"|\b(me\s+fa(ç|c)o|me\s+fiz|me\s+fazer)\s+vomitar|\bvomit(o|ei|ar)\s+de\s+prop(ó|o)sito|\bprovoc\w+\s+o\s+v(ô|o)mito"
        r"|\b(absichtlich|mit\s+absicht)\s+(erbrochen|(ü|ue)bergeben|gekotzt|kotzen|erbrechen)"
        r"|\bmich\s+(absichtlich\s+)?zum\s+erbrechen\s+bringen|\bfinger\s+in\s+den\s+hals",
        _I,
    ),
    "ped": re.compile(
        r"\banabolizantes?\b|\bester(ó|o)ides?\b|\bbomba\s+(para|de)\s+(crescer|m(ú|u)sculo)"
        r"|\bsteroidi\b|\banabolizzanti\b|\banabolika\b|\bst(é|e)ro(ï|i)des?\b",
        _I,
    ),
    "minor": re.compile(
        r"\b(eu\s+)?tenho\s+(1[0-7]|[6-9])\s+anos\b|\bho\s+(1[0-7]|[6-9])\s+anni\b|\bj'?ai\s+(1[0-7]|[6-9])\s+ans\b"
        r"|\btengo\s+(1[0-7]|[6-9])\s+a(ñ|n)os\b|\bich\s+bin\s+(1[0-7]|[6-9])(\s+jahre(\s+alt)?)?\b"
        # not a distance or a time: "ich bin 15 Minuten gelaufen" (hAA)
        r"(?!\s*(minuten|min|km|kilometer|meilen|kilo|kg|wochen|tage|monate|stunden|std|mal|runden|s[aä]tze|%|:|\.\d|,\d))",
        _I,
    ),
}


def other_language(kind: str, text: str) -> bool:
    """`text` shows `kind` ("cardiac", "self_harm", "eating_disorder", "ped", "minor") in another language."""
    pattern = _OTHER_LANGUAGES.get(kind)
    return pattern is not None and pattern.search(text) is not None


# A loss faster than about 1 kg a week asked in Spanish, Italian, French, Portuguese or German ("bajar 10 kg en 2
# semanas", "perdere 5 chili in una settimana", "maigrir de 6 kg en 10 jours"): the crash-diet answer, as in English.
_LOSS_ELSEWHERE = re.compile(
    r"\b(bajar|perder|adelgazar|perdere|dimagrire|maigrir\s+de|perdre|emagrecer|abnehmen|verlieren)\s+(?P<kg>\d+(\.\d+)?)"
    r"\s*(kg|kilos?|chili|quilos?)\s+(en|in|em|dans)\s+(?P<n>\d+|una?|uma|une|um|dos|due|deux|duas?|drei|zwei|tres|tre|trois|tr(ê|e)s)"
    r"\s+(?P<unit>semanas?|settiman[ae]|semaines?|wochen|woche|d(í|i)as|giorni|jours|tage[n]?)\b"
    r"|\b(?P<kg2>\d+(\.\d+)?)\s*(kg|kilos?)\s+in\s+(?P<n2>\d+|einer|einem|zwei|drei)\s+(?P<unit2>wochen|woche|tagen)\s+"
    r"(abnehmen|verlieren|runter)",
    _I,
)
_FEW = {"un": 1, "una": 1, "uno": 1, "une": 1, "um": 1, "uma": 1, "ein": 1, "eine": 1, "dos": 2, "due": 2, "deux": 2,
        "duas": 2, "dois": 2, "zwei": 2, "einer": 1, "einem": 1, "tres": 3, "tre": 3, "trois": 3, "três": 3,
        "drei": 3}  # fmt: skip


_FAST_ELSEWHERE = re.compile(
    r"\b(maigrir|adelgazar|bajar\s+de\s+peso|perder\s+peso|dimagrire|perdere\s+peso|emagrecer|abnehmen)\s+"
    r"(tr(è|e)s\s+|muy\s+|molto\s+|bem\s+|ganz\s+)?(vite|r(á|a)pido|r(á|a)pidamente|velocemente|in\s+fretta|schnell|ya)\b",
    _I,
)


def fast_loss_elsewhere(text: str) -> bool:
    """A weight loss faster than about 1 kg a week, or "fast", asked in another language."""
    if _FAST_ELSEWHERE.search(text):
        return True
    for m in _LOSS_ELSEWHERE.finditer(text):
        count = (m.group("n") or m.group("n2")).lower()
        n = int(count) if count.isdigit() else _FEW.get(count, 1)
        unit = (m.group("unit") or m.group("unit2")).lower()
        days = n * (1 if unit.startswith(("d", "g", "j", "t")) else 7)
        if float(m.group("kg") or m.group("kg2")) / max(days, 1) * 7 > 1.0:
            return True
    return False
