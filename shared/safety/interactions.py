"""Medicines and conditions that make a supplement or an activity a question for the prescriber (R9, issue 15).

One row per interaction: what the person takes or has, what they want to add, and why it matters. Read from the user's
words (one message or earlier turns of the conversation) and from a provider's answer:

    found(text) -> Interaction | None     a row whose medicine/condition and add-on are both in `text`
    taking(text) -> frozenset[str]       the context keys ("interaction=<key>") of rows whose medicine is in `text`
    reply(row) -> str                    "check with your prescriber or pharmacist first, because ..."
    go_ahead(answer, keys) -> Interaction | None   the row an answer approves (its add-on said as fine, unwarned)

Sources: BNF interactions and Stockley's Drug Interactions (ACE inhibitors/ARBs + potassium; warfarin + vitamin K,
fish oil); NICE CKS Bipolar disorder (lithium toxicity with dehydration and heat); MHRA/NHS on St John's wort with
SSRIs (serotonin syndrome); MAOI labelling (pressor agents and stimulants: hypertensive crisis); KDIGO 2024 and the
ISSN creatine position stand (Kreider et al., 2017: creatine raises serum creatinine; not studied in kidney disease).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shared.safety import deferral

_I = re.IGNORECASE


@dataclass(frozen=True)
class Interaction:
    key: str
    taking: re.Pattern[str]  # the medicine or condition
    adding: re.Pattern[str]  # the supplement or activity
    took: str  # the medicine or condition, in the reply's words
    added: str  # the add-on, in the reply's words
    because: str


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _I)


_ACE_ARB = (
    r"\b(ace\s+inhibitors?|arbs?|(?!april\b)\w+pril|\w+sartan|spironolactone|eplerenone|amiloride|triamterene"
    r"|potassium[- ]sparing|blood\s+pressure\s+(meds|medication|medicines?|pills|tablets))\b"
)
_KIDNEY = (
    r"\b(kidney|renal)\s+(disease|failure|problems?|issues?|impairment|condition|transplant)\b|\bckd\b|\bdialysis\b"
    r"|\b(one|a\s+single)\s+kidney\b|\b(weak|poor|low|reduced|bad)\s+kidney\s+function\b|\bstage\s+[1-5]\s+(ckd|kidney)"
    r"|\bkidney\s+function\s+(is\s+|was\s+)?(low|poor|reduced|impaired|down|bad)\b|\blow\s+egfr\b|\begfr\s+(of\s+)?[1-5]\d\b"
    r"|\benferm\w*\s+renal\b|\binsuffisance\s+r(é|e)nale\b|\bniereninsuffizienz\b|\bnierenerkrankung\b"
)
KIDNEY = _KIDNEY  # kidney disease in the user's words (`shared.safety.renal`: protein amounts)
_SSRI = (
    r"\b(ssris?|snris?|sertraline|zoloft|lustral|fluoxetine|prozac|citalopram|celexa|escitalopram|lexapro|cipralex"
    r"|paroxetine|paxil|seroxat|venlafaxine|effexor|duloxetine|cymbalta|anti-?depressants?|antidepresivos?"
    r"|antid(é|e)presseurs?)\b"
)
_MAOI = (
    r"\b(maois?|mao\s+inhibitors?|monoamine\s+oxidase\s+inhibitors?|phenelzine|nardil|tranylcypromine|parnate"
    r"|isocarboxazid|marplan|selegiline|emsam|moclobemide|rasagiline)\b"
)
_STIMULANT = (
    r"\b(yohimbine|yohimbe|pre-?workouts?|pre\s+workouts?|stimulants?|caffeine\s+(pills?|tablets?)|synephrine"
    r"|bitter\s+orange|ephedrine|ephedra|dmaa|dmha|fat\s+burners?|energy\s+drinks?|c4|ghost|hydroxycut|tyramine"
    r"|pseudoephedrine|sudafed)\b"
)
_ANTICOAGULANT = (
    r"\b(warfarin|coumadin|apixaban|eliquis|rivaroxaban|xarelto|dabigatran|edoxaban|clopidogrel|blood\s+thinners?"
    r"|anticoagulants?|sintrom|acenocoumarol)\b"
)

TABLE: tuple[Interaction, ...] = (
    Interaction(
        "potassium", _rx(_ACE_ARB + "|" + _KIDNEY),
        _rx(r"\b(potassium|k2?\s+supplements?|salt\s+substitutes?|lo-?salt|nu-?salt|electrolyte\s+(tablets|tabs))\b"
            r"(?!\s+(rich|levels?\s+(are|were)\s+(low|fine)))"),
        "on an ACE inhibitor, an ARB or a potassium-sparing diuretic, or with kidney disease",
        "potassium supplements or salt substitutes",
        "together they can push blood potassium dangerously high (hyperkalaemia), which upsets the heart's rhythm "
        "without warning signs; potassium from ordinary food is usually fine, but ask how much",
    ),
    Interaction(
        "creatine_kidney", _rx(_KIDNEY), _rx(r"\b(creatine|creatina|kreatin)\b"),
        "with kidney disease", "creatine",
        "creatine raises creatinine, the blood marker your team uses to track your kidneys, and it hasn't been "
        "shown to be safe with reduced kidney function; a high-protein diet is also worth asking about",
    ),
    Interaction(
        "lithium_heat", _rx(r"\b(lithium|priadel|camcolit|litio)\b"),
        _rx(r"\b(hot\s+yoga|bikram|sauna\w*|steam\s+room|heat\s+(training|acclimati\w+)|sweat\s+suits?|sauna\s+suits?"
            r"|hot\s+(pilates|class)|(runs?|running|training|races?)\s+in\s+(the\s+)?heat|water\s+cut\w*"
            r"|dehydrat\w*|cut\w*\s+water|infrared)\b"),
        "on lithium", "hot yoga, saunas or heavy sweating",
        "losing a lot of fluid and salt in sweat raises the lithium level in your blood, and lithium toxicity "
        "(shaking, vomiting, diarrhoea, unsteadiness, confusion) can come on within a session",
    ),
    Interaction(
        "serotonin", _rx(_SSRI),
        _rx(r"\b(st\.?\s+john'?s\s+wort|saint\s+john'?s\s+wort|hypericum|5-?htp|tryptophan|hierba\s+de\s+san\s+juan"
            r"|millepertuis|johanniskraut)\b"),
        "on an SSRI or a similar antidepressant", "St John's wort or 5-HTP",
        "together they can cause serotonin syndrome (agitation, sweating, a fast heartbeat, muscle twitching, fever), "
        "and St John's wort also changes how much of many medicines reaches your blood",
    ),
    Interaction(
        "maoi_stimulant", _rx(_MAOI), _rx(_STIMULANT),
        "on an MAOI", "yohimbine, stimulant pre-workouts or fat burners",
        "stimulants taken with an MAOI can raise blood pressure to a dangerous level (a hypertensive crisis: a "
        "pounding headache, a racing heart, chest pain)",
    ),
    Interaction(
        "anticoagulant", _rx(_ANTICOAGULANT),
        _rx(r"\b(fish\s+oils?|omega[- ]?3s?|krill\s+oil|vitamin\s+[ek]|vit\s+[ek]|k2|kale|spinach|leafy\s+greens|green"
            r"\s+(smoothies?|juices?|powders?)|turmeric|curcumin|ginkgo|garlic\s+(pills|capsules|supplements?))\b"),
        "on a blood thinner", "high-dose fish oil, vitamin K or E, turmeric, ginkgo or a big change in leafy greens",
        "high-dose fish oil, vitamin E, turmeric and ginkgo add to the bleeding risk, and with warfarin a sudden "
        "change in vitamin K (supplements, green smoothies, a lot more or less kale or spinach) shifts your INR; "
        "keep your vitamin K intake steady and tell your anticoagulation clinic before any change",
    ),
)  # fmt: skip

# Someone else's medicine ("my mum is on warfarin") still gets the reply; "no longer on", "stopped" does not.
_NOT_NOW = re.compile(r"\b(no\s+longer|not\s+anymore|stopped|came\s+off|used\s+to\s+(take|be\s+on))\b", _I)


def found(text: str) -> Interaction | None:
    """The first row whose medicine or condition and add-on both appear in `text`."""
    if _NOT_NOW.search(text):
        return None
    return next((row for row in TABLE if row.taking.search(text) and row.adding.search(text)), None)


def taking(text: str) -> frozenset[str]:
    """The context keys of the rows whose medicine or condition `text` names ("interaction=lithium_heat")."""
    if _NOT_NOW.search(text):
        return frozenset()
    return frozenset(f"interaction={row.key}" for row in TABLE if row.taking.search(text))


def reply(row: Interaction) -> str:
    """The short, specific answer: no go-ahead, the prescriber or pharmacist first, and why."""
    return (
        f"Please check with your prescriber or pharmacist before adding {row.added} {row.took}, because "
        f"{row.because}. Bring the product's label so they can check the exact ingredients and dose. Until they "
        "say it's fine, leave it out; your training can carry on as planned."
    )


_FINE = re.compile(
    r"\b(fine|safe|ok|okay|no\s+problem|no\s+issues?|go\s+(for\s+it|ahead)|won'?t\s+(interact|matter|affect)"
    r"|no\s+(known\s+)?interactions?|doesn'?t\s+interact|perfectly\s+(safe|fine)|great\s+(idea|choice|addition)"
    r"|recommend|take|add|try|start|enjoy|yes|sure|absolutely|helps?|boost)\b",
    _I,
)
# A warning anywhere in the answer, or a sentence that defers to the prescriber (`deferral.defers`): naming one is
# not enough ("your pharmacist would agree, St John's wort is fine with sertraline").
_WARNS = re.compile(
    r"\b(don'?t|do\s+not|avoid|never|not\s+(safe|recommended)|unsafe|dangerous|risk\w*|interact\w*|hold\s+off|skip"
    r"|leave\s+it\s+out)\b(?!\s+interact)",
    _I,
)


def _rows(keys: frozenset[str]) -> list[Interaction]:
    return [row for row in TABLE if f"interaction={row.key}" in keys]


def go_ahead(answer: str, keys: frozenset[str] = frozenset()) -> Interaction | None:
    """The row an answer approves: its add-on named with a go-ahead and no warning or referral anywhere, for a row the
    conversation holds (`keys`) or one whose medicine the answer names itself ("St John's wort is fine with
    sertraline")."""
    if _WARNS.search(deferral.undismissed(answer)) or not _FINE.search(answer):
        return None
    if any(deferral.defers(part) for part in re.split(r"(?<=[.!?;])\s+|\n+", answer)):
        return None
    rows = _rows(keys) + [row for row in TABLE if row.taking.search(answer)]
    return next((row for row in rows if row.adding.search(answer)), None)
