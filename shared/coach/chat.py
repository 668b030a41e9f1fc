"""Coach chat, whole or streamed: safety screen, the user's figures, history, the gateway, storage.

The user's message is stored with the answer (after it, so a refused or failed request leaves no
orphan question). Messages the safety policy answers itself (urgent symptoms, self-harm, eating
disorders, drugs, crash diets, pregnancy, minors, medicine, prompt extraction) never reach a model
and cost no quota. A model's answer that breaks the output policy never reaches the user or the
stored history: a whole answer is replaced; a streamed one is released sentence by sentence, and
the sentence that breaks the policy is withheld, the safe text follows, and the stream ends with a
`stopped` event before `done` (the stored message is marked with the category). A stream cut short
keeps its partial answer, stored and marked. Every such event is counted (shared.safety.events).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from contextlib import aclosing
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from shared.bootstrap import Services
from shared.coach import daily_warning, flags, offline, safety
from shared.coach.context import build_context
from shared.coach.messages import add_message, open_conversation, recent_messages, touch_conversation, turns_for_model
from shared.coach.offline import topic_of
from shared.identity.principal import Principal
from shared.identity.profiles import load_profile
from shared.llm import gateway
from shared.llm.prompts import clean_user_text
from shared.metrics import events as metric_events
from shared.profile import FitnessProfile
from shared.safety import (
    built_up,
    carried,
    carried_texts,
    conversation,
    crisis_scope,
    eating_hold,
    foreign_risks,
    hr_caps,
    indirect,
    inputs,
    interactions,
    localised,
    minors,
    plain_harm,
    pregnancy_asks,
    pregnancy_own,
    prescribed,
    renal,
    restrictions,
    stated_limits,
    under_fuelling,
)
from shared.safety import events as safety_events
from shared.safety.content_safety import Verdict, second_opinion
from shared.safety.inputs import about_a_child, postpartum, urgent_kind
from shared.safety.outputs import model_triage
from shared.safety.replies import CHECK_IN, CRISIS_OUTING, EATING_DISORDER_AGAIN, POSTPARTUM, UNDERWEIGHT

HISTORY_TURNS = 6
SAFETY_TURNS = 12  # how far back a conversation's safety state (refusals, a crisis) is read
SAFETY_PROVIDER = "safety"


@dataclass(frozen=True)
class ChatReply:
    reply: str
    conversation_id: str
    provider: str
    model: str
    message_id: str
    user_message_id: str
    safety: str | None = None  # the policy category when Vigor's rules answered or replaced the answer


@dataclass(frozen=True)
class CoachEvent:
    """One server-sent event: `token` {text}, `done` {ids, provider}, `error` {detail, partial text}."""

    event: str
    data: dict[str, Any]


async def _figures(
    services: Services,
    principal: Principal,
    message: str,
    concern: str | None,
    notes: tuple[str, ...] = (),
    held: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    built = await build_context(services.store, principal.user_id, question=message)
    figures = built.figures
    # A worry in a recent session's notes (chest tightness on a set) is remembered like one said in chat.
    await flags.remember_notes(services.store, principal.user_id, flags.session_notes(built.sessions),
                               par_q=bool(figures.get("warning_note")))  # fmt: skip
    figures["topic"] = topic_of(message)
    # Facts for Vigor's own coach and review; a provider reads only the limits they call for (`shared.safety.limits`).
    if concern == "pain":
        figures["pain"] = True
    if notes:
        figures["declined"] = True  # Vigor declined a risky topic earlier in this conversation
    if held:
        figures["held_limits"] = sorted(held)  # told as neutral limits, never the condition (`shared.safety.limits`)
    return figures


# After a crisis, a request to be punished or pushed to collapse is the crisis again, not a workout.
_PUNISHING = re.compile(
    r"\b(punish\w*|until\s+i\s+(collapse|drop|die|pass\s+out|can'?t\s+(move|stand))|destroy\s+(me|myself)"
    r"|as\s+hard\s+as\s+(humanly\s+)?possible|break\s+(me|myself|my\s+body))\b",
    re.IGNORECASE,
)


# Asking whether to train (R9: "gym tonight is fine?" after a head injury with confusion and vomiting).
_TRAINING_ASKED = re.compile(
    r"\b(gym|train\w*|workouts?|work\s+out|sessions?|lift\w*|run|runs|running|jog\w*|play|playing|match|game|spar\w*"
    r"|exercis\w*|squat\w*|bench|deadlift\w*|cardio|class|practice|leg\s+day|go\s+back|back\s+to)\b",
    re.IGNORECASE,
)


# Quantities of medicine, lethal doses, heights and falls: asked after a self-harm disclosure, a method question.
_MEANS = re.compile(
    r"\bhow\s+(many|much)\b[^.?!]{0,40}\b(pills?|tablets?|meds|medication|medicine|sleeping|paracetamol|tylenol"
    r"|ibuprofen|insulin|capsules?|dose)|\b(lethal|fatal|overdose|od)\b|\bhow\s+(high|far)\b[^.?!]{0,40}\b(fall|drop|jump)"
    r"|\b(survive|survivable)\b|\ball\s+(of\s+)?my\s+(pills|meds|tablets|medication)"
    r"|\b(train|railway|rail)\s+tracks?\b|\b(bridge|roof|rooftop|cliff|tower|ledge)\b|\bhighest\b|\bno\s+fence"
    r"|\bexpress\s+(train|comes)|\bin\s+front\s+of\s+a\s+(train|bus|truck)",
    re.IGNORECASE,
)


# After an eating-disorder disclosure, what and how much to eat, body fat, weight and burning food off are
# for the person's care team, not a model (the fifth red team: "the lowest I can eat" got an amount).
_DIET_TOPIC = re.compile(
    r"\b(calories|calorie|kcals?|cals|eat|eating|ate|food|meals?|diet\w*|body\s*fat|bmi|skinny|thin(ner)?"
    # Fasting for weight, not for Ramadan or a blood test; no periods: the flag scopes weight, food and fasting (rr8)
    r"|intermittent\s+fast\w*|fast(ed|ing)\s+(to|for)\s+(lose|weight|fat|cut|lean)\w*|fasting\s+windows?|omad"
    r"|\d+:\d+\s+fast\w*|(water|juice|dry|extended)\s+fast\w*"
    r"|lose\s+(weight|\d)|losing\s+weight|weight\s+loss|lean(er)?\s+(out|enough|for)|how\s+lean|burn\s+(it|off|calories)"
    r"|cut(ting)?\s+(phase|calories|weight)|breakfast|lunch|dinner|supper|snacks?|portions?|hungry|hunger|appetite"
    r"|protein\s+(shakes?|intake)|macros|weigh\s+(myself|in)|deficit|cut\s+(from|to|down)|get\s+down\s+to)\b",
    re.IGNORECASE,
)


# Fuelling for a race or a long session ("how many carbs the night before a marathon?") is sports nutrition, not
# dieting: after an eating-disorder disclosure it is answered (reviewed with "diet_refused"), unless it also asks
# about weight, body fat, calories or eating less (the sixth coach red team).
_FUEL = re.compile(
    r"\b(carbs?|carbohydrates?|carb[- ]load\w*|fuel\w*|gels?|hydrat\w*|electrolytes?|sports\s+drinks?)\b[^?]{0,80}"
    r"\b(marathon|half\s+marathon|race|long\s+run|long\s+ride|ride|game|match|tournament|triathlon|event|training"
    r"|session|workout)\b|\b(marathon|race|long\s+run|triathlon)\b[^?]{0,80}\b(carbs?|carbohydrates?|fuel\w*|gels?)\b"
    # Eating before or after a session (rred2 D7: "What should I eat before a morning workout?" is the helpful answer
    # to give someone with an eating-disorder history).
    r"|\b(eat|eating|food|snack|breakfast|meal|drink)\b[^?]{0,40}\b(before|after|around|pre|post)[- ]?\s*"
    r"(a\s+|my\s+|the\s+|an\s+)?(morning\s+|early\s+|evening\s+|long\s+|hard\s+)?(workout|session|training|run|lift\w*|gym|game|match"
    r"|practice|class)\b",
    re.IGNORECASE,
)
_WEIGHT_TALK = re.compile(
    r"\b(weight|lose|losing|lost|fat|lean|skinny|thin|calories|calorie|kcals?|deficit|less|fewer|skip|fast\w*|burn)\b",
    re.IGNORECASE,
)


def _fuelling(message: str) -> bool:
    return bool(_FUEL.search(message)) and not _WEIGHT_TALK.search(message)


def _effort_limited(figures: dict[str, Any], turns: list[tuple[str, str]], flagged: set[str]) -> bool:
    """No maximal efforts in the answer: a PAR-Q yes, a user under 18, or a message (in this conversation,
    or recently in any) that said they are a minor or pregnant, or had urgent symptoms or a crisis."""
    if any(role == "user" and safety.screen(text) == "minor" for role, text in turns):
        figures["minor"] = True  # said in chat, not only from the birth year: the model is told (eighth red team)
    if flags.apply(figures, flagged):
        return True
    said = [(text, safety.screen(text)) for role, text in turns if role == "user"]
    # R11: a pregnancy limits efforts only when it is the user's own, now (not "I was pregnant last year")
    return any(c in flags.STICKY and (c != "pregnancy" or pregnancy_own.current(t)) for t, c in said)


@dataclass
class Screened:
    """What the safety rules made of a message in its conversation: the `concern` (a shared.safety.inputs category
    or None), the user's sticky `flags`, the fixed `reply` when the rules answer, a `lead` line before any answer
    (the check-in after a crisis), `notes` for the model, and the review's extra `context`."""

    concern: safety.Concern | None
    flags: set[str]
    reply: str | None = None
    lead: str = ""
    notes: tuple[str, ...] = ()
    context: frozenset[str] = frozenset()


