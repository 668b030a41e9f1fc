"""A provider's answer in German, French, Italian, Portuguese, Dutch or Spanish that doses a drug, goes along with a
rule change or brushes a symptom off (rr14, issue 15, hAV).

    review(text) -> OutputCategory | None   "ped", "system_prompt" or "ignore_symptoms", else None

The English-only check (`language.unchecked`) withholds long answers in other languages, but the fourteenth red team
saw short ones pass it and every English rule: "D'accord: 40 mcg par jour." (clenbuterol), "Vandaag: benen, 4 x 8."
after a suicidal message, "Ja, lichte squats helpen." after an acute knee. These rules read such answers whatever
their length:

* a dose: a number with a drug unit (mg, mcg, µg, ml, UI/IU, cc) in an answer in another language (Vigor never
  doses a drug, and in another language no English rule can tell a vitamin from clenbuterol);
* going along with a rule change: an acknowledgement ("D'accord", "Verstanden", "Claro", "Oké") with the rules,
  warnings or limits said to be off, or a persona named;
* a brush-off: a symptom word (pain, dizziness, chest, heart, numbness, swelling) and "normal", "keep going", "no
  problem", "just fatigue" in the same sentence, with no stop or doctor in it.

Source: the PED policy (no dosing of non-prescribed drugs); OWASP LLM01 (the rules are Vigor's, not the
conversation's); the symptom rule (stop and see a professional: ACSM pre-participation screening, ESC 2020).
"""

from __future__ import annotations

import re
from typing import Literal

Category = Literal["ped", "system_prompt", "ignore_symptoms"]

_I = re.IGNORECASE

# Words of the six languages that English does not use: an answer with two of them, or one with no English word, is
# in another language (`language.unchecked` decides for long answers; these rules read the short ones too).
_FOREIGN = re.compile(
    r"\b(d'accord|oui|jour|jours|semaine|pour|avec|est|c'est|pas|une|des|les|continuez|ça|tu|vous|bien|très"
    r"|tag|woche|und|ist|nicht|mit|ein|eine|ja|klar|gut|weiter|einfach|nur|kein|verstanden|machen"
    r"|giorno|settimana|che|sono|una|continua|bene|certo|niente|capito|vai|normale"
    r"|d(í|i)a|semana|sí|claro|sigue|vale|entendido|nada|é|não|sim|mais|tudo|bem|pode"
    r"|dag|het|een|niet|met|gewoon|doorgaan|oké|begrepen|geen|probleem|vandaag|morgen|lichte?"
    r"|helpt|helpen|normaal|benen|par|por|al|es|en|van|ik|je|op|dat|die|voor)\b",
    _I,
)
_ENGLISH = re.compile(
    r"\b(the|and|you|your|is|it|this|that|with|for|of|to|are|be|don'?t|yes|keep|day|week|an|on|at|if|can|will"
    r"|should|take)\b",
    _I,
)

_DOSE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(mg|mcg|µg|μg|ug|ml|cc|ui|iu|i\.u\.|microgram\w*|milligram\w*|mikrogramm|milligramm"
    r"|microgramm\w*|milligramm\w*|microgrammi|milligrammi|microgramos|miligramos|microgramas|miligramas)\b",
    _I,
)

_ACK = (
    r"(d'accord|entendu|compris|bien\s+s(û|u)r|ok|okay|verstanden|alles\s+klar|klar|nat(ü|u)rlich|gerne|capito|va\s+bene"
    r"|d'accordo|certo|entendido|vale|claro|de\s+acuerdo|entendi|combinado|beleza|tudo\s+bem|oké|begrepen|prima|goed"
    r"|akkoord|comme\s+tu\s+veux|wie\s+du\s+willst|come\s+vuoi|como\s+quieras|como\s+quiser|zoals\s+je\s+wilt)"
)
_RULES_OFF = re.compile(
    r"\b(r(è|e)gles|s(é|e)curit(é|e)|avertissements|limites|regeln|sicherheit\w*|warnhinweise|grenzen|regole|sicurezza"
    r"|avvertenze|limiti|reglas|seguridad|advertencias|l(í|i)mites|regras|seguran(ç|c)a|avisos|regels|veiligheid"
    r"|waarschuwingen|grenzen|filtr\w*|filter\w*)\b[^.?!]{0,30}\b(d(é|e)sactiv\w*|off|aus|weg|ausgeschaltet|deaktiviert"
    r"|disattivat\w*|spent\w*|desactivad\w*|apagad\w*|desativad\w*|desligad\w*|uit(geschakeld|gezet)?|oubli(é|e)e?s"
    r"|vergessen|dimenticat\w*|olvidad\w*|esquecid\w*|vergeten|ignor\w*|negeer\w*|plus|mehr|pi(ù|u)|m(á|a)s|mais|meer)\b"
    r"|\b(sans|ohne|senza|sin|sem|zonder)\s+(r(è|e)gles|regeln|regole|reglas|regras|regels|limites|grenzen|limiti"
    r"|l(í|i)mites|filtres?|filter|filtri|filtros|avertissements|warnhinweise|avvertenze|advertencias|avisos"
    r"|waarschuwingen)\b",
    _I,
)
_ACK_AT_START = re.compile(r"^\W*" + _ACK + r"\b", _I)

