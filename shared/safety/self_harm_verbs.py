"""Suicidal statements with a first-person verb in Spanish, German, French, Italian, Portuguese or Dutch, and "I can't
take it anymore" said with a wish to die (issue 15, rr12 kind 2, hAF).

    said(text) -> bool   the message states an intent or wish to kill oneself: a row of `inputs._CATEGORY_RULES`
                         ("self_harm")

The twelfth red team's offline coach gave "Quiero matarme, ya no aguanto más." the training plan: the lists knew
"me quiero matar" (pronoun before the verb) but not the enclitic "matarme" (pronoun after it), and the same gap held
for "matar-me", "suicidar-me", "mich töten", "me suicider", "mezelf van kant maken". Every first-person suicidal
statement needs the crisis answer first (NICE NG225 2022; WHO LIVE LIFE 2021: ask directly, take it seriously,
give crisis lines). The verb must come with the speaker's own intent ("quiero / voy a / pienso en ... matarme") so
the hyperbole "esta rutina va a matarme" ("this workout will kill me") stays training talk; "can't take it anymore"
counts only together with a wish to die or disappear, so "no aguanto más las agujetas" stays training talk.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# The speaker's own intent or thought, before an infinitive ("quiero", "voy a", "pienso en", "ganas de").
_ES_INTENT = (
    r"(quiero|quisiera|voy\s+a|vo(y|i)\s+a|pienso\s+en|pensando\s+en|he\s+pensado\s+en|ganas\s+de|deseo|"
    r"me\s+gustar(í|i)a|necesito|tengo\s+que|debería|deberia|intent(é|e|ar)|planeo|a\s+punto\s+de)"
)
_PT_INTENT = (
    r"(quero|queria|vou|penso\s+em|pensando\s+em|tenho\s+vontade\s+de|vontade\s+de|preciso|desejo|"
    r"gostaria\s+de|tentei|planeio|planejo)"
)
_IT_INTENT = (
    r"(voglio|vorrei|vado\s+a|penso\s+di|penso\s+a|pensando\s+di|pensando\s+a|ho\s+voglia\s+di|"
    r"devo|sto\s+per|ho\s+provato\s+a|provare\s+a)"
)

_VERBS = re.compile(
    # es: enclitic "matarme", "suicidarme", "quitarme la vida", "acabar con mi vida"
    rf"\b{_ES_INTENT}\s+(matarme|suicidarme|morirme|quitarme\s+la\s+vida|acabar\s+con\s+mi\s+vida|tirarme\s+(de|por|a)\s+)"
    r"|\bme\s+(voy\s+a|quiero|pienso)\s+(matar|suicidar|morir)\b(?!\s+(de\s+(risa|hambre|sue(ñ|n)o|calor)|entrenando|"
    r"en\s+el\s+gym|en\s+el\s+gimnasio|con\s+(las\s+)?(sentadillas|burpees|pesas)))"
    r"|\bacabar\s+con\s+mi\s+(propia\s+)?vida|\bquitarme\s+la\s+vida"
    # pt: "me matar" is in the older list; the European enclitic forms
    rf"|\b{_PT_INTENT}\s+(matar-me|suicidar-me|me\s+suicidar|acabar\s+com\s+a\s+minha\s+vida|acabar\s+com\s+tudo)"
    r"|\bacabar\s+com\s+a\s+(minha\s+)?(pr(ó|o)pria\s+)?vida|\btirar\s+a\s+pr(ó|o)pria\s+vida|\bvou-me\s+matar"
    # it
    rf"|\b{_IT_INTENT}\s+(uccidermi|ammazzarmi|suicidarmi|togliermi\s+la\s+vita|farla\s+finita)"
    r"|\bmi\s+(voglio|vado\s+a)\s+(uccidere|ammazzare|suicidare)|\bmi\s+ammazzo\b(?!\s+(di|a|in)\b)"
    # fr
    r"|\bme\s+suicider|\bmettre\s+fin\s+(à|a)\s+(mes\s+jours|ma\s+vie)|\bje\s+vais\s+me\s+tuer"
    r"|\bje\s+veux\s+(me\s+tuer|en\s+finir|mourir|me\s+suicider)"
    # de
    r"|\bmich\s+(selbst\s+)?(umbringen|töten|toeten|umzubringen|zu\s+töten|zu\s+toeten)"
    r"|\bbring(e)?\s+mich\s+(noch\s+)?um\b(?!\s+(den|die|das|meinen|meine)\b)|\bmir\s+das\s+leben\s+(zu\s+)?nehmen"
    r"|\bmeinem\s+leben\s+ein\s+ende\s+(zu\s+)?setzen|\bschluss\s+machen\s+mit\s+(meinem\s+leben|allem)"
    # nl
    r"|\bmezelf\s+(van\s+kant\s+(te\s+)?maken|(te\s+)?doden|(te\s+)?vermoorden|om\s+het\s+leven\s+(te\s+)?brengen"
    r"|dood\s+(te\s+)?maken|iets\s+aan\s+(te\s+)?doen)"
    r"|\bmijn\s+leven\s+(be(ë|e)indigen|te\s+be(ë|e)indigen)|\ber\s+een\s+eind(e)?\s+aan\s+(te\s+)?maken",
    _I,
)

# "I can't take it anymore" in the six languages and English ...
_CANT_GO_ON = (
    r"(ya\s+no\s+aguanto(\s+m(á|a)s)?|no\s+aguanto\s+m(á|a)s|no\s+puedo\s+m(á|a)s|"
    r"ich\s+halte\s+(es|das)\s+nicht\s+mehr\s+aus|ich\s+kann\s+nicht\s+mehr|"
    r"je\s+n'?en\s+peux\s+plus|j'?en\s+peux\s+plus|"
    r"non\s+ce\s+la\s+faccio\s+pi(ù|u)|non\s+reggo\s+pi(ù|u)|"
    r"n(ã|a)o\s+aguento\s+mais|n(ã|a)o\s+suporto\s+mais|"
    r"ik\s+kan\s+het\s+niet\s+meer\s+aan|ik\s+trek\s+het\s+niet\s+meer|"
    r"(can'?t|cannot)\s+(take|handle|do)\s+(it|this|life)\s+any\s*more|(can'?t|cannot)\s+go\s+on)"
)
# ... with a wish to die, be dead or disappear in the same message.
_DEATH_WISH = (
    r"(morir(me)?|muert[oa]|desaparecer|no\s+despertar|"
    r"sterben|tot\s+sein|verschwinden|nicht\s+mehr\s+(leben|da\s+sein)|"
    r"mourir|(ê|e)tre\s+mort|dispara(î|i)tre|"
    r"morire|essere\s+mort[oa]|sparire|"
    r"morrer|estar\s+mort[oa]|sumir|desaparecer|"
    r"dood\s+(zijn|gaan)|ik\s+wil\s+dood|verdwijnen|"
    r"want\s+to\s+die|wanna\s+die|be\s+dead|disappear|not\s+wake\s+up)"
)
_CANT_GO_ON_AND_DIE = re.compile(
    rf"\b{_CANT_GO_ON}\b[^?!]{{0,80}}\b{_DEATH_WISH}\b|\b{_DEATH_WISH}\b[^?!]{{0,80}}\b{_CANT_GO_ON}\b", _I
)


def said(text: str) -> bool:
    """A first-person suicidal statement in ES/DE/FR/IT/PT/NL, or "can't take it anymore" with a wish to die."""
    return bool(_VERBS.search(text) or _CANT_GO_ON_AND_DIE.search(text))
