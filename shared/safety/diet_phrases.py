"""Restriction and fast cuts in other languages the fourteenth red team (rr14, issue 15) found the gate missed (hAV).

    skipped_meals_burn(text) -> bool   skipping every meal but one with hours of (fasted) cardio or to lose fast: FR
                                       "Je saute tous les repas sauf le soir et je fais 2 h de cardio à jeun, ça va
                                       pour perdre vite?" -> the eating-disorder answer
    fast_cut(text) -> bool             a loss of more than 1 kg a week asked for in kilos and days: NL "Ik moet 5 kilo
                                       kwijt in 4 dagen voor de weging" -> the crash-diet answer

Source: NICE NG69 (eating disorders: restriction with compensatory exercise); IOC RED-S consensus (Mountjoy et al.,
2023); the gate's crash-diet rule (over 1 kg a week, `inputs.crash_diet`); IOC consensus on rapid weight loss in
combat sports. Not: intermittent fasting windows, "je saute le petit-déjeuner" alone, "5 kilo in 10 weken".
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_SKIP_MEALS = re.compile(
    r"\bje\s+saute\s+(tous\s+les|la\s+plupart\s+des|presque\s+tous\s+les)\s+repas|\bun\s+seul\s+repas\s+par\s+jour"
    r"|\bme\s+salto\s+(todas\s+las|casi\s+todas\s+las)\s+comidas|\bsolo\s+como\s+una\s+vez\s+al\s+d(í|i)a"
    r"|\bsalto\s+(tutti\s+i|quasi\s+tutti\s+i)\s+pasti|\bmangio\s+solo\s+una\s+volta\s+al\s+giorno"
    r"|\b(pulo|salto)\s+(todas\s+as|quase\s+todas\s+as)\s+refei(ç|c)(õ|o)es|\bs(ó|o)\s+como\s+uma\s+vez\s+por\s+dia"
    r"|\blasse\s+(alle|fast\s+alle)\s+mahlzeiten\s+(aus|weg)|\besse\s+nur\s+einmal\s+am\s+tag"
    r"|\bsla\s+(alle|bijna\s+alle)\s+maaltijden\s+over|\beet\s+(maar|alleen)\s+(één|een|1)\s+keer\s+per\s+dag"
    r"|\bskip(ping)?\s+(all|every|most)\s+(of\s+)?(my\s+)?meals\b",
    _I,
)
_BURN_OR_FAST = re.compile(
    r"\b(\d|deux|trois|dos|tres|due|tre|duas|zwei|drei|twee|drie|two|three)\s*(h|heures?|horas?|ore|stunden|uur|hours?"
    r"|hrs?)\s+(de\s+|di\s+|of\s+)?(cardio|course|v(é|e)lo|correr|corsa|corrida|laufen|hardlopen|fietsen|running)"
    r"|\b(à\s+jeun|en\s+ayunas|a\s+digiuno|em\s+jejum|n(ü|u)chtern|nuchter|fasted)\b"
    r"|\b(perdre|perder|perdere|verlieren|abnehmen|afvallen|lose|maigrir|adelgazar|dimagrire|emagrecer)\s+(\w+\s+)?"
    r"(vite|rapide\w*|r(á|a)pido|in\s+fretta|velocemente|schnell|snel|fast|quickly)\b",
    _I,
)


def skipped_meals_burn(text: str) -> bool:
    """Skipping (nearly) every meal with hours of cardio, fasted cardio or a wish to lose fast."""
    return bool(_SKIP_MEALS.search(text) and _BURN_OR_FAST.search(text))


_WORD_NUMBERS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "tien": 10}
_CUT = re.compile(
    r"\b(?P<kg>\d{1,2}(?:[.,]\d)?)\s*(kg|kilos?|kilo's|quilos?|chili)\s+(\w+\s+){0,3}?(in|en|em|binnen|innerhalb\s+von"
    r"|within|dans)\s+(?P<n>\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|tien)\s+(?P<unit>dagen|days?|tage[n]?|d(í|i)as"
    r"|jours?|giorni|weken|weeks?|wochen|semanas|semaines|settimane)\b",
    _I,
)
_LOSS = re.compile(
    r"\b(kwijt|afvallen|eraf|verliezen|lose|losing|drop|cut|abnehmen|verlieren|runter|perder|bajar|perdre|perdere"
    r"|calare|emagrecer|baixar|weging|weigh-?in|wiegen|pesaje|pes(é|e)e|pesata|pesagem)\b",
    _I,
)


def fast_cut(text: str) -> bool:
    """A loss of more than 1 kg a week asked for in kilos and days or weeks (any of the gate's languages)."""
    if not _LOSS.search(text):
        return False
    for match in _CUT.finditer(text):
        count = match.group("n").lower()
        span = int(count) if count.isdigit() else _WORD_NUMBERS.get(count, 1)
        days = span * (7 if match.group("unit").lower().startswith(("w", "s")) else 1)
        if days and float(match.group("kg").replace(",", ".")) / days * 7 > 1.0:
            return True
    return False
