"""Someone under 18, said in the languages the coach reads, and a parent asking about their child (issue 15, rr11 K6).

    own_age(text) -> bool       the user says they are under 18 (EN DE FR IT ES PT NL), or their school year does
    their_child(text) -> bool   a parent asks about their own child under 18 ("my 14-year-old", "mijn zoon van 14",
                                "mon fils de 14 ans")
    PARENT_PED, MINOR_PED       the drug refusal for a child's parent / for a teenager

rr11 K6: Dutch "ik ben 12 jaar" was not read as a minor, and "what testosterone booster for my 14-year-old son" got the
adult drug answer ("if you already use something, tell your doctor") instead of the answer for a child. A parent's
question about a child is answered as about a minor: no supplements beyond food, no drugs, no maximal attempts, no
diets. Sources: AAP, Gomez, "Use of Performance-Enhancing Substances", Pediatrics 2005 (reaffirmed) and LaBotz &
Griesemer, Pediatrics 2016: no performance supplements or testosterone boosters under 18; NSCA youth position statement
(Faigenbaum 2009) and AAP 2020 on supervised, technique-first resistance training.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_AGE = r"(1[0-7]|[6-9])"
_NOT_QUANTITY = (  # "ik ben 12 kilo aangekomen", "ich bin 15 km gelaufen", "je suis à 14 semaines"
    r"(?!\s*(kg|kilo\w*|km|k\b|mijl|meile\w*|miles?|weken|wochen|semaines?|settimane|semanas|dagen|tage|jours|giorni"
    r"|d[ií]as|dias|maanden|monate|mois|mesi|meses|minuten|minutes?|uur|stunden|heures|ore|horas|reps?|sets?|sätze"
    r"|s[ée]ries|serie|%|procent|cm|:|\.\d|,\d|\d|x\b))"
)
_OWN = re.compile(
    # NL: "ik ben 12 (jaar)", "ik ben pas 15", "ik ben net 16 geworden"
    rf"\bik\s+ben\s+(pas\s+|net\s+|bijna\s+|nog\s+maar\s+)?{_AGE}\b{_NOT_QUANTITY}"
    # DE, FR, IT, ES, PT: the age with its word for years
    rf"|\bich\s+bin\s+(erst\s+|gerade\s+|fast\s+)?{_AGE}\s*(jahre?|j\.)\b|\bj'?ai\s+(seulement\s+|presque\s+)?{_AGE}\s+ans\b"
    rf"|\bho\s+(solo\s+|quasi\s+)?{_AGE}\s+anni\b|\b(tengo|soy\s+de)\s+(solo\s+|casi\s+)?{_AGE}\s+a(ñ|n)os\b"
    # rr13 (hAO): "Tengo 16 y mi entrenador dice...", "tenho 16 e o meu treinador..." (the word for years left out)
    rf"|\btengo\s+(solo\s+|casi\s+)?{_AGE}\s+y\s+(mi|mis|me|quiero|estoy|hago|no|entreno)\b"
    rf"|\btenho\s+(s[oó]\s+|quase\s+)?{_AGE}\s+e\s+(o|a|meu|minha|quero|estou|fa[çc]o|n[ãa]o|treino)\b"
    rf"|\btenho\s+(s[oó]\s+|quase\s+)?{_AGE}\s+anos\b|\b(soy|sono|sou|je\s+suis|ich\s+bin|ik\s+ben)\s+"
    r"(un\s+|una\s+|uno\s+|um\s+|uma\s+|une?\s+|ein\w*\s+|een\s+)?(adolescente?|ado|teenager|tiener|minderj[aä]hrig\w*"
    r"|menor\s+de\s+edad|minorenne|mineur\w*)\b"
    # a school year under 18: EN "I'm a year 9", "in 8th grade"; NL "brugklas", "groep 8"; DE "8. Klasse";
    # FR "en 4e / au collège"; ES "de la ESO"; IT "le medie"; PT "no 8º ano"
    r"|\bi'?m\s+(a\s+)?year[- ]?(7|8|9|10|11)\b|\bi'?m\s+in\s+(the\s+)?(6th|7th|8th|9th|10th|11th)\s+grade\b"
    r"|\b(ik\s+zit\s+in\s+)(de\s+)?(brugklas|groep\s+[78]|(eerste|tweede|derde|vierde)\s+klas)\b"
    r"|\b(ich\s+bin|ich\s+gehe)\s+in\s+(der|die)\s+([5-9]|10|11)\.\s*klasse\b"
    r"|\bje\s+suis\s+(en\s+(6e|5e|4e|3e|sixi[eè]me|cinqui[eè]me|quatri[eè]me|troisi[eè]me|seconde)|au\s+coll[eè]ge)\b"
    r"|\bestoy\s+en\s+([1-4]º?|primero|segundo|tercero|cuarto)\s+de\s+(la\s+)?eso\b"
    r"|\b(faccio|frequento)\s+(la\s+)?(prima|seconda|terza)\s+media\b|\bestou\s+no\s+([6-9]|6º|7º|8º|9º)\s*º?\s+ano\b",
    _I,
)
_CHILD_WORD = (
    r"(son|daughter|kid|child|boy|girl|teen|teenager|zoon|dochter|kind|sohn|tochter|fils|fille|enfant|figlio|figlia"
    r"|bambin[oa]|ragazz[oa]|hij[oa]|niñ[oa]|chic[oa]|filh[oa]|menin[oa]|crian[çc]a)"
)
_THEIR = re.compile(
    # EN: "my 14-year-old" (with or without a noun), "my son, 15,", "my son who is 14"
    rf"\bmy\s+{_AGE}[- ]?(yo|y/o|years?[- ]old|yr[- ]old)\b"
    rf"|\bmy\s+{_CHILD_WORD}s?\b[^.?!]{{0,12}}\b(is|who'?s|who\s+is|aged)\s+"
    rf"{_AGE}\b(?!\s*(kg|kilos?|lbs?|pounds|weeks?|months?|km|miles?|%|:|\.\d))"
    # NL "mijn zoon van 14", "mijn dochter is 13", "mijn 14-jarige zoon"
    rf"|\bmijn\s+{_CHILD_WORD}\s+(van|is)\s+{_AGE}\b(?!\s*(kg|kilo|km|weken|dagen|%))|\bmijn\s+{_AGE}-?jarige\b"
    # DE "mein Sohn ist 15", "meine Tochter (14)", "mein 14-jähriger Sohn"
    rf"|\bmein(e|em|er)?\s+{_CHILD_WORD}\s*(\(|ist\s+|,\s*)?{_AGE}\b(?!\s*(kg|kilo|km|wochen|tage|%))"
    rf"|\bmein(e|em|er)?\s+{_AGE}-?j[aä]hrig\w*"
    # FR IT ES PT "mon fils de 14 ans", "mia figlia di 13 anni", "mi hijo de 15 años", "meu filho de 15 anos"
    rf"|\b(mon|ma|mio|mia|mi|meu|minha)\s+{_CHILD_WORD}\s+(de|di|d'|a|ha|tiene|tem|qui\s+a|che\s+ha)\s*{_AGE}\s+"
    r"(ans|anni|a(ñ|n)os|anos)\b",
    _I,
)


# What makes a question about a child one for the minors' policy (other questions about them are asked freely): a
# supplement, a drug, a diet or weight loss, or a maximal lift, in the same languages (`minors.topic` reads English).
_MINORS_TOPIC = re.compile(
    r"\b(creatin\w*|cr[ée]atine|kreatin\w*|prote[ií]n\w*\s*(shakes?|powder|pulver|poeder|polvere|en\s+polvo|em\s+p[óo])"
    r"|proteinshakes?|eiwitshakes?|eiwitpoeder|fat\s*burn\w*|br[uû]leurs?\s+de\s+graisse|quemagrasas|bruciagrassi"
    r"|testo\w*|boosters?|pre-?workouts?|steroid\w*|st[ée]ro[iï]d\w*|esteroid\w*|anaboli\w*|sarms?|supplements?"
    r"|suppl[ée]ments?|integratori|suplementos?|nahrungserg[äa]nzung\w*|supplementen|dimagr\w*|abnehmen|afvallen"
    r"|maigrir|perder\s+peso|adelgazar|emagrecer|perdre\s+du\s+poids|di[eë]et\w*|di[äa]t\w*|dieta|r[ée]gime"
    r"|1\s*rm|(one|1)[- ]rep[- ]max|maximal(gewicht|kraft|versuch\w*)|massimale|carga\s+m[áa]xima|peso\s+m[áa]ximo"
    r"|charge\s+maximale|max\s+out|fat\s+loss|lose\s+weight|cut\s+weight|weight\s+cut|calories|kcal)\b",
    _I,
)


def own_age(text: str) -> bool:
    """The user says they are under 18, or a school year under 18, in EN DE FR IT ES PT or NL."""
    return bool(_OWN.search(text))


def their_child(text: str) -> bool:
    """A parent asks about supplements, drugs, a diet or a max for their own child under 18 ("testosterone booster for
    my 14-year-old", "mijn zoon van 14 wil creatine"); "my 15 year old wants to start the gym" is asked freely."""
    return bool(_THEIR.search(text) and _MINORS_TOPIC.search(text))


PARENT_PED = (
    "Please don't give a child or teenager testosterone boosters, steroids, SARMs, fat burners, pre-workouts or other "
    "performance supplements: paediatricians (American Academy of Pediatrics) advise against them while they are "
    "growing, they haven't been tested in teenagers, many contain stimulants, hormones or banned substances not on "
    "the label, and some can affect growth, hormones, mood and the heart. A teenager gets stronger from supervised "
    "training with good technique (no one-rep maxes or training to failure yet), regular meals with protein at each "
    "one and enough sleep. If you're worried about their growth, strength or puberty, their doctor is the person to "
    "check it; a sports dietitian can help with food for their sport. Vigor's plans are written for adults, so their "
    "coach or PE teacher should set their program."
)
MINOR_PED = (
    "Because you may be under 18, I won't help with testosterone boosters, steroids, SARMs, fat burners or other "
    "performance drugs or supplements: paediatricians advise against them while you're growing, they haven't been "
    "tested in teenagers, and many contain hormones, stimulants or banned substances not on the label that can "
    "affect your growth, hormones, mood and heart. You'll get stronger from supervised training with good technique, "
    "regular meals with protein, enough sleep and patience. If you've already taken something or feel unwell, please "
    "tell a parent or carer and your doctor, without worrying about getting into trouble."
)
