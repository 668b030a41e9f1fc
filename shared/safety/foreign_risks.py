"""Risks told in German, French, Italian, Portuguese, Dutch or Spanish that the by-kind readers missed (issue 15, rr15
kind 3, hAZ).

    cardiac(text) -> bool            a chest tight "like a band" with jaw or left-arm pain; a racing heart with
                                     dizziness or near-fainting ("cuore batteva all'impazzata... mi girava la testa")
    farewell(text) -> bool           goodbye letters written, belongings given away (a suicide warning sign)
    wish_gone(text) -> bool          a wish not to exist, not to be here or not to wake up ("m'endormir et ne plus
                                     jamais me réveiller", "einfach nicht mehr da sein", "er niet meer zijn") (hBN)
    acute_knee(text) -> bool         a knee or ankle that popped and is swollen or gives way ("geknackt, ist dick und
                                     knickt weg")
    cauda_equina(text) -> bool       bladder control lost with numbness in a leg or the saddle ("dormência na perna e
                                     não consigo controlar a bexiga")
    underweight_losing(text) -> bool a height and weight (or a BMI) under 18.5 with a wish to lose more ("1,70 en 46
                                     kilo, nog drie kilo kwijt", "Mijn BMI is 15 en ik wil nog strakker")
    wants_lower(text) -> bool        a wish to lose more or to reach a named weight ("auf 45 runter", "naar 46") (hBN)
    BMI_SAID                         "BMI is 15", "mein BMI ist 16", "IMC de 17": a BMI under 18.5 named
    postnatal_early(text) -> bool    a birth 12 weeks ago or less with heavy lifting, jumps, running or crunches asked
                                     ("Tive cesariana há 3 semanas. Posso fazer corrida?") (hBN)
    running_banned(text) -> bool     a clinician's running ban for a time told and running asked in the same
                                     message ("Mon kiné m'a interdit de courir pendant 6 semaines... 10 km?")

The fifteenth red team's provider answered these in the user's language; the output language check stopped it and
the user read "For now your coach answers in English only..." and the built-in coach's plan: an emergency, a crisis
or an eating disorder answered with a training plan. Sources: ESC 2021 / AHA (chest pain spreading to the jaw or arm,
palpitations with pre-syncope: emergency care, no exercise); Samaritans / WHO LIVE LIFE 2021 (goodbye letters and
giving possessions away are warning signs); Ottawa knee rules and NICE CKS knee injury (a pop with swelling or
giving way: same-day assessment); GIRFT 2023 / NICE NG59 (cauda equina: bladder dysfunction with saddle or leg
numbness); WHO BMI classes and NICE NG69 (no weight-loss help under a BMI of 18.5). Each reader needs the kind's
words together, so "borstdag", "mein Knie knackt beim Kniebeugen", "1,70 en 66 kilo, drie kilo kwijt" or "cartas
de despedida del club" stay training talk.
"""

from __future__ import annotations

import re

from shared.safety import carried, weight_goals

_I = re.IGNORECASE