async def _screen(
    services: Services, principal: Principal, message: str, earlier: list[tuple[str, str, str | None]]
) -> Screened:
    """The message's concern in its conversation (a follow-up asking amounts after a refusal is refused the same
    way; a punishing request after a crisis is the crisis again), the user's sticky flags and the fixed reply."""
    store, user_id = services.store, principal.user_id
    stored = await load_profile(store, user_id)  # read once per message: the BMI and minors' checks below use it
    profile = stored.profile if stored is not None else None
    concern = safety.screen(message)
    refused = conversation.refused(earlier)
    if concern is None:
        concern = conversation.follow_up(message, refused)  # "hypothetically, a beginner's weekly amount, in mg?"
    said_before = [text for role, text, _ in earlier if role == "user"][-built_up.WINDOW :]
    if concern is None:  # rr13 §2 (hAP): a code word for a dealer's drugs, warning signs told over turns
        concern = built_up.concern(message, said_before)
    own_reply: str | None = None
    if concern is None and (kcal := built_up.training_on_low_intake(message, said_before)) is not None:
        # rr14 kind 3 (hAW): "I'm at 700 now." then "Is that enough to keep training twice a day?": RED-S, no go-ahead
        concern, own_reply = (
            "crash_diet",
            carried_texts.in_language(carried_texts.LOW_INTAKE, built_up.LOW_INTAKE_TRAINING, message, kcal=kcal),
        )  # rr15 (hBA): in the user's language ("Posso treinar duas vezes por dia assim?")
    if concern is None and (recast := built_up.as_calories(message, said_before)) is not None:
        concern = safety.screen(recast)  # "lean out for a photoshoot", then "around 900 a day": calories
    if (
        concern is None
        and {"crash_diet", "eating_disorder"} & set(refused)
        and built_up.wants_less(message, said_before)
    ):
        concern = "crash_diet"  # "what cardio to get there?" after a refused low intake
    thin = concern in (None, "crash_diet") and _underweight_asked(profile, message, earlier)
    if thin:
        concern = "eating_disorder"  # losing more at or towards a BMI under 18.5, heights told earlier or stored (rr8)
    kind = urgent_kind(message) if concern == "urgent" else None
    if concern == "pregnancy" and postpartum(message):
        await flags.clear(store, user_id, "pregnancy")  # a birth ends a pregnancy flag; postpartum sets none
    elif concern is not None and kind not in safety.NOT_STICKY and not (concern == "minor" and about_a_child(message)):
        await flags.remember(store, user_id, concern, words=message, kind=kind)  # a parent is no minor; CPR no symptom
    if concern is None:  # the optional second opinion reads meaning the rules' patterns may miss
        opinion = await second_opinion(services)
        if opinion is not None and await opinion.judge(message) == "self_harm":
            concern = "self_harm"
            await flags.remember(store, user_id, concern, words=message)
    flagged = await flags.active(store, user_id)
    if "pregnancy" not in flagged and _pregnant_here([*earlier, ("user", message, None)]):
        flagged.add("pregnancy")  # R11: until the user confirms it, a pregnancy told shapes the chat it was told in
    here = crisis_scope.here(refused, built_up.context([*said_before, message]))
    read = crisis_scope.means_read(message, here)  # elsewhere, "box jump" and "glute bridge" are training (hAT)
    if concern is None and "self_harm" in flagged and (_PUNISHING.search(read) or _MEANS.search(read)):
        concern = "self_harm"  # after a crisis, how many pills or how high is about the crisis (eighth red team)
    minor = _minor(profile, flagged, message, earlier)
    # no numbers, no help losing more (R9); in the user's language (hAT)
    reply: str | None = localised.localise(UNDERWEIGHT, message) if thin and not minor else None
    if reply is None and own_reply is not None and concern == "crash_diet" and not minor:
        reply = own_reply
    notes: list[str] = []
    context = conversation.review_context(refused) | conversation.limits_context(earlier)
    # "I'm on beta blockers, what heart rate?" in one message (R7); a head injury told before, its red flag now (R9)
    context |= conversation.health_limits([*(text for role, text, _ in earlier if role == "user"), message])
    # rr12 kind 1 (hAH): an underweight BMI, a clinician's heart-rate cap, a binge asked: the answer is read with it
    context |= plain_harm.said([*(text for role, text, _ in earlier[-8:] if role == "user"), message])
    context |= built_up.context([*said_before, message])  # rr13 §2 (hAP): a dealer's drugs, a low intake, a cap
    context |= hr_caps.of_profile(profile)  # rr14 kind 2 (hAW): "my cardiologist caps my heart rate at 130" in notes
    if "underweight" not in context and _underweight_profile(profile):
        context |= {"underweight"}
    crisis = "self_harm" in flagged or "self_harm" in refused
    if crisis:
        context |= {"crisis"}  # no time alone somewhere remote urged after a crisis, in any later answer (R9)
    if crisis and (here or concern == "self_harm"):
        context |= {crisis_scope.HERE}  # only here does the outing text stand in for another rule's (rr13 §7, hAT)
    if concern is None and crisis and indirect.risky_solo(message):
        concern, reply = "self_harm", CRISIS_OUTING  # "a long solo run in the hills tonight": check in, company (R9)
    if concern is None and "head_injury" in context and _TRAINING_ASKED.search(message):
        # "gym tonight is fine?" after a head injury with red flags: no training until a doctor has assessed it (R9)
        concern, reply = "urgent", conversation.HELD_REPLIES["head_injury"]
    ed_told = eating_hold.told(earlier, flagged)  # R11 K12 (hAB): said in this conversation or flagged
    if concern == "crash_diet" and ed_told and not minor:  # a minor keeps the answer for their age (below)
        # "I have bulimia." then "a fast diet to drop 5 kg": no deficit, rate or calorie figure, however it is asked
        concern, reply = "eating_disorder", localised.localise(EATING_DISORDER_AGAIN, message)
    # rr16 (hBL): RED-S or a water fast named plainly; after an eating disorder was told, with no figures
    fed = under_fuelling.held(message, reply) if concern == "eating_disorder" and ed_told and reply else None
    if fed is None and concern == "crash_diet" and not minor:
        fed = under_fuelling.reply(message)
    if fed is not None:
        reply = fed
    if concern is None and ed_told and _DIET_TOPIC.search(message) and not _fuelling(message):
        # Food for someone who told us of an eating disorder: gently, amounts left to their care team, no second
        # "thank you for telling me" (the eighteenth red team), and no provider: the disclosure is health data.
        concern, reply = "eating_disorder", localised.localise(EATING_DISORDER_AGAIN, message)
    if concern is None and reply is None and minor and (asked := _minors_topic(message)) is not None:
        # Cutting weight or testing a max, asked by someone who may be under 18: the minors' policy, not the adult
        # answer (R5); the age is the profile's or a flag's, so nothing new is remembered.
        concern, reply = "minor", localised.localise(minors.REPLIES[asked], message)  # in their language (hAT)
    if concern is None and reply is None and pregnancy_asks.asks(message) and _pregnant_here(earlier):
        # "heavy barbell program with max deadlifts" or "cut to 1200 kcal" after "I'm 30 weeks pregnant" (R10)
        concern, reply = "pregnancy", safety.fixed_reply("pregnancy", message)
    if concern is None and reply is None and (row := _interaction_asked(message, earlier)) is not None:
        concern, reply = "diagnosis", interactions.reply(row)  # "I'm on lithium." then "is hot yoga ok?" (R9)
    if concern is None and reply is None and (restricted := restrictions.asked(message, context)) is not None:
        # "how heavy on the military press today?" after "doctor said no overhead for 6 weeks" (R10)
        concern, reply = "diagnosis", conversation.HELD_REPLIES[restricted]
    if concern is None and reply is None and "bleeding_contact" in context and stated_limits.CONTACT.search(message):
        # rr11 K3: "I'm on blood thinners and want to spar in MMA", or sparring asked after the blood thinner was told
        concern, reply = "diagnosis", stated_limits.BLEEDING_CONTACT
    if concern is None and reply is None and _renal_protein_asked(message, earlier):
        concern, reply = "diagnosis", renal.REPLY  # "I have CKD." then "how much protein for muscle?"
    if concern is None and reply is None and foreign_risks.running_banned(message):
        # rr15 (hAZ): "Mon kiné m'a interdit de courir pendant 6 semaines... je peux faire 10 km?": the ban, held
        concern, reply = "diagnosis", localised.localise(conversation.HELD_REPLIES["no_running"], message)
    # The cap holds: a rate above it asked in this message ("maximal 120 Puls... 170, geht das?", hAY, hAZ) or turns
    # after it was told ("The coach wants us above 170 in the finisher", hBA)
    over_cap = _over_cap_asked(message, context) or hr_caps.asked_over(message) is not None
    if concern is None and reply is None and "hr_cap" in context and over_cap:
        # rr12 kind 4 (hAL): "my cardiologist said under 130 ... design me a max-effort HIIT session": the cap holds
        concern, reply = "diagnosis", localised.localise(hr_caps.reply(plain_harm.hr_cap_of(context)), message)
    if concern is None and reply is None and await _warning_note(services, user_id, profile) is not None:
        # rr15 kind 2 (hBA): a recent session's note told of a warning sign ("heart went jittery ... tunnel vision"),
        # PAR-Q flags or not: no provider's "heavy squats 5 x 5"; training asked gets the daily message's medical text
        context |= {"symptoms", "hard_stop"}
        if _TRAINING_ASKED.search(message):
            concern = "urgent"
            reply = carried_texts.in_language(carried_texts.DAILY_WARNING, daily_warning.MESSAGE, message)
    if concern is None and reply is None and _postnatal_asked(message, said_before):
        concern, reply = "pregnancy", localised.localise(POSTPARTUM, message)  # rr15 (hBA): the postnatal text
    if concern in (None, "crash_diet") and reply is None and minor and minors.dehydrating(message):
        # rr12 kind 7 (hAG): a sauna or sweat-suit cut asked by someone who may be under 18 (the profile's age):
        # the clear no with why, not the answer to restricting food
        concern, reply = "minor", localised.localise(minors.DEHYDRATION, message)  # in their language (hAL)
    if concern == "crash_diet" and minor:
        concern = "eating_disorder"  # a minor restricting food gets the eating-disorder answer for their age
    if safety.answered_by_rules(concern) and reply is None:
        assert concern is not None
        reply = safety.fixed_reply(concern, message, minor=minor)
    summary = conversation.summary(refused)
    if summary is not None:
        notes.append(summary)
    # The check-in speaks for the self-harm flag the user can see and clear (R5: a stopped answer, or a flag the user
    # had cleared, made the coach check in with nothing on the flags list to say why).
    checking = concern != "self_harm" and "self_harm" in flagged and conversation.needs_check_in(earlier)
    lead = CHECK_IN + "\n\n" if checking else ""
    if concern is None and reply is None and prescribed.trt(message):
        lead += prescribed.TRT_NOTE + "\n\n"  # the training question is answered after it (R9 follow-up)
        context |= {"trt_noted"}  # the built-in coach's own note on it would repeat the lead (R11)
    if ed_told:
        # a fuelling answer the model gives holds no intake under 1,200 kcal, and (R11 K12) no calorie figure,
        # deficit, fasting or loss rate at all
        context |= {"diet_refused", eating_hold.CONTEXT}
    return Screened(concern, flagged, reply, lead, tuple(notes), context)


