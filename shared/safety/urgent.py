"""Urgent red flags as one table: which emergency, what in a message shows it, and Vigor's answer.

    RED_FLAGS                  one row per kind, in order of precedence
    kind_of(text) -> Urgent | None   the first row the message shows (after the two combinations below)
    reply(kind) -> str               the row's answer (shared.safety.replies.URGENT)

Adding a red flag is one row: its kind (added to `inputs.Urgent`), the patterns or rules that show it (a compiled
pattern, or a function of the text such as a `red_flags` combination rule), and its answer in `replies.URGENT`.
The order is the precedence when a message shows several: what is no emergency now first (a cleared heart history,
learning CPR, a racing heart after caffeine with nothing alarming), then collapse, stroke, breathing, heat and the
heart (they need the emergency call even when they ease), then by how fast harm comes: minutes, hours, today.
Before this table the order among the rest was the order in which red teams had added patterns (a swollen calf after
a flight outranked new bladder trouble with back pain only because its pattern was older); every message in the
red-team and benign suites gets the answer it got before.

Two combinations are rules, not rows: a tight chest with nothing but training soreness around it is sore pecs
(`inputs._CHEST_DOMS`), and a swollen calf with chest or breathing symptoms is a clot in the lung.

A message is read as written and with misspellings of the key words corrected (`red_flags.spell`: "numbnes in the
saddel"); a row shown in either counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from shared.safety import (
    acute,
    cardiac_phrases,
    cardiac_signs,
    device_reading,
    disclosures,
    exertional_chest,
    foreign_risks,
    foreign_signs,
    injury_phrases,
    inputs,
    joint_signs,
    knee_signs,
    red_flags,
    rr13_gate,
)
from shared.safety.inputs import Urgent
from shared.safety.replies import URGENT as ANSWERS

Shows = Callable[[str], bool]
_PATTERNS = dict(inputs._URGENT)
_RULES = dict(red_flags._RULES)


@lru_cache(maxsize=512)
def _spelt(text: str) -> str:
    return red_flags.spell(text)


def _rx(pattern: re.Pattern[str]) -> Shows:
    return lambda text: pattern.search(text) is not None


def _rule(kind: str) -> Shows:
    """A `red_flags` combination rule, read on the text with its key words' misspellings corrected."""
    rule = _RULES[kind]
    return lambda text: rule(_spelt(text))


def _urgent(kind: Urgent) -> Shows:
    return _rx(_PATTERNS[kind])


def _tight_chest(text: str) -> bool:
    """A chest that feels (a bit) tight, unless only training soreness is around it (the eighteenth red team)."""
    return bool(inputs._TIGHT_CHEST.search(text)) and not (
        inputs._CHEST_DOMS.search(text) and not inputs._CHEST_ALARM.search(text)
    )


def _hypo_training(text: str) -> bool:
    """A low glucose reading or a "hypo" with diabetes, insulin or training around it."""
    return inputs.hypoglycemia(text) and bool(inputs._HYPO_CONTEXT.search(text))


@dataclass(frozen=True)
class RedFlag:
    kind: Urgent
    shows: tuple[Shows, ...]

    @property
    def answer(self) -> str:
        return ANSWERS[self.kind]

    def shown_in(self, text: str) -> bool:
        return any(show(text) for show in self.shows)


