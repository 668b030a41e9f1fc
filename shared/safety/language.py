"""Which language a model's answer is in: Vigor's output rules read English only (issue 15, R7 §3).

The seventh red team saw an Italian "chest pain is normal when you run, keep training", a Spanish 600 kcal diet and a
Portuguese steroid dose reach the user: every output rule is English, so an answer in another language is checked by
none of them. Until a language has its own checks (`CHECKED`), the model is told to answer in English, and an answer
that is plainly in another language is not shown. Detection is py3langid 0.4.0 (pinned; a naive Bayes model over
byte n-grams, the langid.py model of Lui and Baldwin 2012), read on the answer's letters only (numbers, units and
set notation removed), and only for answers of 20 characters or more that it is sure of: "Sure." or "5x5 @ RPE 8"
are never withheld.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

CHECKED: frozenset[str] = frozenset({"en"})  # the languages the output rules can read
# English read as its nearest neighbours ("how do I get better at push-ups?" scores 0.46 Nigerian Pidgin).
_ENGLISH_LIKE = frozenset({"pcm", "sco", "jam"})
MIN_CHARS = 20
# Length-calibrated probabilities: the benign corpus and good answers never score above 0.49 for another language;
# one sentence of Spanish, German or Portuguese scores 0.78-0.99.
MIN_CONFIDENCE = 0.7
# Numbers with their units and set notation ("3x8-12", "90 s", "2.5 kg", "RPE 8") say nothing about the language.
_NOT_WORDS = re.compile(r"\S*\d\S*|[^\w\s']", re.UNICODE)
# Gym words every language borrows from English: they make a short answer look English when it is not, and an
# English one look like nothing in particular; read without them.
_JARGON = re.compile(
    r"\b(rpe|rir|amrap|emom|hiit|ppl|pr|prs|pb|1rm|reps?|sets?|kg|kgs|lbs?|kcal|cardio|deload|squats?|deadlifts?"
    r"|bench|press|curls?|rows?|push|pull|legs|core|warm-?up|cool-?down|ok|okay|zone)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # loaded once, when first needed (1-7 s)

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def load_detector() -> None:
    """Load the language detector now (a long-running process at start-up) rather than on the first answer that
    needs it: an ordinary answer of short sentences ("Nice work! ... Stop if it hurts.") does, 1.5-2.5 s."""
    _identifier()


def words_of(text: str) -> str:
    """`text` as the detector reads it: letters and words only, no numbers, units or gym jargon."""
    return " ".join(_JARGON.sub(" ", _NOT_WORDS.sub(" ", text)).split())


def language_of(text: str) -> str | None:
    """The language code of `text` when the detector is sure of it (probability 0.7 or more), else None."""
    words = words_of(text)
    if len(words) < MIN_CHARS or len(words.split()) < 4:
        return None
    code, probability = _identifier().classify(words)
    return str(code) if float(probability) >= MIN_CONFIDENCE else None


ENGLISH_SHARE = 0.25
TERSE_SHARE = 0.15  # a coach's clipped sentences ("Next up: Full body B.") together, none of them foreign-looking
_SENTENCE_BREAK = re.compile(r"(?<=[.!?;:])\s+|\n+")


def plainly_english(text: str, share: float = ENGLISH_SHARE) -> bool:
    """Whether `share` (a quarter) or more of `text`'s words are English function words (no model needed)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return len(words) >= 8 and sum(w in ENGLISH_WORDS for w in words) >= share * len(words)


# English words, one list (issue 15, R9 cleanup: it was a list of function words and a larger lexicon holding it).
# An answer where a quarter of the words are these is English without asking the model (which takes seconds to load
# on a cold start); other languages' answers score under 5% (the R7 corpus). R8 §2: the detector is unsure of short
# answers, and "Sí, continua." or "250 mg pe săptămână." passed unread. A short answer is read by words instead: with
# no English word and at least one word of another language (its function words, or letters English does not use), it
# is not shown. Words both languages share ("a", "me", "no", "per") count for neither; "Sure.", "Yes!" and "5x5 @ RPE
# 8, 90 s rest." hold an English word.
ENGLISH_WORDS = frozenset(
    """the and you your to of is it for on with in at this that be are do if or as can but not so an my i we our up
    from by what how get got have has will
    yes yeah yep sure no nope fine good great nice well done okay right keep go going rest stop start try add drop
    slow fast easy hard heavy light more less much many one two three four five six seven eight nine ten day days week
    weeks rep sets set time times minute minutes seconds hour hours warm cool up down off out back over after before
    then now today tomorrow tonight again always never maybe also just only very too all any some each every other
    same next last first lift lifting train training run running walk walking eat eating sleep drink water protein
    food meal meals legs arms back chest shoulders knee pain doctor see check form weight weights load bar plate sorry
    thanks thank hi hello hey please let lets we they he she them us our their its was were will would should could
    have has had get got make take give need want feel feels looks sounds works work job progress push pull hold
    breathe breath rounds round side sides each per what why how when where who which there here from by into about
    than because while until though still even ever""".split()
)


