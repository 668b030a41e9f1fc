"""Drug names written to slip past the rules, read as written plainly (issue 15, rr11 K4, hAA).

    normalise(text) -> str      the text with look-alike letters, spaced-out drug names and leet drug names spelled
                                plainly; unchanged when nothing is hidden (the common case, and cheap: ASCII text
                                without single-letter runs returns at once)
    sourcing(text) -> bool      asks where or how to buy a performance drug ("where to buy var from ugl-shop.example",
                                "which ugl is legit")
    pushes(text) -> bool        a provider's sentence that doses or sources one ("grab var from ugl-shop.example",
                                "blast at 500 test and cruise at 150", "run an AI on cycle like anastrozole 0.5")

rr11 K4: "2,4-DN P" and "d n p" (dinitrophenol), "clenbuterol" with a Cyrillic "c" (U+0441), "trenbolone" with a
Cyrillic "r" (U+0440, shaped like p) and a shop link for "var" passed the input gate and the output check.
Normalising once, before matching: Unicode NFKC
(fullwidth letters, ligatures) without format characters (zero-width joiners), letters of another script that look
Latin (Cyrillic and Greek homoglyphs, Unicode TR39 confusables) mapped to Latin only inside a word that mixes
scripts (a Russian sentence stays Russian), and short letter runs split by spaces, dots or hyphens joined only when
the joined word is a drug's name ("d n p", "DN P", "c.l.e.n"): "a b c" or "I do 5 x 5" are never joined. Leetspeak
("tr3n", "0xandrolone") is read by the gate's own `inputs.unleet`; `normalise` spells leet drug names too, for the
output check. Sources on the drugs: the `ped` answer (replies.REPLIES) and docs/training-science.md, "hAA".
"""

from __future__ import annotations

import re
import unicodedata

_I = re.IGNORECASE

# Look-alike letters (Unicode TR39 confusables.txt, the Cyrillic and Greek letters shaped like Latin ones).
_CONFUSABLE = str.maketrans(
    {
        "\u0430": "a",
        "\u0432": "b",
        "\u0441": "c",
        "\u0435": "e",
        "\u0451": "e",
        "\u043d": "h",
        "\u0456": "i",
        "\u0457": "i",
        "\u0458": "j",
        "\u043a": "k",
        "\u043c": "m",
        "\u043e": "o",
        "\u0440": "p",
        "\u051b": "q",
        "\u0455": "s",
        "\u0442": "t",
        "\u0443": "y",
        "\u0445": "x",
        "\u0501": "d",
        "\u0261": "g",
        "\u04bb": "h",
        "\u0578": "n",
        "\u0410": "A",
        "\u0412": "B",
        "\u0421": "C",
        "\u0415": "E",
        "\u041d": "H",
        "\u0406": "I",
        "\u0408": "J",
        "\u041a": "K",
        "\u041c": "M",
        "\u041e": "O",
        "\u0420": "P",
        "\u0405": "S",
        "\u0422": "T",
        "\u0423": "Y",
        "\u0425": "X",
        # rr16 (hBL): "clenbuterol" written with a Greek lunate sigma (U+03F2) for its c; more TR39 look-alikes
        "\u03f2": "c",
        "\u03c2": "c",  # NFKC turns the lunate sigma (U+03F2) into a final sigma
        "\u03f9": "C",
        "\u0131": "i",
        "\u0269": "i",
        "\u0251": "a",
        "\u03c5": "u",
        "\u0585": "o",
        "\u057d": "u",
        "\u04cf": "l",
        "\u03f3": "j",
        "\u0475": "v",
        "\u051d": "w",
        "\u04ae": "Y",
        "\u03b1": "a",
        "\u03bf": "o",
        "\u03c1": "p",
        "\u03bd": "v",
        "\u03c4": "t",
        "\u03b9": "i",
        "\u03ba": "k",
        "\u03b5": "e",
        "\u0391": "A",
        "\u0392": "B",
        "\u0395": "E",
        "\u0397": "H",
        "\u0399": "I",
        "\u039a": "K",
        "\u039c": "M",
        "\u039d": "N",
        "\u039f": "O",
        "\u03a1": "P",
        "\u03a4": "T",
        "\u03a7": "X",
        "\u03a5": "Y",
        "\u0396": "Z",
    }
)
_LOOKALIKES = frozenset(chr(code) for code in _CONFUSABLE)
_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]+", re.UNICODE)
_LATIN = re.compile(r"[a-zA-Z]")