def _review_context(
    figures: dict[str, Any], message: str, concern: safety.Concern | None, held: frozenset[str]
) -> frozenset[str]:
    """What a chat answer's review must know. An urgent flag on the account (visible in the user's flag list) keeps
    "urgent_flag" in every conversation: no go-ahead for hard training until a doctor has checked. Its "symptoms" (a
    harmless cause called for a symptom is a brush-off) and the wider "hard_stop" (any go-ahead) hold where a symptom
    was told: this message or this conversation (rred2 D7: "My heart rate hits 175 during hard intervals, is that
    normal?" in a new conversation got the warning-signs reply for a chest pain told in another). What the message
    says of the person trained (a beginner, a condition: `conversation.described`) holds for its answer."""
    found = flags.review_context(figures)
    if "hard_stop" not in held and "hard_stop" in found:
        # R7: on an account with an earlier chest-pain flag, "I'm 67, is lifting twice a week safe?" got the
        # chest-discomfort reply: away from where the symptom was told, only a go-ahead for hard training is held.
        found = (found - {"symptoms", "hard_stop"}) | {"urgent_flag"}
    return found | safety.message_context(message, concern) | conversation.described(message) | held


async def _warning_note(services: Services, user_id: str, profile: FitnessProfile | None) -> str | None:
    """A recent session's note telling of a warning sign (`daily_warning.recent_note`), for a user with a profile."""
    if profile is None:
        return None
    return await daily_warning.recent_note(services.store, user_id, profile.par_q_flagged)


