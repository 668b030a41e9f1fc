"""Direct identifiers taken out of what a user typed before it goes to an external AI provider.

`redact(text)` replaces email addresses, phone and identity numbers (nine digits or more, spaces and dashes
allowed), street addresses and UK postcodes with a placeholder. A coach answer never needs them, and a provider is a
third party (GDPR data minimisation, Art. 5(1)(c); the fifteenth red team sent an NHS number and a home address
through chat). Names cannot be told from words in general: the user's own display name and a name they introduce
or sign with are taken out by `shared.llm.prompts.without_own_name`.
"""

from __future__ import annotations

import re
import unicodedata

# The local part is at most 64 characters (RFC 5321, 4.5.3.1.1) and its repeats never give characters back
# (possessive, Python 3.11): `search` used to scan a whole long word from each of its characters for an "@" that was
# not there, 2.7 s for 10,000 characters (issue 15); now each start reads at most 64. For local parts of up to 64
# characters the matches are the old pattern's (tests/unit/test_safety_regex_shapes.py).
_EMAIL = re.compile(r"[\w.+-]{1,64}+\s*+@\s*+[\w-]++(?:\s*+\.\s*+[\w-]++)++")
# An address's last part starts with a letter ("x@gmail.com"): a set written "2 x 10@60.5 kg" is no address (the
# eighteenth red team saw targets go out as "2 x [email] kg"). Checked on the match, so the pattern stays linear.
_TOP_LEVEL = re.compile(r"\.\s*[^\W\d_][\w-]*$")
# Any spacing between digit groups (tabs, no-break spaces), a trailing full stop allowed, letters glued on too
# ("nhs943 476 5919"): the attacker review.
_NUMBER = re.compile(r"(?<![\d.])\+?\d[\d\s().-]{7,}\d(?!\d|\.\d)")
_STREET = re.compile(
    r"\b\d{1,5}[a-z]?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Place"
    r"|Pl|Terrace|Crescent|Boulevard|Blvd|Gardens|Grove|Square|Straße|Strasse|Weg|Rue)\b"
    # The town written after it ("12 Elm Street, Springfield": rred2 D6 saw "[address] Springfield" reach a provider).
    r"(?:,?[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?\b)?\.?"
)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")


def _number(match: re.Match[str]) -> str:
    digits = sum(c.isdigit() for c in match.group(0))
    return "[number]" if digits >= 9 else match.group(0)


def redact(text: str) -> str:
    """`text` (NFKC-normalised: fullwidth digits and signs read as plain ones) with emails, long numbers (phones,
    health and identity numbers), street addresses and UK postcodes replaced by "[email]", "[number]", "[address]",
    "[postcode]". Run it on text already cleaned of control characters and tags (`prompts.user_input`), so nothing
    stripped later joins a number back together."""
    text = unicodedata.normalize("NFKC", text)
    text = _EMAIL.sub(lambda m: "[email]" if _TOP_LEVEL.search(m.group(0)) else m.group(0), text)
    text = _NUMBER.sub(_number, text)
    text = _STREET.sub("[address]", text)
    return _POSTCODE.sub("[postcode]", text)
