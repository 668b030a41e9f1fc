"""What a user who may be under 18 asks that needs the minors' policy rather than the adult answer.

    topic(text) -> "weight_cut" | "max_test" | "supplements" | None
    REPLIES[topic]                       Vigor's answer for someone under 18

Chat answers a possible minor (the profile's birth year, or a minor flag) with these instead of the adult answer
(R5: a 16-year-old's "how do I cut 5 kg for my weigh-in?" and "how should I test my 1RM?" got the generic answer).
Sources: NSCA position statement on youth resistance training (Faigenbaum et al., 2009): maximal testing only with
qualified supervision, sound technique and a progression; AAP clinical report "Resistance Training for Children and
Adolescents" (2020); AAP "Promotion of Healthy Weight-Control Practices in Young Athletes" (2019): no weight cutting,
no dehydration, no restrictive diets while growing.
"""

from __future__ import annotations

import re
from typing import Literal

Topic = Literal["weight_cut", "max_test", "supplements"]
_I = re.IGNORECASE
_AMOUNT = r"\d+(?:\.\d+)?\s*(?:kg|kgs|kilos?|lbs?|pounds?)"
_WEIGHT_CUT = re.compile(
    rf"\b(?:cut(?:ting)?\s+(?:weight|{_AMOUNT})|mak(?:e|ing)\s+weight|weight\s+class|weigh[- ]?ins?"
    rf"|lose\s+(?:weight|fat|{_AMOUNT})|losing\s+(?:weight|fat)|weight\s+loss|fat\s+loss|cutting\s+phase|(?:a|my|on\s+a)\s+cut\b"
    rf"|calorie\s+deficit|in\s+a\s+deficit|drop\s+(?:{_AMOUNT}|weight|a\s+weight\s+class)|shred(?:ding)?\b|get\s+lean"
    rf"|lean\s+out|go\s+on\s+a\s+diet|diet(?:ing)?\s+(?:down|for|to)|how\s+many\s+calories\s+(?:should|to|do)"
    rf"|sweat\s+(?:it\s+)?off|water\s+cut)",
    _I,
)
_MAX_TEST = re.compile(
    r"\b(?:1\s*-?\s*rm|one[- ]rep[- ]max(?:es)?|1[- ]rep[- ]max|max(?:ing)?\s+out|test(?:ing)?\s+(?:my\s+|a\s+)?max"
    r"|true\s+max|pr\s+attempt|go(?:ing)?\s+for\s+a\s+(?:new\s+)?(?:pr|max)|heaviest\s+single|max\s+(?:squat|bench"
    r"|deadlift|lift)|(?:squat|bench|deadlift)\s+max\b|one\s+rep\s+max)",
    _I,
)
# R10 (hQ): "Give me a creatine and fat burner stack." from a 14-year-old got the generic answer. The AAP (Gomez,
# "Use of Performance-Enhancing Substances", Pediatrics 2005, reaffirmed) and the AAP clinical report on sports
# nutrition (2016) advise against performance supplements under 18.
_SUPPLEMENTS = re.compile(
    r"\b(?:creatine|fat[- ]?burn(?:er|ers|ing\s+pills?)|pre[- ]?workouts?|test(?:osterone)?\s+boosters?|diet\s+pills?"
    r"|thermogenics?|caffeine\s+(?:pills?|tablets?|shots?)|yohimbine|supplement\s+stack|stack\s+of\s+supplements)\b",
    _I,
)

REPLIES: dict[Topic, str] = {
    "weight_cut": (
        "Because you may be under 18, I won't help with cutting weight: no calorie targets, diets, fasting, or "
        "sweating or spitting to make a weight class. While you're still growing, cutting costs strength, growth and "
        "concentration and can affect your heart, bones and periods. Compete at the weight you are, eat regular meals "
        "with protein, carbohydrates, fruit and vegetables around training, drink to thirst and sleep well. If your "
        "sport has weight classes, your coach and your sport's rules (a certified weight assessment in school "
        "wrestling) set a safe one; if you're worried about your weight, talk to a parent or carer and your doctor, "
        "who can check it against your growth."
    ),
    "max_test": (
        "Because you may be under 18, a one-rep max waits until your technique is solid and a qualified coach is "
        "there to supervise it: not alone, and not with only a friend spotting. Most teenagers don't need a true max: "
        "your coach can estimate it from a set of 5-10 clean reps, and you can track progress by the weight you lift "
        "for 8-12 good reps. If your coach does test a max with you, it comes after months of learning the lift, with "
        "a full warm-up, small jumps in weight, a spotter or safety bars, and stopping as soon as form slips. Don't "
        "train to failure or max out on your own."
    ),
    "supplements": (
        "Because you may be under 18, I won't recommend creatine, fat burners, pre-workouts, testosterone boosters or "
        "other performance supplements: paediatricians advise against them while you're growing, they haven't been "
        "tested in teenagers, and many contain stimulants or banned substances not on the label. You'll get stronger "
        "and leaner from good training, regular meals with protein at each one, enough sleep and patience. If you "
        "want advice on food for your sport, ask a parent or carer to help you see your doctor or a sports dietitian."
    ),
}


