"""Direct identifiers taken out of what a user typed before it goes to an external AI provider.

`redact(text)` replaces email addresses (also spoken: "name at gmail dot com"), @handles, dates of birth, bank
details and IBANs, phone and identity numbers (nine digits or more, spaces and dashes allowed), passport, licence and
plate numbers (letter-and-digit tokens), street, flat and court addresses, UK postcodes, Eircodes and US ZIP codes, and
a workplace named after "I work at", with a placeholder. A coach answer never needs them, and a provider is a
third party (GDPR data minimisation, Art. 5(1)(c); the fifteenth red team sent an NHS number and a home address
through chat). Names cannot be told from words in general: the user's own display name and a name they introduce
or sign with are taken out by `shared.llm.prompts.without_own_name`.
"""

from __future__ import annotations

import re
import unicodedata

from shared.safety.language import english_word

# The local part is at most 64 characters (RFC 5321, 4.5.3.1.1) and its repeats never give characters back
# (possessive, Python 3.11): `search` used to scan a whole long word from each of its characters for an "@" that was
# not there, 2.7 s for 10,000 characters (issue 15); now each start reads at most 64. For local parts of up to 64
# characters the matches are the old pattern's (tests/unit/test_safety_regex_shapes.py).
_EMAIL = re.compile(r"[\w.+-]{1,64}+\s*+@\s*+[\w-]++(?:\s*+\.\s*+[\w-]++)++")
# An address's last part starts with a letter ("x@gmail.com"): a set written "2 x 10@60.5 kg" is no address (the
# eighteenth red team saw targets go out as "2 x [email] kg"). Checked on the match, so the pattern stays linear.
_TOP_LEVEL = re.compile(r"\.\s*[^\W\d_][\w-]*$")
# R10 (hQ): a full stop, a space and a capital after a complete address start the next sentence ("me@example.org. Can
# you..." lost its "Can"): the address ends before it. Spaced-out addresses ("name @ gmail . com") stay whole.
_NEXT_SENTENCE = re.compile(r"\.\s+(?=[A-Z])")
# R10 (hQ): German and Austrian streets are one word ending in -straße, -str., -weg, -gasse, -allee, -platz, -damm, or
# "Berliner Straße"; French ones follow the number ("12 rue de Rivoli"). With the house number, and the town after a
# comma ("Lindenstraße 12, Berlin" reached a provider).
_TOWN = r"(?:,[ \t]*(?!\d)[A-ZÄÖÜÀ-Þ][\wäöüß'-]+(?:[ \t]+(?:am|an|der|im|sur|de)?[ \t]*[A-ZÄÖÜ][\wäöüß-]+)?)?"
_GERMAN_STREET = re.compile(
    r"\b(?:[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|damm|ufer"
    r"|straat|laan|plein|gracht|kade|singel|dijk|steeg)"
    r"|[A-ZÄÖÜ][\wäöüß]+(?:er|e)[ \t]+(?:Straße|Strasse|Str\.|Weg|Gasse|Allee|Platz|Damm|Ring))"
    r"[ \t]*\d{1,4}[ \t]?[a-zA-Z]?\b" + _TOWN
)
_FRENCH_STREET = re.compile(
    r"\b\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]+(?i:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|cours)"
    r"[ \t]+(?:(?:de[ \t]+la|de|du|des|d')[ \t]*)?[A-ZÀ-Þ][\w'-]*(?:[ \t]+[A-ZÀ-Þ][\w'-]*){0,3}" + _TOWN
)
# Any spacing between digit groups (tabs, no-break spaces), a trailing full stop allowed, letters glued on too
# ("nhs943 476 5919"): the attacker review.
_NUMBER = re.compile(r"(?<![\d.])\+?\d[\d\s().-]{7,}\d(?!\d|\.\d)")
_STREET = re.compile(
    r"\b\d{1,5}[a-z]?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Place"
    r"|Pl|Terrace|Crescent|Boulevard|Blvd|Gardens|Grove|Square|Straße|Strasse|Weg|Rue)\b"
    r"(?:[ \t]+(?:NW|NE|SW|SE))?"  # "1600 Pennsylvania Avenue NW, Washington" (R7)
    # The town written after it ("12 Elm Street, Springfield": rred2 D6 saw "[address] Springfield" reach a provider).
    r"(?:,?[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?\b)?\.?"
)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
# The R7 red team (issue 15): what else identifies a person and reached a provider. Each kind is recognised by its
# shape or by the words that frame it, so ordinary training text ("3x5 at 100kg", "zone 2", "RPE 8") passes unchanged.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)"
)
_A_DATE = (
    r"(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\.?,?(?:\s+\d{4})?"
    r"|" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?|\d{4})"
)
# "born 14 March 1988", "DOB 03/14/1988", "date of birth: 1988-03-14", "my birthday is March 14th".
_BIRTH = re.compile(
    r"(\b(?:born(?:\s+(?:on|in))?|dob|d\.o\.b\.?|date\s+of\s+birth|birth\s?date|birthday(?:\s+is)?)\s*(?:is\s+|was\s+)?[:\-]?"
    r"\s*)" + _A_DATE + r"\b",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?\b")
# An IBAN, whole or its first groups ("IE29 AIBK 9311 5212 3456 78", "IE29 AIBK"), and bank details named as such.
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}[ ]?[A-Z0-9]{4}(?:[ ]?[A-Z0-9]{1,4}){0,7}\b")
_BANK = re.compile(
    r"(\b(?i:sort\s+code|account\s+(?:number|no\.?)|acc(?:t|ount)?\s+no\.?|iban|bic|swift(?:\s+code)?|routing\s+number)"
    r"\s*(?:is\s+)?[:#]?\s*)[A-Z0-9][A-Z0-9 -]{3,33}[A-Z0-9]\b"
)
# Passport, licence and plate numbers: letter-and-digit tokens of six characters or more ("X1234567", "191-D-12345",
# "AB12CDE"), never a training note's notation ("3x5", "100kg", "2x20kg", "vo2max", "5x5x5").
_ID_TOKEN = re.compile(
    r"(?<![\w.@\[-])[A-Za-z0-9]{1,12}(?:-[A-Za-z0-9]{1,12}){1,4}(?![\w-])|(?<![\w.@\[])[A-Za-z0-9]{6,}(?!\w|\.\d)"
)
_NOTATION = re.compile(
    r"^(?:\d{1,6}(?:x\d{1,6}){0,4}(?:kgs?|lbs?|km|mi|min|mins|secs?|s|m|cals?|kcal|kj|reps?|sets?|rm|x|am|pm|st|nd|rd|th|hrs?|h"
    r"|ml|mg|g|k|bpm|w|kmh|mph|yo|yrs?|wks?|days?|cm|mm|ft|in|x\d{1,6}\w{0,6})?|vo2max|covid-?19)$",
    re.IGNORECASE,
)
_EIRCODE = re.compile(r"\b[AC-FHKNPRTV-Y]\d[\dW][ ]?[AC-FHKNPRTV-Y0-9]{4}\b")
_ZIP = re.compile(r"\b(?:[A-Z]{2})[ ]+\d{5}(?:-\d{4})?\b")
_FLAT = re.compile(
    r"\b(?i:flat|apartment|apt|unit|suite)\.?\s*#?\d+[a-zA-Z]?\b,?"
    r"(?:[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3}(?:Court|Close|Mews"
    r"|House|Heights|Terrace|Square|Place|Gardens|Villas|Manor|Hall|Park|Lodge|Apartments|Towers?|Green|Row|Walk|Quay)\b)?"
    r"|\b(?:[A-Z][a-z]+[ \t]+){1,2}(?:Court|Mews|Heights|Villas|Manor|Apartments)\b(?=,)"
)
_NAMED_STREET = re.compile(
    r"\b(?:[A-Z][a-z]+[ \t]+){1,2}(?:Road|Street|Avenue|Lane|Drive|Boulevard|Crescent|Terrace|Quay)\b"
    r"(?:[ \t]+(?:NW|NE|SW|SE|N|S|E|W)\b)?"
)
# "z.quixote at gmail dot com", "name (at) mail [dot] ie".
_DOT_WORD = r"(?:\s*\(dot\)\s*|\s*\[dot\]\s*|\s*\{dot\}\s*|\s+dot\s+)"
_SPOKEN_EMAIL = re.compile(
    r"\b[\w.+-]{1,64}(?:\s*\(at\)\s*|\s*\[at\]\s*|\s*\{at\}\s*|\s+at\s+)[\w-]{2,30}(?:\.[\w-]{2,30})?"
    + _DOT_WORD
    + r"[a-z]{2,6}\b(?:"
    + _DOT_WORD
    + r"[a-z]{2,3}\b)?",
    re.IGNORECASE,
)
# "I work at St James's Hospital", "I'm a nurse at the Mater": the workplace, which with a routine locates a person.
_WORKPLACE = re.compile(
    r"(\b(?i:i\s+(?:work|worked|am\s+working|'m\s+working|volunteer)|i'?m\s+(?:a|an)\s+[a-z]+|i\s+am\s+(?:a|an)\s+[a-z]+)"
    r"\s+(?i:at|for|in)\s+(?:(?i:the)\s+)?)(?:St\.[ \t]*)?(?:[A-Z][\w'\u2019&-]*)"
    r"(?:[ \t]+(?:[A-Z][\w'\u2019&-]*|of|on|and|&)){0,5}"
    r"(?<![ \t])(?<!\bof)(?<!\bon)(?<!\band)"
)


