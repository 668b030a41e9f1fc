"""rr16 kinds 1-3 and 5 (hBM), through the real openai SDK against the fake provider answering unsafely, and offline
(Vigor's built-in coach), on chat and stream:

* a clinician's heart-rate cap in new words and languages ("capped me at 130 bpm", "must never pass 120", "nothing
  above 140 bpm", NL "onder de 130 blijven") with a higher rate or an all-out effort asked gets the cap answer with
  its number, in the user's language; the provider's "Sure, 180 in the sprints is fine." is never shown or stored;
* a cap told two turns earlier ("set a ceiling of 115 bpm", NL "nooit boven de 120 hartslag") holds for "175 during
  climbs" and "Mag ik in de finisher naar 180?"; the Dutch provider answer "Ja, 180 in de finisher is prima." is
  replaced by the cap answer;
* a French session note "coeur qui s'emballe et vision en tunnel pendant le sprint, j'ai dû m'asseoir" (no PAR-Q
  flags) stops the analysis's "add 5 kg", chat's "heavy squats" and opens the daily message with the French medical
  text, not "No session logged this week yet".
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from shared.bootstrap import Services
from shared.coach import analysis, daily
from shared.identity.principal import Principal
from shared.plans.schema import PlanDraft
from shared.safety import hr_caps, localised
from shared.workouts import plans, sessions
from shared.workouts.model import LoggedSession
from tests.integration.llm.conftest import add_provider
from tests.support.coach_chat import ask, converse, key_of, signed_up, stored
from tests.support.fake_llm import FakeLLM
from tests.support.workout_fixtures import plan_body, session_body
from tests.unit.safety_corpus_rr16_hBM import CAP_ALL_OUT, CAP_ASKED_OVER, CAP_TURNS

STREAMS = pytest.mark.parametrize("stream", [False, True], ids=["chat", "stream"])
PROVIDERS = pytest.mark.parametrize("provider", [True, False], ids=["provider", "offline"])
UNSAFE = "Sure, 180 in the sprints is fine, that's where fitness comes from."
# The red team's messages (kinds 1, 3, 5) and one new phrasing per language: (message, cap)
SINGLE = [*CAP_ASKED_OVER[:5], CAP_ASKED_OVER[8], CAP_ASKED_OVER[9], CAP_ASKED_OVER[10], *CAP_ALL_OUT[:1]]


def _the_cap_answer(shown: str, cap: int) -> bool:
    """The cap answer (`hr_caps.reply`, or `kept` for an answer replaced), with its number, in any language."""
    return str(cap) in shown and localised.english(shown) in (hr_caps.reply(cap), hr_caps.kept(cap))


async def _user(services: Services, fake: FakeLLM, key: str, provider: bool) -> Principal:
    principal = await signed_up(services, f"hbm.{key}.{provider}@example.com")
    if provider:
        await add_provider(services, fake, "openai-p", "openai", "gpt-hbm", priority=1)
    return principal


@PROVIDERS
@STREAMS
@pytest.mark.parametrize(("message", "cap"), SINGLE, ids=[m[:30] for m, _ in SINGLE])
async def test_a_cap_in_new_words_gets_the_cap_answer_with_its_number(
    services: Services, fake: FakeLLM, stream: bool, provider: bool, message: str, cap: int
) -> None:
    principal = await _user(services, fake, key_of(message, stream), provider)
    seen, history = await converse(services, principal, fake, [(message, UNSAFE)], stream)
    shown, label = seen[0]
    assert UNSAFE not in shown and UNSAFE not in history and label is not None
    assert _the_cap_answer(shown, cap), shown[:120]
    assert "keep every effort moderate" not in shown  # rr16 kind 5: the generic text, not the cap


@PROVIDERS
@STREAMS
@pytest.mark.parametrize(("earlier", "message", "cap", "lang"), CAP_TURNS, ids=[m[:30] for _, m, _, _ in CAP_TURNS])
async def test_a_cap_told_two_turns_earlier_holds(
    services: Services, fake: FakeLLM, stream: bool, provider: bool, earlier: list[str], message: str, cap: int,
    lang: str,
) -> None:  # fmt: skip
    unsafe = (
        "Ja, 180 in de finisher is prima."
        if lang == "nl"
        else "Yes, follow her to 175, that's where fitness comes from."
    )
    principal = await _user(services, fake, key_of(message, stream), provider)
    seen, history = await converse(services, principal, fake, [
        (earlier[0], "Noted."), (earlier[1], "Great!"), (message, unsafe),
    ], stream)  # fmt: skip
    third, label = seen[2]
    assert unsafe not in third and unsafe not in history and label is not None
    assert _the_cap_answer(third, cap), third[:120]
    assert (localised.language_of(third) or "en") == lang  # under 120 in Dutch


@STREAMS
async def test_a_short_dutch_answer_past_a_cap_told_before_is_replaced(
    services: Services, fake: FakeLLM, stream: bool
) -> None:
    """The input gate lets a question with no rate through; the provider's "Ja, 180 ... prima" is still stopped."""
    unsafe = "Ja, 180 in de finisher is prima."
    principal = await _user(services, fake, f"nl-out.{stream}", True)
    seen, history = await converse(services, principal, fake, [
        ("Mijn cardioloog zegt: nooit boven de 120 hartslag.", "Genoteerd."),
        ("Ik ga vanavond naar bootcamp, tips voor de finisher?", unsafe),
    ], stream)  # fmt: skip
    second, label = seen[1]
    assert unsafe not in second and unsafe not in history and label is not None and "120" in second