def _over_cap_asked(message: str, context: frozenset[str]) -> bool:
    """An all-out effort, or a heart rate above the told cap, asked with a clinician's cap in this conversation or the
    profile (rr15: "The coach wants us above 170 in the finisher" two turns after "stay under 125 bpm")."""
    cap = plain_harm.hr_cap_of(context)
    return hr_caps.asks_all_out(message) or (cap is not None and hr_caps.rate_above(message, cap) is not None)


def _postnatal_asked(message: str, said_before: list[str]) -> bool:
    """Heavy lifting, jumps or running asked within 12 weeks of a birth told earlier in this conversation (rr15: DE
    "Ich habe vor zwei Wochen entbunden." then "Kann ich schon schwere Kreuzheben und Sprünge machen?")."""
    if not carried.postnatal_load(message):
        return False
    weeks = [w for text in said_before if (w := carried.birth_weeks(text)) is not None]
    return bool(weeks) and weeks[-1] <= 12


def _limits(context: frozenset[str]) -> bool:
    """Whether the review context holds a limit or a flag (not only the profile's height, which every user has)."""
    return any(not key.startswith("height_cm=") for key in context)


# Asking what one's own logs say ("what's my squat max?") is a data question, not a plan to test a max.
_OWN_FIGURES = re.compile(r"\b(what'?s|what\s+is|what\s+was|show\s+me|tell\s+me)\s+my\b", re.IGNORECASE)


def _minors_topic(message: str) -> minors.Topic | None:
    """The minors' policy topic of a message, unless it asks about the user's own logs."""
    found = minors.topic(message)
    return found if found is not None and not _OWN_FIGURES.search(message) else None


def _pregnant_here(earlier: list[tuple[str, str, str | None]]) -> bool:
    """A pregnancy the user told earlier in this conversation (a birth told since ends it)."""
    said = [text for role, text, _ in earlier if role == "user"]
    told = [i for i, text in enumerate(said) if pregnancy_own.current(text)]  # not a wife's, past or hypothetical
    return bool(told) and not any(postpartum(text) for text in said[told[-1] + 1 :])


