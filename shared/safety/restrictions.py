"""A clinician's restriction or an acutely swollen joint told in chat, held for the rest of the conversation (R10).

    told(text) -> frozenset[str]    the limits the user's own words set: "no_overhead", "no_running", "swollen_joint"
    asked(text, context) -> str | None   the held limit a follow-up asks Vigor to break ("how heavy on the military
                                         press today?" after "doctor said no overhead for 6 weeks"), or None

The R10 red team told "I tore my rotator cuff last week, doctor said no overhead for 6 weeks." and then asked for a
push day with overhead press: the provider, which reads only the profile's injuries, answered "80% 1RM". Each limit
is a key of the review's context (`shared.safety.conversation.health_limits`), told to the provider in neutral words
(`shared.safety.limits.HELD`) and checked on its answer (`conversation.breaks_limits`); a follow-up that asks for the
held movement itself gets Vigor's answer (`conversation.HELD_REPLIES`) without the provider.

Sources: rotator cuff tears are managed with a period of relative rest from overhead loading and physiotherapist-led
rehabilitation before any return to pressing (NICE CKS "Shoulder pain - rotator cuff disorders", 2022; BESS/BOA
patient care pathway for rotator cuff tears, 2016); an acutely swollen knee is not loaded with impact or plyometrics
until it has been assessed (BSR/BOA hot swollen joint guideline; BJSM "PEACE & LOVE", Dubois & Esculier 2020).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_SPAN = (
    r"(\d+|a|an|one|two|three|four|five|six|seven|eight|ten|twelve|few|couple\s+of)\s+(more\s+)?(days?|weeks?|months?)"
)
_CLINICIAN = r"(doctor|doc|dr|gp|physio\w*|surgeon|consultant|orthop(a)?edic\w*|specialist|clinician|sports\s+medicine)"
# History, healed or cleared: no limit now.
_PAST = re.compile(
    r"\b(years?\s+ago|fully\s+(healed|recovered)|cleared\s+(me|to|for)|no\s+longer|used\s+to|back\s+to\s+normal)\b",
    _I,
)
_NO_OVERHEAD = re.compile(
    r"\b(no|not|avoid|nothing|stay\s+away\s+from|don'?t\s+do|keep\s+off)\s+(any\s+)?(\w+\s+)?overhead\b"
    r"|\b(tore|torn|tear|ruptured?)\s+(my\s+|the\s+|a\s+)?(left\s+|right\s+)?rotator\s+cuff|\brotator\s+cuff\s+(tear|rupture)"
    r"|\bkein\w*\s+(\w+\s+)?(überkopf|über\s+kopf)|\bnada\s+(por\s+)?encima\s+de\s+la\s+cabeza"
    r"|\bpas\s+de\s+(\w+\s+)?au[- ]dessus\s+de\s+la\s+t(ê|e)te",
    _I,
)
_NO_RUNNING = re.compile(
    r"\b" + _CLINICIAN + r"\b[^.?!]{0,40}\b(no|not|stop|avoid|nothing)\s+(\w+\s+)?(running|jogging|runs?|impact)\b"
    r"|\b(no|not)\s+(running|jogging|runs?)\s+(for|until)\b",
    _I,
)
_SWOLLEN = re.compile(
    r"\b(knees?|ankles?|elbows?)\b[^.?!]{0,25}\b(is|are|got|has\s+been|have\s+been|went|gone|still|getting)\s+(\w+\s+)?"
    r"(swollen|puffy|swelling\s+up|swelled)\b|\bswollen\s+(left\s+|right\s+)?(knee|ankle|elbow)s?\b"
    r"|\b(rodilla|tobillo)\s+(est(á|a)\s+)?hinchad[ao]|\b(knie|kn(ö|o)chel)\s+(ist\s+)?geschwollen"
    r"|\b(genou|cheville)\s+(est\s+)?(gonfl|enfl)(é|e)e?",
    _I,
)


# hW (issue 15 c): a clinician's generic limit for a time said in chat: "no loading my knee for 6 weeks", "no heavy
# lifting for 3 weeks", "nothing overhead for a month", "keine Belastung fürs Knie für 6 Wochen", "nada de correr
# durante un mes", "pas de charges lourdes pendant 3 semaines". The span makes it a limit, not a wish ("no running
# today, it's raining" is none): the movement maps to a held key, a loaded body part to its region.
_FOR = (
    r"(for|during|durante|por|f(ü|u)r|pendant|per|para)\s+(the\s+next\s+|los\s+pr(ó|o)ximos\s+|die\s+n(ä|a)chsten\s+"
    r"|les\s+prochaines\s+|le\s+prossime\s+|as\s+pr(ó|o)ximas\s+)?(another\s+|otr[ao]s\s+|weitere\s+)?"
    r"(\d+|a|an|one|two|three|four|five|six|eight|ten|twelve|few|couple\s+of|una?|dos|tres|cuatro|seis|ocho"
    r"|eine[nr]?|zwei|drei|vier|sechs|acht|une?|deux|trois|quatre|six|huit|due|tre|quattro|sei|otto|uma?|duas|tr(ê|e)s"
    r"|quatro)\s+(more\s+)?(days?|weeks?|months?|d(í|i)as|semanas?|mes(es)?|tage?n?|wochen?|monate?n?|jours?"
    r"|semaines?|mois|giorni|settimane?|mesi|mese|dias|meses|m(ê|e)s)\b"
)
_SPAN_AHEAD = (
    r"(?=[^.?!]{0,50}\b" + _FOR + r"|[^.?!]{0,60}\b(until|till|hasta|bis|jusqu|fino\s+a|at(é|e))\b[^.?!]{0,30}"
    r"\b(cleared|clears|says|review|check|control|kontrolle|contr(ô|o)le|revisi(ó|o)n|visita)\b)"
)
_SPAN_BEHIND = re.compile(
    r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|eight|ten|twelve|few|couple\s+of|una?|dos|tres|cuatro|seis"
    r"|eine[nr]?|zwei|drei|vier|sechs|acht|deux|trois|quatre|due|tre|quattro|sei|duas|tr(ê|e)s|quatro)\s+"
    r"(days?|weeks?|months?|wochen|monate?|tage|semanas|meses|semaines|mois|settimane|mesi)\s+(lang\s+)?"
    r"(no|not|nothing|kein\w*|nicht|nada\s+de|sin|pas\s+de|niente|nessun\w*|sem)\b",
    _I,
)
_NO = (
    r"(no|not|nothing|never|avoid|kein\w*|nicht|nada\s+de|sin|no\s+(hacer|puedo|debo)|pas\s+de|aucune?|ni\s+de"
    r"|niente|nessun\w*|non|sem|nada\s+de|evitar|vermeiden)"
)
_REGIONS = {
    "no_leg_load": r"(knee|ankle|hip|leg|legs|foot|achilles|calf|hamstring|quad\w*|rodilla|tobillo|cadera|pierna"
    r"|knie|kn(ö|o)chel|h(ü|u)fte|bein|genou|cheville|hanche|jambe|ginocchio|caviglia|anca|gamba|joelho|tornozelo"
    r"|quadril|perna)",
    "no_arm_load": r"(shoulder|arm|elbow|wrist|hand|hombro|codo|muñeca|brazo|schulter|ellbogen|handgelenk|arm"
    r"|(é|e)paule|coude|poignet|bras|spalla|gomito|polso|braccio|ombro|cotovelo|pulso|bra(ç|c)o)",
    "no_back_load": r"(back|spine|lower\s+back|neck|espalda|columna|r(ü|u)cken|wirbels(ä|a)ule|dos|colonne|schiena"
    r"|colonna|costas|coluna)",
}
_LOADING = (
    r"(load\w*|weight[- ]bearing|weight\s+on|putting\s+weight\s+on|strain\w*|pressure\s+on|carga\w*|cargar|peso"
    r"|belast\w*|gewicht|charge\w*|carico|carichi|caricare)"
)
_TIMED: dict[str, re.Pattern[str]] = {
    "no_heavy_lifting": re.compile(
        rf"\b{_NO}\s+(heavy\s+|strenuous\s+)?(lifting|lifts|weights|weight\s?lifting|straining|levantar\s+peso"
        r"|levantar\s+(cosas\s+)?pesad\w*|pesas|heben|schwer(es)?\s+heben|(schweren\s+)?gewichte|port\s+de\s+charges?"
        r"|charges?\s+lourdes?|soulever|musculation|sollevare\s+pesi|pesi|levantar\s+pesos?|muscula(ç|c)(ã|a)o)\b"
        rf"|\b{_NO}\s+(lifting\s+)?anything\s+heavy\b|\b{_NO}\s+heavy\s+(lifting|lifts|weights|loads?|training"
        r"|gym|sessions?)\b|\bkein\w*\s+schwere\w*\s+\w+",
        _I,
    ),
    "no_running": re.compile(
        rf"\b{_NO}\s+(\w+\s+)?(running|jogging|runs?|correr|carrera|laufen|joggen|lauftraining|course|courir"
        r"|footing|corsa|correre|corrida|correr)\b",
        _I,
    ),
    "no_jumping": re.compile(
        rf"\b{_NO}\s+(\w+\s+)?(jumping|jumps?|plyo\w*|impact|saltos?|saltar|impacto|springen|spr(ü|u)nge"
        r"|sprungtraining|sauts?|sauter|salti|saltare|impatto|pular|pulos?)\b",
        _I,
    ),
    "no_overhead": re.compile(
        rf"\b{_NO}\s+(\w+\s+){{0,2}}(overhead|por\s+encima\s+de\s+la\s+cabeza|(ü|u)ber\s?kopf\w*"
        r"|au[- ]dessus\s+de\s+la\s+t(ê|e)te|sopra\s+la\s+testa|acima\s+da\s+cabe(ç|c)a)\b",
        _I,
    ),
}
_REGION_LOAD = {
    key: re.compile(
        rf"\b{_NO}\s+(\w+\s+){{0,2}}{_LOADING}\b[^.?!]{{0,25}}\b{region}\b"
        rf"|\b{_NO}\s+(\w+\s+){{0,2}}{region}\s+{_LOADING}\b"
        rf"|\b{region}\b[^.?!]{{0,20}}\b{_NO}\s+(\w+\s+)?{_LOADING}",
        _I,
    )
    for key, region in _REGIONS.items()
}
_SPAN_RE = re.compile(_SPAN_AHEAD, _I)
_WAS = re.compile(r"\b(had|did|done|went|been|was|were|took|hatte|tuve|hice|eu|fatto)\s+$", _I)


def timed(text: str) -> frozenset[str]:
    """The limits a clinician's limit for a time sets ("no heavy lifting for 3 weeks" -> "no_heavy_lifting", "no
    loading my knee for 6 weeks" -> "no_leg_load"): each only with its span said ("for 6 weeks", "until the
    physio clears it", "6 Wochen keine ...")."""
    found = set()
    for sentence in re.split(r"(?<=[.?!;])\s+|\n+", text):
        for key, pattern in (*_TIMED.items(), *_REGION_LOAD.items()):
            for m in pattern.finditer(sentence):
                if _WAS.search(sentence[max(0, m.start() - 20) : m.start()]):
                    continue  # "I had no heavy lifting sessions for 3 weeks (travel)": a break taken, not a limit
                behind = _SPAN_BEHIND.search(sentence[: m.end()])
                if _SPAN_RE.match(sentence, m.end()) or (behind is not None and behind.end() > m.start() - 2):
                    found.add(key)
    return frozenset(found)


