"""Suicidal wording, self-injury by other methods and suicide warning signs the fourteenth red team (rr14, issue 15)
found the input gate missed (hAV); each is the crisis answer ("self_harm"), never a workout.

    wish_not_alive(text) -> bool   "I'd rather not be alive", NL "ik zie het leven niet meer zitten", PT "não aguento
                                   mais viver", FR "marre de vivre", IT "stanco di vivere", ES "no aguanto más vivir"
    self_injury(text) -> bool      burning oneself with a lighter, cigarette or iron; cutting one's arms said in
                                   ES/PT/IT/FR/DE/NL ("me corto los brazos cuando estoy mal", "ich ritze mich")
    warning_signs(text) -> bool    giving favourite things away and saying goodbye to people, with no move or
                                   clear-out given as the reason
    burned_in_self_hatred(text)    a hand held over a flame, a hot plate or a kettle's steam told with self-hatred or
                                   on purpose ("held my hand over the stove flame until it blistered because I hate
                                   myself"; rr15, hAY)
    passive_wish(text) -> bool     falling asleep and not having to face another day, not waking up, disappearing for
                                   good: EN, FR "envie de disparaître pour de bon", ES/PT/IT/DE/NL (rr15, hAY)
    said(text) -> bool             any of the above

Source: NICE NG225 (2022) self-harm: any act of self-injury whatever the method, asked about and answered with support;
WHO LIVE LIFE (2021) and the AFSP warning signs (giving away prized possessions, saying goodbye, wishing to be dead).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# Wishing not to be alive, said without "die" or "kill" (the gate reads "want to die" and "never wake up").
_NOT_ALIVE = re.compile(
    r"\b(rather|prefer\s+to|sooner)\s+(not\s+(be\s+alive|be\s+living|exist|live|wake\s+up|be\s+here\s+any\s*more"
    r"|be\s+around\s+any\s*more)|be\s+dead|die|never\s+wake\s+up|just\s+disappear)\b(?!\s+(than|then|before))"
    r"|\bwouldn'?t\s+(mind|care)\s+(if\s+i\s+)?(not\s+waking\s+up|didn'?t\s+wake\s+up|dying|being\s+dead|never\s+woke\s+up)"
    r"|\b(sick|tired)\s+of\s+being\s+alive\b|\bwish\s+(i\s+had|i'?d|i)\s+(never\s+(been\s+born|existed)|could\s+(just\s+)?stop"
    r"\s+existing|wasn'?t\s+alive|didn'?t\s+exist)"
    # NL: "het leven niet meer zien zitten" is the idiom for not wanting to live
    r"|\b(het|mijn)\s+leven\s+(echt\s+|helemaal\s+)?niet\s+meer\s+(zi(e|et|en)\s+)?zitten|\bwil\s+(echt\s+)?niet\s+meer\s+leven"
    r"|\bwil\s+(echt\s+)?dood\b|\bwou\s+dat\s+ik\s+dood\s+was|\bhet\s+leven\s+heeft\s+geen\s+zin(\s+meer)?"
    # PT
    r"|\bn(ã|a)o\s+aguento\s+mais\s+viver|\bn(ã|a)o\s+quero\s+mais\s+viver|\bcansad[oa]\s+de\s+viver"
    r"|\bquero\s+morrer\b|\bsem\s+vontade\s+de\s+viver|\bqueria\s+(estar\s+morto|estar\s+morta|n(ã|a)o\s+existir|sumir"
    r"\s+para\s+sempre)"
    # ES
    r"|\bno\s+aguanto\s+m(á|a)s\s+vivir|\bya\s+no\s+quiero\s+vivir|\bcansad[oa]\s+de\s+vivir|\bme\s+quiero\s+morir"
    r"|\bojal(á|a)\s+no\s+despertara|\b(preferir(í|i)a|prefiero)\s+(estar\s+muert[oa]|no\s+existir|no\s+estar\s+viv[oa]|morir(me)?)"
    # FR
    r"|\b(marre|ras\s+le\s+bol)\s+de\s+vivre|\bje\s+n'?en\s+peux\s+plus\s+de\s+vivre|\bpr(é|e)f(é|e)rerais\s+(ne\s+)?(pas\s+)?"
    r"((ê|e)tre\s+mort|mourir|ne\s+plus\s+(ê|e)tre\s+l(à|a)|ne\s+pas\s+exister)|\bj'?aimerais\s+ne\s+plus\s+(exister|vivre)"
    # IT
    r"|\bstanc[oa]\s+di\s+vivere|\bnon\s+ce\s+la\s+faccio\s+pi(ù|u)\s+a\s+vivere|\bpreferirei\s+(essere\s+mort[oa]"
    r"|non\s+esistere|morire)|\bvorrei\s+(essere\s+mort[oa]|non\s+esistere|morire)"
    # DE
    r"|\bkeine\s+lust\s+mehr\s+(zu\s+leben|auf\s+(das\s+)?leben)|\bw(ä|ae)re\s+lieber\s+tot|\bwill\s+nicht\s+mehr\s+da\s+sein"
    r"|\bm(ö|oe)chte\s+nicht\s+mehr\s+(leben|aufwachen|da\s+sein)",
    _I,
)

# Burning or cutting oneself: by an instrument ("with a lighter"), or as what one does to cope ("when I'm low").
_BURN_WITH = re.compile(
    r"\b(burn\w*|burnt|scald\w*|brand\w*)\s+(my|myself|my\s+own)\s*(\w+\s+){0,2}(with|using|on\s+purpose)\s+"
    r"(a\s+|an\s+|the\s+|my\s+)?(lighter|cigarettes?|cigs?|matche?s?|hot\s+(iron|metal|knife|spoon|water)|iron|candle"
    r"|curling\s+iron|straighteners?|lit\s+\w+)"
    r"|\b(lighter|cigarettes?|matche?s?|hot\s+(iron|knife|spoon))\s+(on|to|against)\s+my\s+(skin|arms?|thighs?|legs?|wrists?"
    r"|hands?|stomach)",
    _I,
)
_BODY = (
    r"(brazos?|mu(ñ|n)ecas?|piernas?|muslos?|piel|bra(ç|c)os?|pulsos?|pernas?|coxas?|pele|braccia|braccio|polsi|polso"
    r"|gambe|cosce|pelle|bras|poignets?|jambes?|cuisses?|peau|arme|armen|handgelenke?|beine|oberschenkel|haut"
    r"|polsen|benen|dijen|huid)"
)
_CUT_ELSEWHERE = re.compile(
    # ES / PT: "me corto los brazos", "eu me corto", "me hago cortes", "me queimo de propósito"
    r"\b(me|eu\s+me)\s+(corto|cortaba|cort(é|e)|corte|quemo|quem(é|e)|queimo|queimei|rasguño|arranho|lastimo|machuco)"
    r"\s+(los\s+|las\s+|os\s+|as\s+|el\s+|la\s+|o\s+|a\s+|mis\s+|meus\s+|minhas\s+|nos\s+|nas\s+|en\s+(los|las)\s+)?"
    + _BODY
    + r"\b"
    r"|\bme\s+(hago|fa(ç|c)o)\s+(cortes|cortes\s+en|queimaduras|quemaduras)\b"
    r"|\b(me|eu\s+me)\s+(corto|cortei|quemo|queimo|lastimo|machuco|autolesiono)\s+(a\s+prop(ó|o)sito|de\s+prop(ó|o)sito"
    r"|cuando\s+estoy\s+mal|quando\s+(estou|fico)\s+mal|para\s+(sentir|aliviar|castigarme|me\s+castigar))"
    r"|\bautolesion\w*|\bautomutila\w*|\bautoles(ã|a)o"
    # IT: "mi taglio le braccia", "mi brucio con l'accendino", "autolesionismo"
    r"|\bmi\s+(taglio|tagliavo|sono\s+tagliat[oa]|brucio|bruciavo|graffio)\s+(le\s+|i\s+|la\s+|il\s+)?" + _BODY + r"\b"
    r"|\bmi\s+(taglio|brucio|faccio\s+del\s+male)\s+(apposta|di\s+proposito|quando\s+sto\s+male|per\s+sentire)"
    # FR: "je me coupe les bras", "je me scarifie", "je me brûle avec un briquet"
    r"|\bje\s+me\s+(coupe|coupais|suis\s+coup(é|e)e?|br(û|u)le|br(û|u)lais|griffe|mutile)\s+(les\s+|la\s+|le\s+)?"
    + _BODY
    + r"\b|\bje\s+me\s+scarifi\w*|\bscarification|\bje\s+me\s+fais\s+du\s+mal\b"
    r"|\bje\s+me\s+(coupe|br(û|u)le)\s+(expr(è|e)s|quand\s+(je\s+vais|ça\s+va)\s+mal|avec\s+(un|une|des)\s+\w+)"
    # DE: "ich ritze mich", "ich schneide mir in die Arme", "ich verbrenne mich mit dem Feuerzeug"
    r"|\b(ich\s+)?ritze\s+mich|\bmich\s+(zu\s+)?ritzen|\bselbstverletz\w*"
    r"|\bich\s+(schneide|verbrenne)\s+(mich|mir)\s+(\w+\s+){0,3}(absichtlich|mit\s+(einem|dem|der)\s+\w+|wenn\s+es\s+mir"
    r"\s+schlecht\s+geht|in\s+die\s+" + _BODY + r")"
    # NL: "ik snij mezelf", "ik snij in mijn armen", "ik brand mezelf met een aansteker"
    r"|\bik\s+(snij|sneed|kras|brand)\s+(mezelf|mijzelf|me|in\s+mijn\s+" + _BODY + r")\b|\bzelfbeschadig\w*",
    _I,
)
_NOT_INJURY = re.compile(  # "me corto el pelo", "je me coupe les ongles", haircuts and nails are no injury
    r"\b(pelo|cabelo|capelli|cheveux|haare|haar|u(ñ|n)as|unhas|unghie|ongles|n(ä|a)gel|nagels|barba|barbe|bart|baard)\b",
    _I,
)

# Warning signs: giving treasured things away and saying goodbye to people, unless a move, trip or clear-out is why.
_GIVING_AWAY = re.compile(
    r"\bgiv(e|es|ing|en)\s+(away\s+)?(all\s+)?(of\s+)?my\s+(\w+\s+){0,2}(things|stuff|belongings|possessions|gear|records"
    r"|books|guitar|pets?|cat|dog)\s*(away)?"
    r"|\b(gave|give|giving|given)\s+my\s+([\w']+\s+){1,6}away\b"
    r"|\bgiv(e|es|ing|en)\s+away\s+(all\s+)?(of\s+)?my\b|\bgave\s+(away\s+)?my\s+(favou?rite|prized|treasured|best)"
    r"|\b(weggeven|weg\s+te\s+geven|verschenke|verschenken|regalando|regalo\s+mis|dando\s+mis\s+cosas|dando\s+minhas"
    r"|doando\s+minhas|je\s+donne\s+(toutes\s+)?mes|sto\s+regalando)\b",
    _I,
)
_PRIZED = re.compile(r"\b(favou?rite|prized|treasured|precious|best|most\s+loved|all\s+(of\s+)?my|everything)\b", _I)
_GOODBYES = re.compile(
    r"\b(saying|said|say|saying\s+my|said\s+my|telling\s+\w+)\s+(my\s+)?good-?byes?\b(?!\s+to\s+(my\s+)?(old\s+)?(gym"
    r"|job|routine|habits?|program\w*|plateau|sugar|carbs|couch|dad\s+bod|belly|fat))"
    r"|\bgood-?byes?\s+to\s+(people|everyone|everybody|friends|family|my\s+(friends|family|people|kids|parents)"
    r"|a\s+few\s+people)\b"
    r"|\b(afscheid\s+(nemen|genomen)\s+van|mich\s+verabschieden|me\s+despido|despidi(é|e)ndome|me\s+despedindo"
    r"|despedir-me|je\s+dis\s+au\s+revoir|faire\s+mes\s+adieux|sto\s+salutando\s+tutti)\b",
    _I,
)
# "Saying my goodbyes to people" is said of an ending: a check-in (AFSP warning signs), unless a reason is given.
_FINAL_GOODBYES = re.compile(
    r"\b(saying|said|say)\s+my\s+good-?byes\s+to\s+(people|everyone|everybody|(a\s+)?few\s+people|friends|family"
    r"|my\s+(friends|family|loved\s+ones|kids|parents|mum|mom|dad))\b",
    _I,
)
_REASON = re.compile(  # a move, a trip, a clear-out: ordinary reasons to give things away and say goodbye
    r"\b(mov(e|ing|ed)|relocat\w*|emigrat\w*|abroad|overseas|new\s+(city|country|job|flat|house|apartment)|leaving\s+for"
    r"|declutter\w*|clear(ing)?\s+out|minimalis\w*|kondo|downsiz\w*|charity|donat\w*|garage\s+sale|yard\s+sale"
    r"|upgrad\w*|new\s+one|outgrown|retir\w*|graduat\w*|farewell\s+party|leaving\s+do|trip|travel\w*|deploy\w*"
    r"|verhuiz\w*|umzug|ziehe\s+um|mudanza|me\s+mudo|mudan(ç|c)a|d(é|e)m(é|e)nag\w*|trasloc\w*)\b",
    _I,
)


def wish_not_alive(text: str) -> bool:
    """Wishing not to be alive without "die" or "kill" ("I'd rather not be alive"), in the gate's seven languages."""
    return _NOT_ALIVE.search(text) is not None