RED_FLAGS: tuple[RedFlag, ...] = (
    RedFlag("cardiac_history", (inputs.cardiac_history_cleared,)),  # no emergency now: past, and cleared
    RedFlag("cpr_learning", (inputs.learning_cpr,)),  # someone else's collapse is over; where to learn CPR
    RedFlag("caffeine", (inputs.caffeine_palpitations,)),  # too much caffeine, nothing alarming: no emergency now
    # rr8 §6: no emergency now, but not "train as usual" either: a past heart event or a new murmur, not yet cleared
    # (cardiology or cardiac rehab first); a clot under treatment (the treating team, a gradual build-up); a fever or a
    # chest cold (no training); weight loss without trying with thirst or peeing (a GP soon, a blood sugar test).
    RedFlag("cardiac_recent", (inputs.heart_history_uncleared,)),
    RedFlag("clot_treated", (inputs.clot_under_treatment,)),
    RedFlag("fever", (inputs.fever_training,)),
    RedFlag("diabetes_signs", (inputs.diabetes_signs,)),
    RedFlag("bradycardia", (inputs.slow_heart_dizzy,)),  # a resting rate in the 30s and dizzy: a doctor today
    RedFlag("overdose", (disclosures.overdose,)),  # pills taken in excess: poisons advice, CPR if not breathing (R7)
    RedFlag("collapse", (_urgent("collapse"),)),
    RedFlag("stroke", (_urgent("stroke"),)),
    RedFlag("breathing", (_urgent("breathing"),)),
    RedFlag("heat", (_urgent("heat"),)),
    RedFlag("aortic", (_rx(inputs._R8_AORTIC),)),  # tearing pain between the shoulder blades: possible dissection
    # R9: a watch's AFib or irregular-rhythm alert with no symptom is a doctor soon, not the emergency call (with chest
    # pain, fainting or breathlessness it does not show, and the cardiac row answers).
    RedFlag("rhythm_alert", (acute.rhythm_alert,)),
    # rr16 kind 7 (hBG): one high watch reading at rest with nothing felt is most often the sensor: what to check and
    # when to see a doctor, not the emergency text (a symptom, a repeat or exercise: the cardiac row answers).
    RedFlag("resting_reading", (device_reading.resting_spike,)),
    RedFlag(
        "cardiac",
        (
            _urgent("cardiac"),
            _tight_chest,
            _rx(inputs._MORE_CARDIAC),
            _rx(inputs._SEVENTH_CARDIAC),
            _rule("cardiac"),
            _rx(inputs._R6_CARDIAC),
            lambda text: disclosures.other_language("cardiac", text),  # chest pain, fainting, breathless (R7)
            cardiac_signs.exertional,  # R11 K1: jaw ache uphill easing at rest, greying out with a pounding heart
            foreign_signs.shows("cardiac"),  # R11 K10: "flauwgevallen", "j'ai fait un malaise" (hAB)
            rr13_gate.cardiac,  # rr13: "like someone standing on it", a watch at 220 walking, seeing stars (hAO)
            cardiac_phrases.exertional,  # rr14: "thumping out of rhythm... sit on the floor", "hinter dem Brustbein"
            cardiac_phrases.said_rr15,  # rr15 (hAY): "ache under my left collarbone ... goes away when I walk"
            foreign_risks.cardiac,  # rr15: "borst als een knellende band... pijn in mijn kaak" (hAZ)
            exertional_chest.said,  # rr16: a pressing feeling in the throat on the stairs, gone when I stop (hBL)
        ),
    ),
    RedFlag("heart_condition", (disclosures.heart_condition,)),  # HCM and maximal efforts: clearance first (R7)
    # Minutes count: a severe allergy, a low blood sugar, a thunderclap headache, water intoxication.
    RedFlag("anaphylaxis", (_urgent("anaphylaxis"),)),
    RedFlag("hypoglycemia", (_hypo_training, _urgent("hypoglycemia"))),
    RedFlag(
        "headache",
        (_urgent("headache"), _rule("headache"), foreign_signs.shows("headache"), rr13_gate.exertional_headache),
    ),
    RedFlag("hyponatremia", (_urgent("hyponatremia"), _rule("hyponatremia"))),
    RedFlag("pregnancy", (_rx(inputs._THIRTEENTH_URGENT_PREGNANCY), _urgent("pregnancy"))),
    RedFlag("asthma", (_urgent("asthma"),)),
    # Today, and within hours: a clot, a head injury, nerves, a limb's or a testicle's blood supply.
    RedFlag(
        "heart_failure", (_rx(inputs._R6_HEART_FAILURE), disclosures.heart_failure, cardiac_signs.pump)
    ),  # before a clot: puffy legs with breathlessness lying
    RedFlag("clot", (_urgent("clot"), _rule("clot"), foreign_signs.shows("clot"))),
    RedFlag("concussion", (_urgent("concussion"), _rule("concussion"))),
    RedFlag(
        "cauda_equina",
        (
            _urgent("cauda_equina"),
            _rule("cauda_equina"),
            _rx(inputs._MORE_NERVE),
            foreign_signs.shows("cauda_equina"),
            foreign_risks.cauda_equina,
        ),
    ),
    RedFlag("compartment", (_urgent("compartment"),)),
    # Numbness or weakness that has not come back: seen today. R10: both hands numb, a weak grip; rr14: a foot
    # slapping the floor (foot drop, hAV).
    RedFlag("nerve", (_rx(inputs._R6_NERVE), joint_signs.both_hands, injury_phrases.foot_drop)),
    RedFlag("spinal", (_rule("spinal"),)),
    RedFlag("testicular", (_rule("testicular"),)),
    # Seen today by a doctor: muscle breakdown, very high blood pressure, tendon, bone and joint injuries.
    RedFlag("rhabdo", (_rx(inputs._RHABDO_URINE), _urgent("rhabdo"), _rule("rhabdo"), _rx(inputs._R7_RHABDO))),
    RedFlag("blood_pressure", (_urgent("blood_pressure"),)),
    RedFlag("achilles", (_rx(inputs._ACHILLES), injury_phrases.achilles)),  # rr14: "felt like someone kicked it"
    # A Popeye bulge, a pop with bruising (rred2 D4); a pop with bruising, a gap or no weight in any muscle (R7).
    RedFlag("tendon_rupture", (_rx(inputs._R7_TENDON), inputs.muscle_tear, _rx(inputs._R8_RIP))),
    RedFlag("dislocation", (inputs.recent_dislocation, disclosures.instability)),  # came out, or keeps slipping out
    RedFlag("fracture", (_urgent("fracture"), _rx(inputs._R6_FRACTURE))),
    RedFlag("scaphoid", (_rx(inputs._R6_SCAPHOID),)),
    RedFlag("broken_bone", (disclosures.broken_bone,)),  # a likely fracture nobody has seen: imaging, no loading (R7)
    RedFlag("hot_joint", (joint_signs.hot_joint,)),  # R10: septic arthritis or gout, seen the same day
    RedFlag("discoloured", (joint_signs.discoloured,)),  # R10: a limb gone blue or black
    RedFlag(
        "joint_injury", (_rule("joint_injury"), knee_signs.acute_joint, rr13_gate.acute_knee, foreign_risks.acute_knee)
    ),  # rr12 kind 8: "won't bear weight" (hAF)
    RedFlag("bone", (_rule("bone"),)),
    # R9: an ankle or foot that can't take weight, not yet assessed (an X-ray booked is not one read): Ottawa rules.
    RedFlag("weight_bearing", (acute.weight_bearing,)),
)
_CHEST = re.compile(r"\bchest\b|\bsternum\b|\bbreastbone\b", re.IGNORECASE)
_URINE = re.compile(r"\b(urine|pee|piss|wee|urin|orina|orine|plas)\b", re.IGNORECASE)
_BREATH_OR_CHEST = re.compile(r"\bbreath\w*|\bchest\b", re.IGNORECASE)


