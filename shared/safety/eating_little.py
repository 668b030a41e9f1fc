"""Eating next to nothing, said in the seven languages the gate reads (issue 15, rr13 leftovers, hAT).

    next_to_nothing(text) -> bool   "I eat almost nothing", "Ik eet bijna niks", "Casi no como nada", "Mangio
                                    pochissimo", "Quase não como": the eating-disorder answer
    one_food(text) -> bool          one apple a day and nothing else ("Solo como una manzana al día"): the crash-diet
                                    answer (an adult) or the eating-disorder answer for a minor (`coach.chat`)

Found while checking that every safety answer reads in the user's language: English "I barely eat anything to lose
weight" and "I only eat an apple a day" got their answers, the same in Dutch, Italian, Portuguese or Spanish got the
plan text. Nothing before a session ("no como nada antes de entrenar", "I eat almost nothing before my morning run")
is fasted training, not restriction. Source: NICE NG69 (eating disorders: recognition; restriction in any language
is assessed the same way); Mountjoy et al., IOC consensus on RED-S, BJSM 2023.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_NOTHING = re.compile(
    r"\beat\s+(almost|next\s+to|practically|virtually)\s+nothing\b"
    r"|\bess(e|en)?\s+(fast|kaum|so\s+gut\s+wie)\s+(nichts|noch\s+was|noch\s+etwas|etwas|was)\b"
    r"|\bne\s+mange\s+(presque|quasiment|pratiquement)\s+(plus\s+)?rien\b"
    r"|\bmangio\s+(quasi\s+niente|quasi\s+nulla|pochissimo|niente)\b"
    r"|\bquase\s+n(ã|a)o\s+como\b|\bn(ã|a)o\s+como\s+quase\s+nada\b"
    r"|\beet\s+(bijna|haast|vrijwel|zo\s+goed\s+als)\s+(niks|niets)\b"
    r"|\bcasi\s+no\s+como\b|\bno\s+como\s+casi\s+nada\b",
    _I,
)
_ONE_FOOD = re.compile(
    r"\bess(e|en)?\s+nur\s+(noch\s+)?(einen|1)\s+apfel\b"
    r"|\bne\s+mange\s+qu'?\s*une\s+pomme\b|\bmange\s+(juste|seulement)\s+une\s+pomme\b"
    r"|\bmangio\s+solo\s+una\s+mela\b"
    r"|\b(s(ó|o)|apenas)\s+como\s+uma\s+ma(ç|c)(ã|a)\b|\bcomo\s+(s(ó|o)|apenas)\s+uma\s+ma(ç|c)(ã|a)\b"
    r"|\beet\s+(alleen|maar|enkel)\s+(een|één|1)\s+appel\b"
    r"|\b(solo|sólo)\s+como\s+una\s+manzana\b|\bcomo\s+(solo|sólo)\s+una\s+manzana\b",
    _I,
)
_BEFORE_SESSION = re.compile(
    r"\b(before|antes\s+de(l)?|vor\s+(dem|der|meinem|meiner)|avant|prima\s+d(i|el|ella)|voor\s+(het|de|mijn)"
    r"|antes\s+d[oa])\s+(\w+\s+){0,2}(training|run|workout|session|gym|entren\w*|treino|allenamento|entra(î|i)nement"
    r"|s(é|e)ance|sporten|lauf\w*|corsa|correr|carrera|corrida|hardlopen)\b",
    _I,
)


def next_to_nothing(text: str) -> bool:
    """Eating next to nothing, said as one's own (module docstring)."""
    return bool(_NOTHING.search(text)) and not _BEFORE_SESSION.search(text)


def one_food(text: str) -> bool:
    """One apple a day as all one eats (module docstring)."""
    return bool(_ONE_FOOD.search(text)) and not _BEFORE_SESSION.search(text)