_CHEST = r"(borst|brust|poitrine|petto|torace|peito|pecho)"
_TIGHT = (
    r"(knellend\w*|beklemm\w*|band|druk\w*|dr(ü|u)ck\w*|enge|eng|engegef(ü|u)hl|serr\w*|oppress\w*|(é|e)tau|stretta"
    r"|morsa|apert\w*|opresi(ó|o)n|presi(ó|o)n|pression|pressione|apret\w*|pijn|schmerz\w*|douleur|dolore|dor|dolor"
    r"|gewicht|peso|poids"
    # rr16 (hBN): "mi si stringe il petto", "zwaar gevoel op mijn borst", "poitrine lourde", "peito pesado"
    r"|string\w*|zwaar|zware|schwer\w*|lourd\w*|pesant\w*|pesad[oa]|opprim\w*|oprim\w*)"
)
_RADIATES = re.compile(
    r"\b(kaak|kaken|kiefer|m(â|a)choire|mascella|mandibola|maxilar|queixo|mand(í|i)bula|linker\s*arm|linken\s+arm"
    r"|bras\s+gauche|braccio\s+sinistro|bra(ç|c)o\s+esquerdo|brazo\s+izquierdo)\b",
    _I,
)
_CHEST_TIGHT = re.compile(rf"\b{_CHEST}\b[^.?!]{{0,50}}\b{_TIGHT}\b|\b{_TIGHT}\b[^.?!]{{0,50}}\b{_CHEST}\b", _I)
_RACING = re.compile(
    r"\b(hart\w*\s+(bonsde|bonkte|raasde|ging\s+(als\s+een\s+gek\s+)?tekeer|sloeg\s+op\s+hol|klopte\s+als\s+een\s+gek)"
    r"|hartkloppingen|herz\w*\s+(raste|rast|h(ä|a)mmerte|klopfte\s+wie\s+wild|schlug\s+wie\s+wild|stolperte)"
    r"|herzrasen|herzstolpern|c(œ|oe)ur\s+(s'?emball\w*|s'?est\s+emball\w*|battait\s+(la\s+chamade|(à|a)\s+toute"
    r"\s+allure|tr(è|e)s\s+vite)|bat\s+(la\s+chamade|tr(è|e)s\s+vite))|cuore\s+(batteva\s+(all'?impazzata|a\s+mille"
    r"|fortissimo)|(è\s+)?impazzit\w*|a\s+mille)|palpitazioni|tachicardia|cora(ç|c)(ã|a)o\s+(disparou|disparad\w*"
    r"|acelerou|aceleradíssimo|aos\s+saltos|a\s+mil)|taquicardia|palpita(ç|c)(õ|o)es|coraz(ó|o)n\s+(se\s+(me\s+)?"
    r"aceler\w*|desbocado|a\s+mil|a\s+saltos|lat(í|i)a\s+much(í|i)simo)|palpitaciones|palpitations"
    # rr16 (hBN): the verb before the heart and the present tense ("mi batte il cuore all'impazzata", "coeur qui
    # s'emballe", "mein Herz schlägt wie verrückt", "o coração dispara", "mijn hart gaat tekeer")
    r"|batt(e|eva)\s+il\s+cuore\s+(all'?impazzata|a\s+mille|fortissimo)|cuore\s+(mi\s+)?batte\s+(all'?impazzata"
    r"|a\s+mille|fortissimo)|c(œ|oe)ur\s+qui\s+(s'?emball\w*|bat\s+(la\s+chamade|tr(è|e)s\s+vite))"
    r"|c(œ|oe)ur\s+(s'?acc(é|e)l(è|e)re|bat\s+(à|a)\s+toute\s+allure|bat\s+trop\s+vite|s'?affole|s'?est\s+affol(é|e))"
    r"|herz\w*\s+(schl(ä|a)gt|pocht|klopft)\s+wie\s+(wild|verr(ü|u)ckt)|herzklopfen"
    r"|cora(ç|c)(ã|a)o\s+(dispara|acelera|bate\s+(muito\s+)?(r(á|a)pido|forte|descompassado))"
    r"|coraz(ó|o)n\s+(me\s+)?(late|lat(í|i)a)\s+(much(í|i)simo|a\s+mil|muy\s+r(á|a)pido|desbocado)"
    r"|hart\w*\s+(bonst|bonkt|raast|gaat\s+(als\s+een\s+gek\s+)?tekeer|slaat\s+op\s+hol|klopt\s+als\s+een\s+gek))",
    _I,
)
_DIZZY = re.compile(
    r"\b(duizelig\w*|licht\s+in\s+(mijn|het)\s+hoofd|flauw\w*|zwart\s+voor\s+(mijn\s+)?ogen|schwind\w*"
    r"|schwarz\s+vor\s+(den\s+)?augen|ohnm(ä|a)cht\w*|umgekippt|vertige\w*|(é|e)tourdi\w*|t(ê|e)te\s+(qui\s+)?tourn\w*"
    r"|(é|e)vanou\w*|malaise|girava\s+la\s+testa|gira(va)?\s+la\s+testa|capogir\w*|vertigin\w*|svenut\w*|svenire"
    r"|svenimento|stordit\w*|tont[ao]s?|tontura\w*|desmai\w*|zonz[ao]|mare(o|ad[ao])|desmay\w*"
    # rr16 (hBN): vision narrowing or going dark ("vedo come un tunnel", "veo todo negro", "vision en tunnel")
    r"|tunnel|t(ú|u)nel|tunnelblick|tunnelvisie|tunnelzicht|vision\s+en\s+tunnel|visione\s+a\s+tunnel"
    r"|vis(ã|a)o\s+(em\s+)?t(ú|u)nel|visi(ó|o)n\s+de\s+t(ú|u)nel|ve(o|ía)\s+(todo\s+)?negro"
    r"|vejo\s+(tudo\s+)?(preto|escuro)|vis(ã|a)o\s+escureceu|vedo\s+(tutto\s+)?(nero|buio)|vois\s+(tout\s+)?noir"
    r"|vue\s+(qui\s+)?(se\s+)?(brouill\w*|trouble)|alles\s+(wird\s+|wurde\s+)?schwarz|wordt\s+(alles\s+)?zwart"
    r"|zie\s+(alles\s+)?zwart|alles\s+zwart\s+(worden|werd|wordt))",
    _I,
)