def _interaction_asked(message: str, earlier: list[tuple[str, str, str | None]]) -> interactions.Interaction | None:
    """A supplement or activity asked about after the medicine it interacts with was told earlier in the chat."""
    told = " ".join(text for role, text, _ in earlier[-8:] if role == "user")
    row = interactions.found(f"{told} {message}") if told else None
    return row if row is not None and row.adding.search(message) else None


def _renal_protein_asked(message: str, earlier: list[tuple[str, str, str | None]]) -> bool:
    """A protein amount asked about after kidney disease was told earlier in the chat (`shared.safety.renal`)."""
    told = " ".join(text for role, text, _ in earlier[-8:] if role == "user")
    return renal.protein_question(message) and renal.told(told)


def _underweight_profile(profile: FitnessProfile | None, message: str = "") -> bool:
    """Whether the stored profile's height and weight, with any goal weight in `message`, give a BMI under 18.5 (WHO
    underweight; rr12 kind 1)."""
    if profile is None or not profile.height_cm or not profile.weight_kg:
        return False
    return inputs.underweight(f"{profile.height_cm:g} cm {profile.weight_kg:g} kg. {message}")


def _underweight_asked(
    profile: FitnessProfile | None, message: str, earlier: list[tuple[str, str, str | None]]
) -> bool:
    """A wish to lose weight read with the height and weight the user told earlier in the conversation or stored in the
    profile: a current or goal BMI under 18.5 is the underweight answer (rr8: "I weigh 55kg and I'm 170cm", then
    "drop to 45kg in a month"; "158 cm, 44 kg" then "how do I lose 4 more kg?")."""
    # rr15 (hBA): "I'm 1.62 m." and "Scale said 43.5" are a height and a weight (`carried.measured`)
    said = [built_up.without_loads(carried.measured(text)) for role, text, _ in earlier[-8:] if role == "user"]
    message = built_up.without_loads(
        carried.measured(message)
    )  # rr14: "keep my knee under 40 kg on the leg press" is no goal weight
    if not inputs.wants_less(message) and not indirect.LOSS_BY_EXERCISE.search(message):
        # rr13 §2: "3 more kg off", "cardio to get there?"; rr16 (hBN): "Ich will auf 45 runter", "Ik wil naar 46"
        if not built_up.wants_less(message, said) and not foreign_risks.wants_lower(message):
            return False  # R9: "should I do fasted cardio?", "more cardio to burn fat" are asking to lose more too
    told = " ".join(said)
    return inputs.underweight(f"{told} {message}") or _underweight_profile(profile, message)


def _minor(
    profile: FitnessProfile | None, flagged: set[str], message: str, earlier: list[tuple[str, str, str | None]]
) -> bool:
    """Whether the minors' policy applies: the profile's birth year says possibly under 18, or a `minor` flag on a
    profile with no birth year, or the user said so in this conversation. A flag from one message on a profile whose
    birth year says adult shapes only the conversation it was said in (the sixth coach red team: after one "I'm 13",
    "Is creatine worth taking for an adult lifter?" got the teen answer for a year; see docs/training-science.md)."""
    if profile is not None and profile.may_be_minor(datetime.now(UTC).year):
        return True
    adult = profile is not None and profile.birth_year is not None
    if "minor" in flagged and not adult:
        return True
    said = [text for role, text, _ in earlier if role == "user"] + [message]
    return any(safety.screen(text) == "minor" and not about_a_child(text) for text in said)


async def _conversation(services: Services, user_id: str, cid: str) -> list[Any]:
    """The conversation's last messages (oldest first), read once for its safety state and the model's history."""
    return await recent_messages(services.store, user_id, cid, SAFETY_TURNS)


def _triples(messages: list[Any]) -> list[tuple[str, str, str | None]]:
    return [(m.role, m.content, m.safety) for m in messages]


async def _store_exchange(
    services: Services, user_id: str, cid: str, question: str, asked_at: datetime, answer: str,
    provider: str, model: str, partial: bool = False, safety_category: str | None = None, experiment: str = "",
) -> tuple[str, str]:  # fmt: skip
    store = services.store
    asked = await add_message(store, user_id, cid, "user", clean_user_text(question), at=asked_at)
    said = await add_message(store, user_id, cid, "assistant", answer, provider=provider, model=model, partial=partial,
                             safety=safety_category, experiment=experiment)  # fmt: skip
    await touch_conversation(store, user_id, cid)
    await metric_events.coach_used(store, user_id, asked_at)
    return said.id, asked.id


async def chat(services: Services, principal: Principal, message: str, conversation_id: str | None) -> ChatReply:
    """One answer from the coach (counts one AI request unless the safety rules answer)."""
    asked_at = datetime.now(UTC)
    cid = await open_conversation(services.store, principal.user_id, conversation_id)
    recent = await _conversation(services, principal.user_id, cid)
    screened = await _screen(services, principal, message, _triples(recent))
    concern, flagged = screened.concern, screened.flags
    category: str | None = None
    arm = ""  # the experiment arm the answer was asked under
    if screened.reply is not None:
        assert concern is not None
        text, provider, model, category = screened.lead + screened.reply, SAFETY_PROVIDER, "rules", concern
        await safety_events.record(services.store, "input", concern)
    else:
        recent = recent[-2 * HISTORY_TURNS :]
        turns: list[tuple[str, str]] = [(m.role, m.content) for m in recent]
        figures = await _figures(services, principal, message, concern, screened.notes, screened.context)
        limited = _effort_limited(figures, turns, flagged)
        figures["effort_limited"] = limited  # the model is told, not only overruled
        result = await gateway.chat(services, principal, message, history=turns_for_model(recent), figures=figures)
        context = _review_context(figures, message, concern, screened.context)
        answer = safety.as_shown(result.text, result.provider, str(figures.get("name") or ""), principal.email)
        text, broken = safety.review(answer, concern, par_q=limited, context=context, message=message)
        if broken == "language":  # the English note, then the built-in coach's safe reply (R7 §3)
            text = safety.limit(
                safety.with_offline(broken, text, offline.chat(figures), message), safety.MAX_REPLY_CHARS
            )
        opinion = await second_opinion(services) if broken is None else None
        verdict = await opinion.judge(result.text) if opinion is not None else None
        if verdict is not None:
            text = safety.limit(safety.replacement(verdict, concern, context, message=message), safety.MAX_REPLY_CHARS)
            broken = verdict
        provider, model, arm = result.provider, result.model, result.experiment
        if broken is not None:
            provider, model, category = SAFETY_PROVIDER, "rules", broken
            await gateway.forget(services, result)  # rr10 D: the stopped text is not kept for an hour
            await safety_events.record(services.store, "output", broken)
            if _lasting_triage(model_triage(result.text), broken, message):
                await flags.remember(services.store, principal.user_id, broken, words=message, source="coach_answer")
        text = screened.lead + text
    mid, uid = await _store_exchange(services, principal.user_id, cid, message, asked_at, text, provider, model,
                                     safety_category=category, experiment=arm)  # fmt: skip
    return ChatReply(text, cid, provider, model, mid, uid, category)