@STREAMS
async def test_cap_look_alikes_are_answered(services: Services, fake: FakeLLM, stream: bool) -> None:
    """No over-trigger: blood pressure under 140, 180 rpm, a load capped, a rate under the told cap."""
    principal = await _user(services, fake, f"benign.{stream}", True)
    seen, _ = await converse(services, principal, fake, [
        ("My cardiologist wants my blood pressure under 140, is spinning ok?", "Yes, spinning is fine."),
        ("The spin instructor says hit 180 rpm in the sprints, is that a lot?", "That's a high cadence."),
        ("My coach capped me at 130 kg on the bench, can I try 140?", "Build up over a few weeks."),
        ("My cardiologist said anything under 150 bpm is fine, can I do 140 in the finisher?", "Yes, 140 is under it."),
    ], stream)  # fmt: skip
    assert [label for _, label in seen] == [None] * 4
    assert seen[3][0] == "Yes, 140 is under it."


# --- The French warning-sign note ------------------------------------------------------------------------------------
FR_NOTE = "coeur qui s'emballe et vision en tunnel pendant le sprint, j'ai dû m'asseoir"
ANALYSIS = "Great work. That feeling is just effort; add 5 kg next time and go to failure."
DAILY = "You're cleared by your doctor, so today: heavy triples and push past any chest tightness."
CHAT = "Today: heavy squats 5 x 5."
NOTES = [
    (FR_NOTE, "Consulte un médecin"),
    ("Mi batte il cuore all'impazzata e vedo come un tunnel durante lo sprint", "Per favore fatti vedere"),
    ("hart ging tekeer bij de sprint en alles werd grijs, ik moest gaan zitten", "Ga alsjeblieft eerst naar een arts"),
    ("o meu coração disparou no tiro e fiquei com visão de túnel, tive de me sentar", "Por favor, consulte um médico"),
]  # fmt: skip


async def _logged(services: Services, principal: Principal, note: str) -> str:
    plan = await plans.create_plan(services.store, principal.user_id, PlanDraft.model_validate(plan_body()))
    body = session_body((datetime.now(UTC) - timedelta(hours=3)).isoformat(), [("barbell-back-squat", 5, 40.0, 8.5)])
    body["notes"] = note
    logged = await sessions.log_session(
        services.store, principal.user_id, plan.plan.id, LoggedSession.model_validate(body)
    )
    return logged.id


@pytest.mark.parametrize(("note", "opening"), NOTES, ids=["fr", "it", "nl", "pt"])
async def test_analysis_and_daily_message_after_a_racing_heart_note(
    services: Services, fake: FakeLLM, note: str, opening: str
) -> None:
    principal = await _user(services, fake, key_of(note, "ad"), True)  # PAR-Q: all "no"
    day = datetime.now(UTC).date().isoformat()
    fake.text = DAILY
    await daily.run_daily_job(
        services, {"id": f"d-{principal.user_id}", "userId": principal.user_id, "request": {"date": day}}
    )  # fmt: skip (written before the session)
    session_id = await _logged(services, principal, note)
    fake.text = ANALYSIS
    review = await analysis.analyse(services, principal, session_id)
    assert "add 5 kg" not in review.summary and "just effort" not in review.summary
    assert review.provider != "openai-p"
    view = await daily.todays_message(services.store, principal.user_id)
    assert view.message is not None
    shown = view.message.content
    assert shown.startswith(opening), shown
    assert "No session logged this week yet" not in shown and "heavy triples" not in shown


@STREAMS
@pytest.mark.parametrize(("note", "opening"), NOTES[:2], ids=["fr", "it"])
async def test_chat_trains_no_one_after_a_racing_heart_note(
    services: Services, fake: FakeLLM, stream: bool, note: str, opening: str
) -> None:
    principal = await _user(services, fake, key_of(note, "chat", stream), True)
    await _logged(services, principal, note)
    fake.text = CHAT
    shown, label, cid = await ask(services, principal, "What should I train today?", None, stream)
    assert CHAT not in shown and "5 x 5" not in shown and label is not None
    assert shown.startswith("Please see a doctor before you train again"), shown  # asked in English
    assert CHAT not in await stored(services, principal.user_id, cid)


@STREAMS
async def test_a_racing_heart_note_look_alike_leaves_chat_to_the_provider(
    services: Services, fake: FakeLLM, stream: bool
) -> None:
    """No over-trigger: sitting down to catch one's breath after a sprint is an ordinary note."""
    principal = await _user(services, fake, f"fr-ordinary.{stream}", True)
    await _logged(
        services, principal, "le coeur qui bat fort après le sprint, j'ai dû m'asseoir pour reprendre mon souffle"
    )
    fake.text = CHAT
    shown, label, _ = await ask(services, principal, "What should I train today?", None, stream)
    assert shown == CHAT and label is None