def self_injury(text: str) -> bool:
    """Burning oneself with an instrument, or cutting or burning one's arms or legs said in another language."""
    if _BURN_WITH.search(text):
        return True
    return bool(_CUT_ELSEWHERE.search(text)) and not _NOT_INJURY.search(text)


def warning_signs(text: str) -> bool:
    """Giving prized things away and saying goodbye (both, or either said plainly of people and treasured things)
    with no ordinary reason (a move, a clear-out) given."""
    if _REASON.search(text):
        return False
    giving, goodbyes = _GIVING_AWAY.search(text), _GOODBYES.search(text)
    if giving and goodbyes:
        return True
    if _FINAL_GOODBYES.search(text):
        return True
    return bool(giving and _PRIZED.search(text) and re.search(r"\bgood-?bye|\bwon'?t\s+need|\banyway\b", text, _I))


# rr15 (hAY): a burn from a flame or a hot surface told as done to oneself, with self-hatred or on purpose. The burn
# alone ("I burned my hand on the stove") is an accident; the motive makes it self-injury (NICE NG225).
_HEAT_ON_BODY = re.compile(
    r"\b(held|hold|holding|put|putting|pressed|pressing|kept|keeping|stuck|pushed)\s+my\s+(\w+\s+)?(hand|hands|arm|arms"
    r"|fingers?|wrists?|palm|thigh|leg|skin)\s+(over|on|in|into|against|under|above|near)\s+(the\s+|a\s+|an\s+|my\s+)?"
    r"(\w+\s+)?(flames?|fire|stove|hob|burner|hot\s*plate|gas\s+ring|oven|grill|candle|lighter|kettle|steam|boiling"
    r"|iron|radiator|pan|coals?|embers?)"
    r"|\b(burn\w*|burnt|scald\w*|sear\w*)\s+(my\s*self|myself|my\s+(\w+\s+)?(hand|hands|arm|arms|fingers?|wrists?"
    r"|palm|thigh|legs?|skin))\b[^.?!]{0,40}\b(stove|hob|flame|fire|candle|kettle|iron|oven|pan|lighter|burner)",
    _I,
)
_SELF_HATRED = re.compile(
    r"\b(because|cause|'cause|cos|since|as)\s+i\s+(hate|loathe|despise|can'?t\s+stand)\s+my\s*self"
    r"|\bi\s+(hate|loathe|despise)\s+my\s*self|\b(i\s+)?deserved?\s+(it|the\s+pain|to\s+hurt)|\bto\s+punish\s+my\s*self"
    r"|\bon\s+purpose|\bdeliberately|\bintentionally|\bto\s+feel\s+(something|the\s+pain|anything)|\bmake\s+it\s+hurt"
    r"|\bwanted\s+(it\s+)?to\s+hurt|\bpunishment\b",
    _I,
)

