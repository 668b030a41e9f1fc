"""Passive suicidal ideation: the wish not to exist said without "die" or "kill", in one message or over turns, in
EN/PT/ES/FR/IT/DE/NL (issue 15, rr16 kind 1, hBL).

    not_existing(text) -> bool   life easier or better for others without oneself: "it would be easier if I just
                                 didn't exist anymore", "everyone would be better off without me", PT "seria mais
                                 fácil se eu não existisse", DE "alle wären ohne mich besser dran"
    pointless(text) -> bool      "what's the point of anything / of it all", FR "à quoi bon", DE "was soll das alles
                                 noch": a crisis only with hopelessness beside it or told before
    hopeless(text) -> bool       numbness, emptiness, nothing mattering or getting better ("Been feeling numb lately.")
    said(text) -> bool           one message: not existing, or pointlessness with hopelessness
    over_turns(message, earlier) -> bool   pointlessness or not existing now, hopelessness in the user's last few
                                 messages (`earlier`, oldest first)

rr16: "Been feeling numb lately." -> "Honestly it would be easier if I just didn't exist anymore." -> "So what's my
workout tomorrow?" got "Exercise releases endorphins, try a run." and "Tomorrow: legs, 5x5 squats." Turn 2 is the
crisis answer now; turn 3 then opens with the check-in and the helplines (`conversation.needs_check_in`). "What's the
point of anything above 12 reps?" and "what's the point of cardio if I'm bulking" are training questions: the point
must be of everything, of living or of going on, and hopelessness must be told.

Source: Columbia Suicide Severity Rating Scale, item 1 (wish to be dead: "wished you were dead or wished you could go
to sleep and not wake up"); perceived burdensomeness ("better off without me", Joiner's interpersonal theory; AFSP
warning signs); NICE NG225 (2022): ask directly and give crisis lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_I = re.IGNORECASE

_NOT_EXISTING = re.compile(
    # EN: "easier if I just didn't exist", "better for everyone if I was gone", "better off without me"
    r"\b(easier|better|simpler|lighter)\s+(for\s+(everyone|everybody|all\s+of\s+them|my\s+family|them|people)\s+)?"
    r"(if|when)\s+i\s+(just\s+|simply\s+)?(didn'?t|did\s+not|no\s+longer|stopped|wasn'?t|weren'?t|was\s+not|were\s+not"
    r"|was|were|had)\s+(exist\w*|here|around|alive|gone|born|there|never\s+been\s+born|disappeared|vanished)"
    r"|\b(easier|better)\s+(for\s+\w+\s+)?(if|when)\s+i\s+(just\s+)?(disappeared|vanished|ceased\s+to\s+exist)"
    r"|\b(everyone|everybody|they|my\s+(family|kids|friends|parents|partner|wife|husband)|the\s+world|people)\s+"
    r"(would|will|'?d)\s+be\s+(so\s+much\s+|much\s+|a\s+lot\s+)?better\s+off\s+(without\s+me|if\s+i\s+(was|were|wasn'?t))"
    r"|\b(i\s+)?(shouldn'?t|should\s+not)\s+(exist|be\s+alive|have\s+been\s+born)\b"
    r"|\b(don'?t|do\s+not)\s+want\s+to\s+(exist|be\s+alive)\s*(any\s*more|anymore)?\b"
    r"|\bwish\s+i\s+(didn'?t|did\s+not)\s+exist\b|\bstop\s+existing\b"
    # PT
    r"|\b(seria|era)\s+(mais\s+f(á|a)cil|melhor)\s+(para\s+todos\s+|pra\s+todo\s+mundo\s+)?se\s+eu\s+(simplesmente\s+|s(ó|o)\s+)?"
    r"(n(ã|a)o\s+(existisse|estivesse\s+aqui|estivesse\s+mais\s+aqui|tivesse\s+nascido)|sumisse|desaparecesse)"
    r"|\b(todos|todo\s+mundo|minha\s+fam(í|i)lia)\s+(ficariam|ficaria|estariam|estaria)\s+melhor\s+sem\s+mim"
    # ES
    r"|\bser(í|i)a\s+(m(á|a)s\s+f(á|a)cil|mejor)\s+(para\s+todos\s+)?si\s+(yo\s+)?(simplemente\s+)?(no\s+(existiera|estuviera"
    r"|hubiera\s+nacido)|desapareciera)|\b(todos|mi\s+familia)\s+(estar(í|i)an?|vivir(í|i)an?)\s+mejor\s+sin\s+m(í|i)"
    # FR
    r"|\b(ce\s+serait|ça\s+serait|ca\s+serait)\s+(plus\s+facile|mieux)\s+(pour\s+tout\s+le\s+monde\s+)?si\s+je\s+"
    r"(n'?existais\s+pas|n'?(é|e)tais\s+(plus\s+)?l(à|a)|disparaissais)|\b(tout\s+le\s+monde|ma\s+famille|ils)\s+"
    r"(serai(en)?t|irai(en)?t)\s+mieux\s+sans\s+moi|\bje\s+ne\s+veux\s+plus\s+exister"
    # IT
    r"|\bsarebbe\s+(pi(ù|u)\s+facile|meglio)\s+(per\s+tutti\s+)?se\s+(io\s+)?(non\s+(esistessi|ci\s+fossi(\s+pi(ù|u))?)"
    r"|sparissi)|\b(tutti|la\s+mia\s+famiglia)\s+(starebbero|starebbe)\s+meglio\s+senza\s+(di\s+)?me"
    # DE
    r"|\b(es\s+)?w(ä|ae)re\s+(einfacher|leichter|besser)\s*,?\s+(f(ü|u)r\s+alle\s+)?wenn\s+ich\s+(einfach\s+)?(nicht\s+"
    r"(mehr\s+)?(da|hier)\s+w(ä|ae)re|nicht\s+existieren\s+w(ü|u)rde|nicht\s+existierte|weg\s+w(ä|ae)re)"
    r"|\balle\s+w(ä|ae)ren\s+(ohne\s+mich\s+)?besser\s+dran(\s+ohne\s+mich)?"
    # NL
    r"|\bhet\s+zou\s+(makkelijker|beter)\s+zijn\s+(voor\s+iedereen\s+)?als\s+ik\s+(er\s+)?(gewoon\s+)?(niet\s+(meer\s+)?"
    r"(was|bestond|zou\s+bestaan)|er\s+niet\s+meer\s+was)|\biedereen\s+(zou|is)\s+beter\s+af\s+(zijn\s+)?zonder\s+mij",
    _I,
)
# The point of everything, of living, of going on (not of a drill, a set range or cardio while bulking).
_POINTLESS = re.compile(
    r"\bwhat'?s\s+(even\s+)?the\s+point\s+(of|in)\s+(anything|everything|it\s+all|any\s+of\s+(it|this)|life|living"
    r"|going\s+on|trying|carrying\s+on|getting\s+up|being\s+here)\s*(any\s*more|anymore)?\s*[?.!,]*\s*$"
    r"|\bwhat\s+is\s+the\s+point\s+(of|in)\s+(anything|everything|it\s+all|life|living|going\s+on)\b"
    r"|\b(nothing|none\s+of\s+(it|this))\s+(matters|has\s+a\s+point)\s+any\s*more\b"
    r"|\bqual\s+(é\s+|e\s+)?o\s+sentido\s+de\s+(tudo|viver|nada)|\bpra\s+qu(ê|e)\s+(tudo\s+isso|viver|continuar)"
    r"|\bqu(é|e)\s+sentido\s+tiene\s+(todo|nada|vivir|seguir)|\bpara\s+qu(é|e)\s+(seguir|vivir)"
    r"|\b(à|a)\s+quoi\s+bon(\s+(tout\s+ça|vivre|continuer))?\s*[?.!]*\s*$|\bà\s+quoi\s+bon\s+(vivre|continuer|tout\s+ça)"
    r"|\bche\s+senso\s+ha\s+(tutto|vivere|andare\s+avanti|niente)|\bwas\s+soll\s+(das\s+)?(alles|das\s+alles)\s+(noch\b)?"
    r"|\bwozu\s+(das\s+alles|noch\s+leben|weitermachen)|\bwat\s+(heeft|is)\s+het\s+(allemaal\s+)?(nog\s+)?(voor\s+)?zin\b",
    _I,
)
_HOPELESS = re.compile(
    r"\b(numb|empty|hopeless|worthless|dead\s+inside|nothing\s+matters|nothing\s+(will|is\s+going\s+to)\s+(ever\s+)?"
    r"(change|get\s+better|improve)|can'?t\s+feel\s+anything|don'?t\s+feel\s+anything|feel\s+nothing|no\s+hope|given\s+up"
    r"|giving\s+up\s+on\s+(everything|life)|tired\s+of\s+(everything|it\s+all|life)|a\s+burden|no\s+future"
    r"|vazi[oa]|sem\s+esperan(ç|c)a|entorpecid[oa]|sem\s+sentir\s+nada|n(ã|a)o\s+sinto\s+nada|vac(í|i)[oa]"
    r"|sin\s+esperanza|no\s+siento\s+nada|desesperanzad[oa]|vide|sans\s+espoir|je\s+ne\s+ressens\s+(plus\s+)?rien"
    r"|d(é|e)sesp(é|e)r(é|e)e?|vuot[oa]|senza\s+speranza|non\s+sento\s+(pi(ù|u)\s+)?niente|leer|hoffnungslos"
    r"|f(ü|u)hle\s+nichts|taub|leeg|hopeloos|voel\s+(niks|niets)|uitzichtloos)\b",
    _I,
)


def not_existing(text: str) -> bool:
    """Life easier or others better off without oneself, or not wanting to exist (module docstring)."""
    return _NOT_EXISTING.search(text) is not None


def pointless(text: str) -> bool:
    """The point of everything, of living or of going on questioned."""
    return _POINTLESS.search(text) is not None


def hopeless(text: str) -> bool:
    """Numbness, emptiness, hopelessness said."""
    return _HOPELESS.search(text) is not None


def said(text: str) -> bool:
    """One message: not existing, or pointlessness with hopelessness (the crisis answer)."""
    return not_existing(text) or (pointless(text) and hopeless(text))


def over_turns(message: str, earlier: Sequence[str]) -> bool:
    """Pointlessness or not existing now, with hopelessness told in the user's last few messages."""
    if not (pointless(message) or not_existing(message)):
        return False
    return said(message) or any(hopeless(text) for text in earlier[-8:])
