"""A wearable's single high heart-rate reading at rest with nothing felt (issue 15, rr16 kind 7, hBG).

    resting_spike(text) -> bool   a watch, tracker or ring showed 150-239 bpm (or "a spike") while the user sat, lay,
                                  slept or was at a desk, and nothing was felt, nothing repeats, no AFib, no exercise
    REPLY                         the answer (English; `localised` puts its lead in the user's language)

"My smartwatch showed a weird spike to 190 while I was sitting, probably a sensor glitch right?" got the emergency
text and a "symptoms" flag that held every later answer back. A sports physician answers a device reading at rest
without symptoms with what it most often is (an optical-sensor artefact), how to check it (the pulse by hand), when
to see a doctor (it repeats, or comes with symptoms) and when to call for help now. It is an urgent row that sets no
flag (`coach.safety.NOT_STICKY`).

Guards: any symptom felt ("felt weird", dizzy, chest, racing, pounding, fluttering...), a repeat ("keeps", "every
night", "again"), AFib or an irregular rhythm (`acute.rhythm_alert`), exercise ("during", a run, a set), caffeine or a
known heart condition keep the current handling. EN/ES/DE/FR/IT/PT/NL.

Sources: wrist photoplethysmography records motion and fit artefacts at rest and in sleep (Bent et al., NPJ Digit Med
2020; Nelson et al., NPJ Digit Med 2020); palpitations, presyncope, chest pain or syncope with a fast heart rate need
assessment, now when present (ESC 2020 sports cardiology; NICE CKS "Palpitations").
Test: `tests/unit/test_safety_hBG_over_refusals.py`.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_DEVICE = re.compile(
    r"\b(watch|smart\s*watch|apple\s+watch|garmin|fitbit|whoop|oura|ring|polar|tracker|fitness\s+band|wearable"
    r"|band|reloj|pulsera|montre|bracelet|uhr|smartwatch|fitnessuhr|fitness-?tracker|orologio|rel[óo]gio|horloge"
    r"|sporthorloge)\b",
    _I,
)
_HIGH = re.compile(
    r"\b(1[5-9]\d|2[0-3]\d)\b|\b(spike\w*|spiked|jump(ed|s)?\s+to|shot\s+up|pico|subi(ó|o)|spitze|pic|picco|piek)\b",
    _I,
)
_AT_REST = re.compile(
    r"\b(sitting|sat|seated|lying|laying|asleep|sleep\w*|slept|overnight|in\s+bed|at\s+(my\s+)?desk|on\s+the\s+(couch"
    r"|sofa)|watching\s+(tv|a\s+film|a\s+movie)|resting|at\s+rest|doing\s+nothing"
    r"|sentad[oa]|tumbad[oa]|acostad[oa]|durmiendo|dorm(í|i)a|en\s+reposo|en\s+el\s+sof(á|a)|en\s+la\s+cama"
    r"|im\s+sitzen|im\s+liegen|im\s+schlaf|nachts|beim\s+schlafen|auf\s+dem\s+sofa|am\s+schreibtisch|in\s+ruhe"
    r"|assise?|allong(é|e)e?|je\s+dormais|en\s+dormant|la\s+nuit|au\s+repos|sur\s+le\s+canap(é|e)"
    r"|seduto|seduta|sdraiat[oa]|dormivo|a\s+riposo|sul\s+divano|sentad[oa]|deitad[oa]|dormindo|em\s+repouso"
    r"|no\s+sof(á|a)|terwijl\s+ik\s+(zat|lag|sliep)|in\s+rust|op\s+de\s+bank|'s\s+nachts)\b",
    _I,
)
# Feelings denied are no feelings ("I felt fine", "no symptoms", "ich habe nichts gespürt").
_DENIED = re.compile(
    r"\b(felt|feel|feeling)\s+(totally\s+|completely\s+|perfectly\s+|absolutely\s+)?(fine|normal|ok|okay|good|nothing)\b"
    r"|\b(no|without|zero)\s+(other\s+)?(symptoms?|sintomas?|s(í|i)ntomas?|symptomen|sympt(ô|o)mes?|symptome)\b"
    r"|\b(didn'?t|did\s+not|don'?t)\s+(feel|notice)\s+(anything|a\s+thing)\b"
    r"|\bno\s+not(é|e)\s+nada\b|\bme\s+sent(í|i)a\s+bien\b|\bnichts\s+(gesp(ü|u)rt|gemerkt)\b|\bmir\s+ging\s+es\s+gut\b"
    r"|\brien\s+(senti|ressenti)\b|\bje\s+me\s+sentais\s+bien\b|\bnon\s+ho\s+sentito\s+nulla\b|\bstavo\s+bene\b"
    r"|\bn(ã|a)o\s+senti\s+nada\b|\bniets\s+gevoeld\b|\bvoelde\s+me\s+prima\b",
    _I,
)
_FELT = re.compile(
    r"\b(felt|feel\w*|noticed|could\s+feel|chest|dizz\w*|faint\w*|light-?headed|woozy|breath\w*|palpitat\w*|flutter\w*"
    r"|pound\w*|racing|thump\w*|sweat\w*|clammy|nause\w*|sick|pass(ed)?\s+out|black(ed)?\s+out|collaps\w*|jaw|arm"
    r"|shaky|unwell|weak|anxious|panic\w*|pain|hurt\w*|tight\w*|pressure|gasp\w*|chok\w*|woke|wak(e|ing)\s+up"
    r"|cough\w*|swell\w*|swollen|scared|frightened|confus\w*|vomit\w*|headache|numb\w*|tingl\w*"
    r"|mareo\w*|mare(é|e|a)\w*|pecho|palpitaci\w*|sent(í|i)|not(é|e)|schwindel\w*|brust|herzrasen|gesp(ü|u)rt|vertige\w*"
    r"|poitrine|senti|ressenti|capogir\w*|petto|tontura|peito|duizelig|borst|gevoeld|voelde)\b",
    _I,
)
_REPEATS = re.compile(
    r"\b(keeps?|kept|again|every\s+(night|day|time|morning)|often|repeated\w*|several\s+times|multiple|all\s+the\s+time"
    r"|a\s+lot|lately|recently|for\s+(days|weeks|hours)|twice|many\s+times|most\s+nights|sigue|cada\s+noche|otra\s+vez"
    r"|varias\s+veces|immer\s+wieder|jede\s+nacht|st(ä|a)ndig|encore|chaque\s+nuit|souvent|plusieurs\s+fois|ancora"
    r"|ogni\s+notte|spesso|sempre|de\s+novo|toda\s+noite|steeds|elke\s+nacht|vaak)\b",
    _I,
)
_NOT_A_READING_AT_REST = re.compile(
    r"\b(a-?fib|atrial|irregular|arrhythm\w*|during|mid-?(set|run|workout)|while\s+(running|lifting|training|cycling"
    r"|riding|swimming|rowing|walking|climbing|exercis\w*)|run|running|ran|jog\w*|workout|session|training|lift\w*"
    r"|sets?|sprint\w*|interval\w*|hiit|cycling|spin|class|race|hike|stairs|gym|exercis\w*|caffeine|coffee|pre-?workout"
    r"|energy\s+drinks?|red\s+bulls?|alcohol|drunk|fever|heart\s+(condition|disease|problem)|cardiolog\w*|svt|wpw"
    r"|tachycardia|pacemaker|ablation|stent|beta[- ]?blocker\w*|pregnan\w*|medication|meds|thyroid"
    r"|entren\w*|correr|corriendo|training|laufen|joggen|entra(î|i)nement|course|courir|allenamento|corsa|treino"
    r"|corrida|hardlopen|sporten)\b",
    _I,
)


def resting_spike(text: str) -> bool:
    """A device's high reading at rest with nothing felt or repeating and no exercise, AFib or heart history."""
    if not (_DEVICE.search(text) and _HIGH.search(text) and _AT_REST.search(text)):
        return False
    if _REPEATS.search(text) or _NOT_A_READING_AT_REST.search(text):
        return False
    return not _FELT.search(_DENIED.sub(" ", text))


REPLY = (
    "A single high reading at rest with no symptoms is most often the sensor, not your heart: wrist and ring sensors "
    "read the pulse with light, and a loose strap, arm movement, a cold wrist or a tattoo can make them jump. Check "
    "it yourself: next time, count your pulse at the wrist or neck for 30 seconds and double it while the device "
    "shows the high number, and wear the strap snug, a finger's width above the wrist bone. One reading alone is no "
    "reason to stop training. See a doctor within the next few days if it happens again, or if you ever feel "
    "palpitations (a racing, pounding or irregular heartbeat), dizziness, chest pain, breathlessness or faintness "
    "with it; bring the device's readings. Call your local emergency number (911, 999, 112) now if any of those "
    "happen and don't settle within a few minutes of rest, or if you faint."
)