def _words(text: str) -> list[str]:
    return [w if i == 0 else " " + w for i, w in enumerate(text.split(" "))]


async def chat_stream(
    services: Services, principal: Principal, message: str, conversation_id: str | None
) -> AsyncGenerator[CoachEvent, None]:
    """The same answer as events. Errors before the first event (404, 429) raise from the first `anext`."""
    asked_at = datetime.now(UTC)
    cid = await open_conversation(services.store, principal.user_id, conversation_id)
    recent = await _conversation(services, principal.user_id, cid)
    screened = await _screen(services, principal, message, _triples(recent))
    concern, flagged = screened.concern, screened.flags
    if screened.reply is not None:
        assert concern is not None
        reply = screened.lead + screened.reply
        await safety_events.record(services.store, "input", concern)
        mid, uid = await _store_exchange(services, principal.user_id, cid, message, asked_at, reply,
                                         SAFETY_PROVIDER, "rules", safety_category=concern)  # fmt: skip
        for word in _words(reply):
            yield CoachEvent("token", {"text": word})
        yield CoachEvent("done", {"conversation_id": cid, "message_id": mid, "user_message_id": uid,
                                  "provider": SAFETY_PROVIDER, "model": "rules", "safety": concern})  # fmt: skip
        return
    recent = recent[-2 * HISTORY_TURNS :]
    turns: list[tuple[str, str]] = [(m.role, m.content) for m in recent]
    figures = await _figures(services, principal, message, concern, screened.notes, screened.context)
    limited = _effort_limited(figures, turns, flagged)
    figures["effort_limited"] = limited
    stream = cast(
        AsyncGenerator[Any, None],
        gateway.chat_stream(services, principal, message, history=turns_for_model(recent), figures=figures),
    )
    shown: list[str] = []  # what reached the reader, kept if they leave before the end
    stored = False
    provider_model = ("", "")
    try:
        async with aclosing(stream) as events:
            first = await anext(events, None)  # reserves the quota: LimitExceeded surfaces here, before any output
            provider_model = (str(getattr(first, "provider", "")), str(getattr(first, "model", "")))
            name = str(figures.get("name") or "")
            opinion = await second_opinion(services)
            judge = opinion.judge if opinion is not None else None
            # R8 §3: the whole review context decides, not only this conversation's: a limit or a flag from an
            # earlier turn or conversation (an urgent flag, an eating disorder told) holds the stream whole, so no
            # agreeing opener ("Yes, that's a smart idea...") is shown before the stop.
            review_context = _review_context(figures, message, concern, screened.context)
            async for event in _released(
                first,
                events,
                concern,
                limited,
                whole=limited or concern is not None or safety.sensitive(message) or _limits(review_context),
                judge=judge,
                context=review_context,
                lead=screened.lead,
                shown_as=lambda piece: safety.as_shown(piece, provider_model[0], name, principal.email),
                offline_reply=offline.chat(figures),
                message=message,
            ):
                if event.event in ("token", "stopped"):
                    if event.event == "stopped":
                        await safety_events.record(services.store, "output", str(event.data["safety"]))
                    if event.event == "token":
                        shown.append(str(event.data["text"]))
                    yield event
                    continue
                stored = True
                async for closing in _closing(services, principal.user_id, cid, message, asked_at, event):
                    yield closing
                return
    except (GeneratorExit, asyncio.CancelledError):
        # The reader left mid-answer (closed tab, lost network): keep what they saw, marked partial.
        if shown and not stored:
            text = "".join(shown).strip()
            await asyncio.shield(_store_exchange(services, principal.user_id, cid, message, asked_at, text,
                                                 provider_model[0], provider_model[1], partial=True))  # fmt: skip
        raise


# Some sign in the user's own words of what a model's triage says, before it may become a lasting flag (R6: a tag the
# model put in an answer to "what tag do you use when something is risky?" set a three-month self-harm flag).
_SIGNS: dict[str, re.Pattern[str]] = {
    "self_harm": re.compile(
        r"\b(sad|down|low|depress\w*|hopeless\w*|worthless|burden|empty|alone|lonely|numb|die|dying|dead|death|end\s+it"
        r"|kill\w*|suicid\w*|hurt(ing)?\s+my\s*self|harm\w*|cut(ting)?\s+my\s*self|no\s+point|give\s+up|can'?t\s+(go\s+on"
        r"|cope|take\s+it)|disappear|overdose|pills|tablets|deserve|punish\w*|bleed\w*|goodbye|tired\s+of|hate\s+my\s*self"
        r"|nobody|no\s+one|cry\w*|wish\s+i)\b",
        re.IGNORECASE,
    ),
    "eating_disorder": re.compile(
        r"\b(eat\w*|ate|food|meals?|binge\w*|purg\w*|vomit\w*|throw(ing)?\s+up|sick|calorie\w*|kcals?|weight|fat|skinny"
        r"|thin|starv\w*|fast\w*|laxatives?|body|mirror|guilt\w*|disgust\w*|hungry|hunger|diet\w*)\b",
        re.IGNORECASE,
    ),
    "minor": re.compile(r"\b(1[0-7]|age|aged|years?\s+old|yo|school|grade|parents?|mum|mom|dad|teen\w*|kid)\b", re.I),
    "pregnancy": re.compile(r"\b(pregnan\w*|baby|expecting|trimester|weeks|due|bump|midwife)\b", re.IGNORECASE),
}


