"""Urine that foams, or a question whether a symptom is kidney disease (rr14, issue 15, hAV): the diagnosis answer
(see a doctor; no supplement or medicine from the coach).

    foamy_or_kidney(text) -> bool   "My pee is foamy and my ankles swell after leg day, is it kidney disease? what
                                    should I take?"; "urine mousseuse", "orina espumosa", "urina schiumosa", "urina com
                                    espuma", "schaumiger Urin", "schuimende plas"

rr14: the built-in coach answered with its creatine note and no advice to see a doctor. Persistently foamy urine
(protein in it) with swollen ankles is how nephrotic syndrome shows; it needs a GP and a urine test, not a supplement.
Source: NICE CKS "Proteinuria" and NICE NG203 (chronic kidney disease: urine albumin testing). A dark pee after a hard
session is `urgent`'s muscle-breakdown row; bubbles once after a big drink are not asked about as a symptom.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_FOAMY = re.compile(
    r"\b(pee|urine|wee|piss|urin|orina|urina|plas)\b[^.?!]{0,30}\b(foam\w*|froth\w*|bubbl\w*|soapy|mousse\w*|espum\w*"
    r"|schium\w*|schaum\w*|schuim\w*)"
    r"|\b(foamy|frothy|bubbly|soapy|schaumige[rn]?|mousseuse|espumosa|schiumosa|schuimende)\s+(pee|urine|wee|urin|plas)\b"
    r"|\burina\s+com\s+espuma",
    _I,
)
_IS_IT = re.compile(
    r"\b(is\s+(it|this|that)|could\s+(it|this)\s+be|do\s+i\s+have|have\s+i\s+got)\s+(\w+\s+)?(kidney|renal|liver)\s+"
    r"(disease|failure|damage|problems?|stones?)\b",
    _I,
)


def foamy_or_kidney(text: str) -> bool:
    """Foamy urine, or "is it kidney disease?" asked of oneself."""
    return bool(_FOAMY.search(text) or _IS_IT.search(text))
