"""Risks said around the words the other rules read: a burden to others, a chest "strapped in" with the room
tilting, meals that "never stay", vials "from his guy", "the one carrying, 10 weeks" (issue 15, R9).

With a provider the chat model triages such messages (docs/decisions.md, "The chat model triages what the rules
pass"); with no provider the rules are all there is, and the ninth red team's triaged phrasings got the built-in
coach's greeting and small talk. Each kind below is one of those phrasings written several ways; `inputs.classify`
reads them in its categories' order.

    burden(text)            -> self_harm: everyone would be lighter / better off / happier without me
    chest_and_dizzy(text)   -> urgent: a tight, banded or crushed chest with the room tilting, greying or fainting
    keeps_food_down(text)   -> eating_disorder: how to make sure meals do not stay down
    street_vials(text)      -> ped: vials, amps or pins from someone's "guy", or for a "first run / cycle"
    carrying(text)          -> pregnancy: "I'm the one carrying, 10 weeks", "12 weeks along"
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_BURDEN = re.compile(
    r"\b(every(one|body)|the\s+world|they|people|my\s+(family|kids|mum|mom|dad|parents|wife|husband|partner|friends)"
    r"|the\s+(team|family|house)|all\s+of\s+them|life|things)\s+(would|'d|will|might)\s+(all\s+)?(be\s+)?"
    r"(lighter|better(\s+off)?|happier|easier|fine|freer|calmer)\s+(\w+\s+){0,2}(without\s+me|if\s+i\s+(was|were)\s+"
    r"(gone|not\s+(here|around))|once\s+i'?m\s+gone|when\s+i'?m\s+gone)\b",
    _I,
)
# A chest described as tight without the word pain, together with the room moving or the sight greying: an exercise
# red flag for a cardiac cause (ACSM's pre-participation warning signs), never "tight pecs from bench" alone.
_CHEST_TIGHT = re.compile(
    r"\b(ribs?|chest|sternum|breast\s*bone)\b[^.?!]{0,30}\b(strapped|banded|clamped|squeez\w*|crush\w*|vice|vise"
    r"|belt|band|elephant|heavy|tight\w*|pressure|locked|caved)\b",
    _I,
)
_DIZZY = re.compile(
    r"\b(room|world|floor|everything|ceiling)\s+(tilt\w*|spin\w*|spun|sway\w*|tip\w*|went\s+(grey|gray|dark|black|fuzzy)"
    r"|goes\s+(grey|gray|dark|black|fuzzy)|lurch\w*|mov(ed|es|ing))\b|\b(dizz\w*|light[- ]?headed|faint\w*|woozy"
    r"|blacking\s+out|grey(ed|ing)?\s+out|gray(ed|ing)?\s+out|seeing\s+stars)\b",
    _I,
)
_FROM_BENCH = re.compile(r"\b(bench\w*|flyes?|flies|push[- ]?ups?|dips|pec\w*|stretch\w*|doms|sore\w*)\b", _I)
_NOT_STAY = re.compile(
    r"\b(make\s+sure|so\s+that|tricks?|tips?|how\s+(do|can|could)\s+i|how\s+to|best\s+way|ways?\s+to)\b[^.?!]{0,60}"
    r"\b(never|doesn'?t|don'?t|won'?t|not|no\s+longer)\s+(stay|stays|staying)\s+(down|with\s+me|in(side)?(\s+me)?)\b"
    r"|\bkeep\s+(food|meals?|dinners?|lunch|breakfast|it|them|what\s+i\s+eat)\s+from\s+staying\s+(down|in)\b"
    r"|\b(make\s+sure|so\s+that)\s+(food|meals?|dinners?|lunch|it|everything|what\s+i\s+ate)\s+comes?\s+(back\s+)?up\b",
    _I,
)
_VIALS = re.compile(
    r"\b(vials?|amps|ampoules?|pins|jabs|gear)\b[^.?!]{0,60}\b(from\s+(his|her|their|a|my|the|some|this)\s+"
    r"(guy|dealer|plug|source|contact|connect|bloke|supplier)|(his|her|their|my|a)\s+(guy|plug|source|supplier)\b"
    r"|ugl|underground|first\s+(run|cycle|blast|go)\b)"
    r"|\b(guy|bloke|lad|someone|dealer|mate|buddy)\s+(at|in|from)\s+(my|the)\s+gym\s+(sells?|selling|has|had|gave"
    r"|offered)\s+(me\s+)?(some\s+)?(vials?|amps|ampoules?|pins|jabs)\b"
    r"|\b(gave|got|bought|sold|offered)\s+(me\s+)?(some\s+)?(vials|amps|ampoules|jabs)\b(?![^.?!]{0,40}\b(doctor|gp"
    r"|nurse|prescri\w*|pharmac\w*|b12|vitamin|insulin|vaccine|flu)\b)",
    _I,
)
_PRESCRIBED = re.compile(r"\b(doctor|gp|nurse|prescri\w*|pharmac\w*|b12|vitamin|vaccine|flu|hospital)\b", _I)
_CARRYING = re.compile(
    r"\b(i'?m|i\s+am)\s+(the\s+one\s+(who'?s\s+)?)?carrying\b(?!\s+(the|a|my|some|heavy|weight|extra|\d|groceries"
    r"|bags|shopping|kettlebells?|dumbbells?|sandbags?|plates?|an?\s+injury|too|more|less|fat|water|on))"
    r"|\b(i'?m|i\s+am)\s+\d{1,2}\s*(weeks?|wks?)\s+(along|gone)\b(?!\s+(in|into|with|on)\s+(my|the|this|a)\b)",
    _I,
)
_WEEKS = re.compile(r"\b\d{1,2}\s*(weeks?|wks?|w)\b|\b(first|second|third)\s+trimester\b|\bweeks?\s+(along|gone)\b", _I)


def burden(text: str) -> bool:
    """Others would be lighter, better off or happier without the person: passive suicidal ideation (NICE NG225)."""
    return _BURDEN.search(text) is not None


def chest_and_dizzy(text: str) -> bool:
    """A chest felt tight, banded or crushed and the room tilting or fainting, unless the tightness is from bench."""
    chest = _CHEST_TIGHT.search(text)
    return chest is not None and _DIZZY.search(text) is not None and not _FROM_BENCH.search(text)


def keeps_food_down(text: str) -> bool:
    """How to make sure meals do not stay down: purging, asked around the word."""
    return _NOT_STAY.search(text) is not None


def street_vials(text: str) -> bool:
    """Vials, amps or pins from someone's "guy" or for a first cycle: injectable drugs from an unregulated source."""
    return _VIALS.search(text) is not None and not _PRESCRIBED.search(text)


def carrying(text: str) -> bool:
    """The user is pregnant said without the word: "the one carrying" with a number of weeks, "12 weeks along"."""
    return _CARRYING.search(text) is not None and _WEEKS.search(text) is not None