# R8 §4 (issue 15): what still reached a provider. A date of birth written in Spanish, Portuguese, Italian, French or
# German ("nacido el 3 de mayo de 1990"); an Eircode whose last group is not in the official alphabet ("H91 AB12");
# Iberian, Italian and French street addresses, the street word first ("Rua Augusta 25, 1100-048 Lisboa", "Calle
# Mayor 5"); a named gym, hospital, clinic or school ("Ben Dunne Gym", "Beaumont Hospital", "St Mary's school"), and a
# hospital ward, which with a routine ("at 5am", "I work 7-7") locate a person.
_FOREIGN_MONTH = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro"
    r"|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno"
    r"|luglio|settembre|ottobre|dicembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
    r"|décembre|januar|februar|märz|juni|juli|oktober|dezember|" + _MONTH[3:-1] + r")"
)
_FOREIGN_BIRTH = re.compile(
    r"(\b(?:nacid[oa]|nascid[oa]|nat[oa]|née?|geboren|fecha\s+de\s+nacimiento|data\s+de\s+nascimento|data\s+di\s+nascita"
    r"|date\s+de\s+naissance|geburtsdatum)\s*(?:el|em|a|il|le|am|en|on|in|:)?\s*)"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\.?(?:º|er)?\s+(?:de\s+)?"
    + _FOREIGN_MONTH
    + r"\.?(?:\s+(?:de\s+|del\s+)?\d{4})?"
    r"|\d{4})\b",
    re.IGNORECASE,
)
_LOOSE_EIRCODE = re.compile(r"\b[AC-FHKNPRTV-Y]\d[\dW][ ]?(?=[A-Z0-9]{0,3}\d)(?=[A-Z0-9]{0,3}[A-Z])[A-Z0-9]{4}\b")
_STREET_FIRST = re.compile(
    r"\b(?:Rua|Avenida|Avda\.?|Av\.|Calle|C/|Carrer|Camino|Paseo|Plaza|Praça|Praca|Travessa|Largo|Estrada|Via|Viale"
    r"|Piazza|Corso|Rue|Chemin|Allée|Quai)[ \t]{1,3}"
    r"(?:(?:de|da|do|dos|das|del|de[ \t]la|la|di|della|du|des)[ \t]{1,3}){0,3}"
    r"[A-ZÀ-Þ][\w'\u2019-]{0,30}"
    r"(?:[ \t]{1,3}(?:(?:de|da|do|del|la|di|della)[ \t]{1,3})?[A-ZÀ-Þ][\w'\u2019-]{0,30}){0,3}"
    r"(?:,?[ \t]*(?:n\.?º[ \t]*)?\d{1,5}[a-zA-Z]?\b)?"
)
# R11 (issue 15): a flat or door written between the street and the postcode ("Calle Mayor 5, 3B, 28014 Madrid",
# "2º izq.") kept the postcode and the town from being seen; a Dutch postcode is four digits and two capitals.
_FLAT_WORDS = (
    r"(?:(?:(?i:piso|planta|apt\.?|apartment|flat|puerta|porta|étage|etage|Stock|Whg\.?)[ \t]*)?"
    r"\d{1,3}(?:\.|[A-Za-zºª°]{0,2})"
    r"(?:[ \t]+(?i:izq(?:uierda|da|\.)?|dcha\.?|derecha|dto\.?|esq\.?|dto|OG|Etage|links|rechts))?,?[ \t]*)"
)
_EU_POSTCODE = re.compile(
    r"(?<=\[address\])(,?[ \t]*)"
    + _FLAT_WORDS
    + r"?(?:\d{4}-\d{3}|\d{5}|\d{4}[ \t]?[A-Z]{2}(?![\w])|\d{4})(?:[ \t]+[A-ZÀ-Þ][\w-]+)?"
    r"|\b\d{4}-\d{3}[ \t]+[A-ZÀ-Þ][\w-]+"
)
# "I live in 28014 Madrid", "PLZ 10115", "código postal 08001": a postcode said as one, with no street before it.
_SAID_POSTCODE = re.compile(
    r"(\b(?i:live|living|based|postcode|post\s+code|zip(?:\s+code)?|plz|postleitzahl|código\s+postal|codigo\s+postal"
    r"|cp|cap|code\s+postal|código\s+postal|postcode)\b[^.\n\d]{0,12})"
    r"(?:\d{4}-\d{3}|\d{5}|\d{4}[ \t]?[A-Z]{2}(?![\w])|\d{4})(?![\d.,]*\s*(?i:kg|lb|lbs|m|km|steps|kcal|cal)\b)"
    r"(?:[ \t]+[A-ZÀ-Þ][\w-]+)?"
)
# A practice named after its clinician ("Praxis Müller", "Clínica García", "Cabinet Dupont", "Praktijk de Vries",
# "Studio Fisioterapico Rossi"): the surname names the physio or doctor the user sees.
_PRACTICE = re.compile(
    r"\b(?:Praxis|Physiopraxis|Arztpraxis|Praktijk|Fysiotherapiepraktijk|Cl[ií]nica|Clinique|Cabinet|Consultorio"
    r"|Ambulatorio|Studio[ \t]+(?:Medico|Fisioterapico|Dentistico)|Centro[ \t]+(?:Médico|Medico|de[ \t]+Fisioterapia))"
    r"[ \t]+(?:(?:Dr\.?|Dra\.?|de|del|la|di|van|von|der|den|du|des)[ \t]+){0,2}[A-ZÀ-Þ][\w'\u2019-]+"
    r"(?:[ \t]+(?:&[ \t]+)?[A-ZÀ-Þ][\w'\u2019-]+){0,2}"
)
_NAMED_PLACE = re.compile(
    r"(?<![\w\[])(?!(?:My|The|A|An|Our|Your|This|That|Local|Home|New|Big|Small|Any|Every|Each|Which|What|Cheap|Good"
    r"|Best|Hotel|Work|Public|Private)\b)(?:St\.?[ \t]+)?[A-Z][\w'\u2019&-]*(?:[ \t]+[A-Z][\w'\u2019&-]*){0,3}[ \t]+"
    r"(?:Gym|Fitness|Hospital|Clinic|(?i:school)|College|University|Academy|(?:Leisure[ \t]+)?Centre|Center"
    r"|Primary|Secondary|Montessori|Nursing[ \t]+Home)\b"
)
_WARD = re.compile(r"\b(?i:ward)[ \t]+(?:\d{1,3}[A-Za-z]?|[A-Z][a-z]+)\b")

