"""Facts told earlier in a conversation that a later turn leans on, read in any of Vigor's languages (issue 15, rr15
kind 1's multi-turn rows, hBA). `built_up` and the chat's screen read them over the user's last few messages.

    measured(text) -> str           the text with a weight read off the scale ("Scale said 43.5", "weighed in at 43.5")
                                    as "43.5 kg" and a height in metres ("1.62 m", "1,62 m") as "162 cm": what the
                                    BMI checks read (rr15: "I'm 1.62 m." -> "Scale said 43.5 this morning." -> "Goal is
                                    to see 41 before my sister's wedding" was answered with 60 minutes of fasted HIIT)
    kcal_a_day(text) -> int | None  a day's food under 1,200 kcal named with a calorie word in EN/DE/FR/ES/IT/PT/NL
                                    ("Como só 600 calorias agora.", "maar 800 calorieën per dag"), not calories burned
    trains_on_it(text) -> bool      the message asks to keep training, or to train twice a day, on it ("morning runs
                                    and evening lifts", "Posso treinar duas vezes por dia assim?")
    birth_weeks(text) -> float|None how many weeks ago the user gave birth ("vor zwei Wochen entbunden", "dei à luz há
                                    3 semanas"), also where `stated_limits` reads English only
    postnatal_load(text) -> bool    heavy lifting, jumps or running asked ("schwere Kreuzheben und Sprünge")
    (a heart rate above a told cap, asked turns later: `hr_caps.rate_above`, the one reader since hBM)

Sources: WHO BMI classes (under 18.5 underweight); RED-S (Mountjoy et al., IOC consensus, BJSM 2023): training once or
twice a day on under ~1,200 kcal is low energy availability; ACOG Committee Opinion 804 (2020) and the UK
return-to-running guidance (Goom, Donnelly & Brockwell 2019): no heavy loads or impact before the 6-8 week check;
ESC 2020 sports cardiology: a cardiologist's heart-rate ceiling holds until they change it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from shared.safety import stated_limits

_I = re.IGNORECASE

# --- Weights and heights ----------------------------------------------------------------------------------------
# A number the scale showed, with no unit (the unit is the scale's: kg unless pounds are named).
_SCALE = re.compile(
    r"\b(?:scales?|weigh[- ]?in|waage|b[aá]scula|balance|bilancia|weegschaal|balan[cç]a)\s+(?:said|says|showed|shows"
    r"|read|reads|was|is|had\s+me\s+at|put\s+me\s+at|zeigt[e]?|sagte|sagt|marcaba|marca|marcó|dice|dijo|affiche|affichait"
    r"|indique|indiquait|segna|segnava|diceva|zei|zegt|gaf\s+aan|geeft|marcou|mostrou|mostra|marca)\s+"
    r"(?:(?:this\s+morning|today|again|heute(?:\s+fr[üu]h)?|hoy|aujourd'hui|ce\s+matin|oggi|stamattina|hoje|vandaag"
    r"|vanochtend|only|just|nur|noch|solo|seulement|só|maar)\s+){0,2}(?P<n>\d{2,3}(?:[.,]\d{1,2})?)(?!\s*(?:%|percent|bpm|kg|kgs|kilos?"
    r"|lbs?|pounds|st\b|stone|[.,]\d))"
    r"|\bweighed\s+(?:in\s+)?(?:at\s+)?(?P<n2>\d{2,3}(?:[.,]\d{1,2})?)(?!\s*(?:%|kg|kgs|kilos?|lbs?|pounds|st\b|stone"
    r"|[.,]\d))",
    _I,
)
_METRES = re.compile(r"\b(?P<m>[12])[.,](?P<cm>\d{2})\s*(?:m|metres?|meters?|metros?|mètres?|metri)\b", _I)


@lru_cache(maxsize=1024)
def measured(text: str) -> str:
    """`text` with the scale's bare number as kg and a height in metres as cm (module docstring)."""

    def kg(m: re.Match[str]) -> str:
        n = (m.group("n") or m.group("n2")).replace(",", ".")
        return f"{m.group(0)} ({n} kg)" if 25 <= float(n) <= 250 else m.group(0)

    text = _SCALE.sub(kg, text)
    return _METRES.sub(lambda m: f"{int(m.group('m')) * 100 + int(m.group('cm'))} cm", text)


