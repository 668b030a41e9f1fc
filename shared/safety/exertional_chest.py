"""Exertional chest discomfort told around the chest: a place, a feeling, an effort that brings it and rest that
relieves it, read as four parts of one message in EN/DE/FR/ES/IT/PT/NL (issue 15, rr16 kinds 1 and 4, hBL).

    site(text) -> bool      chest, upper chest, breastbone, ribs, throat, jaw, left arm, shoulder blade (not the
                            neck alone: a stiff neck on squats is no heart sign)
    feeling(text) -> bool   pressure or a pressing feeling, tightness, squeezing, heaviness, burning, a band
    effort(text) -> bool    climbing stairs, sprinting, running, cycling, lifting, hills, a weighted vest
    relief(text) -> bool    it goes away when I stop, gone within a minute of walking, eases with rest
    said(text) -> bool      all four, and no ordinary cause (a stitch, a massage, sore pecs after bench): the urgent
                            (cardiac) answer

rr16: "Climbing stairs with a weighted vest I get a pressing feeling in my throat and upper chest that goes away when
I stop" and "There's a tightness across my ribs on the left whenever I sprint, gone within a minute of walking" got
"keep the vest on" and "sprint day is fine". Older readers (`cardiac_phrases.effort_then_rest`) wanted the site
after "under/behind my" and "goes away when I walk/rest"; these say "in my throat", "across my ribs", "when I stop",
"within a minute of walking".

Source: NICE CG95 (2016) and ESC 2019 chronic coronary syndromes: angina is constricting discomfort in the front of
the chest, neck, shoulders, jaw or arms, brought on by physical exertion and relieved by rest within minutes; new
exertional symptoms are assessed before more exercise (ACSM's Guidelines, 11th ed.).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_SITE = re.compile(
    r"\b(chest|upper\s+chest|breast\s*bone|sternum|ribs?|rib\s*cage|throat|jaw|left\s+arm|left\s+shoulder"
    r"|shoulder\s*blades?|collar\s*bone|left\s+side\s+of\s+my\s+(chest|body)"
    r"|brust|brustkorb|brustbein|rippen|hals|kiefer|linken\s+arm|schulterbl(ä|a)tt\w*"
    r"|poitrine|thorax|sternum|c(ô|o)tes|gorge|m(â|a)choire|bras\s+gauche|omoplates?"
    r"|pecho|estern(ó|o)n|costillas|garganta|mand(í|i)bula|brazo\s+izquierdo|om(ó|o)platos?"
    r"|petto|sterno|costole|gola|mascella|braccio\s+sinistro|scapol\w*"
    r"|peito|esterno|costelas|mand(í|i)bula|bra(ç|c)o\s+esquerdo|omoplatas?"
    r"|borst|borstkas|borstbeen|ribben|keel|kaak|linkerarm|schouderblad\w*)\b",
    _I,
)
_FEELING = re.compile(
    r"\b(pressure|pressing|pressed|press|tight\w*|squeez\w*|heav(y|iness)|burn\w*|crush\w*|constrict\w*|band|vice|vise"
    r"|weight\s+on"
    r"|druck\w*|dr(ü|u)ck\w*|enge\w*|eng\b|beklemm\w*|schwer\w*|brenn\w*"
    r"|pression|serr\w*|oppress\w*|lourdeur|lourd\w*|br(û|u)l\w*|g(ê|e)ne"
    r"|presi(ó|o)n|opresi(ó|o)n|apret\w*|pesadez|ardor|quemaz(ó|o)n"
    r"|pressione|oppressione|stringe\w*|stretta|peso|bruciore"
    r"|press(ã|a)o|aperto|queima\w*|ard(ê|e)ncia"
    r"|druk|drukkend\w*|strak\w*|zwaar\w*|brand\w*|knell\w*)\b",
    _I,
)
_EFFORT = re.compile(
    r"\b(climb\w*|stairs|steps|uphill|hills?|sprint\w*|run|runs|running|jog\w*|cycl\w*|bik\w*|spinning|spin\s+class|row\w*|lift\w*"
    r"|squat\w*|deadlift\w*|weighted\s+vest|rucking|ruck|hik\w*|swim\w*|hiit|intervals?|effort|exert\w*|exercis\w*"
    r"|train\w*|workout|cardio|brisk\w*|hurry\w*"
    r"|treppe\w*|bergauf|sprinte?\w*|laufe?\w*|renne\w*|joggen|radfahren|training|belastung|anstrengung"
    r"|escaliers?|mont(e|ée|er)|c(ô|o)te|sprint|cours|courir|course|v(é|e)lo|effort"
    r"|escaleras?|subi(r|endo)|cuesta|esprint|corr(o|er|iendo)|bici\w*|esfuerzo"
    r"|le\s+scale|salit\w*|corr(o|ere|endo)|corsa|bici\w*|sforzo"
    r"|escadas?|subi(r|da|ndo)|ladeira|corr(o|er|endo)|corrida|bicicleta|esfor(ç|c)o"
    r"|trappen|heuvel\w*|bergop|sprint\w*|hardlop\w*|ren(nen)?|fiets\w*|inspanning)\b",
    _I,
)
_RELIEF = re.compile(
    r"\b(goes|went|go|fades?|faded|eases?|eased|settles?|settled|stops?|stopped|disappears?|disappeared|subsides?"
    r"|passes|passed|wears\s+off|wore\s+off|calms?\s+down|vanish\w*|lets?\s+up|let\s+up|is\s+gone|it'?s\s+gone|gone)\b"
    r"(\s+away|\s+off)?\s+(again\s+)?(when|once|as\s+soon\s+as|if|after|with|within|in)\s+(i\s+)?(\w+\s+){0,3}?"
    r"(stop\w*|rest\w*|walk\w*|slow\w*|sit\w*|standing\s+still|stand\s+still|ease\s+off|break|pause\w*|minutes?|seconds?"
    r"|catch\s+my\s+breath|cool\w*\s+down)\b"
    r"|\bgone\s+(within|in|after)\s+(a|one|two|a\s+few|\d+)\s+(minute|minutes|min|seconds?)\b"
    r"|\bat\s+rest\b|\bonly\s+(when|while)\s+i\s+(\w+\s+)?(push|run|sprint|climb|lift|train)"
    r"|\b(h(ö|o)rt|vergeht|verschwindet|l(ä|a)sst\s+nach|geht\s+weg|ist\s+weg)\b[^.?!]{0,30}\b(stehen|pause|ruhe|aufh(ö|o)re"
    r"|gehe|minute\w*)"
    r"|\b(dispara(î|i)t|passe|s'?arr(ê|e)te|part)\b[^.?!]{0,30}\b(arr(ê|e)te|repos|marche|pause|minute\w*)"
    r"|\b(desaparece|se\s+(va|pasa|quita)|pasa)\b[^.?!]{0,30}\b(paro|parar|descanso|reposo|camino|caminar|minutos?)"
    r"|\b(scompare|passa|se\s+ne\s+va|sparisce)\b[^.?!]{0,30}\b(fermo|riposo|cammino|camminare|minut\w*)"
    r"|\b(desaparece|passa|some|vai\s+embora)\b[^.?!]{0,30}\b(paro|parar|descanso|repouso|ando|andar|caminh\w*|minutos?)"
    r"|\b(verdwijnt|gaat\s+(weg|over)|zakt\s+af)\b[^.?!]{0,30}\b(stop|rust|wandel\w*|loop|minuut|minuten)",
    _I,
)
# Ordinary causes of a feeling in the chest or ribs: a side stitch, a massage, sore pecs or ribs after training, a
# cough or cold, a strap or belt. Not "heavy squats": "heavy" is read only as a feeling beside a site (above).
_ORDINARY = re.compile(
    r"\b(stitch\w*|side\s+stitch|seitenstechen|point\s+de\s+c(ô|o)t(é|e)|flato|fitta\s+al\s+fianco|pontada|steek\s+in\s+mijn\s+zij"
    r"|massage\w*|massagem|massaggio|doms|sore|soreness|muskelkater|courbatures?|agujetas|dolori\s+muscolari|dor\s+muscular"
    r"|spierpijn|chest\s+day|after\s+(bench|push-?ups|flyes|dips|chest)|belt|strap|harness|sports\s+bra|cough\w*|cold\s+air"
    r"|asthma|heartburn|reflux|acid|after\s+(eating|a\s+meal|dinner|lunch))\b",
    _I,
)


def site(text: str) -> bool:
    return _SITE.search(text) is not None


def feeling(text: str) -> bool:
    return _FEELING.search(text) is not None


def effort(text: str) -> bool:
    return _EFFORT.search(text) is not None


def relief(text: str) -> bool:
    return _RELIEF.search(text) is not None


def said(text: str) -> bool:
    """A place, a feeling, an effort and relief by rest, with no ordinary cause told (module docstring)."""
    if not _RELIEF.search(text):  # the rarest part first (speed)
        return False
    return bool(_SITE.search(text) and _FEELING.search(text) and _EFFORT.search(text)) and not _ORDINARY.search(text)
