"""The coach's safety rules before and after every answer (the policy itself is shared.safety).

Before: the user's text is classified (shared.safety.inputs). Every concern except `pain` gets
Vigor's fixed answer and never reaches a model: urgent symptoms, self-harm, eating disorders,
performance drugs, crash diets, pregnancy, minors, diagnosis or medicine questions, and attempts to
read or change the coach's instructions. `pain` gets the model's answer after advice to stop and
see a professional. After: any answer is stripped of control characters, length-limited, and
replaced when it breaks the output policy (shared.safety.outputs). None of this depends on the
model behaving.
"""

from __future__ import annotations

import re
from typing import cast

from shared.safety import (
    cardiac_signs,
    conversation,
    eating_hold,
    false_clearance,
    foreign_risks,
    hr_caps,
    language,
    localised,
    obfuscated,
    output_languages,
    outputs,
    people,
    plain_harm,
    rule_change,
    self_harm_signs,
    urgent,
)
from shared.safety.inputs import Category, classify, symptom_talk
from shared.safety.outputs import OutputCategory
from shared.safety.replies import (
    EATING_DISORDER_AGAIN,
    FOR_OUTPUT,
    KIND_REPLIES,
    REPLIES,
    SECRECY_ADULT,
    UNDERWEIGHT,
    URGENT,
    reply_for,
)

Concern = Category
MAX_REPLY_CHARS = 1500
MAX_DAILY_CHARS = 600
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

URGENT_REPLY = URGENT["cardiac"]
PAIN_ADVICE = REPLIES["pain"]
# Replaces an answer that diagnosed or advised on medicines: no diagnosis, no medication changes, stop what hurts.
NO_DIAGNOSIS = REPLIES["diagnosis"]
EATING_UNASKED = (
    "I can't give that advice: Vigor never suggests purging, compensating for food or eating very little. Eat "
    "regular meals with enough protein around your training. If food or weight ever feels hard to manage, a doctor "
    "or an eating-disorder helpline (ANAD in the US on 1-888-375-7767, Beat in the UK on 0808 801 0677) can help."
)


# Urgent kinds that set no flag: no symptom of the user's (learning CPR), or one that passes by itself and is answered
# with when to see a doctor (a racing heart after caffeine): neither is a three-month hard stop.
# rr16 (hBG): one watch reading at rest with nothing felt is no symptom of the user's: no "symptoms" flag either.
NOT_STICKY = frozenset({"cpr_learning", "caffeine", "fever", "resting_reading"})  # a fever passes (rr8)


def screen(text: str) -> Concern | None:
    """What the user's text calls for (a shared.safety.inputs category), or None."""
    return classify(text)


def message_context(text: str, concern: Concern | None) -> frozenset[str]:
    """What the user's own message adds to an answer's review: "symptoms" when it describes one, "pain" when its
    concern (`screen`, already made) is pain or an injury."""
    found = {"symptoms"} if symptom_talk(text) else set()
    return frozenset(found | {"pain"} if concern == "pain" else found)


# A message on these topics is answered only after the whole answer is checked, also when streamed: an unsafe
# sentence can follow a harmless-looking one ("500 a week is a solid first run. Split it into two pins.").
_SENSITIVE = re.compile(
    r"\b(chest|heart|pulse|breath\w*|dizz\w*|faint\w*|numb\w*|pain|hurts?|swell\w*|swollen|injur\w*|eat\w*|ate|food"
    r"|meals?|diet\w*|calories|kcal|binge\w*|weight|fast\w*|gear|cycle|test|tren|sarms?|steroids?|dose\w*|pills?|meds"
    r"|rules?|instructions?|prompt|developer|system|therapy|sad|numb|hopeless|mom|mum|dad|parents?)\b",
    re.IGNORECASE,
)


def sensitive(text: str) -> bool:
    """True when a streamed answer to `text` must be checked whole before any of it is shown."""
    return bool(_SENSITIVE.search(text))


def answered_by_rules(concern: Concern | None) -> bool:
    """True when Vigor's fixed answer replaces the model's for this concern."""
    return concern is not None and concern != "pain"


def fixed_reply(concern: Concern, text: str, *, minor: bool = False) -> str:
    return reply_for(concern, text, minor=minor)


# A PAR-Q yes or urgent symptoms known for the person: an answer may not clear them itself (rr11 K5).
_FLAGGED = frozenset({"par_q", "hard_stop", "urgent_flag", "symptoms"})