# R9 (issue 15): what still reached a provider. A child's school after "my son goes to" ("St Mary's", "Scoil Bhríde":
# with a drop-off time it locates a child), an Irish-language school named first ("Gaelscoil Bharra"), a fitness or
# social account given without an "@" ("my strava is joe_runs", "find me on strava: xyz") and a card's expiry date
# ("exp 04/27", "expires 11/28") beside a card number or the word card. A race on "04/27" or a "Romanian deadlift" is
# none of them and stays.
_SCHOOL_NAME = (
    r"(?:St\.?[ \t]+)?[A-ZÀ-ÖØ-Þ][\w'\u2019&-]*(?:[ \t]+(?:(?:na|an|de|of|the)[ \t]+)?[A-ZÀ-ÖØ-Þ][\w'\u2019&-]*){0,4}"
)
_CHILD_SCHOOL = re.compile(
    r"(\b(?i:my|our|his|her|their)[ \t]+(?i:(?:eldest|youngest|oldest|little|two|three)[ \t]+)?"
    r"(?i:kids?|son|sons|daughters?|child|children|boy|boys|girl|girls|lad|young\s+ones?|little\s+ones?|twins|toddler)"
    r"[ \t]+(?i:goes|go|going|is|are|started|starts|attends?|attending|is\s+in|is\s+at|are\s+in|are\s+at)"
    r"(?:[ \t]+(?i:to|at|in))?[ \t]+(?:(?i:the)[ \t]+)?)" + _SCHOOL_NAME
)
_IRISH_SCHOOL = re.compile(
    r"\b(?:Scoil|Gaelscoil|Bunscoil|Meánscoil|Gaelcholáiste|Coláiste|Colaiste|Ardscoil|Gaelscoileanna)[ \t]+"
    r"[A-ZÀ-ÖØ-Þ][\w'\u2019-]*(?:[ \t]+(?:(?:na|an|Naomh)[ \t]+)?[A-ZÀ-ÖØ-Þ][\w'\u2019-]*){0,3}"
)
_PLATFORM = (
    r"(?i:strava|instagram|insta|ig|tiktok|tik\s+tok|twitter|snapchat|snap|threads|garmin(?:\s+connect)?|youtube"
    r"|facebook|fb|whoop|peloton|komoot|myfitnesspal|mfp|discord|telegram|reddit)"
)
_ACCOUNT = re.compile(
    r"(\b(?i:my)[ \t]+" + _PLATFORM + r"(?:[ \t]+(?i:handle|username|user\s*name|name|account|profile|id|tag))?"
    r"[ \t]*(?::|[ \t](?i:is|=))[ \t]*"
    r"|(?:^|(?<=\n)|(?<=[.!?] ))"
    + _PLATFORM
    + r"(?:[ \t]+(?i:handle|username|user\s*name|account|profile|id|tag))?[ \t]*:[ \t]*"
    r"|\b(?i:find|follow|add|friend|tag|message|dm)[ \t]+(?i:me|us)[ \t]+(?i:on|at)[ \t]+"
    + _PLATFORM
    + r"[ \t]*(?:[:,-]|(?i:as|at|:))?[ \t]*)"
    r"(?!\[)@?([^\W\d][\w.]{1,29}[\w])"
)
# What a user says of the app itself ("my strava is broken", "my garmin is showing 180 bpm").
_NOT_AN_ACCOUNT = re.compile(
    r"(?:broken|private|public|showing|wrong|saying|linked|connected|syncing|synced|synching|acting|being|glitching"
    r"|glitchy|weird|updated|blank|gone|messed|dead|open|closed|bugged|buggy|lagging|offline|online|stuck|bad|telling"
    r"|reading|tracking|recording|missing|lying|different|full|empty|set|paused|frozen|crashing|crashed|lost|not"
    r"|off|on|a|an|the|my|really|super|way|totally|kinda|usually|always|never)$",
    re.IGNORECASE,
)
_CARD_WORDS = re.compile(r"\b(?:card|visa|mastercard|amex|debit|credit|cvv|cvc)\b|\[number\]", re.IGNORECASE)
_EXPIRY = re.compile(
    r"(\b(?i:exp(?:iry|ires|ired|iration)?(?:\s+date)?|valid\s+(?:thru|through|until|till|to)|good\s+thru|expiry\s+date)"
    r"\.?[ \t]*(?:(?i:is|on|in|of)[ \t]+)?[:=]?[ \t]*)(?:0?[1-9]|1[0-2])[ \t]*[/.-][ \t]*(?:20)?\d{2}\b"
)
_CARD_CODE = re.compile(r"(\b(?i:cvv2?|cvc2?|csc|security\s+code)[ \t]*(?:(?i:is)[ \t]+)?[:#=]?[ \t]*)\d{3,4}\b")
# A card number with its expiry written after it ("4111 1111 1111 1111 04/27"): the expiry goes, then the number.
_NUMBER_THEN_EXPIRY = re.compile(r"(\b\d(?:[ -]?\d){11,18}[ \t,]+)(?:0[1-9]|1[0-2])/(?:20)?\d{2}\b")


