"""Anabolic drugs asked about in German, Dutch, French, Spanish, Italian and Portuguese words (issue 15, rr12, hAL).

    said(text) -> bool    a steroid or testosterone named with taking it: a course ("Kur", "kuur", "cure", "ciclo",
                          "Zyklus", "cyclus"), a dose ("Dosis", "hoeveel mg"), injecting ("spritzen", "spuiten",
                          "piquer", "pinchar") or starting it ("anfangen", "beginnen", "commencer", "empezar")

rr12: "Testosteron Kur für Anfänger, welche Dosis?" and "Ik wil een testosteron kuur beginnen" got the generic plan
text offline (only the provider's reply check caught them). Not drug use: the body's own levels ("Testosteronspiegel
bei Frauen", "taux de testostérone"), raising it naturally, a spa "Kur" with no drug named, and a prescription
("vom Arzt verschrieben": the TRT answer's question). Source: as the English PED rule (WADA prohibited list; the
Endocrine Society's statement on anabolic steroid misuse, Pope et al. 2014): no doses, cycles or sources.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_NAME = (
    r"(testosteron\w*|testost(?:é|e)rone|testosterona|testo|nandrolon\w*|durateston\w*|deposteron\w*|hemogenin\w*"
    r"|clenbut(?:é|e)rol\w*|clembuterol\w*|oxymetholon\w*|oximetolona|estanozolol|winstrol|dianabol|dianabolo"
    r"|nandrolona|trenbolon\w*|trembolona"
    r"|oxandrolon\w*|oxandrolona|stanozolol|boldenon\w*|boldenona|metandienon\w*|anabolika|anabolen|anabolisants?"
    r"|anabolizzanti|anabolizantes|steroide?n?|st(?:é|e)ro(?:ï|i)de[ns]?|ster(?:o|ó)ides?|steroidi|esteroides?)"
)
_USE = (
    r"(kur|kuren|kuur|kuren|zyklus|cyclus|cure|cycle|ciclo|ciclos|dosis|dosierung|dosage|dose|dosi|dosagem|mg"
    r"|spritz\w*|injizier\w*|spuit\w*|injecte\w*|piqu\w*|injectable|pinch\w*|inyect\w*|iniett\w*|injeta\w*|injetá\w*"
    r"|anfangen|beginnen|starten|nehmen|gebruiken|nemen|commencer|prendre|empezar|tomar|iniziare|prendere|come(?:ç|c)ar"
    r"|stack\w*|absetz\w*|pct"
    # rr14 (hAV): an amount by the day or week ("combien de clenbutérol par jour")
    r"|par\s+jour|par\s+semaine|por\s+d(?:í|i)a|por\s+semana|al\s+giorno|a\s+settimana|per\s+settimana|pro\s+tag"
    r"|pro\s+woche|per\s+dag|per\s+week)"
)
_NEAR = re.compile(
    r"\b" + _NAME + r"\b[^.!?]{0,40}?\b" + _USE + r"\b|\b" + _USE + r"\b[^.!?]{0,40}?\b" + _NAME + r"\b", _I
)
# The body's own levels, raising them naturally, or a doctor's prescription: no drug use asked.
_NOT_USE = re.compile(
    r"\b(spiegel\w*|werte?n?|niveau\w*|levels?|taux|niveles?|livelli|n(?:í|i)veis|natürlich\w*|natuurlijk\w*"
    r"|naturel\w*|natural\w*|naturale|verschrieb\w*|verschreib\w*|voorgeschreven|prescrit\w*|prescrito|prescritto"
    r"|recetad[oa]|endokrinolog\w*|endocrinolog\w*)\b",
    _I,
)


def said(text: str) -> bool:
    """A steroid or testosterone named with taking it in one of six languages (module docstring)."""
    return bool(_NEAR.search(text)) and not _NOT_USE.search(text)