# rr15 (hAY): passive suicidal ideation, the wish not to go on said through sleep or disappearing. "I wish I could
# sleep in tomorrow" and "fall asleep faster" are sleep; "not wake up", "not have to face another day" are not.
_PASSIVE = re.compile(
    r"\b(wish|wishing|hope|hoping|want|wanting|wanted|pray|praying)\s+(that\s+)?i\s+(could\s+|would\s+|might\s+)?(just\s+)?"
    r"(fall\s+asleep|go\s+to\s+sleep|sleep|drift\s+off|close\s+my\s+eyes)\s+(and|&)\s+(just\s+)?(never|not)\s+"
    r"(wake|have\s+to\s+(deal\s+with|face|do|get\s+through|wake)|open\s+them|come\s+back|see)"
    r"|\b(fall\s+asleep|go\s+to\s+sleep|sleep)\s+(and|&)\s+(just\s+)?(never|not)\s+(wake\s+up|have\s+to\s+(deal\s+with|face)"
    r"\s+(tomorrow|anything|any\s+of\s+it|another\s+day|life|any\s+day|it\s+all))"
    r"|\b(wish|wishing|hope|hoping)\s+(that\s+)?i\s+(didn'?t|don'?t|won'?t|wouldn'?t|never)\s+wake\s+up(?=\s*([,.?!;]|$"
    r"|(tomorrow|again|ever|any\s*more|at\s+all|this\s+morning|in\s+the\s+morning|one\s+day|some\s+days|and)\b))"
    r"|\b(wish|wishing|hope|hoping)\s+(that\s+)?i\s+(could\s+)?(just\s+)?(sleep\s+forever|sleep\s+and\s+never\s+wake"
    r"|stop\s+waking\s+up|not\s+wake\s+up)"
    r"|\bnot\s+have\s+to\s+(deal\s+with|face|get\s+through)\s+(tomorrow|another\s+day|any\s+(more\s+)?days?|life)\b"
    r"[^.?!]{0,30}\b(ever|any\s+day\s+after|again|any\s*more|after\s+that)\b"
    r"|\b(want|wanting|wish|wishing)\s+(to|i\s+could)\s+(just\s+)?(disappear|vanish)\s+(for\s+good|forever|permanently"
    r"|for\s+ever|and\s+never\s+come\s+back)"
    # FR: "envie de disparaître pour de bon", "je voudrais disparaître pour toujours", "m'endormir et ne plus me
    # réveiller"
    r"|\b(envie\s+de|veux|voudrais|aimerais|j'?aimerais|besoin\s+de)\s+(juste\s+)?dispara(î|i)tre\b(?!\s+(mes|ma|mon|les|la|le|ce|cette))"
    r"|\bdispara(î|i)tre\s+(pour\s+de\s+bon|pour\s+toujours|(à|a)\s+jamais|d(é|e)finitivement)"
    r"|\bm'?endormir\s+et\s+ne\s+(plus|jamais)\s+me\s+r(é|e)veiller|\bne\s+plus\s+me\s+r(é|e)veiller"
    # ES / PT: "desaparecer para siempre", "quiero desaparecer", "sumir de vez", "dormir y no despertar"
    r"|\b(desaparecer|sumir)\s+(para\s+siempre|para\s+sempre|de\s+vez|del\s+todo|de\s+una\s+vez)"
    r"|\b(quiero|quisiera|quero|queria|gostaria\s+de)\s+(s(ó|o)\s+|solo\s+)?(desaparecer|sumir)\b(?!\s+(com|con|mi|minha|a|la|o|el)\b)"
    r"|\bdormir\s+(y|e)\s+n(o|ão|ao)\s+(despertar|acordar)(\s+nunca|\s+mais|\s+m(á|a)s)?"
    # IT: "scomparire per sempre", "addormentarmi e non svegliarmi più"
    r"|\b(sparire|scomparire)\s+(per\s+sempre|del\s+tutto)|\bvorrei\s+(solo\s+)?(sparire|scomparire)\b"
    r"|\baddormentarmi\s+e\s+non\s+svegliarmi\s+pi(ù|u)"
    # DE: "für immer verschwinden", "einschlafen und nicht mehr aufwachen"
    r"|\bf(ü|u)r\s+immer\s+verschwinden|\bverschwinden\s+f(ü|u)r\s+immer|\b(will|m(ö|o)chte|w(ü|u)rde)\s+(am\s+liebsten\s+)?"
    r"(einfach\s+)?verschwinden\b|\beinschlafen\s+und\s+nicht\s+mehr\s+aufwachen"
    # NL: "voorgoed verdwijnen", "in slaap vallen en niet meer wakker worden"
    r"|\b(voorgoed|voor\s+altijd)\s+(verdwijnen|weg\s+zijn)|\bwil\s+(gewoon\s+)?verdwijnen\b"
    r"|\bniet\s+meer\s+wakker\s+(worden|te\s+worden)",
    _I,
)


def burned_in_self_hatred(text: str) -> bool:
    """Heat held to one's own body (a flame, a hob, steam) told with self-hatred or as done on purpose."""
    return bool(_HEAT_ON_BODY.search(text) and _SELF_HATRED.search(text))


def passive_wish(text: str) -> bool:
    """Passive suicidal ideation: sleeping and not waking or not facing another day, disappearing for good."""
    return _PASSIVE.search(text) is not None


def said(text: str) -> bool:
    """Any of the kinds above: the crisis answer."""
    return (
        wish_not_alive(text)
        or self_injury(text)
        or warning_signs(text)
        or burned_in_self_hatred(text)
        or passive_wish(text)
    )