def cardiac(text: str) -> bool:
    """A chest tight or pressed with jaw or left-arm pain or with dizziness (hBN), or a racing heart with dizziness,
    (near-)fainting or vision narrowing."""
    if _RADIATES.search(text) and _CHEST_TIGHT.search(text):  # the rare word first: the gate reads 4,000 characters
        return True
    if not _DIZZY.search(text):
        return False
    return bool(_RACING.search(text) or _CHEST_TIGHT.search(text))


_FAREWELL = re.compile(
    r"\b(afscheidsbrieven|abschiedsbriefe|lettres\s+d'?adieu|lettere\s+d'?addio|cartas\s+de\s+(despedida|adeus))\b"
    r"|\b(afscheidsbrief|abschiedsbrief|lettre\s+d'?adieu|lettera\s+d'?addio|carta\s+de\s+(despedida|adeus))\b"
    r"[^.?!]{0,40}\b(familie|familia|famille|famiglia|fam(í|i)lia|ouders|eltern|parents|genitori|pais|padres|kinderen"
    r"|kinder|enfants|figli|filhos|hijos|iedereen|alle|tout\s+le\s+monde|tutti|todos)\b"
    r"|\b(mijn\s+spullen\s+weggegeven|meine\s+sachen\s+verschenkt|donn(é|e)\s+toutes\s+mes\s+affaires"
    r"|regalato\s+tutte\s+le\s+mie\s+cose|dei\s+todas\s+as\s+minhas\s+coisas|regalei\s+todas\s+as\s+minhas\s+coisas"
    r"|regalado\s+todas\s+mis\s+cosas)\b",
    _I,
)


def farewell(text: str) -> bool:
    """Goodbye letters written (plural, or one to the family) or belongings given away."""
    return bool(_FAREWELL.search(text))


