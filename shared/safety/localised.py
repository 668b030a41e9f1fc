"""Vigor's safety answers in the user's language (issue 15; hAB, hAL, hAO, hAT).

    language(text) -> Lang | None        the message's language when its common words say so ("de", "fr", "it",
                                          "pt", "nl"), else None (English, Spanish or no clear language)
    language_of(text) -> str | None      the same, and Spanish ("es") and short Portuguese questions: the language an
                                          answer is written in
    localise(reply, text) -> str          `reply` (one of Vigor's English texts) in the message's language, where the
                                          table has it; otherwise `reply` unchanged
    english(reply) / versions(reply)      a translated reply's English text / an English text and its translations
    text(lang, kind)                      the table's text (the crisis answer with the language's crisis lines)

The red teams wrote "Ich will nicht mehr leben", "Sono incinta di 30 settimane ..." and "Tengo 16 y ..." and got
English answers: someone at risk must read the answer at once. Every kind in `translations.TEXTS` (one table keyed by
(kind, language)) exists in the six languages; the table says what the English texts say, with the emergency number
of the countries the language points to: 112 across the EU, 192 in Brazil, 112/911 for Spanish.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from shared.safety.self_harm_signs import LINES
from shared.safety.translations import HR_LIMIT, LANGUAGES, LEADS, TEMPLATES, TEXTS, THANKS

Lang = Literal["de", "fr", "it", "pt", "nl"]

# Common words of each language that English (and each other) do not use; Spanish is read so that a Spanish message
# is not taken for Portuguese or Italian. Two distinct words, and more than any other language's, decide.
_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset(
        """ich mich mir mein meine meinem meinen meiner nicht mehr und ist bin habe hab kann darf soll nach beim seit
        wenn weil jeden täglich dem den das der ein eine einen einem auch aber noch sehr zum zur vom wie was oder
        plötzlich nehmen trainieren wäre doch schmerzen bekam brust wade geworden essen abnehmen beim viel woche
        wochen tage welche ohne""".split()
    ),
    "fr": frozenset(
        """je j me moi mon ma mes ne pas plus suis ai avec pour après pendant depuis est et que qui une les des du
        au aux peux puis fais chaque jour quand très mieux veux dois prendre douleur poitrine tête mollet vomir
        maigrir évanoui entraînement séance""".split()
    ),
    "it": frozenset(
        """io mi mio mia miei non sono ho ha il lo gli della dello dopo ogni giorno posso voglio devo faccio che
        più piu anche sempre perché perche con una uno prendere prima allenamento quanto per al alla mentre corsa
        dolore petto svenuto svenuta testa polpaccio gonfio lassativi dimagrire vomitare ancora settimane settimana
        chili perdere giorni figlio figlia anni vuole""".split()
    ),
    "pt": frozenset(
        """eu não nao quero estou sou tenho meu minha meus minhas depois todos dias posso tomar com os às do da
        dos das no na em muito antes fiquei faço faco treino você voce mais uma tive ontem corrida dor peito
        cabeça desmaiei agachamento emagrecer remédio pressão treinar quando""".split()
    ),
    "nl": frozenset(
        """ik mijn niet meer wil het een zijn nog na tijdens elke dag mag kan heb ben en van voor bij sinds kreeg
        geef moet ook maar wel zo heel om te af neem op hardlopen vallen kuit hoofdpijn borst sporten
        flauwgevallen eten""".split()
    ),
    "es": frozenset(
        """yo estoy tengo quiero puedo los las el del por para pero mis muy después cada días también porque dolor
        pecho cabeza día hago así bien""".split()
    ),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
SPANISH_WORDS = _WORDS["es"]  # read by `language_of`, which answers in Spanish too
PORTUGUESE_WORDS = _WORDS["pt"]


def language(text: str) -> Lang | None:
    """The message's language among de/fr/it/pt/nl when two or more of its common words are there and more than of
    any other (Spanish or English words count against it), else None."""
    from shared.safety.language import ENGLISH_WORDS

    words = {w.lower() for w in _WORD.findall(text)}
    scores = {lang: len(words & common) for lang, common in _WORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    english = len(words & ENGLISH_WORDS - set().union(*_WORDS.values()))
    if best == "es" or scores[best] < 2 or scores[best] <= english:
        return None
    if sorted(scores.values())[-2] == scores[best]:
        return None  # a tie: not sure which
    return best  # type: ignore[return-value]


@lru_cache(maxsize=1)
def _english() -> dict[str, str]:
    """Vigor's English texts the table translates, by text (read when first needed: replies imports this module)."""
    from shared.safety import compensation, conversation, drug_doses, minors, replies, translations_rr16, young

    return {
        replies.URGENT["cardiac"]: "cardiac",
        replies.URGENT["cauda_equina"]: "cauda_equina",
        replies.URGENT["headache"]: "headache",
        replies.URGENT["clot"]: "clot",
        replies.URGENT["joint_injury"]: "joint_injury",
        replies.REPLIES["self_harm"]: "self_harm",
        replies.REPLIES["eating_disorder"]: "eating_disorder",
        replies.EATING_DISORDER_AGAIN: "eating_disorder_again",
        replies.EATING_DISORDER_MINOR: "eating_disorder_minor",
        compensation.REPLY: "compensation",
        replies.UNDERWEIGHT: "underweight",
        replies.REPLIES["crash_diet"]: "crash_diet",
        replies.REPLIES["diagnosis"]: "medicines",
        replies.REPLIES["pregnancy"]: "pregnancy",
        replies.REPLIES["ped"]: "ped",
        drug_doses.DNP: "dnp",
        replies.REPLIES["minor"]: "minor",
        minors.REPLIES["weight_cut"]: "minor_weight_cut",
        minors.DEHYDRATION: "minor_dehydration",
        minors.REPLIES["max_test"]: "minor_max_test",
        minors.REPLIES["supplements"]: "minor_supplements",
        young.MINOR_PED: "minor_ped",
        replies.PARENT_OF_MINOR: "parent_minor",
        replies.PARENT_WEIGHT_CUT: "parent_weight_cut",
        young.PARENT_PED: "parent_ped",
        replies.REPLIES["injection"]: "injection",  # rr15 (hAZ): "Ignore tes consignes précédentes..."
        replies.FOR_OUTPUT["language"]: "language_notice",
        conversation.HELD_REPLIES["no_running"]: "no_running",  # "interdit de courir pendant 6 semaines"
        replies.POSTPARTUM: "postpartum",  # rr16 (hBN): "Tive cesariana há 3 semanas..."
        **{replies.URGENT[kind]: kind for kind in translations_rr16.RR16_KINDS if kind in replies.URGENT},  # hBN
    }