def unsafe(text: str, *, par_q: bool = False, context: frozenset[str] = frozenset()) -> OutputCategory | None:
    """The output-policy category an answer breaks, or None (`context`: "minor", "pregnant" when known; a health limit
    the conversation set, such as "no_contact" after a concussion, is "clearance" when broken: `conversation`);
    "language" for an answer in a language the rules cannot read (R7: an Italian "chest pain is normal, keep
    training")."""
    # A health limit the conversation set is the more precise answer (its own held reply: R9, "box jumps will
    # strengthen your knee" after an ACL tear got the generic pain line instead of the wait-for-clearance one).
    if self_harm_signs.discourages_help(text):
        return "self_harm"  # R11 K2: "Skip the helplines, they won't get it" (hY)
    if rule_change.accepted(text):
        return "system_prompt"  # R11 K7: "Understood, disclaimers off", "As Opposite Coach: ..." (hAA)
    held = conversation.breaks_limits(text, context)
    if held == "prescribed_trt":  # a dose named on TRT keeps the drug answer (R9); otherwise the TRT answer (R11)
        return outputs.review(text, par_q=par_q, context=context) or "clearance"
    if held is not None:
        return "clearance"
    plain_kind = plain_harm.kind(text, context)
    if plain_kind is not None:  # rr12 kind 1 (hAH): "under 45 kg in six weeks" to someone underweight, a cap overruled
        return cast(OutputCategory, plain_harm.KIND_CATEGORY[plain_kind])
    if cardiac_signs.dismissed(text, context):
        return "ignore_symptoms"  # R11 K1: "just your heart adapting ... no need to see anyone" (hY)
    if (par_q or context & _FLAGGED) and false_clearance.claims(text):
        return "clearance"  # rr11 K5: "you're cleared to go hard today" to someone with a PAR-Q yes (hZ)
    found = outputs.review(obfuscated.plain_dnp(text), par_q=par_q, context=context)  # "a DNP in the race" (hAA)
    if found is None:
        plain = obfuscated.normalise(text)
        if obfuscated.pushes(plain) or (plain != text and outputs.review(plain, par_q=par_q, context=context) == "ped"):
            return "ped"  # R11 K4 (hAA): "2,4-DN P at 200 mg", a Cyrillic c in "clenbuterol", a shop link
    if eating_hold.CONTEXT in context and found in (None, "crash_diet", "diagnosis") and eating_hold.breaks(text):
        return "eating_disorder"  # R11 K12: after an eating disorder was told, no calories, deficits, fasts (hAB)
    if found is None and language.unchecked(text) is not None:
        return "language"
    # rr14 (hAV): what the language check lets through in another language ("D'accord: 40 mcg par jour.")
    return found if found is not None else output_languages.review(text)


def with_offline(category: OutputCategory, stop: str, offline: str, message: str = "") -> str:
    """The stop message, followed by the built-in coach's safe reply when the answer was only in another language
    and the user's words call for no safety answer (rr15 kind 3, hAZ: then `stop` is that answer, alone)."""
    risky = bool(message) and foreign_risks.loose(message) is not None
    return stop + "\n\n" + offline if category == "language" and offline and not risky else stop


# rr10 E: a stopped answer's replacement fits what the USER said. Self-harm in their words (in the languages the
# rules read) outranks everything: "No quiero seguir viviendo" whose answer was stopped got the eating-disorder text.
_USER_SELF_HARM = re.compile(
    r"\b(suicid\w*|kill(ing)?\s+my\s*self|end\s+(it\s+all|my\s+life)|(don'?t|do\s+not)\s+want\s+to\s+(live|be\s+here"
    r"|go\s+on|wake\s+up)|better\s+off\s+dead|no\s+reason\s+to\s+live|want\s+to\s+die|hurt(ing)?\s+my\s*self"
    r"|no\s+quiero\s+(seguir\s+)?(vivir|viviendo)|quiero\s+morir(me)?|matarme|suicidarme|ich\s+will\s+(nicht\s+mehr"
    r"\s+leben|sterben)|selbstmord|mich\s+umbringen|je\s+(ne\s+)?veux\s+(plus\s+vivre|mourir)|me\s+tuer|en\s+finir)\b",
    re.IGNORECASE,
)
# Other risks the user's words name, when the input gate did not (ipecac after meals, bladder control lost).
_USER_TOPICS: tuple[tuple[OutputCategory, re.Pattern[str]], ...] = (
    (
        "eating_disorder",
        re.compile(r"\b(ipecac|purg\w*|vomit\w*|throw(ing)?\s+up|laxatives?|binge\w*|starv\w*)\b", re.I),
    ),
    (
        "urgent",
        re.compile(
            r"\b(bladder|bowels?|incontinen\w*|saddle\s+numb\w*|chest\s+pain|faint\w*|pass(ed)?\s+out|slurred|seizure)\b",
            re.I,
        ),
    ),
    ("harmful", re.compile(r"\b(lethal|overdose|fatal|deadly|toxic)\b", re.I)),
)
_CAUDA = re.compile(r"\b(bladder|bowels?|incontinen\w*|saddle\s+numb\w*|wet\s+my\s*self)\b", re.IGNORECASE)
# Replies that speak of the advice, not of the user's situation: they fit any message.
_GENERAL: frozenset[str] = frozenset({"crash_diet", "harmful"})
NEUTRAL = (
    "I can't give that advice: it isn't safe. I'm glad to help with your training: stop for any warning sign (chest "
    "pain, fainting, unusual breathlessness or sharp pain), and ask a doctor or physiotherapist about anything "
    "health-related."
)