def told(text: str) -> frozenset[str]:
    """The limits the user's own words set (someone else's condition is taken out by the caller)."""
    if _PAST.search(text):
        return frozenset()
    found = set()
    if _NO_OVERHEAD.search(text):
        found.add("no_overhead")
    if _NO_RUNNING.search(text):
        found.add("no_running")
    if _SWOLLEN.search(text):
        found.add("swollen_joint")
    return frozenset(found) | timed(text)


OVERHEAD = re.compile(
    r"\b(overhead\s*(press\w*|lifts?|lifting|work|squats?|carr(y|ies)|extensions?|pressing)?|military\s+press\w*|ohp"
    r"|shoulder\s+press\w*|push\s+press\w*|strict\s+press\w*|jerks?|snatch\w*|handstand\w*|arnold\s+press\w*"
    r"|z[- ]press\w*|pike\s+push[- ]?ups?|dips?|behind[- ]the[- ]neck|press\s+overhead)\b",
    _I,
)
RUNNING = re.compile(r"\b(run|runs|running|jog\w*|sprint\w*|intervals?|tempo|5\s*k|10\s*k|couch\s+to)\b", _I)
IMPACT = re.compile(
    r"\b(jump\w*|plyo\w*|box\s+jumps?|depth\s+jumps?|bound\w*|hops?|hopping|burpees?|sprint\w*|running|run"
    r"|skipping|double[- ]unders?|lunges?|squats?|leg\s+press|leg\s+day|pistols?)\b",
    _I,
)
# hW: what each timed limit keeps out of an answer (`conversation.breaks_limits`) and a follow-up asks for (`asked`).
LEG_LOAD = re.compile(
    IMPACT.pattern[:-3] + r"|deadlift\w*|rdls?|step[- ]?ups?|calf\s+raises?|split\s+squats?|leg\s+(extensions?|curls?)"
    r"|wall\s+sits?|hill\s+(repeats|sprints)|stairs?)\b",
    _I,
)
ARM_LOAD = re.compile(
    OVERHEAD.pattern[:-3] + r"|bench(\s+press\w*)?|push[- ]?ups?|press[- ]?ups?|pull[- ]?ups?|chin[- ]?ups?|rows?"
    r"|curls?|flyes?|flys?|lat\s+pull\w*|planks?|farmer'?s?\s+(walks?|carr(y|ies)))\b",
    _I,
)
HEAVY_ASKED = re.compile(
    r"\b(heavy|heavier|max(es|ing)?|1\s*rm|one[- ]rep\s+max|prs?|personal\s+(best|record)|deadlifts?|back\s+squats?"
    r"|bench\s+press|barbell|how\s+(heavy|much\s+weight)|add\s+(weight|load|plates?))\b",
    _I,
)
JUMPING = re.compile(
    r"\b(jump\w*|plyo\w*|box\s+jumps?|depth\s+jumps?|bound\w*|hops?|hopping|burpees?|skipping|jump\s+rope"
    r"|double[- ]unders?|tuck\s+jumps?|broad\s+jumps?|sprint\w*)\b",
    _I,
)
BACK_LOAD = re.compile(
    r"\b(deadlift\w*|rdls?|romanian|squat\w*|good\s*mornings?|barbell\s+rows?|bent[- ]over\s+rows?|cleans?|snatch\w*"
    r"|heavy|max\w*|1\s*rm|one[- ]rep\s+max|back\s+extensions?|hyperextensions?|overhead\s+press\w*"
    r"|military\s+press)\b",
    _I,
)
_ASKED = {
    "no_overhead": OVERHEAD, "no_running": RUNNING, "swollen_joint": IMPACT,
    "no_leg_load": LEG_LOAD, "no_arm_load": ARM_LOAD, "no_back_load": BACK_LOAD, "no_heavy_lifting": HEAVY_ASKED,
    "no_jumping": JUMPING,
}  # fmt: skip


def asked(text: str, context: frozenset[str]) -> str | None:
    """The held limit the message asks about doing (its movement named), or None; a message that tells the limit
    ("my physio says no running") is answered with it held, not as a request to break it."""
    if told(text):
        return None
    return next((key for key, pattern in _ASKED.items() if key in context and pattern.search(text)), None)


__all__ = [
    "ARM_LOAD", "BACK_LOAD", "HEAVY_ASKED", "IMPACT", "JUMPING", "LEG_LOAD", "OVERHEAD", "RUNNING", "asked", "timed",
    "told",
]  # fmt: skip