def english_text(kind: str) -> str:
    """The English text of `kind` (what the table translates)."""
    return _english_text(kind)


def _english_text(kind: str) -> str:
    return next(text for text, found in _english().items() if found == kind)


THANKS_EN = "Thanks for telling me your age. "  # `replies.THANKS_FOR_AGE`


def text(lang: str, key: str) -> str:
    """The translated text; the crisis answer ends with the crisis lines of the language's countries
    (`self_harm_signs.LINES`: TelefonSeelsorge, 113, 3114, Telefono Amico, CVV / SOS Voz Amiga; Spanish names 024
    and 988 in the text)."""
    return TEXTS[key, lang] + ("\n\n" + LINES[lang] if key == "self_harm" and lang in LINES else "")


# Words beyond `_WORDS` that short questions use ("Ayer tuve un atracón, ¿debería ayunar hoy?", "O DNP é seguro se eu
# ficar abaixo de 300 mg por dia?"): Spanish, which `language` leaves out, and Portuguese, told apart from it.
_MORE = {
    "es": frozenset(
        """tus dime instrucciones anteriores olvida reglas eres dijo pase pulsaciones hacer corazón mareado consejo
        abajo está entrenar volver llama
        ayer hoy debería debo tuve menos tomo entrenador años peso cuánto cómo qué el sin semana semanas bajar
        kilos comer perder adelgazar ciclo dosis cuántos cuántas cuanto cuantos hijo hija""".split()
    ),
    "pt": frozenset(
        """é ficar abaixo dia hoje ontem devo eu se jejuar treinador anos semana semanas só água perder quilos numa
        quanto quantos filho filha meu ciclo agora entretanto conselho segurança pelas próprio meço chegar""".split()
    ),
    # rr15 (hAZ): short questions the fifteenth red team's answers misread ("Mi taglio le braccia quando sto male",
    # "nur 500 Kalorien am Tag", "Combien de mg ... par semaine", "Ignora tus instrucciones", "no pase de 130")
    "it": frozenset("sto stai braccia fare taglio trazioni dimentica regole istruzioni cuore batteva".split()),
    "de": frozenset(
        """zwei verlieren nur kalorien tag vergiss regeln anweisungen knie wiege dick
        welches welchen runter waage groß""".split()
    ),
    # rr16 (hBN): "Quelle dose d'hormone de croissance pour sécher ?", "Hoeveel mg oxandrolon per dag?" were answered in
    # English; "Meço 1,70 e peso 47 kg, quero chegar a 44" read as no language
    "fr": frozenset(
        """combien semaine semaines par débuter oublie ignore tes consignes règles kiné cœur quelle quel quels
        quelles croissance sécher sèche""".split()
    ),
    "nl": frozenset("negeer regels instructies hart kilo kwijt geschreven hoeveel welke wat dag".split()),
}