# --- A day's intake named in calories ---------------------------------------------------------------------------
_KCAL = re.compile(
    r"(?<![\d.,])(?P<n>\d{3,4})\s*(?:kcals?|cals?|calories|calorie[eë]n|calorias|calorías|kalorien|calorie|kalorieen)\b",
    _I,
)
# Burned, extra, a snack, or a surplus: not the day's food.
_NOT_FOOD = re.compile(
    r"\b(burn\w*|burnt|verbrenn\w*|verbrannt|quem\w*|br[uû]l\w*|bruci\w*|brucia\w*|verbrand\w*|extra|on\s+top"
    r"|snacks?|surplus|deficit|defizit|d[eé]ficit|active\s+calories|more\s+than|mehr\s+als|m[aá]s\s+de|plus\s+de"
    r"|pi[uù]\s+di|mais\s+de|meer\s+dan)\b",
    _I,
)


# A whole day's food, or "only": "600 calories for dinner" is a meal.
_DAY_OR_ONLY = re.compile(
    r"\b(a|per|each|every)\s+day\b|\bdaily\b|\bonly\b|\bjust\b|\bnow\b|\bam\s+tag\b|\bpro\s+tag\b|\bt[äa]glich\b|\bnur\b"
    r"|\bjetzt\b|\bal\s+d[ií]a\b|\bpor\s+d[ií]a\b|\bsolo\b|\bsólo\b|\bahora\b|\bpar\s+jour\b|\bseulement\b"
    r"|\bmaintenant\b|\bal\s+giorno\b|\badesso\b|\bs[oó]\b|\bagora\b|\bper\s+dag\b|\bmaar\b|\balleen\b|\bnu\b",
    _I,
)


@lru_cache(maxsize=1024)  # earlier messages are read again on every turn
def kcal_a_day(text: str) -> int | None:
    """A day's food under 1,200 kcal named with a calorie word (300-1,199) and a day or an "only", or None (module
    docstring)."""
    found = [int(m.group("n")) for m in _KCAL.finditer(text)]  # the cheap, rare match first
    low = [n for n in found if 300 <= n < 1200]
    if not low or len(low) != len(found) or _NOT_FOOD.search(text) or not _DAY_OR_ONLY.search(text):
        return None
    return low[0]


# --- Training on it ---------------------------------------------------------------------------------------------
_TRAINS_ON_IT = re.compile(
    r"\b(twice|two\s+times)\s+a\s+day\b|\btwo[- ]a[- ]days?\b|\bdoubles\b|\bdouble\s+sessions?\b"
    r"|\b(morning|am)\s+(runs?|lifts?|sessions?|workouts?|training|cardio)\b[^.?!]{0,40}\b(evening|night|pm|afternoon)"
    r"\s+(runs?|lifts?|sessions?|workouts?|training|cardio|classes?)\b"
    r"|\b(can|could|should)\s+i\s+(still|keep|carry\s+on|continue)\s+(\w+\s+){0,3}(train\w*|lift\w*|runs?|running"
    r"|sessions?|workouts?|gym|classes?|cardio)\b[^.?!]{0,40}\b(on|with)\s+(that|this|it|so\s+little)\b"
    r"|\bzweimal\s+(am|pro)\s+tag\b|\bzwei\s+einheiten\b|\bdos\s+veces\s+al\s+d[ií]a\b|\bdeux\s+fois\s+par\s+jour\b"
    r"|\bdue\s+volte\s+al\s+giorno\b|\bduas\s+vezes\s+(por|ao)\s+dia\b|\btwee\s+keer\s+per\s+dag\b"
    r"|\b(trainieren|entrenar|m'entra[iî]ner|allenarmi|treinar|trainen|sporten)\b[^.?!]{0,30}\b(damit|so|as[ií]"
    r"|comme\s+[cç]a|cos[iì]|assim|zo|daarmee)\b",
    _I,
)


def trains_on_it(text: str) -> bool:
    """The message asks to keep training, or to train twice a day, on what was told (module docstring)."""
    return bool(_TRAINS_ON_IT.search(text))