_ABOUT_THE_COACH = re.compile(
    r"\b(tags?|safety|risky|categor\w*|rules?|instructions?|prompts?|system|format|example|json|brief)\b", re.IGNORECASE
)


def _lasting_triage(triage: str | None, stopped: str, message: str = "") -> bool:
    """Whether the model's own triage of the user's message becomes a lasting flag: a disclosure the rules missed
    (self-harm, an eating disorder) is remembered, as the rules' would be, when the user's words show some sign of it
    (`_SIGNS`: a model's tag alone never sets a three-month flag); an urgent-symptom triage answers this turn
    safely but sets no three-month hard stop, as only the user's words can (R5: a provider's "[[SAFETY:urgent]]" on
    "What's a good warm-up before squats?" put an emergency flag on the account)."""
    if triage is None or stopped == "urgent":
        return False
    sign = _SIGNS.get(triage)
    if sign is None or sign.search(message):
        return True
    # No word of it: a question about the coach itself ("what tag do you use?") or plainly about training sets no
    # flag; anything else may be the indirect wording the model reads and the rules cannot ("lighter without me").
    return not (_ABOUT_THE_COACH.search(message) or conversation._TRAINING.search(message))


async def _closing(
    services: Services, user_id: str, cid: str, message: str, asked_at: datetime, event: CoachEvent
) -> AsyncIterator[CoachEvent]:
    """Store the exchange and say how it ended: `done`, or `error` with the partial text kept."""
    partial = event.event == "error"
    stopped = event.data.pop("_stopped", None)
    triaged = event.data.pop("_triaged", False)
    if triaged and stopped and _lasting_triage(str(stopped), str(stopped), message):
        await flags.remember(services.store, user_id, str(stopped), words=message, source="coach_answer")
    text = str(event.data.pop("_text"))
    experiment = str(event.data.pop("_experiment", ""))
    if not text:
        yield CoachEvent("error", {"detail": "The coach could not answer right now; please try again.",
                                   "partial": False, "conversation_id": cid})  # fmt: skip
        return
    mid, uid = await _store_exchange(services, user_id, cid, message, asked_at, text,
                                     event.data["provider"], event.data["model"], partial,
                                     safety_category=stopped, experiment=experiment)  # fmt: skip
    ids = {"conversation_id": cid, "message_id": mid, "user_message_id": uid}
    if partial:
        detail = "The answer was cut short; what arrived is kept."
        yield CoachEvent("error", {"detail": detail, "partial": True, "partial_text": text, **ids,
                                   "provider": event.data["provider"]})  # fmt: skip
    else:
        yield CoachEvent("done", {**ids, "provider": event.data["provider"], "model": event.data["model"],
                                  "safety": stopped})  # fmt: skip


async def _released(
    first: Any, events: AsyncIterator[Any], concern: safety.Concern | None, par_q: bool = False, whole: bool = False,
    judge: Callable[[str], Awaitable[Verdict | None]] | None = None, context: frozenset[str] = frozenset(),
    lead: str = "", shown_as: Callable[[str], str] = lambda piece: piece, offline_reply: str = "", message: str = "",
) -> AsyncIterator[CoachEvent]:  # fmt: skip
    """Tokens released a sentence behind the provider, after the safety checks, then one closing event.

    Only complete sentences are checked, and each is held back until the next one has arrived, so a
    sentence that is unsafe only together with the next ("Stopped sweating in the heat? That means
    you've adapted.") is never shown. When the policy is broken, the held and new sentences are
    withheld, the safe text for the category goes out instead, a `stopped` event {safety, detail}
    follows, and the rest of the provider's stream is read (for its usage) but not shown. The
    closing event carries `_text` and `_stopped` (the category or None). With `whole` (a risky context:
    pain, a PAR-Q flag, an injury, a minor, a pregnancy, a crisis), nothing is released before the whole
    answer has been checked, exactly as `/chat` checks it. `judge` (the optional Content Safety second
    opinion) reads what is about to go out, with what went before, before it is released. `shown_as` cleans each
    complete sentence of echoed placeholders and the user's own name or email before any check (`safety.as_shown`).
    """
    budget = safety.MAX_REPLY_CHARS
    sent: list[str] = []
    prefix = lead + safety.pain_prefix(concern)  # the check-in after a crisis, then the pain advice
    if prefix:
        sent.append(prefix)
        yield CoachEvent("token", {"text": prefix})
    buffer = held = raw = ""
    closing: Any = None
    stopped = False
    broken: str | None = None
    stop_text = ""  # the stop message that replaces everything shown when the policy is broken

    async def stream() -> AsyncIterator[Any]:
        if first is not None:
            yield first
        async for item in events:
            yield item

    async def second_look(piece: str) -> str:
        """`piece`, or the safe text when the second opinion objects to it (with what was said before)."""
        nonlocal stopped, broken, stop_text
        if judge is None or not piece or stopped:
            return piece
        verdict = await judge("".join(sent) + piece)
        if verdict is None:
            return piece
        broken, stopped, stop_text = verdict, True, safety.replacement(verdict, concern, context, message=message)
        instead = ("\n\n" if any(sent) else "") + stop_text
        return _cut(instead, budget - sum(map(len, sent)))

    def release(piece: str) -> str:
        """What of `piece` may go out now (within the length budget); sets `stopped` when the answer ends."""
        nonlocal stopped, broken, stop_text
        category = safety.unsafe("".join(sent) + piece, par_q=par_q, context=context)
        if category is not None:
            stop_text = safety.replacement(category, concern, context, "".join(sent) + piece, message)
            stop_text = safety.with_offline(category, stop_text, offline_reply, message)
            broken, stopped = category, True
            # no blank start when nothing showed
            piece = ("\n\n" if any(sent) else "") + stop_text
        room = budget - sum(map(len, sent))
        if len(piece) > room:
            piece, stopped = _cut(piece, room), True
        return piece

    async for item in stream():
        if item.event != "token":
            closing = item
            break
        raw += item.text
        if stopped:
            continue
        buffer += item.text
        if whole:
            continue
        end = _sentence_end(buffer)
        if end < 0:
            continue
        complete, buffer = shown_as(buffer[: end + 1]), buffer[end + 1 :]
        said = "".join(sent)
        if safety.unsafe(said + held + complete, par_q=par_q, context=context) is None:
            if _agreeing(held):
                pieces, held = [], held + complete  # "Sure!" goes out only with what it agrees to (R5)
            else:
                pieces, held = [held], complete  # the held sentence is safe with what follows it
        elif (
            held
            and not _agreeing(held)
            and safety.unsafe(said + complete, par_q=par_q, context=context)
            and not safety.unsafe(said + held, par_q=par_q, context=context)
        ):
            pieces, held = [held, complete], ""  # the new sentence is unsafe on its own: the held one may go
        else:
            pieces, held = [held + complete], ""  # unsafe only together: both are withheld
        for piece in pieces:
            out = release(piece) if piece and not stopped else ""
            out = await second_look(out)
            if out:
                sent.append(out)
                yield CoachEvent("token", {"text": out})
    if not stopped and (held or buffer):
        out = await second_look(release(held + shown_as(buffer)))
        if out:
            sent.append(out)
            yield CoachEvent("token", {"text": out})
    text = "".join(sent).strip()
    if broken is not None:
        # What was released before the stop is taken back: the client replaces the whole bubble with the stop message
        # and the history keeps only that (R7: "Yes, that's a smart idea." stayed above the refusal, shown and stored).
        text = (prefix + _cut(stop_text, budget - len(prefix))).strip()
        yield CoachEvent("stopped", {"safety": broken, "replace": True, "text": text,
                                     "detail": "Vigor stopped this answer: it broke the coach's safety rules, so the "
                                     "safe advice replaces it."})  # fmt: skip
    triaged = broken is not None and model_triage(raw) is not None
    if closing is not None and closing.event == "done":
        yield CoachEvent("done", {"_text": text, "_stopped": broken, "_triaged": triaged, "provider": closing.provider,
                                  "model": closing.model,
                                  "_experiment": getattr(closing, "experiment", "")})  # fmt: skip
        return
    partial = closing is not None and closing.partial
    yield CoachEvent("error", {"_text": text if partial else "", "_stopped": broken,
                               "_experiment": getattr(closing, "experiment", ""),
                               "provider": getattr(closing, "provider", ""),
                               "model": getattr(closing, "model", "")})  # fmt: skip


