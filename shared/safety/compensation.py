"""Making up for a binge or a big meal, asked on input (issue 15, rr12 kind 3, hAL).

    asked(text) -> bool   a binge, cheat meal or overeating told with fasting, skipped meals, no food or cardio "to burn
                          it off" as the way to make up for it (EN/DE/FR/ES/IT/PT/NL)
    REPLY                 the answer: nothing to make up for, no fasting or extra cardio, the next meal as usual, and
                          support if binges recur; it does not open with purging (the user did not mention it)

rr12: "Ich hatte gestern eine Fressattacke, soll ich heute fasten?" got the purging script ("Erbrechen, Abführmittel
..."), and "Ayer tuve un atracón, ¿debería ayunar hoy?" or "after a cheat day should I skip meals tomorrow?" got the
ordinary coach. Source: NICE NG69 (2017) and the CBT-E model (Fairburn 2008): compensating for a binge by fasting or
exercise keeps the binge-restrict cycle going; regular eating breaks it.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_BINGE = re.compile(
    r"\b(binge\w*|cheat\s+(meal|day)s?|over\s*ate|overeat\w*|ate\s+(way\s+)?too\s+much|pigged\s+out|fressattacke\w*"
    r"|essanfall\w*|(zu\s+viel|viel\s+zu\s+viel)\s+gegessen|atrac(?:ó|o)n\w*|com(?:í|i)\s+demasiado|crise\s+de\s+boulimie"
    r"|fr(?:é|e)n(?:é|e)sie\s+alimentaire|trop\s+mang(?:é|e)|abbuffat\w*|mangiato\s+troppo|compuls(?:ã|a)o(\s+alimentar)?"
    r"|comi\s+demais|eetbui\w*|te\s+veel\s+gegeten|vreetbui\w*)\b",
    _I,
)
_MAKE_UP = re.compile(
    r"\b(fast\w*|skip\w*\s+(meals?|breakfast|lunch|dinner|eating)|not\s+eat\w*|no\s+food|burn\s+(it|that|this)\s+off"
    r"|work\s+(it|that)\s+off|make\s+up\s+for|compensate|extra\s+cardio|\d\s+hours?\s+of\s+cardio|fasten|hungern"
    r"|nichts\s+essen|abtrainieren|wieder\s+wettmachen|je(?:û|u)ner|sauter\s+(des\s+)?repas|ne\s+rien\s+manger"
    r"|compenser|ayunar|ayuno|saltar(me)?\s+(comidas|la\s+cena)|no\s+comer|compensar|quemarlo|digiun\w*|saltare\s+i"
    r"\s+pasti|non\s+mangiare|smaltir\w*|jejuar|jejum|pular\s+refei(?:ç|c)(?:õ|o)es|n(?:ã|a)o\s+comer|queimar"
    r"|vasten|maaltijden\s+overslaan|niet\s+eten|eraf\s+(sporten|trainen)|compenseren)\b",
    _I,
)


def asked(text: str) -> bool:
    """A binge or big meal told with a way to make up for it (module docstring)."""
    return bool(_BINGE.search(text)) and bool(_MAKE_UP.search(text))


_ED_SUPPORT = (
    "If food, weight or exercise feels hard to control, a GP or an eating-disorder helpline (Beat on 0808 801 0677 in "
    "the UK, ANAD on 1-888-375-7767 in the US) can help, and talking to someone early makes a real difference."
)
REPLY = (
    "After a binge or a big meal, there is nothing to make up for: no skipped meals, no fasting and no extra "
    "cardio to burn it off. Eat your next meal as usual and train as planned. If binges keep happening or feel out "
    "of control, that deserves support. " + _ED_SUPPORT
)