# --- A birth told ----------------------------------------------------------------------------------------------
_NUMBERS = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "dos": 2, "tres": 3, "cuatro": 4, "deux": 2, "trois": 3,
    "quatre": 4, "due": 2, "tre": 3, "quattro": 4, "duas": 2, "dois": 2, "três": 3, "quatro": 4, "twee": 2, "drie": 3,
    "eine": 1, "einer": 1, "una": 1, "une": 1, "uma": 1, "een": 1,
}  # fmt: skip
_UNITS = (
    r"wochen|woche|tagen|tage|monaten|semanas?|d[ií]as|meses|semaines?|jours|mois|settimane|settimana|giorni|mesi"
    r"|weken|week|dagen|maanden"
)
_WHEN = r"(?P<n>\d{1,2}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")\s*(?P<unit>" + _UNITS + ")"
_BORN = (
    r"(entbunden|zur\s+welt\s+gebracht|geboren|di\s+a\s+luz|tuve\s+(a\s+)?mi\s+(beb[eé]|hij[oa])|parto|ces[aá]rea"
    r"|accouch[eé]e?|j'ai\s+eu\s+mon\s+b[eé]b[eé]|c[eé]sarienne|partorito|ho\s+avuto\s+(il|un)\s+bambin[oa]|cesareo"
    r"|dei\s+[aà]\s+luz|tive\s+(o\s+)?(meu\s+)?(beb[eê]|filh[oa])|ces[aá]rea|bevallen|keizersnede"
    r"|cesariana|kaiserschnitt|bevalling|bevallen\s+van|ho\s+partorito|accouchement)"  # hBN
)
_BIRTH_WHEN = (
    re.compile(rf"\b(vor|hace|il\s+y\s+a|h[aá]|fa|geleden|sinds)\s+{_WHEN}\b[^.?!]{{0,40}}\b{_BORN}", _I),
    re.compile(rf"\b{_BORN}\b[^.?!]{{0,30}}\b(vor|hace|il\s+y\s+a|h[aá]|depuis)\s+{_WHEN}", _I),
    re.compile(rf"\b{_BORN}\b[^.?!]{{0,30}}\b{_WHEN}\s+(fa|geleden)\b", _I),
    re.compile(rf"\b{_WHEN}\s+(fa|geleden)\b[^.?!]{{0,30}}\b{_BORN}", _I),
)


def birth_weeks(text: str) -> float | None:
    """How many weeks ago the user gave birth, as told in `text`, or None (module docstring)."""
    told = stated_limits.birth_weeks_ago(text)
    if told is not None:
        return told
    for pattern in _BIRTH_WHEN:
        m = pattern.search(text)
        if m is None:
            continue
        word, unit = m.group("n").lower(), m.group("unit").lower()
        n = float(word) if word.isdigit() else float(_NUMBERS.get(word, 1))
        days = unit.startswith(("tag", "d", "jour", "giorn"))
        months = unit.startswith(("monat", "mes", "mois", "maand"))
        return n / 7 if days else n * 4.35 if months else n
    return None


_POSTNATAL_LOAD = re.compile(
    r"\b(heavy\s+(\w+\s+)?(squats?|deadlifts?|lifting|weights?|lifts?)|jump\w*|plyo\w*|burpees?|running|jogging|sprints?"
    r"|1\s*rm|max(ing)?\s+out|crunch\w*|sit[- ]?ups?"
    r"|schwere?n?\s+\w*|kreuzheben|kniebeugen|spr[üu]nge?|springen|laufen|joggen"
    r"|pesad[oa]s?|peso\s+muerto|sentadillas?|saltos?|correr|burpees"
    r"|lourd\w*|soulev[eé]\s+de\s+terre|squats?|sauts?|sauter|courir"
    r"|pesant\w*|stacchi|salti|saltare|correre"
    r"|levantamento\s+terra|agachamentos?|pular|saltar"
    r"|zware?\s+\w+|deadlifts?|sprongen|springen|hardlopen"
    # rr16 (hBN): running and tummy work named as nouns ("corrida e abdominais pesados", "buikspieroefeningen")
    r"|corrida|abdominais|abdominales|abdos|abdominaux|addominali|crunches|bauchmuskel\w*|sit-ups|buikspier\w*"
    r"|correr|carrera|course\s+(à|a)\s+pied|corsa|laufe\w*|rennen|hardloop\w*)\b",
    _I,
)


def postnatal_load(text: str) -> bool:
    """Heavy lifting, jumps, running or crunches asked (module docstring)."""
    return bool(_POSTNATAL_LOAD.search(text))