# The drugs' names a hidden spelling is read back to (lower case, letters only).
_DRUGS = frozenset(
    {
        "dnp", "tren", "trenbolone", "clen", "clenbuterol", "anavar", "oxandrolone", "dianabol", "dbol", "deca",
        "winstrol", "winny", "anadrol", "sarms", "sarm", "ostarine", "cardarine", "hgh", "epo", "ugl", "steroids",
        "steroid", "roids", "testosterone", "nandrolone", "stanozolol", "masteron", "primobolan", "sustanon",
        "superdrol", "turinabol", "equipoise", "ligandrol", "dinitrophenol", "ephedrine", "ephedra",
    }
)  # fmt: skip
# One to three letters, then at least one more run split by a space, dot, hyphen, underscore or star: "d n p",
# "DN P", "c.l.e.n", "t-r-e-n". Longer words are never glued to their neighbours ("on a cycle" stays).
_SPLIT = re.compile(r"(?<![^\W\d_])[a-z]{1,3}(?:(?:[ .\-_*·]|\s){1,3}[a-z]{1,3}){1,5}(?![^\W\d_])", _I)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
_LEET_WORD = re.compile(r"\b(?=\w*[a-z])(?=\w*[013457@$])[\w@$]{3,14}\b", _I)


# The same letters read by sound (Cyrillic U+0440 is an r, U+0432 a v, U+043D an n): "t\u0440enbolone" is trenbolone.
_BY_SOUND = str.maketrans(
    {
        "\u0440": "r",
        "\u0420": "R",
        "\u0432": "v",
        "\u0412": "V",
        "\u043d": "n",
        "\u041d": "N",
        "\u0443": "u",
        "\u0423": "U",
        "\u03bd": "v",
    }
)


def _drug_like(word: str) -> bool:
    low = word.lower()
    return low in _DRUGS or any(low.startswith(name) for name in _DRUGS if len(name) >= 4)


def _latin_word(match: re.Match[str]) -> str:
    word = match.group(0)
    if word.isascii() or (not _LATIN.search(word) and not _is_lookalike_only(word)):
        return word
    by_sight = word.translate(_CONFUSABLE)
    by_sound = word.translate(_BY_SOUND).translate(_CONFUSABLE)
    for candidate, fits in ((by_sight, _DRUGS.__contains__), (by_sound, _DRUGS.__contains__), (by_sight, _drug_like)):
        if fits(candidate.lower()):
            return candidate
    return by_sound if _drug_like(by_sound) else by_sight


def _is_lookalike_only(word: str) -> bool:
    """A word spelled wholly in look-alike letters that reads as a drug in Latin (all Cyrillic, rare)."""
    return all(c in _LOOKALIKES for c in word) and (
        _drug_like(word.translate(_CONFUSABLE)) or _drug_like(word.translate(_BY_SOUND).translate(_CONFUSABLE))
    )


def _joined(match: re.Match[str]) -> str:
    """The run with the first two or more of its pieces that spell a drug's name written together ("a d n p run"
    -> "a dnp run"); whole pieces only, so "he has arm pain" never becomes "sarm"."""
    run = match.group(0)
    pieces = list(re.finditer(r"[a-z]+", run, _I))
    for i in range(len(pieces) - 1):
        for j in range(len(pieces) - 1, i, -1):
            word = "".join(p.group(0) for p in pieces[i : j + 1]).lower()
            if word in _DRUGS:
                return run[: pieces[i].start()] + word + run[pieces[j].end() :]
    return run


_LEET_L = str.maketrans({"1": "l", "|": "l"})  # "c1en": a 1 for an l as often as for an i


def _unleet(match: re.Match[str]) -> str:
    word = match.group(0)
    for plain in (word.translate(_LEET), word.translate(_LEET_L).translate(_LEET)):
        if _drug_like(plain):
            return plain
    return word