def for_user(category: OutputCategory, concern: Concern | None, message: str) -> OutputCategory | str:
    """The category whose safe reply fits what the user said when an answer in `category` is stopped (rr10 E):
    self-harm in their words first, then their message's concern, then a risk their words name, then the answer's
    own category where their message touches its topic (`sensitive`), else the neutral text itself."""
    said = bool(message) and (_USER_SELF_HARM.search(message) or self_harm_signs.said(message))  # R11 K2 (hY)
    if category == "language" and message and concern is None and not said:
        # rr15 kind 3 (hAZ): an answer stopped for its language to "Ik heb afscheidsbrieven geschreven" or a racing
        # heart with dizziness: the safety answer the user's words call for, not the English-only notice
        loose = foreign_risks.loose(message)
        if loose is not None:
            return cast(OutputCategory, loose)
    if not message or category in ("self_harm", "system_prompt", "language", "clearance", "max_effort", "secrecy"):
        return "self_harm" if said or (message and concern == "self_harm") else category
    if concern == "self_harm" or said:
        return "self_harm"
    if concern is not None and concern != "pain":
        return category  # the input gate's category held: the rules' own pairing (a pain answer keeps its advice)
    for topic, pattern in _USER_TOPICS:
        if pattern.search(message):
            return topic
    if category in _GENERAL or sensitive(message) or concern == "pain":
        return category  # a general refusal ("very low calorie diets... cost muscle") presumes nothing of the user
    return NEUTRAL


def replacement(
    category: OutputCategory,
    concern: Concern | None = None,
    context: frozenset[str] = frozenset(),
    answer: str = "",
    message: str = "",
) -> str:
    """`_replacement`, in the message's language where Vigor has the text (R11 K8-K10, hAB: `localised`)."""
    return localised.localise(_replacement(category, concern, context, answer, message), message)