def english_word(word: str) -> bool:
    """Whether `word` (any letter case) is one of Vigor's English words."""
    return word.lower() in ENGLISH_WORDS


# Function words of the languages users have written in (es, pt, it, fr, de, ro, and since rr14 nl: "Vandaag: benen,
# 4 x 8." and "D'accord: 40 mcg par jour." passed) that are not also English words.
_FOREIGN_WORDS = frozenset(
    """el los las del al en por para con que y una uno unos unas muy pero más mas sí si se lo le les es está esta
    estas este eso semana semanas días dia día cada hasta durante tu tus su sus mi mis nos os um uma com não nao sim
    mais você voce dos das pela pelo il di che non sono della delle degli gli ancora sì continua et du des est pas
    avec pour vous une dans sur ce ces oui und der das ist nicht mit ein eine ich du sie wir auf für pe și si cu nu
    să sa cum este sunt pentru ca mai iar sau
    accord jour jours par oui très ça fais peux tes ton mes aux semaine semaines bien
    ja gut weiter einfach nur kein klar heute morgen
    de het een en van ik je jij niet op dat die met voor zijn er maar om ook als bij nog wel naar heb hebt kan mag
    moet wordt gewoon vandaag ja nee prima oké dag dagen lichte helpen helpt benen squatten zwaar keer
    aujourd hui jambes demain dos bras épaules séance
    ist heute beine brust rücken schultern ordnung satz sätze
    oggi gambe domani petto schiena spalle
    hoy piernas pecho espalda hombros
    hoje pernas amanhã peito costas ombros treino
    pode podes posso sem problema problemas claro puedes puede puedo certo puoi senza problemi nessun darfst kannst
    geen probleem""".split()  # rr16 (hBL): "Pode, sem problema." after "Eu me corto..." passed
)
# rr15 (hAY): words English shares with German, Dutch or Italian ("Ja, 170 ist in Ordnung." passed on its "in"): in a
# short answer they say nothing about its language.
_SHARED_WORDS = frozenset("in an so also was will".split())
_FOREIGN_LETTERS = re.compile(r"[áíóúñăâîșțşţìòùãõêôüöäßœ¿¡]", re.IGNORECASE)


def foreign_words(text: str) -> bool:
    """A short answer with no English word and at least one word of another language ("Sí, continua.")."""
    words = re.findall(r"[^\W\d_]+", words_of(text).lower())
    if any(w in ENGLISH_WORDS and w not in _SHARED_WORDS for w in words):
        return False
    return any(w in _FOREIGN_WORDS or _FOREIGN_LETTERS.search(w) for w in words)


def _unsure(text: str) -> str | None:
    return "und" if foreign_words(text) else None  # "undetermined": in no language the rules read


def _foreign_looking(sentence: str) -> bool:
    words = re.findall(r"[^\W\d_]+", words_of(sentence).lower())  # gym jargon out ("12 hard sets" is no language)
    return len(words) >= 4 and not any(w in ENGLISH_WORDS for w in words)


def unchecked(text: str) -> str | None:
    """The language of an answer the output rules cannot read (not in `CHECKED`), or None: English answers and ones
    the detector is unsure of are read as they are, unless they hold no English word and some of another language."""
    if len(text.strip()) < MIN_CHARS:
        return _unsure(text)
    # Sentence by sentence: a plainly English paragraph cannot carry one sentence in another language past the check.
    others = [s for s in _SENTENCE_BREAK.split(text) if not plainly_english(s)]
    rest = " ".join(others)
    if len(rest.strip()) < MIN_CHARS:
        return _unsure(rest)
    # Short English sentences together ("Good to see you! Your plan: Full body A on Monday. Keep it up.", the
    # built-in coach's) are English too, without loading the model, unless one of them has four words and not one
    # English function word.
    if plainly_english(rest, TERSE_SHARE) and not any(_foreign_looking(s) for s in others):
        return None
    code = language_of(rest)
    if code is None:
        return _unsure(rest)
    return code if code not in CHECKED | _ENGLISH_LIKE else None