# rr11 K6 (hAA): the same topics in DE FR IT ES PT NL, for a minor who told their age in those languages.
_WEIGHT_CUT_ELSEWHERE = re.compile(
    r"\b(abnehmen|gewicht\s+machen|afvallen|gewicht\s+verliezen|maigrir|perdre\s+du\s+poids|dimagrire|perdere\s+peso"
    r"|adelgazar|bajar\s+de\s+peso|perder\s+peso|emagrecer)\b",
    _I,
)
_SUPPLEMENTS_ELSEWHERE = re.compile(
    r"\b(kreatin|cr[ée]atine|creatina|proteinshakes?|eiwitshakes?|eiwitpoeder|fat\s*burner|fatburner|quemagrasas"
    r"|bruciagrassi|br[uû]leurs?\s+de\s+graisse|testo-?booster\w*|nahrungserg[äa]nzungs?mittel|suppl[ée]ments?"
    r"|integratori|suplementos?|supplementen|pre-?workout\w*)\b",
    _I,
)


def topic(text: str) -> Topic | None:
    """Weight cutting or max testing asked about, or None."""
    if _WEIGHT_CUT.search(text) or _WEIGHT_CUT_ELSEWHERE.search(text):
        return "weight_cut"
    if _MAX_TEST.search(text):
        return "max_test"
    if _SUPPLEMENTS.search(text) or _SUPPLEMENTS_ELSEWHERE.search(text):
        return "supplements"
    return None


# rr12 kind 7 (hAG): "I'm 15 and my coach says I should cut weight by sitting in a sauna for wrestling, how long?" got
# the generic teenager programme. Rapid weight cutting by dehydration (a sauna, a sweat or rubber suit, spitting, water
# pills, skipping water, laxatives) is banned in US school and college wrestling: the NFHS wrestling rules' weight
# management program and NCAA rules (after three college wrestlers died in 1997, MMWR 47(6), 1998) forbid saunas,
# rubber suits, diuretics and dehydration to make weight; the AAP (2019) advises no weight cutting while growing.
_DEHYDRATE = re.compile(
    r"\b(sauna|steam\s+room|sweat[- ]?suits?|sauna[- ]?suits?|rubber\s+suits?|plastic\s+(suit|bags?)|trash\s+bags?"
    r"|bin\s+bags?|garbage\s+bags?|diuretics?|water\s+pills?|laxatives?|spit(ting)?"
    r"|(no|skip\w*|without|stop\w*\s+drinking|cut\w*)\s+(any\s+)?(water|fluids?|drinking)"
    r"|(not|stop)\s+drink\w*(\s+any)?\s+water|dehydrat\w*|sweat\s+(it\s+)?(off|out)|water\s+cut(ting)?"
    r"|sauna\w*|schwitzanzug|saunaanzug|entw[äa]sser\w*|combinaison\s+de\s+sudation|diur[ée]tiques?|tuta\s+sauna"
    r"|diuretici|traje\s+de\s+sauna|diur[ée]ticos?|zweetpak|plaspillen)\b",
    re.IGNORECASE,
)

DEHYDRATION = (
    "Please don't. Because you may be under 18, cutting weight by sitting in a sauna, training in a sweat or plastic "
    "suit, spitting, skipping water or taking water pills (diuretics) or laxatives is dangerous: losing water fast "
    "can cause heat illness (heat stroke is a medical emergency), kidney injury, fainting and heart rhythm problems, "
    "and it costs strength, growth and concentration while you're still growing. That's why school and college "
    "wrestling rules (the NFHS and NCAA weight-management programs) ban saunas, sweat suits, diuretics and "
    "dehydrating to make weight, and set your lowest safe weight class from a certified body-composition check and "
    "your growth, not from a last-minute cut. Advice to do it goes against those rules, even from a coach. Compete "
    "at the weight you are, eat regular meals and drink to thirst. Please talk to a parent or carer and your doctor, "
    "and show your coach the rules; if you ever feel dizzy, confused, very hot or stop sweating, stop and get help "
    "at once."
)


_WEIGHT = re.compile(
    r"\b(weigh\w*|weight|kg|kgs|kilos?|lbs?|pounds?|gewicht\w*|poids|peso|class|category|bout|match|meet|tournament"
    r"|wrestl\w*|jud[oô]|boxing|bjj|mma|ringen|lutte|lotta|lucha|luta|worstelen|pes[ée]e|pesa\w*|weging|wiegen)\b",
    re.IGNORECASE,
)


def dehydrating(text: str) -> bool:
    """A weight cut by losing water (a sauna, a sweat suit, spitting, diuretics, skipping water) asked or told: a
    way of losing water with weight or a weight-class sport named ("I'm 15, sauna after training?" is not)."""
    return bool(_DEHYDRATE.search(text) and (_WEIGHT.search(text) or topic(text) == "weight_cut"))