def kind_of(text: str) -> Urgent | None:
    """Which emergency `text` describes (see the module docstring for the order and the two combinations)."""
    spelt = _spelt(text)
    shown = {row.kind for row in RED_FLAGS if row.shown_in(text) or (spelt != text and row.shown_in(spelt))}
    if not shown:
        return None
    if shown == {"cardiac"} and inputs._CHEST_DOMS.search(text) and not inputs._CHEST_ALARM.search(text):
        return None  # a tight chest the day after bench pressing, with nothing that alarms
    if {"cardiac", "heart_failure"} <= shown and disclosures.heart_failure(text) and not _CHEST.search(text):
        shown.discard(
            "cardiac"
        )  # breathless on the stairs with swollen ankles, no chest symptom: the heart's pump (R7)
    if {"clot", "rhabdo"} <= shown and _URINE.search(text):
        shown.discard(
            "clot"
        )  # rr16 (hBL): cola-coloured pee with rock-hard swollen legs after squats is muscle breakdown
    if "clot" in shown and _BREATH_OR_CHEST.search(text):
        shown.add("breathing")  # a swollen calf with chest pain on breathing: a clot in the lung
    return next(row.kind for row in RED_FLAGS if row.kind in shown)


def reply(kind: Urgent) -> str:
    """Vigor's answer to this emergency."""
    return ANSWERS[kind]