# rr16 (hBN): a wish not to be here or not to wake up, in the gate's other languages (passive suicidal ideation)
_GONE = re.compile(
    # de: "einfach nicht mehr da sein", "einschlafen und nie wieder aufwachen", "mich auslöschen"
    r"\bnicht\s+mehr\s+(da|hier|am\s+leben)\s+sein\b(?!\s*,?\s*(wenn|um|bis|ab|sobald|nach|bevor|im|in)\b)"
    r"|\beinschlafen\s+und\s+(nie|nicht)\s+(wieder|mehr)\s+aufwachen|\bnie\s+(wieder|mehr)\s+aufwachen\b"
    r"|\bnicht\s+mehr\s+existieren\b|\bmich\s+(einfach\s+)?ausl(ö|o)schen\b|\bf(ü|u)r\s+immer\s+weg\s+sein\b"
    # fr: "m'endormir et ne plus jamais me réveiller", "m'effacer pour toujours", "ne plus être là"
    r"|\b(m'|me\s+)?endormir\s+et\s+ne\s+(plus\s+)?(jamais\s+)?(plus\s+)?me\s+r(é|e)veiller"
    r"|\bne\s+plus\s+jamais\s+me\s+r(é|e)veiller|\bne\s+plus\s+(être|etre)\s+l(à|a)\b(?!\s+(à|a|quand|pour|le|la)\b)"
    r"|\bne\s+plus\s+exister\b|\bm'effacer\s+(pour\s+toujours|(à|a)\s+jamais|d(é|e)finitivement|de\s+ce\s+monde)"
    r"|\bdispara(î|i)tre\s+(pour\s+toujours|(à|a)\s+jamais|d(é|e)finitivement|de\s+ce\s+monde)"
    # it: "non svegliarmi più", "non esserci più", "sparire per sempre", "cancellarmi per sempre"
    r"|\bnon\s+svegliarmi\s+pi(ù|u)\b|\bnon\s+esserci\s+pi(ù|u)\b|\bnon\s+esistere\s+pi(ù|u)\b"
    r"|\b(sparire|cancellarmi|scomparire)\s+(per\s+sempre|dal\s+mondo)"
    # es: "dormirme y no despertar nunca más", "dejar de existir", "ya no quiero estar aquí"
    r"|\bdormirme\s+y\s+no\s+despertar(me)?|\bno\s+despertar(me)?\s+(nunca\s+)?(m(á|a)s|jam(á|a)s)\b"
    r"|\bdejar\s+de\s+existir\b|\bya\s+no\s+quiero\s+estar\s+aqu(í|i)\b|\bno\s+quiero\s+estar\s+aqu(í|i)\s+(nunca\s+)?m(á|a)s"
    r"|\b(borrarme|esfumarme)\s+(para\s+siempre|del\s+mundo|del\s+mapa)"
    # pt: "dormir e nunca mais acordar", "deixar de existir", "não quero mais estar aqui", "sumir para sempre"
    r"|\bdormir\s+e\s+(nunca\s+mais|n(ã|a)o)\s+acordar|\bnunca\s+mais\s+acordar\b|\bn(ã|a)o\s+acordar\s+mais\b"
    r"|\bdeixar\s+de\s+existir\b|\bn(ã|a)o\s+quero\s+(mais\s+)?estar\s+(mais\s+)?aqui\b"
    r"|\b(sumir|desaparecer|apagar-me)\s+(para\s+sempre|de\s+vez|do\s+mundo)"
    # nl: "in slaap vallen en nooit meer wakker worden", "er niet meer zijn", "ophouden te bestaan"
    r"|\bnooit\s+meer\s+wakker\s+(worden|te\s+worden)\b"
    r"|\ber\s+(gewoon\s+)?niet\s+meer\s+(willen\s+)?zijn\b(?!\s*,?\s*(om|als|wanneer|bij|op|in|voor|na)\b)"
    r"|\bniet\s+meer\s+(willen\s+)?bestaan\b|\bophouden\s+te\s+bestaan\b|\bmezelf\s+(uitwissen|wegcijferen\s+voor\s+altijd)",
    _I,
)


def wish_gone(text: str) -> bool:
    """A wish not to exist, not to be here or not to wake up (DE/FR/IT/ES/PT/NL): the crisis answer (hBN)."""
    return bool(_GONE.search(text))


_JOINT = r"(knie|genou|ginocchio|joelho|rodilla|enkel|kn(ö|o)chel|cheville|caviglia|tornozelo|tobillo)"
_POP = (
    r"(geknakt|knakte|krak\w*|geknackt|knackte|knacks|craqu\w*|crac|schiocc\w*|scrocchi\w*|estal\w*|estourou|tronou"
    r"|chasque\w*|cruji(ó|o)|crujido|pop\w*)"
)
_SWELL = (
    r"(dik|opgezwollen|gezwollen|dick|geschwollen|angeschwollen|gonfl\w*|enfl\w*|gonfi\w*|inchad\w*|inchou|hinchad\w*"
    r"|hinch(ó|o)|hinchaz(ó|o)n)"
)
_GIVES = (
    r"(knikt\s+(weg|door)|zwikt|geeft\s+mee|instabiel|knickt\s+(weg|ein|um)|gibt\s+nach|instabil|l(â|a)che|se\s+d(é|e)robe"
    r"|instable|cede|cedere|instabile|falha|inst(á|a)vel|falla|se\s+me\s+va|inestable)"
)
_POP_RE = re.compile(rf"\b{_POP}\b", _I)
_SWELL_RE = re.compile(rf"\b{_SWELL}\b", _I)
_GIVES_RE = re.compile(rf"\b{_GIVES}\b", _I)
_JOINT_RE = re.compile(rf"\b{_JOINT}\b", _I)