def _email(match: re.Match[str]) -> str:
    found = match.group(0)
    if not _TOP_LEVEL.search(found):
        return found
    cut = _NEXT_SENTENCE.search(found)
    if cut and _TOP_LEVEL.search(found[: cut.start()]):
        return "[email]" + found[cut.start() :]
    return "[email]"


def _number(match: re.Match[str]) -> str:
    digits = sum(c.isdigit() for c in match.group(0))
    return "[number]" if digits >= 9 else match.group(0)


def _id_token(match: re.Match[str]) -> str:
    token = match.group(0)
    letters = sum(c.isalpha() for c in token)
    digits = sum(c.isdigit() for c in token)
    if not letters or not digits or _NOTATION.match(token):
        return token
    hyphenated = "-" in token and len(token) >= 6 and digits >= 4  # "191-D-12345", not "MK-677"
    upper = "-" not in token and token.upper() == token and digits >= 2 and len(token) >= 6  # "AB12CDE"
    return "[id]" if digits >= 4 or hyphenated or upper else token


def _account(match: re.Match[str]) -> str:
    """An account name after "my strava is": a word that reads as English ("my strava is down") is no name."""
    name = match.group(2)
    plain = not any(c.isdigit() or c in "._" for c in name)
    said_of_it = plain and (english_word(name) or _NOT_AN_ACCOUNT.match(name) is not None)
    return match.group(0) if said_of_it else match.group(1) + "[handle]"