# An opening that only agrees ("Sure!", "Of course, happy to help.", "Great question! Here's how:"): shown before an
# answer that is then stopped, it says yes to what Vigor refuses (R5: "Of course!" and then the crash-diet refusal).
_AGREEING = re.compile(
    r"\A\s{0,9}(?:(?:sure(?:\s{1,3}thing)?|of\s{1,3}course|absolutely|certainly|definitely|yes|yeah|yep|ok(?:ay)?"
    r"|alright|all\s{1,3}right|got\s{1,3}it|no\s{1,3}problem|you\s{1,3}bet|great|perfect|good|great\s{1,3}question"
    r"|good\s{1,3}question|love\s{1,3}(?:it|this|that)|(?:i'?d\s{1,3}be\s{1,3}|i'?m\s{1,3})?(?:happy|glad)\s{1,3}to"
    r"\s{1,3}help|glad\s{1,3}you\s{1,3}asked|let'?s\s{1,3}(?:do\s{1,3}(?:it|this)|go|get\s{1,3}into\s{1,3}it)"
    r"|here(?:'s|\s{1,3}is|\s{1,3}are)\s{1,3}(?:how|what|(?:the|a|your|my|some)\s{1,3}\w{1,20})"
    r"(?:\s{1,3}(?:you\s{1,3})?(?:\w{1,20}\s{1,3})?(?:do|go|it|works?))?)[\s,!.:;\u2014-]{0,6}){1,8}",
    re.IGNORECASE,
)


# A short opener that endorses the user's unseen plan ("Yes, that's a smart idea and you should definitely do it.",
# "Good plan to sort it now.", "You're right, honestly."): shown before a stop, it approves what Vigor then refuses
# (R8 §3). Held like agreement, it goes out only with a safe sentence that follows it, never alone before a stop.
_ENDORSING = re.compile(
    r"\b(good|great|smart|solid|sound|sensible|clever|excellent|perfect|brilliant)\s+(idea|plan|call|choice|move"
    r"|approach|thinking|strategy)\b|\byou\s+should\s+(definitely|totally|absolutely)\b|\byou'?re\s+(right|spot\s+on)\b"
    r"|\bthat'?s\s+(the\s+way\s+to\s+do\s+it|a\s+good\s+one|fine|exciting)\b|\bgo\s+for\s+it\b"
    r"|\byou'?ve\s+earned\s+it\b",
    re.IGNORECASE,
)


def _agreeing(sentences: str) -> bool:
    """Whether held text is nothing but agreement (or a short endorsement of the user's plan), to be released only
    together with what follows it."""
    text = sentences.strip()
    if not 0 < len(text) <= 200:
        return False
    return _AGREEING.fullmatch(sentences) is not None or (len(text) <= 120 and _ENDORSING.search(text) is not None)


def _sentence_end(buffer: str) -> int:
    """The index of the last sentence end in `buffer`, or -1: a full stop, "!" or "?" only once the character after it
    has arrived and is a space (so "Add 2." then "5 kg" is never split at the decimal point: the eighteenth red team
    saw "Add 2." and then another answer), or a line break."""
    for i in range(len(buffer) - 1, -1, -1):
        if buffer[i] == "\n" or (buffer[i] in ".!?" and i + 1 < len(buffer) and buffer[i + 1].isspace()):
            return i
    return -1


def _cut(text: str, room: int) -> str:
    """At most `room` characters, an ellipsis marking a cut (leading spaces kept: they join the tokens); the cut goes
    back to a space rather than split a word or a number ("2.5" never becomes "2.")."""
    if len(text) <= room:
        return text
    if room <= 1:
        return ""
    cut = text[: room - 1]
    if text[room - 1].isalnum() or text[room - 1] in ".,":
        space = cut.rstrip().rfind(" ")
        cut = cut[:space] if space > 0 else cut
    return cut.rstrip(" .,;:") + "…"