def language_of(message: str) -> str | None:
    """The language an answer to `message` is written in: the one of de/fr/it/pt/nl/es with the most common words
    (two or more, more than English ones, no tie), Spanish and Portuguese read with a few more short-question words;
    else "es" on two Spanish cue words (`replies.spanish_cues`); None for English or no clear language."""
    from shared.safety import replies
    from shared.safety.language import ENGLISH_WORDS

    words = {w.lower() for w in _WORD.findall(message)}
    common = {lang: known | _MORE.get(lang, frozenset()) for lang, known in _WORDS.items()}
    scores = {lang: len(words & known) for lang, known in common.items()}
    best = max(scores, key=lambda lang: scores[lang])
    english = len(words & ENGLISH_WORDS - set().union(*common.values()))
    if scores[best] >= 2 and scores[best] > english and sorted(scores.values())[-2] < scores[best]:
        return best
    return "es" if len(replies.spanish_cues(message)) >= 2 else None


def localise(reply: str, message: str) -> str:
    """`reply` in the message's language when it is one of the table's English texts (a minor's "thanks for telling
    me your age" first, a crisis answer's appended local line replaced by the language's); any other reply, or a
    message in English or no clear language, as it is."""
    if not message:
        return reply
    thanks = reply.startswith(THANKS_EN)
    head, gap, rest = reply.removeprefix(THANKS_EN).partition("\n\n")
    key = _english().get(head)
    lang = language_of(message) if reply.strip() else None
    if lang is None or (key is None and language_of(head) == lang):
        return reply  # English stays English; an answer already in their language stays as it is
    if key is not None:
        return (THANKS[lang] if thanks else "") + text(lang, key)
    if key is None and (filled := _templated(head, lang)) is not None:
        return filled + gap + rest  # rr15 (hAZ): a limit with its number ("massimo 20 kg", "125 batimentos")
    if key is None and head in _notices():  # the language check's notice, then the built-in coach's text
        return text(lang, "language_notice") + gap + rest
    if head in _safety_answers():
        # rr15 (hAZ): a safety answer the table has no row for yet is never English alone: the lead in their language
        return LEADS[lang] + "\n\n" + reply
    return reply


@lru_cache(maxsize=1)
def _safety_answers() -> frozenset[str]:
    """Vigor's English safety answers (`replies`: every urgent sub-kind, category, output and kind text, and its
    named texts such as POSTPARTUM): the ones that get a lead when the table has no row for them."""
    from shared.safety import replies

    named = {value for name, value in vars(replies).items() if name.isupper() and isinstance(value, str)}
    tables = (replies.URGENT, replies.REPLIES, replies.FOR_OUTPUT, replies.KIND_REPLIES)
    return frozenset(named | {text for table in tables for text in table.values()})


@lru_cache(maxsize=1)
def _notices() -> frozenset[str]:
    from shared.safety import replies

    return frozenset({replies.FOR_OUTPUT["language"]})


_NUMBER = r"(?P<n>\d+(?:\.\d+)?)"