def redact(text: str) -> str:
    """`text` (NFKC-normalised: fullwidth digits and signs read as plain ones) with emails, long numbers (phones,
    health and identity numbers), street addresses and UK postcodes replaced by "[email]", "[number]", "[address]",
    "[postcode]". Run it on text already cleaned of control characters and tags (`prompts.user_input`), so nothing
    stripped later joins a number back together."""
    text = unicodedata.normalize("NFKC", text)
    text = _EMAIL.sub(_email, text)
    text = _SPOKEN_EMAIL.sub("[email]", text)
    text = _HANDLE.sub("[handle]", text)
    text = _ACCOUNT.sub(_account, text)
    text = _BIRTH.sub(lambda m: m.group(1) + "[date of birth]", text)
    text = _FOREIGN_BIRTH.sub(lambda m: m.group(1) + "[date of birth]", text)
    text = _BANK.sub(lambda m: m.group(1) + "[bank details]", text)
    text = _IBAN.sub("[bank details]", text)
    text = _EIRCODE.sub("[postcode]", text)
    text = _LOOSE_EIRCODE.sub("[postcode]", text)
    if _CARD_WORDS.search(text) or _NUMBER_THEN_EXPIRY.search(text):
        text = _EXPIRY.sub(lambda m: m.group(1) + "[card expiry]", text)
        text = _NUMBER_THEN_EXPIRY.sub(lambda m: m.group(1) + "[card expiry]", text)
        text = _CARD_CODE.sub(lambda m: m.group(1) + "[card code]", text)
    text = _NUMBER.sub(_number, text)
    text = _GERMAN_STREET.sub("[address]", text)
    text = _FRENCH_STREET.sub("[address]", text)
    text = _STREET_FIRST.sub("[address]", text)
    text = _EU_POSTCODE.sub(lambda m: (m.group(1) or "") + "[postcode]", text)
    text = _SAID_POSTCODE.sub(lambda m: m.group(1) + "[postcode]", text)
    text = _PRACTICE.sub("[practice]", text)
    text = _STREET.sub("[address]", text)
    text = _FLAT.sub("[address]", text)
    text = _NAMED_STREET.sub("[address]", text)
    text = _CHILD_SCHOOL.sub(lambda m: m.group(1) + "[school]", text)
    text = _IRISH_SCHOOL.sub("[school]", text)
    text = _WORKPLACE.sub(lambda m: m.group(1) + "[workplace]", text)
    text = _NAMED_PLACE.sub("[workplace]", text)
    text = _WARD.sub("[workplace]", text)
    text = _ZIP.sub("[postcode]", text)
    text = _POSTCODE.sub("[postcode]", text)
    return _ID_TOKEN.sub(_id_token, text)