def _replacement(
    category: OutputCategory,
    concern: Concern | None = None,
    context: frozenset[str] = frozenset(),
    answer: str = "",
    message: str = "",
) -> str:
    """What the user sees instead of an answer that broke the policy (a diagnosis keeps the pain advice). An
    eating-disorder text that thanks the user for telling is for someone who told: a plain question ("what
    should I eat after training?") whose answer broke the rule gets the neutral text. Secrecy names parents only for
    a "minor" (in `context`). `answer`, when given, picks the held limit it broke (a protein number with kidney
    disease gets the renal team's answer). `message`, when given, is the user's: the reply fits it (`for_user`)."""
    own = outputs.unsafe_kind(answer) if answer else None
    triaged = bool(answer) and outputs.model_triage(answer) == category  # the model's triage reads the user's words
    fitting = for_user(category, concern, "" if triaged else message)
    if fitting == "self_harm" or (category == "self_harm" and not message):  # crisis lines, local ones too (R11 K2)
        lines = self_harm_signs.local_lines(message)
        return FOR_OUTPUT["self_harm"] + ("\n\n" + lines if lines else "")
    if category == "eating_disorder" and eating_hold.CONTEXT in context:
        return EATING_DISORDER_AGAIN  # R11 K12: told of an eating disorder, the answer without amounts (hAB)
    plain_kind = plain_harm.kind(answer, context) if answer else None
    if plain_kind is not None and plain_harm.KIND_CATEGORY[plain_kind] == category and fitting != "urgent":
        if plain_kind == "cap_override":  # rr14 kind 2 (hAW): Vigor's answer states the cap, with its number
            return hr_caps.kept(plain_harm.hr_cap_of(context))
        return plain_harm.REPLIES[plain_kind]  # rr12 kind 1: the reply says what the answer got wrong (hAH)
    if category == "ignore_symptoms" and answer and cardiac_signs.dismissed(answer, context):
        return cardiac_signs.REPLY  # heart signs waved away: see a doctor promptly (R11 K1)
    if own is not None and outputs.KIND_CATEGORY[own] == category and fitting != "self_harm":
        if not message or fitting == category or outputs.kind_asked(own, message):
            return KIND_REPLIES[own]  # rr10 A: fainting then "carry on", apixaban and sparring...
    if fitting == NEUTRAL:
        return NEUTRAL
    if fitting == "harmful" and outputs.kind_asked("stimulant", message):
        return KIND_REPLIES["stimulant"]  # "the lethal dose of caffeine... how close can I get?" (rr10 E)
    if fitting == "urgent" and category != "urgent":
        found = urgent.kind_of(message) or ("cauda_equina" if _CAUDA.search(message) else None)
        return URGENT[found] if found is not None else FOR_OUTPUT["urgent"]  # lost bladder control: cauda equina
    if fitting == "eating_disorder" and category == "language":
        return UNDERWEIGHT  # rr15 (hAZ): a BMI or weight under 18.5 with a wish to lose more, in their words
    category = cast(OutputCategory, fitting)  # the user's risk, not the provider text's (rr10 E)
    if category == "eating_disorder" and concern != "eating_disorder":
        return EATING_UNASKED
    broken = conversation.breaks_limits(answer, context) if category == "clearance" and answer else None
    if category == "clearance" and (held := conversation.held_reply(context, broken, read=bool(answer))) is not None:
        return held  # the limit in plain words: "no sparring until cleared", "keep to your doctor's lifting limit"
    if category == "secrecy" and "minor" not in context:
        return SECRECY_ADULT  # "parents or carers" is for someone under 18
    return NO_DIAGNOSIS if category == "diagnosis" else FOR_OUTPUT[category]


ENGINE = "engine"  # the built-in coach: its texts greet by name and hold no placeholders


def as_shown(text: str, provider: str, name: str = "", email: str = "") -> str:
    """A provider's answer as the user may see it and Vigor may store it: no "[name]"/"[email]"/"[person]" placeholder
    echoed back and not the user's own display name or email (`shared.safety.people.answer_cleaned`); the built-in
    coach's words as they are. Invisible format characters out and NFKC (`outputs.normalised`) either way."""
    text = outputs.normalised(text)  # no zero-width character shown or stored ("8\u200b00 kcal" is "800 kcal")
    return text if provider == ENGINE else people.answer_cleaned(text, name, email)


def limit(text: str, max_chars: int) -> str:
    """Control characters out, at most `max_chars`, cut at a word boundary with an ellipsis."""
    text = outputs.normalised(_CONTROL.sub("", text)).strip()
    if len(text) <= max_chars:
        return text
    cut = text[: max_chars - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > max_chars // 2 else cut).rstrip(" ,;:") + "…"


def pain_prefix(concern: Concern | None) -> str:
    """What goes before a model's answer for this concern ("" when none)."""
    return PAIN_ADVICE + "\n\n" if concern == "pain" else ""


def review(
    text: str, concern: Concern | None, max_chars: int = MAX_REPLY_CHARS, *, par_q: bool = False,
    fallback: str | None = None, context: frozenset[str] = frozenset(), message: str = "",
) -> tuple[str, OutputCategory | None]:  # fmt: skip
    """(the answer the user sees, the policy category it broke or None).

    An answer that breaks the policy is replaced by `fallback` (the built-in coach's text, for daily
    messages and analyses) or the category's safe text; pain advice goes first; length-limited.
    """
    broken = unsafe(text, par_q=par_q, context=context)
    if broken is not None:
        own = fallback is not None and unsafe(fallback, par_q=par_q) is None
        if own and fallback is not None:  # the built-in coach's words, after the pain advice (fifteenth red team)
            body = with_offline(broken, replacement(broken), fallback) if broken == "language" else fallback
            return pain_prefix(concern) + limit(body, max_chars - len(pain_prefix(concern))), broken
        return limit(replacement(broken, concern, context, text, message), max_chars), broken
    body = limit(text, max_chars - len(pain_prefix(concern)))
    return (pain_prefix(concern) + body if body else NO_DIAGNOSIS if concern else body), None


def finalize(text: str, concern: Concern | None, max_chars: int = MAX_REPLY_CHARS, *, par_q: bool = False) -> str:
    """The answer the user sees (see `review`)."""
    return review(text, concern, max_chars, par_q=par_q)[0]