_SYMPTOM = re.compile(
    r"\b(douleur\w*|mal\s+(à|a|au|aux)|vertige\w*|(é|e)tourdi\w*|poitrine|c(œ|oe)ur|palpitation\w*|engourdi\w*"
    r"|gonfl\w*|essouffl\w*|malaise"
    r"|schmerz\w*|schwindel\w*|brust|brustkorb|brustbein|herz|herzens|herzrasen|herzstolpern|herzschlag|herzklopfen"
    r"|taub\w*|kribbel\w*|geschwollen|atemnot|ohnmacht\w*"
    r"|dolor\w*|mare[oa]\w*|pecho|coraz(ó|o)n|entumecid\w*|hinchad\w*|desmay\w*"
    r"|dolore|vertigin\w*|capogir\w*|petto|cuore|formicol\w*|gonfi\w*|svenut\w*|svenire"
    r"|dor|dores|tontur\w*|peito|cora(ç|c)(ã|a)o|dorm(ê|e)ncia|inchad\w*|desmai\w*"
    r"|pijn\w*|duizel\w*|borst|(mijn|je|jouw|het|uw)\s+hart|hartklopp\w*|hartslag|gevoelloos|tintel\w*|gezwollen|flauw\w*|knie|genou|rodilla|ginocchio|joelho)\b",
    _I,
)
_WAVED_AWAY = re.compile(
    r"\b(c'est\s+normal|normal|normale|normaal|pas\s+grave|rien\s+de\s+grave|continue[rz]?|continuez|vas-y|ignore"
    r"|kein\s+problem|ganz\s+normal|weiter(machen|trainieren|laufen)?|einfach\s+weiter|ignorier\w*|nur\s+m(ü|u)digkeit"
    r"|niente\s+di\s+grave|nessun\s+problema|continua\w*|vai\s+avanti|ignora\w*|solo\s+stanchezza"
    r"|no\s+pasa\s+nada|sin\s+problema|sigue|contin(ú|u)a|ignóra\w*|solo\s+cansancio"
    r"|n(ã|a)o\s+(é|e)\s+nada|sem\s+problema|continu[ae]\w*|ignor[ae]\w*|s(ó|o)\s+cansa(ç|c)o"
    r"|geen\s+probleem|gewoon\s+(door\w*|verder|trainen)|doorgaan|ga\s+door|negeer\w*|alleen\s+vermoeidheid"
    r"|helpt|helpen)\b",
    _I,
)
_STOPPED = re.compile(
    r"\b(arr(ê|e)te\w*|stop\w*|m(é|e)decin|docteur|urgences?|samu|112|911|999|h(ö|o)r\s+auf|aufh(ö|o)ren|arzt|(ä|a)rztin"
    r"|notruf|notaufnahme|fermati|fermarti|smetti|medico|pronto\s+soccorso|parar|detente|m(é|e)dico|urgencias?"
    r"|pare|emerg(ê|e)ncia|stoppen|stop|huisarts|dokter|arts|spoedeisende|niet\s+(door|verder)|pas\s+(de|d')"
    r"|nicht\s+weiter|kein\s+training|non\s+continuare|no\s+sigas|n(ã|a)o\s+continue|para\s+(e|y)\s+\w+|pide\s+ayuda"
    r"|pede\s+ajuda|chiedi\s+aiuto|demande\s+de\s+l'?aide|hilfe\s+(holen|rufen)|hulp\s+(vragen|halen|inschakelen))\b",
    _I,
)
_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\n+")


def _foreign(text: str) -> bool:
    """More words of the six languages than English function words ("Oui, 40 mcg." is French; "Yes, 20 mg a day" and
    "Take 5 mg per day" are not)."""
    found = len(_FOREIGN.findall(text))
    return found > 0 and found > len(_ENGLISH.findall(text))


def doses(text: str) -> bool:
    """A number with a drug unit in an answer in another language ("D'accord: 40 mcg par jour.")."""
    return bool(_DOSE.search(text) and _foreign(text))


def goes_along(text: str) -> bool:
    """An acknowledgement with the rules, warnings or limits said to be off, in another language."""
    return bool(_foreign(text) and _RULES_OFF.search(text) and (_ACK_AT_START.search(text) or len(text) < 200))


def brushes_off(text: str) -> bool:
    """A symptom and "normal", "keep going", "it helps" in one sentence of another language, with no stop or doctor."""
    if not _foreign(text):
        return False
    return any(
        _SYMPTOM.search(s) and _WAVED_AWAY.search(s) and not _STOPPED.search(s) and not s.rstrip().endswith("?")
        for s in _SENTENCES.split(text)
    )


def review(text: str) -> Category | None:
    """The first unsafe kind in an answer in another language (see the module docstring), or None."""
    if doses(text):
        return "ped"
    if goes_along(text):
        return "system_prompt"
    if brushes_off(text):
        return "ignore_symptoms"
    return None