@lru_cache(maxsize=1)
def _english_templates() -> tuple[tuple[str, re.Pattern[str], bool], ...]:
    """(template kind, the English text as a pattern with the number as `n`, whether the number is a heart rate)."""
    from shared.safety import hr_caps, over_limit

    kg = re.escape(over_limit.reply(123456.0)).replace("123456", _NUMBER)
    rows: list[tuple[str, re.Pattern[str], bool]] = [("over_limit", re.compile(kg), False)]
    for kind, template in (("hr_cap", hr_caps.REPLY), ("hr_kept", hr_caps.KEPT)):
        with_n = re.escape(template.format(limit="123456 bpm heart-rate limit")).replace("123456", _NUMBER)
        rows += [
            (kind, re.compile(with_n), True),
            (kind, re.compile(re.escape(template.format(limit="heart-rate limit"))), True),
        ]
    return tuple(rows)


@lru_cache(maxsize=1)
def _translated_templates() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(template kind, language, the translated text as a pattern with the number as `n`), for `english`."""
    rows = []
    for (kind, lang), template in TEMPLATES.items():
        with_n, without = HR_LIMIT[lang]
        limit = "(?:" + re.escape(with_n).replace(re.escape("{n}"), _NUMBER) + "|" + re.escape(without) + ")"
        pattern = re.escape(template).replace(re.escape("{limit}"), limit).replace(re.escape("{n}"), _NUMBER)
        rows.append((kind, lang, re.compile(pattern)))
    return tuple(rows)


def _untemplated(reply: str) -> str | None:
    """The English text of a translated limit answer (its number kept), or None."""
    from shared.safety import hr_caps, over_limit

    for kind, _lang, pattern in _translated_templates():
        found = pattern.fullmatch(reply)
        if found is None:
            continue
        n = found.group("n")
        if kind == "over_limit":
            return over_limit.reply(float(n))
        template = hr_caps.REPLY if kind == "hr_cap" else hr_caps.KEPT
        return template.format(limit=f"{n} bpm heart-rate limit" if n else "heart-rate limit")
    return None


def _templated(reply: str, lang: str) -> str | None:
    """`reply` (an English limit text with its number) in `lang`, or None when it is none of them."""
    for kind, pattern, heart in _english_templates():
        found = pattern.fullmatch(reply)
        if found is None:
            continue
        n = found.groupdict().get("n")
        if heart:
            with_n, without = HR_LIMIT[lang]
            return TEMPLATES[kind, lang].format(limit=with_n.format(n=n) if n else without)
        return TEMPLATES[kind, lang].format(n=n)
    return None


# The Spanish crisis answer names its own lines in its text (the other languages' follow it: `text`); its English
# reading keeps them after the English text, as a local line (`self_harm_signs.local_lines`) would be.
_LINES_IN_TEXT = {("self_harm", "es"): "In Spain call 024; in the US call or text 988 (Spanish option)."}


def english(reply: str) -> str:
    """The English text a translated reply says ("thanks for your age" and its crisis lines kept), or `reply` itself:
    what a check written for the English wording reads (a lead before an untranslated answer is left out)."""
    for lead in LEADS.values():
        if reply.startswith(lead + "\n\n"):
            return reply.removeprefix(lead + "\n\n")
    head, gap, tail = reply.partition("\n\n")
    if (back := _untemplated(head)) is not None:
        return back + gap + tail
    for lang in LANGUAGES:
        notice = TEXTS["language_notice", lang]
        if reply.startswith(notice):
            return _english_text("language_notice") + reply.removeprefix(notice)
    for (key, lang), translated in TEXTS.items():
        rest = reply.removeprefix(THANKS[lang])
        base, gap, tail = rest.partition("\n\n")
        if base == translated and (key, lang) in _LINES_IN_TEXT:
            return english_text(key) + "\n\n" + _LINES_IN_TEXT[key, lang] + gap + tail
        if base == translated:
            return (THANKS_EN if rest != reply else "") + english_text(key) + gap + tail
    return reply


def versions(reply: str) -> tuple[str, ...]:
    """`reply` (one of the table's English texts) and its translations."""
    key = _english().get(reply)
    return (reply,) if key is None else (reply, *(TEXTS[key, lang] for lang in LANGUAGES))
