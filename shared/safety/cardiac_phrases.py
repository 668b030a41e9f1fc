"""Heart signs the fourteenth red team (rr14, issue 15) found the input gate missed (hAV): `urgent`'s cardiac row.

    exertional(text) -> bool   one of:
      * a heart out of rhythm (thumping, skipping, irregular) with near-collapse or on exertion: "my heart was racing
        and thumping out of rhythm after sprints and I had to sit on the floor"; NL "mijn hart slaat over en ik word
        licht in mijn hoofd"; the same in DE/FR/ES/IT/PT
      * burning or pressure behind the breastbone, or a pull into the left arm, with exertion or easing at rest: DE
        "beim Bergauflaufen brennt es hinter dem Brustbein und zieht in den linken Arm"
      * a chest like a (tight, iron) band, or chest words with a cold sweat: NL "mijn borst voelt als een strak ijzeren
        band bij het fietsen en ik zweet koud"

Source: NICE CG95 and ESC 2019 chronic coronary syndromes (angina: constricting retrosternal discomfort, radiating to
the arm, brought on by exertion and eased by rest; new angina assessed urgently); ESC 2020 sports cardiology
(palpitations with presyncope on exertion stop sport until assessed). A racing heart after sprints alone is normal.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_OFF_RHYTHM = re.compile(
    r"\b(heart|heartbeat|pulse|beats?)\b[^.?!]{0,40}\b(out\s+of\s+(rhythm|sync|time)|irregular\w*|all\s+over\s+the"
    r"\s+place|missing\s+beats|skipp\w*\s+(a\s+)?beats?|extra\s+beats|flip-?flop\w*|stutter\w*|jumping\s+around)"
    r"|\birregular(ly)?\s+(heart\s*beat|beat|rhythm|pulse)"
    r"|\bhart\s+(slaat|sloeg)\s+(\w+\s+)?(over|op\s+hol|onregelmatig)|\bhartkloppingen|\bonregelmatige?\s+hart"
    r"|\bherz\s+(\w+\s+){0,2}(stolpert|stolperte|setzt\s+aus|unregelm(ä|ae)(ß|ss)ig)|\bherzstolpern"
    r"|\bc(œ|oe)ur\s+(\w+\s+){0,3}(saute|sautait|irr(é|e)guli\w*)"
    r"|\bcoraz(ó|o)n\s+(\w+\s+){0,2}(se\s+salta|salta\s+latidos|irregular)"
    r"|\bcuore\s+(\w+\s+){0,2}(salta|saltava|irregolare)|\bpalpitazion\w*"
    r"|\bcora(ç|c)(ã|a)o\s+(\w+\s+){0,2}(falha|falhou|irregular)|\bpalpita(ç|c)(õ|o)es"
    r"|\bpalpitaciones|\barritmi\w*",
    _I,
)
# Racing or pounding is normal after sprints: a sign only with near-collapse.
_RACING = re.compile(
    r"\b(heart|heartbeat|pulse)\b[^.?!]{0,30}\b(racing|raced|pounding|thumping|hammering|banging|going\s+crazy)\b"
    r"|\bherz\s+(\w+\s+){0,2}rast|\bherzrasen|\bc(œ|oe)ur\s+(\w+\s+){0,2}(s'?emball\w*|bat\s+la\s+chamade|bat\s+tr(è|e)s"
    r"\s+fort)|\bcoraz(ó|o)n\s+(\w+\s+){0,2}(se\s+acelera|se\s+dispara|late\s+a\s+lo\s+loco|a\s+mil)"
    r"|\bcuore\s+(\w+\s+){0,2}(impazzit\w*|batte\s+all'?impazzata|a\s+mille)|\bcora(ç|c)(ã|a)o\s+(\w+\s+){0,2}"
    r"(dispara\w*|acelerad\w*|a\s+mil)|\bhart\s+(\w+\s+){0,2}(bonkt|bonsde|gaat\s+tekeer|racet|klopt\s+als\s+een\s+gek)",
    _I,
)
_HEART = re.compile(
    r"\b(heart|heartbeat|pulse|hart|herz|c(œ|oe)ur|coraz(ó|o)n|cuore|cora(ç|c)(ã|a)o)\b|hartklopp|palpita|herzrasen"
    r"|herzstolpern|arritmi",
    _I,
)
# Near-collapse: had to sit or lie down, on the floor; dizzy, light-headed, greying out, in the gate's languages.
_NEAR_COLLAPSE = re.compile(
    r"\b(had\s+to|needed\s+to|have\s+to)\s+(sit|lie|lay|crouch|kneel)\s+(down|on\s+the\s+(floor|ground))"
    r"|\b(sat|lay|collapsed)\s+(down\s+)?on\s+the\s+(floor|ground)|\bnearly\s+(fainted|passed\s+out|collapsed|blacked\s+out)"
    r"|\b(dizz\w*|light-?headed|woozy|faint\w*|grey(ed|ing)?\s+out|gray(ed|ing)?\s+out|tunnel\s+vision)\b"
    r"|\blicht\s+in\s+(mijn|het|m'n)\s+hoofd|\bduizel\w*|\bflauw\w*|\bzwart\s+voor\s+(mijn|de)\s+ogen"
    r"|\bschwindel\w*|\bmir\s+wird\s+schwarz|\bhinsetzen\s+musste|\bbenommen"
    r"|\b(é|e)tourdi\w*|\bvertige\w*|\bla\s+t(ê|e)te\s+qui\s+tourne|\bje\s+vois\s+(tout\s+)?noir|\bm'?asseoir\s+par\s+terre"
    r"|\bmare[oa]\w*|\bme\s+tuve\s+que\s+sentar|\bvista\s+nublada"
    r"|\bgiramenti?\s+di\s+testa|\bcapogir\w*|\bmi\s+gira\s+la\s+testa|\bsedermi\s+(per\s+)?terra"
    r"|\btontur\w*|\btont[oa]\b|\bzonz[oa]\b|\btive\s+que\s+sentar",
    _I,
)
_EFFORT = re.compile(
    r"\b(sprint\w*|run\w*|ran|jog\w*|cycl\w*|bike|ride|riding|lift\w*|squat\w*|deadlift\w*|set|sets|interval\w*|hiit"
    r"|workout|training|session|stairs|hill\w*|class|rowing|swim\w*"
    r"|squatten|tillen|fietsen|hardlopen|rennen|sporten|training|laufen|joggen|radfahren|kniebeuge\w*|courir|course"
    r"|v(é|e)lo|entra(î|i)nement|correr|corriendo|sentadillas?|entrenando|entrenamiento|corsa|correndo|squat"
    r"|allenamento|treino|corrida|agachamento)\b",
    _I,
)

_BEHIND_BREASTBONE = re.compile(
    r"\b(hinter\s+dem\s+brustbein|derri(è|e)re\s+le\s+sternum|detr(á|a)s\s+del\s+estern(ó|o)n|dietro\s+(lo|allo)\s+sterno"
    r"|atr(á|a)s\s+do\s+esterno|achter\s+(het|mijn)\s+borstbeen|behind\s+(my|the)\s+(breastbone|sternum))\b",
    _I,
)
_INTO_LEFT_ARM = re.compile(
    r"\b(zieht|strahlt|ausstrahl\w*)\s+(\w+\s+){0,2}(in\s+den\s+)?linken\s+arm|\bin\s+den\s+linken\s+arm"
    r"|\b(dans|vers)\s+le\s+bras\s+gauche|\bal\s+brazo\s+izquierdo|\bnel\s+braccio\s+sinistro|\bal\s+braccio\s+sinistro"
    r"|\bpara\s+o\s+bra(ç|c)o\s+esquerdo|\bno\s+bra(ç|c)o\s+esquerdo|\bnaar\s+(mijn\s+)?linkerarm|\bin\s+mijn\s+linkerarm"
    r"|\b(spread\w*|radiat\w*|shoot\w*|goes|went)\s+(\w+\s+){0,2}(down|into|to)\s+my\s+left\s+arm",
    _I,
)
_RETRO_PAIN = re.compile(
    r"\b(brennt|brennen|druck|drückt|dr(ü|u)ckt|engegef(ü|ue)hl|br(û|u)l\w*|serre|pression|arde|ardor|quema\w*|presi(ó|o)n"
    r"|brucia\w*|bruciore|pressione|queima\w*|press(ã|a)o|aperto|brandt|branderig|druk|burn\w*|pressure|tight\w*|ache)\b",
    _I,
)
_EASES_AT_REST = re.compile(
    r"\b(stehen\s+bleibe|in\s+ruhe|pause\s+mache|au\s+repos|quand\s+je\s+m'?arr(ê|e)te|en\s+reposo|cuando\s+paro"
    r"|a\s+riposo|quando\s+mi\s+fermo|em\s+repouso|quando\s+paro|in\s+rust|als\s+ik\s+stop|when\s+i\s+stop|at\s+rest"
    r"|weg\b|passe|pasa|passa|gaat\s+weg)",
    _I,
)

_BAND = re.compile(
    r"\b(borst|brust|poitrine|pecho|petto|peito|chest)\b[^.?!]{0,40}\b(als|wie|comme|como|come|like)\s+(een\s+|ein\w*\s+"
    r"|une?\s+|una?\s+|uma?\s+|a\s+)?(strak\w*\s+|eng\w*\s+|serr\w*\s+|apretad\w*\s+|strett\w*\s+|apertad\w*\s+|tight\s+"
    r"|ijzer\w*\s+|eisern\w*\s+|de\s+fer\s+|de\s+hierro\s+|di\s+ferro\s+|de\s+ferro\s+|iron\s+){0,2}"
    r"(band|riem|gordel|reifen|ring|bande|ceinture|[ée]tau|banda|cintur(ó|o)n|cinturino|cinta|morsa|vice|vise|belt|strap)\b",
    _I,
)
_COLD_SWEAT = re.compile(
    r"\b(koud\s+zweet|zweet\s+koud|klam(me)?\b|kalte[rnm]?\s+schwei(ß|ss)|kaltschwei\w*|sueur\w*\s+froides?"
    r"|sudor\w*\s+fr(í|i)os?|sudore\s+freddo|sudori\s+freddi|suor\w*\s+fri[oa]s?|cold\s+sweat\w*|clammy)\b",
    _I,
)
_CHEST = re.compile(r"\b(borst|brust|brustbein|poitrine|pecho|petto|peito|chest|sternum)\b", _I)


def out_of_rhythm(text: str) -> bool:
    """A heart out of rhythm (skipping, irregular) with near-collapse or during an effort; racing with near-collapse."""
    if _RACING.search(text) and _NEAR_COLLAPSE.search(text):
        return True
    if not (_OFF_RHYTHM.search(text) and _HEART.search(text)):
        return False
    return bool(_NEAR_COLLAPSE.search(text) or _EFFORT.search(text))


def retrosternal(text: str) -> bool:
    """Burning or pressure behind the breastbone, or pain into the left arm, with an effort or easing at rest."""
    behind = _BEHIND_BREASTBONE.search(text) and _RETRO_PAIN.search(text)
    arm = _INTO_LEFT_ARM.search(text) and (_CHEST.search(text) or _RETRO_PAIN.search(text))
    if not (behind or arm):
        return False
    return bool(_EFFORT.search(text) or _EASES_AT_REST.search(text) or (behind and arm))


def band_or_cold_sweat(text: str) -> bool:
    """A chest like a (tight, iron) band, or chest discomfort with a cold sweat."""
    if _BAND.search(text):
        return True
    return bool(_COLD_SWEAT.search(text) and _CHEST.search(text) and _EFFORT.search(text))


def exertional(text: str) -> bool:
    """Any heart sign above (see the module docstring)."""
    return out_of_rhythm(text) or retrosternal(text) or band_or_cold_sweat(text)