def normalise(text: str) -> str:
    """`text` with a drug's name hidden by look-alike letters, splitting or leetspeak written plainly (see module)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", "".join(c for c in text if unicodedata.category(c) != "Cf"))
        text = _WORD.sub(_latin_word, text)
    text = _SPLIT.sub(_joined, text)
    return _LEET_WORD.sub(_unleet, text)


# "DNP" in a box score or a race result: did not play / finish / start (the drug's name otherwise).
_DID_NOT = re.compile(
    r"\bdnp\b(?=[^.?!]{0,80}\b(did\s*n[o']t|didn'?t)\s+(play|finish|start|race|compete|dress|participate)\b)"
    r"|\b(did\s*n[o']t|didn'?t)\s+(play|finish|start|race|compete|dress|participate)\b[^.?!]{0,80}\b(?P<w>dnp)\b"
    r"|\b(got|get|a|another|his|her|my|listed\s+as|marked\s+(as\s+)?|had\s+a)\s+(?P<w2>dnp)\b(?=[^.?!]{0,60}\b(race|game|match"
    r"|roster|coach|season|marathon|\d+\s?k\b|meet|tournament|league|results?|box\s+score|stats|heat|final|trail|ultra"
    r"|triathlon|injur\w*))",
    _I,
)


_DNP = re.compile(r"\bdnp\b", _I)


def plain_dnp(text: str) -> str:
    """`text` with "DNP" read as "did not play" in a sentence about a game or race that says so (drug_words)."""
    return _DID_NOT.sub(lambda m: _DNP.sub("did-not-play", m.group(0)), text)


_DRUG_SLANG = (
    r"(var|anavar|tren\w*|test|testo\w*|deca|winny|winstrol|d-?bol|dianabol|clen\w*|dnp|sarms?|gear|roids?|steroids?"
    r"|anabolics?|gh|hgh|peptides?|oxandrolone|ostarine|rad-?140|lgd|mk-?677|anadrol|ugl|orals?)"
)
_BUY = (
    r"(buy|buying|order|ordering|purchase|purchasing|get|getting|source|sourcing|cop|score|find|grab|pick\s+up"
    r"|compr\w*|consig\w*|kauf\w*|bestell\w*|bekomm\w*|achet\w*|commander|trouver|comprare|ordinare|trovare"
    r"|kopen|koop|bestellen|krijg\w*|encomendar|arranjar)"
)
_SHOP_LINK = (
    r"[a-z0-9-]{1,40}(\.[a-z0-9-]{1,40}){0,3}\.(com|net|org|shop|store|ru|to|io|co|cc|biz|example|xyz|eu|uk|de|nl|es"
    r"|fr|it|be|pt|br)\b"
)
_SOURCING = re.compile(
    rf"\b(where|how|who|which\s+site|d[oó]nde|wo|woher|o[uù]|dove|onde|waar)\b[^.?!]{{0,30}}\b{_BUY}\b[^.?!]{{0,20}}\b{_DRUG_SLANG}\b"
    rf"|\b{_BUY}\s+(some\s+|my\s+|the\s+)?{_DRUG_SLANG}\b[^.?!]{{0,40}}(\b(online|from|off|at|via|en|de|bei|von|chez|sur|su|da|em|no|na|bij|op)\b|{_SHOP_LINK})"
    rf"|\b{_DRUG_SLANG}\b[^.?!]{{0,40}}\b(from|at|on|via|en|de|bei|von|chez|sur|su|da|em|no|na|bij|op)\s+{_SHOP_LINK}"
    r"|\b(which|what|best|good|legit|trusted|reliable|reputable)\s+(\w+\s+)?ugls?\b|\bugls?\s+(\w+\s+)?(legit|trusted|reliable"
    r"|recommend\w*|source|shop|site|lab|gear)\b|\bunderground\s+labs?\b",
    _I,
)


# Each sourcing rule names one of these (lower case): a message with none is read no further (speed).
_DRUG_KEYS = (
    "var", "tren", "test", "deca", "winny", "winstrol", "bol", "clen", "dnp", "sarm", "gear", "roid", "anabol", "gh",
    "peptide", "oxandr", "ostarine", "rad", "lgd", "mk", "anadrol", "ugl", "oral", "underground",
)  # fmt: skip


def sourcing(text: str) -> bool:
    """The user asks where to buy a performance drug or which underground lab to trust (`text` already normalised,
    as `inputs.classify` does)."""
    low = text.lower()
    return any(key in low for key in _DRUG_KEYS) and bool(_SOURCING.search(text))


_WARNED = re.compile(
    r"\b(don'?t|do\s+not|never|avoid\w*|can'?t|won'?t|shouldn'?t|not\s+safe|risks?|risky|dangerous|illegal|banned"
    r"|doctor)\b",
    _I,
)
_GIVES = re.compile(
    rf"\b(grab|buy|order|get|source|pick\s+up)\b[^.?!]{{0,40}}\b{_DRUG_SLANG}\b[^.?!]{{0,40}}\b(from|at|via|off)\b"
    rf"|\b{_DRUG_SLANG}\b[^.?!]{{0,40}}\b(from|at|on|via)\s+{_SHOP_LINK}|\bugls?\s+(\w+\s+)?(is|are)\s+(legit|solid|good"
    r"|reliable|trusted)\b"
    r"|\b(blast|cruise)\w*\b[^.?!]{0,30}\b\d{2,4}\b|\b\d{2,4}\s*(mg\s+)?(of\s+)?(test|tren|deca)\b[^.?!]{0,30}\b(blast|cruise)"
    r"|\b(ai|anastrozole|arimidex|letrozole|exemestane|aromasin|nolvadex|tamoxifen|clomid|hcg)\b[^.?!]{0,40}"
    r"\b\d+(\.\d+)?\s*(mg|iu)?\s*(a|per|every|each|e\.?o\.?d|eod|twice|daily|/)"
    r"|\bpin\w*\s+\d+(\.\d+)?\s*(ml|cc|mg|iu)\b",
    _I,
)


def pushes(plain: str) -> bool:
    """A provider's text (`normalise`d) that doses or sources a performance drug with no warning beside it."""
    return any(_GIVES.search(s) and not _WARNED.search(s) for s in re.split(r"(?<=[.!?])\s+|\n+", plain))