def acute_knee(text: str) -> bool:
    """A knee or ankle that popped and is swollen or gives way, or is swollen and gives way."""
    if not _JOINT_RE.search(text):
        return False
    swollen, gives = bool(_SWELL_RE.search(text)), bool(_GIVES_RE.search(text))
    return (bool(_POP_RE.search(text)) and (swollen or gives)) or (swollen and gives)


_BLADDER = re.compile(
    r"\b(n(ã|a)o\s+(consigo\s+)?(controlar|segurar)\s+(a\s+)?(bexiga|urina|xixi)|perdi\s+o\s+controle?\s+da\s+bexiga"
    r"|no\s+(puedo\s+)?controlar\s+(la\s+)?(vejiga|orina)|perd\w*\s+el\s+control\s+de\s+la\s+vejiga"
    r"|no\s+puedo\s+(orinar|aguantar\s+la\s+orina)|blase\s+nicht\s+(mehr\s+)?(kontrollieren|halten)"
    r"|ne\s+(contr(ô|o)le|retiens)\s+plus\s+(ma\s+)?(vessie|urine)|non\s+(riesco\s+a\s+)?controll\w*\s+(la\s+)?vescica"
    r"|blaas\s+niet\s+(meer\s+)?(onder\s+controle|ophouden))",
    _I,
)
_NUMB = re.compile(
    r"\b(dorm(ê|e)ncia|dormente|formigamento|entumecid\w*|adormecid\w*|hormigueo|insensib\w*|gevoelloos|doof"
    r"|taub\w*|gef(ü|u)hllos|engourd\w*|insensible|intorpidi\w*|formicolio|insensibil\w*)\b",
    _I,
)


def cauda_equina(text: str) -> bool:
    """Bladder control lost with numbness (a leg, the saddle): cauda equina until proven otherwise."""
    return bool(_BLADDER.search(text) and _NUMB.search(text))


BMI_SAID = re.compile(
    r"\b(bmi|imc)\s+((is|ist|est|è|é|es|van|von|de|di|of)\s+)?(1[0-7](?:[.,]\d)?|18(?:[.,][0-4])?)\b", _I
)
_LOSE_MORE = re.compile(
    r"\b(kwijt|afvallen|verliezen|lichter|dunner|slanker|strakker|abnehmen|verlieren|runter|leichter|d(ü|u)nner"
    r"|schlanker|perdre|maigrir|mincir|plus\s+mince|perdere|dimagrire|pi(ù|u)\s+magr\w*|perder|emagrecer|secar"
    r"|mais\s+magr\w*|bajar|adelgazar|m(á|a)s\s+delgad\w*|lose|drop|leaner|thinner)\b"
    r"|\bval\s+[^.?!]{0,25}\baf\b",  # "hoe val ik nog twee kilo af?"
    _I,
)


def wants_lower(text: str) -> bool:
    """A wish to lose more or to weigh a named lower number, in the gate's languages ("Ich will auf 45 runter",
    "Voglio arrivare a 43", "Ik wil naar 46"): read with a height and weight told earlier (hBN)."""
    return bool(_LOSE_MORE.search(text) or weight_goals.wished_goals(text))


def underweight_losing(text: str) -> bool:
    """A BMI under 18.5 (a height and weight told, or the BMI named) with a wish to lose more."""
    if not _LOSE_MORE.search(text):
        return False
    if BMI_SAID.search(text):
        return True
    height, weight = weight_goals.height_m(text), weight_goals.weight_kg(text)
    return bool(height and weight and 1.2 <= height <= 2.3 and weight / (height * height) < 18.5)


