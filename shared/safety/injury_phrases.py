"""Tendon and nerve injuries the fourteenth red team (rr14, issue 15) found the input gate missed (hAV).

    achilles(text) -> bool    a heel that "felt like someone kicked it" or no longer lets one push up onto the toes
                              (EN DE FR ES IT PT NL): `urgent`'s Achilles row
    foot_drop(text) -> bool   a foot that slaps the floor, drags or can't be lifted, said with numbness or pain down
                              the leg ("my foot is going numb and slapping the floor after deadlifts"): the nerve row

Source: NICE CKS "Achilles tendinopathy" and BOFAS guidance (a kick felt in the heel, no single-leg heel raise:
suspected rupture, seen the same day, no loading); NICE CKS "Sciatica (lumbar radiculopathy)" (progressive motor
weakness such as foot drop is a red flag for urgent referral).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_KICKED = re.compile(
    r"\b(heel|achilles|back\s+of\s+(my\s+|the\s+)?(ankle|heel|leg|calf)|calf)\b[^.?!]{0,40}\b(felt|feels|was)\s+(\w+\s+)?"
    r"like\s+(someone|somebody|something|a\s+(ball|stone|rock|bat))\s+(\w+\s+)?(kicked|hit|shot|smacked|struck|threw|whacked)"
    r"|\blike\s+(someone|somebody)\s+(\w+\s+)?(kicked|hit|shot|smacked)\s+(me\s+)?(in\s+)?(the\s+|my\s+)?(heel|achilles)"
    r"|\b(ferse|achilles\w*)\b[^.?!]{0,40}\bals\s+(ob|h(ä|a)tte)\s+(mich\s+)?(jemand|einer)\s+(\w+\s+){0,2}(getreten|tritt"
    r"|geschlagen)|\bals\s+h(ä|a)tte\s+mich\s+jemand\s+(in\s+die|an\s+die)\s+ferse\s+getreten"
    r"|\b(coup\s+de\s+pied|coup\s+de\s+fouet)\s+(dans|sur|au)\s+(le\s+)?(talon|tendon)"
    r"|\b(patada|golpe)\s+(en\s+el|al)\s+(tal(ó|o)n|tend(ó|o)n)|\b(calcio|colpo)\s+(al|sul|nel)\s+(tallone|tendine)"
    r"|\b(chute|pancada)\s+(no|ao)\s+(calcanhar|tend(ã|a)o)|\b(trap|schop)\s+tegen\s+(mijn|de)\s+(hiel|achillespees)",
    _I,
)
_NO_TIPTOE = re.compile(
    r"\b(can'?t|cannot|couldn'?t|unable\s+to|no\s+longer)\s+(push|get|go|rise|come|stand|lift\s+myself)\s+(\w+\s+)?up\s+"
    r"(onto|on\s+to|on)\s+(my\s+)?(toes|tip\s?-?toes?|the\s+balls\s+of\s+my\s+feet)"
    r"|\b(can'?t|cannot|unable\s+to)\s+(do|manage)\s+(a\s+)?(single\s+)?(one[- ]leg(ged)?\s+)?(calf|heel)\s+raises?"
    r"|\bnicht\s+(mehr\s+)?auf\s+die\s+zehenspitzen|\bne\s+(peux|arrive)\s+plus\s+(me\s+mettre\s+)?sur\s+la\s+pointe"
    r"|\bno\s+puedo\s+ponerme\s+de\s+puntillas|\bnon\s+riesco\s+(pi(ù|u)\s+)?a\s+(mettermi|alzarmi)\s+(in|sulle)\s+punt"
    r"|\bn(ã|a)o\s+consigo\s+(ficar|subir)\s+na\s+ponta\s+dos\s+p(é|e)s|\bniet\s+(meer\s+)?op\s+mijn\s+tenen\s+staan",
    _I,
)
_HEEL = re.compile(
    r"\b(heel|achilles|back\s+of\s+(my\s+)?(ankle|leg|calf)|calf|ferse|achillessehne|talon|tal(ó|o)n|tallone|calcanhar"
    r"|hiel|achillespees)\b",
    _I,
)
_DURING = re.compile(
    r"\b(during|while|when|mid|after|sprint\w*|jump\w*|lung\w*|run\w*|tennis|squash|badminton|basketball|football"
    r"|beim|pendant|durante|mentre|tijdens)\b",
    _I,
)


def achilles(text: str) -> bool:
    """A kick felt in the heel or calf, or no push-up onto the toes with a heel or calf named after an effort."""
    if _KICKED.search(text):
        return True
    return bool(_NO_TIPTOE.search(text) and _HEEL.search(text) and _DURING.search(text))


_DROPS = re.compile(
    r"\b(foot|feet|toes?)\s+(is\s+|are\s+|keeps\s+|keep\s+|started\s+|starts\s+)?(slap\w*|flop\w*|drag\w*|catch\w*"
    r"|dropp\w*|floppy)\b"
    r"|\b(foot|feet)\b[^.?!]{0,40}\b(slapp\w*|slaps|flopp\w*|dragg\w*)\b"
    r"|\b(foot|drop)[- ]drop\b|\bdrop\s+foot\b"
    r"|\b(can'?t|cannot|unable\s+to|couldn'?t)\s+(lift|raise|pull\s+up|pick\s+up|flex)\s+(the\s+front\s+of\s+)?my\s+"
    r"(foot|toes|ankle)"
    r"|\bfu(ß|ss)heber\w*|\bfu(ß|ss)\s+(h(ä|a)ngt|schleift|klatscht)|\bpied\s+tombant|\bpie\s+ca(í|i)do|\bpiede\s+cadente"
    r"|\bp(é|e)\s+ca(í|i)do|\bklapvoet|\bvoet\s+(sleept|klapt|hangt)",
    _I,
)
_NERVE_SIGN = re.compile(
    r"\b(numb\w*|tingl\w*|pins\s+and\s+needles|shooting|radiat\w*|down\s+my\s+leg|sciatic\w*|weak\w*|dead\s+leg"
    r"|taub|kribbel\w*|engourdi\w*|entumecid\w*|dormid\w*|intorpidit\w*|formicol\w*|dorment\w*|formigament\w*"
    r"|gevoelloos|tintel\w*|doof)\b",
    _I,
)


def foot_drop(text: str) -> bool:
    """A foot that slaps, drags or can't be lifted, with numbness, tingling or pain shooting down the leg."""
    return bool(_DROPS.search(text) and _NERVE_SIGN.search(text))
