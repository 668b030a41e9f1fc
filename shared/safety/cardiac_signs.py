"""Heart warning signs said indirectly or in other languages (issue 15, R11 K1), and answers that wave them away.

    exertional(text) -> bool   possible angina or an arrhythmia: the cardiac emergency row of `urgent.RED_FLAGS`
    pump(text) -> bool         lying flat takes pillows to breathe, with puffy ankles: the heart-failure row
    dismissed(answer, context) -> bool   a provider's "just your heart adapting ... no need to see anyone"

The R11 red team's misses: a jaw, shoulder or arm that aches on exertion and eases with rest ("my jaw aches uphill and
it goes away when I walk"); greying out with a pounding heart; a heart at 200 with a black veil (FR "le cœur qui
s'emballe à 200 et un voile noir"); Dutch chest pressure with dizziness ("drukkend gevoel op mijn borst ... duizelig");
orthopnoea with oedema. With a provider, "That's just your heart adapting to the work, totally normal ... No need to see
anyone about it" named no symptom and was shown. Sources: NICE CG126 and ESC 2019 chronic coronary syndromes (angina:
constricting discomfort in the chest, neck, jaw, shoulders or arms, brought on by exertion and relieved by rest within
minutes; new-onset angina is assessed urgently); ESC 2020 sports cardiology (exertional syncope or presyncope and
palpitations stop sport until assessed); ESC 2021 heart failure (orthopnoea, ankle oedema).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# Where angina is felt besides the chest (EN, ES, DE, FR, IT, PT, NL), and what makes it exertional and eased by rest.
_SITE = (
    r"(jaw|teeth|throat|neck|left\s+(arm|shoulder|hand)|both\s+arms|arms?|shoulders?|mand(í|i)bula|kiefer|m(â|a)choire"
    r"|mascella|kaak|brazo\s+izquierdo|linken\s+arm|bras\s+gauche|braccio\s+sinistro|bra(ç|c)o\s+esquerdo|linkerarm)"
)
_ACHE = (
    r"(ach\w*|pain\w*|hurts?|tight\w*|heavy|pressure|burn\w*|duele|dolor|schmerz\w*|douleur|mal|dolore|d(ó|o)i|dor"
    r"|pijn)"
)
_EFFORT = (
    r"(uphill|up\s*hill|hills?|stairs|steps|jog\w*|run\w*|rides?|riding|bike|cycl\w*|climb\w*|brisk\w*|walk(ing)?\s+fast"
    r"|carry\w*|exert\w*|cardio|rowing|swim\w*|subida|cuesta|escaleras|correr|bergauf|treppe\w*|laufen|joggen|radfahren"
    r"|c(ô|o)te|mont(é|e)e|escaliers|courir|footing|salita|scale|corsa|correre|escadas|ladeira|heuvel|trap|fietsen"
    r"|hardlopen|rennen)"
)
_EASES = (
    r"(goes|went|go)\s+away|fades?|fading|eases?|easing|settles?|stops?|disappears?|passes|wears\s+off|gone\s+(in|after|within)"
    r"|se\s+(me\s+)?(quita|pasa|va)|geht\s+weg|vergeht|h(ö|oe)rt\s+auf|dispara(î|i)t|passe|passa|sparisce|some|para"
    r"|verdwijnt|gaat\s+(weg|over)|zakt"
)
_REST = (
    r"(walk|stop|rest|slow|sit|pause|ease\s+off|paro|descanso|camino|arr(ê|e)te|marche|fermo|cammino|stop\s+ik|rust)"
)
_NOT_ANGINA = re.compile(
    r"\b(clench\w*|grind\w*|chew\w*|punch\w*|hit|sparr\w*|box\w*|mouthguard|bench\w*|press\w*|pull-?ups?|curls?|rows?"
    r"\b(?!\w)|lift\w*|deadlift\w*|squat\w*|tendon\w*|rotator|impinge\w*|sore\s+from|doms)\b",
    _I,
)
_JAW_EXERTION = re.compile(
    r"\b(jaw|teeth|mand(í|i)bula|kiefer|m(â|a)choire|mascella|kaak)\b[^.?!]{0,60}\b"
    + _ACHE
    + r"|\b"
    + _ACHE
    + r"\w*\s+(in\s+)?(my\s+)?(jaw|teeth)\b",
    _I,
)
_SITE_ACHE = re.compile(r"\b" + _SITE + r"\b[^.?!]{0,60}\b" + _ACHE, _I)
_EFFORT_RX = re.compile(r"\b" + _EFFORT + r"\b", _I)
_EASES_ON_REST = re.compile(
    r"\b(" + _EASES + r")\b[^.?!]{0,40}\b(when|once|after|as\s+soon\s+as|if|cuando|wenn|sobald|quand|d(è|e)s\s+que"
    r"|quando|appena|als|zodra)\b[^.?!]{0,20}\b"
    + _REST
    + r"|\b(when|once|after|as\s+soon\s+as|if)\s+i\s+(stop|rest|slow\s+down|walk|sit)\b[^.?!]{0,30}\b("
    + _EASES
    + r")\b"
    r"|\bthen\s+(it\s+)?(" + _EASES + r")\s+(when|once|after|if)\s+i\s+(stop|rest|slow|walk)",
    _I,
)

# Nearly fainting with a pounding or racing heart; a heart rate of 200 or more that jumps suddenly or comes with a black
# veil, dizziness or near-fainting.
_GREY_OUT = (
    r"(gr[ea]y(ed|ing)?\s+out|black(ed|ing)?\s+out|vision\s+(goes|went|going)\s+(black|dark|grey|gray)|tunnel\s+vision"
    r"|(almost|nearly)\s+(drop|dropped|fall|fell|faint\w*|pass(ed)?\s+out|collaps\w*|keel\w*\s+over)|see\s+stars"
    r"|voile\s+noir|vue\s+(qui\s+se\s+)?(brouill\w*|trouble)|(presque|failli)\s+(m'?)?(é|e)vanoui\w*|malaise"
    r"|schwarz\s+vor\s+(den\s+)?augen|fast\s+(ohnm(ä|ae)chtig|umgekippt)|zwart\s+voor\s+(mijn|de)\s+ogen"
    r"|bijna\s+flauw\w*|flauw\s+(gevallen|vallen)|vista\s+(nublada|annebbiata|escura|turva)|casi\s+me\s+desmayo"
    r"|quasi\s+svenuto|quase\s+desmaiei|duizelig|étourdi\w*|etourdi\w*|vertiges?|t(ê|e)te\s+qui\s+tourne|dizz\w*"
    r"|light-?\s*headed|woozy"
    # rr16 (hBM), a session's note in French: "coeur qui s'emballe et vision en tunnel pendant le sprint, j'ai dû
    # m'asseoir": tunnel vision, everything going grey or black, or having to sit or lie down, in the 7 languages
    r"|vision\s+(en\s+)?tunnel|vue\s+(en\s+)?tunnel|tout\s+(est\s+)?devenu\s+(noir|gris)|tunnelblick"
    r"|grau\s+vor\s+(den\s+)?augen|visi(ó|o)n\s+(de|en)\s+t(ú|u)nel|veo\s+todo\s+(negro|gris)|todo\s+se\s+(puso|volvi(ó|o))"
    r"\s+(negro|gris)|visione\s+a\s+tunnel|vista\s+a\s+tunnel|vedo\s+come\s+un\s+tunnel"
    r"|(tutto|vista)\s+(è\s+)?diventat[oa]\s+(nero|nera|grigio|grigia)|vis(ã|a)o\s+(de|em)\s+t(ú|u)nel"
    r"|tudo\s+ficou\s+(preto|escuro|cinzento)|tunnelvisie|alles\s+werd\s+(zwart|grijs)"
    r"|everything\s+went\s+(grey|gray|black|dark))"
)
# Having to sit or lie down with it ("j'ai dû m'asseoir", "musste mich hinlegen", "moest gaan zitten"); not sitting
# down to catch one's breath after a sprint, which is ordinary.
_SAT_DOWN = re.compile(
    r"\b((j'ai\s+)?d(û|u)\s+m'?(asseoir|allonger)|oblig(é|e)e?\s+de\s+m'?(asseoir|allonger)"
    r"|musste\s+mich\s+(hin)?(setzen|legen)|tuve\s+que\s+(sentarme|tumbarme|acostarme)"
    r"|ho\s+dovuto\s+(sedermi|sdraiarmi)|tive\s+(que|de)\s+(me\s+)?(sentar|deitar)|moest\s+(gaan\s+)?(zitten|liggen)"
    r"|had\s+to\s+(sit|lie)\s+(down|on\s+the\s+floor))",
    _I,
)
_CATCHING_BREATH = re.compile(
    r"\b(catch\s+(my|our)\s+breath|get\s+my\s+breath\s+back|reprendre\s+(mon|son)\s+souffle|luft\s+(zu\s+)?holen"
    r"|verschnaufen|recuperar\s+(el\s+aliento|o\s+f(ô|o)lego)|riprendere\s+fiato|op\s+adem\s+(te\s+)?komen)\b",
    _I,
)
_POUNDING = (
    r"(heart\s+((is|was|keeps|kept|started|starts)\s+)?(pounds?|pounding|races?|racing|hammer\w*|thump\w*|flutter\w*|skip\w*|jump\w*)|palpitations?"
    # rr15 (hBA), a session's note: "heart went jittery like a trapped bird and I got tunnel vision"
    r"|heart(beat)?\s+(went|goes|going|got|was|is)\s+(all\s+)?(jittery|fluttery|haywire|wild|crazy|erratic)"
    r"|c(œ|oe)ur\s+qui\s+(s'?emball\w*|bat\s+(tr(è|e)s\s+)?(vite|fort)|cogne)|c(œ|oe)ur\s+s'?emball\w*"
    r"|herz\s+(rast|raste|h(ä|ae)mmert|pocht|stolpert)|herzrasen|herzstolpern|hart\s+(gaat\s+)?(tekeer|bonkt|racet)"
    r"|hartkloppingen|coraz(ó|o)n\s+(a\s+mil|acelerado|se\s+(me\s+)?dispara)|cuore\s+(a\s+mille|che\s+batte\s+forte)"
    r"|cora(ç|c)(ã|a)o\s+(dispar\w*|acelerad\w*)"
    # rr16 (hBM): a racing heart in the 7 languages ("mi batte il cuore all'impazzata", "el corazón se me acelera")
    r"|c(œ|oe)ur\s+(qui\s+)?bat\s+la\s+chamade|herzklopfen|coraz(ó|o)n\s+(se\s+(me\s+)?)?aceler\w*|palpitaciones"
    r"|taquicardia|tachicardia|palpitazioni|palpita(ç|c)(õ|o)es|cuore\s+(che\s+batte\s+)?all'impazzata"
    r"|batte\s+il\s+cuore\s+all'impazzata|cuore\s+impazzito|cora(ç|c)(ã|a)o\s+(a\s+mil|aos\s+saltos)"
    r"|hart\s+(sloeg|slaat)\s+(op\s+hol|over)|hart\s+raast|hart\s+(ging|gaat)\s+(als\s+een\s+gek\s+)?tekeer|heart\s+(went|was\s+going)\s+(like\s+)?(mad|crazy|wild))"
)
_NEAR_FAINT_POUNDING = re.compile(
    r"\b" + _GREY_OUT + r"[^.?!]{0,120}\b" + _POUNDING + r"|\b" + _POUNDING + r"[^.?!]{0,120}\b" + _GREY_OUT, _I
)
_POUNDING_RX = re.compile(r"\b" + _POUNDING, _I)
_RATE_200 = re.compile(r"(?<![\d.,])(2[0-9]{2})(?![\d.,])\s*(bpm|beats|pulsations|slagen|schl(ä|ae)ge)?", _I)
_SUDDEN = re.compile(
    r"\b(suddenly|out\s+of\s+nowhere|jumps?|jumped|shoots?\s+up|stays\s+there|won'?t\s+come\s+down|s'?emball\w*"
    r"|voile|tout\s+(à|a)\s+coup|pl(ö|oe)tzlich|de\s+repente|improvvis\w*|opeens|ineens)\b",
    _I,
)
_HEART_WORD = re.compile(
    r"\b(heart|hr|pulse|heartrate|c(œ|oe)ur|herz\w*|puls\w*|coraz(ó|o)n|cuore|cora(ç|c)(ã|a)o|hart\w*|frequenc\w*)\b",
    _I,
)

# Dutch and French chest pressure or pain (the other languages are read by `disclosures.other_language`).
_CHEST_ELSEWHERE = re.compile(
    r"\b(drukkend|beklemmend|knellend|benauwd)\s+gevoel\s+(op|in)\s+(mijn|de|m'n)\s+borst|\b(pijn|druk|steek|steken)\s+(op"
    r"|in)\s+(mijn|de|m'n)\s+borst|\bborst\w*\s+(doet\s+pijn|voelt\s+(strak|zwaar|benauwd))"
    r"|\b(douleur|oppression|serrement|poids|pression|barre|(é|e)tau)\s+(dans|sur|(à|a))\s+la\s+poitrine"
    r"|\bpoitrine\s+(serr(é|e)e|oppress(é|e)e)"
    # rr15 (hBA), a session's note: "douleur qui serre la poitrine au 3e set, ça montait dans la mâchoire"
    r"|\b(douleur\s+qui\s+)?(serre|serrait|comprime|comprimait|oppresse)\s+(la|ma)\s+poitrine",
    _I,
)
_ORTHOPNOEA = re.compile(
    r"\b(prop\w*\s+(myself\s+)?(up\s+)?on|need\s+|sleep\s+on|use\s+)(two|three|four|2|3|4|extra|more|several)\s+pillows"
    r"|\bprop\w*\s+(myself\s+)?(up\s+)?on\s+(two|three|four|2|3|4|extra|more|several)\s+pillows"
    r"|\bsleep\s+(sitting\s+)?up(right)?\s+to\s+breathe|\bcan'?t\s+(breathe|lie)\s+(when\s+)?(lying\s+)?flat",
    _I,
)
_OEDEMA = re.compile(r"\b(ankles?|legs?|feet|shins?)\b[^.?!]{0,20}\b(puffy|swollen|swell\w*|puff\w*)\b", _I)


def exertional(text: str) -> bool:
    """Possible angina or an arrhythmia said indirectly: a jaw, shoulder, arm or neck ache on exertion that eases with
    rest (a jaw on cardio is enough), nearly fainting with a pounding heart, a heart rate of 200+ that jumps suddenly or
    comes with a black veil or dizziness, chest pressure in Dutch or French."""
    if _CHEST_ELSEWHERE.search(text) or _NEAR_FAINT_POUNDING.search(text):
        return True
    if _SAT_DOWN.search(text) and _POUNDING_RX.search(text) and not _CATCHING_BREATH.search(text):
        return True  # rr16 (hBM): a racing heart that made them sit or lie down
    rate = _RATE_200.search(text)
    if rate and _HEART_WORD.search(text) and (_SUDDEN.search(text) or re.search(_GREY_OUT, text, _I)):
        return True
    if _NOT_ANGINA.search(text):
        return False
    effort, eases = bool(_EFFORT_RX.search(text)), bool(_EASES_ON_REST.search(text))
    if _JAW_EXERTION.search(text) and (effort or eases):
        return True
    return bool(_SITE_ACHE.search(text) and effort and eases)


def pump(text: str) -> bool:
    """Extra pillows to breathe lying down with puffy ankles or legs: possible heart failure (a doctor today)."""
    return bool(_ORTHOPNOEA.search(text) and _OEDEMA.search(text))


# An answer that waves heart signs away or tells the user not to see anyone.
_HEART_DISMISS = re.compile(
    r"\b(just|only|simply|merely)\s+(your|the)\s+heart\s+(adapt\w*|getting\s+(stronger|fitter)|working|training)"
    r"|\bheart\s+(is\s+)?(just\s+)?adapt\w*[^.?!]{0,40}\b(normal|fine|nothing)"
    r"|\bfit\s+enough\s+to\s+ignore"
    r"|\bstrong\s+engine|\bathlete'?s\s+heart\b[^.?!]{0,30}\b(normal|fine|nothing)",
    _I,
)
_NO_DOCTOR = re.compile(
    r"\bno\s+(need|reason)\s+(to|for)\s+(see|call|bother|a|any)\w*\s*(anyone|anybody|a\s+doctor|doctors?|a\s+gp|a\s+cardio\w*"
    r"|medical|about)?|\b(don'?t|do\s+not|never)\s+(need\s+to\s+)?(bother\s+)?(see|seeing|call|calling|go\s+to)\s+(a\s+|the\s+|your\s+)?"
    r"(doctor|gp|cardio\w*|anyone|er|a&e|hospital)|\bskip\s+the\s+(doctor|gp|cardio\w*|check-?up)"
    r"|\b(ignore|push\s+through)\s+(it|them|that|those|the\s+(symptoms?|pain|pressure|dizziness))\b",
    _I,
)
_BRUSH_OFF = re.compile(
    r"\b(totally|completely|perfectly|pretty|very)?\s*(normal|nothing\s+to\s+worry\s+about|harmless|fine)\b"
    r"|\b(just|only|usually)\s+(tight|sore)\s+(pecs|traps|muscles?|chest|shoulders?|neck)"
    r"|\b(it|that)\s+will\s+settle|\bkeep\s+(the\s+intensity|riding|running|sprinting|going|training)"
    r"|\b(run|do|hit)\s+(the|your)\s+(hills|intervals|sprints)\b",
    _I,
)
# What replaces such an answer (NICE CG126 / ESC 2019: new exertional symptoms are assessed promptly; emergency signs).
REPLY = (
    "Please don't treat these as normal training: discomfort in the chest, jaw, neck, shoulder or arm that comes on "
    "with effort and eases with rest, pressure with dizziness, nearly fainting, or a racing heart that starts "
    "suddenly can come from the heart. Stop hard training and see a doctor promptly, today if it is new or getting "
    "worse, before you train hard again. Call your local emergency number (911, 999, 112) if it comes at rest, lasts "
    "more than a few minutes, or comes with sweating, breathlessness or fainting; don't drive yourself."
)
# "No need to see a doctor unless you feel dizzy": a condition, not a brush-off.
_UNLESS = re.compile(r"\b(unless|if\s+(you|it|they|there)|but\s+if|as\s+long\s+as|provided)\b", _I)
# What in the review context says the conversation holds a symptom or a health stop.
SIGNS_CONTEXT = frozenset({"symptoms", "hard_stop"})


def dismissed(answer: str, context: frozenset[str] = frozenset()) -> bool:
    """An answer that calls heart signs normal or advises against seeing anyone: "just your heart adapting", "fit
    enough to ignore it" always; "no need to see anyone", "ignore it" after a symptom was said (`context` "symptoms");
    "tight pecs, do your intervals" after an urgent answer in the conversation ("hard_stop")."""
    if _HEART_DISMISS.search(answer):
        return True
    if not context & SIGNS_CONTEXT:
        return False
    said = (part for part in re.split(r"(?<=[.!?;])\s+|\n+", answer) if not _UNLESS.search(part))
    return any(_NO_DOCTOR.search(part) for part in said) or ("hard_stop" in context and bool(_BRUSH_OFF.search(answer)))