_RUN_BANNED = re.compile(
    r"\b(interdit\s+de\s+courir|d(é|e)fendu\s+de\s+courir|pas\s+le\s+droit\s+de\s+courir|verboten\s+zu\s+laufen"
    r"|laufverbot|nicht\s+laufen|vietato\s+(di\s+)?correre|divieto\s+di\s+correre|non\s+(posso|devo)\s+correre"
    r"|proibi\w*\s+de\s+correr|n(ã|a)o\s+(posso|devo)\s+correr|prohibi\w*\s+correr|no\s+(puedo|debo)\s+correr"
    r"|verbod\w*\s+(om\s+)?(te\s+)?(hard)?lopen|loopverbod|niet\s+(hard)?lopen|mag\s+niet\s+(hard)?lopen"
    r"|(laufen|joggen|hardlopen|correre|correr|courir)\b[^.?!]{0,30}\b(verboten|verboden|vietat[oa]|proibid[oa]"
    r"|prohibid[oa]|interdit))\b",
    _I,
)
_SPAN = re.compile(
    r"\b(\d+|zes|sechs|six|sei|seis|vier|quatre|quattro|quatro|cuatro|drie|drei|trois|tre|tr(ê|e)s)\s+"
    r"(weken|wochen|semaines|settimane|semanas|maanden|monate|mois|mesi|meses)\b",
    _I,
)
_RUN_ASKED = re.compile(
    r"\b(\d+\s*km|5\s*k|10\s*k|halve\s+marathon|halbmarathon|semi|marathon|courir|laufen|joggen|correre|correr"
    r"|hardlopen|lopen|footing|jogging|sprints?|intervall\w*|intervalos|intervalles)\b[^.!]*\?",
    _I,
)


def running_banned(text: str) -> bool:
    """A clinician's running ban for weeks or months told, and running asked about in the same message."""
    ban = _RUN_BANNED.search(text)
    return bool(ban and _SPAN.search(text) and _RUN_ASKED.search(text, ban.end()))


def postnatal_early(text: str) -> bool:
    """A birth told as 12 weeks ago or less (`carried.birth_weeks`: "Tive cesariana há 3 semanas", "5 weken geleden
    een keizersnede") with heavy lifting, jumps, running or crunches asked: the postnatal answer (hBN)."""
    weeks = carried.birth_weeks(text)
    return weeks is not None and weeks <= 12 and carried.postnatal_load(text)


# --- a provider answer stopped for its language (rr15 kind 3) ----------------------------------------------------
# When the output language check stops an answer, the user's own words decide what they read instead. A wider net
# than the input gate's (only read here: nothing is refused for it, the answer was already stopped): a heart or chest
# word with a symptom, bladder control, death or goodbye words, a BMI or a weight with a wish to lose.
_HEART_WORD = re.compile(rf"\b({_CHEST}|hart|herz\w*|c(œ|oe)ur|cuore|cora(ç|c)(ã|a)o|coraz(ó|o)n)\b", _I)
_SYMPTOM = re.compile(
    _DIZZY.pattern + r"|\b(pijn|schmerz\w*|douleur|dolore|dor|dolor|druk|druck|serr\w*|oppress\w*|aperto|opresi(ó|o)n"
    r"|presi(ó|o)n|kortademig|atemnot|essouffl\w*|fiato\s+corto|falta\s+de\s+ar|falta\s+de\s+aire|zweet|schwei(ß|ss)"
    r"|sueur\w*|sudor\w*|suor\w*|sudore)\b",
    _I,
)
_BLADDER_WORD = re.compile(r"\b(bexiga|vejiga|blase|vessie|vescica|blaas|incontin\w*)\b", _I)
_DEATH = re.compile(
    r"\b(suic\w*|zelfmoord|selbstmord|suizid\w*|dood\s+gaan|doodgaan|sterben|tot\s+sein|mourir|me\s+tuer|morire"
    r"|uccidermi|ammazzarmi|morrer|me\s+matar|matar-me|morir(me)?|matarme|zelfbeschadiging|ritze|snijd\s+mezelf"
    r"|me\s+coupe|mi\s+taglio|me\s+corto)\b",
    _I,
)


def loose(message: str) -> str | None:
    """The safety answer's category (`outputs` category names) the user's words call for when their answer was stopped
    for its language: "self_harm", "urgent" or "eating_disorder", else None (the notice and the built-in coach)."""
    if _DEATH.search(message) or farewell(message) or wish_gone(message):
        return "self_harm"
    if cardiac(message) or acute_knee(message) or cauda_equina(message):
        return "urgent"
    if (_HEART_WORD.search(message) and _SYMPTOM.search(message)) or _BLADDER_WORD.search(message):
        return "urgent"
    if BMI_SAID.search(message) or underweight_losing(message):
        return "eating_disorder"
    return None
