"""Providers receive only what the task needs: what the fake provider got for a plan, chat (whole and
streamed, with an earlier offline reply in the history), a daily message and a workout analysis holds
no display name, email, user id, internal ids, time zone or message hour."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from shared.bootstrap import Services
from shared.coach import analysis, chat, daily
from shared.coach.messages import recent_turns
from shared.identity import accounts, consents
from shared.identity.principal import Principal
from shared.identity.profiles import save_profile
from shared.identity.records import ACCOUNT_ID, USERS
from shared.llm import gateway, prompts
from shared.plans.schema import PlanDraft
from shared.profile.model import FitnessProfile, Injury, ParQ
from shared.store.port import PatchOp
from shared.workouts import plans, sessions
from shared.workouts.model import LoggedSession
from tests.integration.llm.conftest import add_provider
from tests.support.fake_llm import FakeLLM
from tests.support.prompt_plan_writer import answer_from_prompt
from tests.support.workout_fixtures import plan_body, session_body

NAME, FIRST, LAST = "Zebulon Quartzfield", "Zebulon", "Quartzfield"
EMAIL = "zebulon.quartzfield@privacy-probe.example"
ZONE = "Pacific/Chatham"
PROFILE = FitnessProfile(
    display_name=NAME, birth_year=1988, sex="female", weight_kg=64, goals=["strength"], fitness_level="intermediate",
    equipment=["barbell", "dumbbells", "bench", "pull_up_bar"], days_per_week=3, session_minutes=60,
    injuries=[Injury(area="shoulder", severity="mild")], timezone=ZONE, daily_message_hour=17, coach_tone="playful",
    par_q=ParQ(blood_pressure_medication=True, medical_clearance=True),
)  # fmt: skip
ALWAYS_PRIVATE_KEYS = ("display_name", "email", "timezone", "daily_message_hour", "message_hour", "user_id", "userId",
                       "session_id", "plan_id", "conversation_id", "message_id")  # fmt: skip


async def _user(services: Services) -> tuple[Principal, list[str]]:
    """An account with a distinctive name and email, its profile, a plan and three logged sessions;
    the internal ids a provider must never see."""
    account = await accounts.register(services, EMAIL, "correct horse battery staple 42", NAME, "127.0.0.1")
    user_id = str(account["userId"])
    await consents.record(services.store, user_id, {"health_data": True, "ai_providers": True}, user_id)
    await services.store.patch(USERS, user_id, ACCOUNT_ID, [PatchOp("set", "tier", "unlimited")])
    await save_profile(services.store, user_id, PROFILE, None)
    plan = await plans.create_plan(services.store, user_id, PlanDraft.model_validate(plan_body()))
    ids = [user_id, plan.plan.id]
    now = datetime.now(UTC)
    for days_ago, load in ((9, 90.0), (5, 92.5), (1, 95.0)):
        body = session_body((now - timedelta(days=days_ago)).isoformat(),
                            [("barbell-back-squat", 5, load, 8.0), ("barbell-bench-press", 6, 60.0, 8.0)])  # fmt: skip
        stored = await sessions.log_session(services.store, user_id, plan.plan.id, LoggedSession.model_validate(body))
        ids.append(stored.id)
    return Principal(user_id, frozenset({"user"}), "unlimited", ai_providers=True, health_data=True), ids


def _leaks(body: dict[str, Any], ids: list[str], *, plan: bool) -> list[str]:
    text = json.dumps(body, ensure_ascii=False)
    found = [word for word in (NAME, FIRST, LAST, EMAIL, ZONE, *ids) if word.lower() in text.lower()]
    found += [f"key {key}" for key in ALWAYS_PRIVATE_KEYS if f'"{key}"' in text or f'\\"{key}\\"' in text]
    if plan:  # a plan needs neither the coach's tone nor the birth year (the age is enough)
        found += [word for word in ("coach_tone", "playful", "birth_year", "1988") if word in text]
    return found


async def test_no_provider_receives_who_the_user_is_or_internal_ids(services: Services, fake: FakeLLM) -> None:
    principal, ids = await _user(services)
    # Offline first: the built-in coach greets by name, and that reply becomes history for the provider.
    offline = await chat.chat(services, principal, "What should I do next session?", None)
    assert offline.provider == "engine" and FIRST in offline.reply
    ids.append(offline.conversation_id)
    await add_provider(services, fake, "openai-p", "openai", "gpt-privacy", priority=1)
    tasks: dict[str, list[dict[str, Any]]] = {}

    def sent(task: str, before: int) -> None:
        tasks[task] = [call.body for call in fake.calls[before:]]
        assert tasks[task], f"{task}: the provider was not asked"

    before = len(fake.calls)
    await chat.chat(services, principal, "How heavy should my squat be next time?", offline.conversation_id)
    events = [e async for e in chat.chat_stream(services, principal, "And my bench press?", offline.conversation_id)]
    assert events[-1].event == "done"
    sent("chat", before)
    turns = await recent_turns(services.store, principal.user_id, offline.conversation_id, 6)
    assert any(FIRST in content for role, content in turns if role == "assistant")  # stored as the user saw it
    before = len(fake.calls)
    await daily.run_daily_job(services, {"id": "daily-job-1", "userId": principal.user_id,
                                         "request": {"date": datetime.now(UTC).date().isoformat()}})  # fmt: skip
    sent("daily_message", before)
    before = len(fake.calls)
    review = await analysis.analyse(services, principal, ids[2])
    assert review.provider == "openai-p"
    sent("analysis", before)
    before = len(fake.calls)
    fake.responder = answer_from_prompt  # a plan this profile's checks accept, from the prompt alone
    try:
        result = await gateway.generate_plan(services, principal, PROFILE)
    finally:
        fake.responder = None
    assert result.provider == "openai-p"
    sent("plan", before)

    for task, bodies in tasks.items():
        for body in bodies:
            assert _leaks(body, ids, plan=task == "plan") == [], task
    assert len(tasks["chat"]) == 2 and FIRST in json.dumps(turns)  # the history went, without the name
    # What the tasks need is still there: the plan's age and PAR-Q answers, the coach's numbers and tone.
    plan_text = json.dumps(tasks["plan"][0])
    assert re.search(r'\\"age\\": \d+', plan_text) and '\\"conservative\\": true' in plan_text
    assert "blood_pressure_medication" not in plan_text  # rr13 (hAP): the flag the plan needs, not the answers
    chat_text = json.dumps(tasks["chat"][-1])
    assert "Barbell back squat" in chat_text and "playful" in chat_text


def test_the_engine_still_reads_the_full_figures_from_the_request_context() -> None:
    figures = {"schema": "coach/1", "name": NAME, "tone": "calm",
               "recent_sessions": [{"session_id": "s-1", "exercises": [{"name": "Squat"}]}]}  # fmt: skip
    history = [("user", f"I am {FIRST}"), ("assistant", f"Hello {NAME}. Steady effort.")]
    request = prompts.text_request("chat", "hi", figures, history)
    assert request.context["figures"] is figures  # the offline coach's greeting needs the name
    sent = json.dumps([m.content for m in request.messages])
    assert "s-1" not in sent and "Hello there. Steady effort." in sent and '\\"name\\": \\"Squat\\"' in sent
    assert f"I am {FIRST}" not in sent and "I am [name]" in sent  # their name, even typed by them, stays (issue 15)
    data = request.messages[-1].content
    assert '"name": "Squat"' in data and '"name": "there"' not in data  # the person's name key is gone, not masked


async def test_a_name_or_contact_details_typed_in_chat_never_reach_the_provider(
    services: Services, fake: FakeLLM
) -> None:
    """Issue 15: the user introduces themselves, signs off and gives contact details in chat (whole and streamed,
    and then as history): the provider gets "[name]", "[email]", "[number]" and the question itself."""
    principal, ids = await _user(services)
    await add_provider(services, fake, "openai-p", "openai", "gpt-privacy", priority=1)
    before = len(fake.calls)
    first = await chat.chat(
        services, principal,
        f"Hi, I'm {FIRST}! My email is {EMAIL} and my phone is +44 7700 900123. How heavy should I squat?", None,
    )  # fmt: skip
    assert first.provider == "openai-p"
    typed = [
        f"my name is {FIRST.lower()} {LAST}, by the way. what about bench?",
        f"call me Zeb. {NAME.lower()} is my full name. rows next?\nThanks,\n{FIRST}",
    ]
    await chat.chat(services, principal, typed[0], first.conversation_id)
    events = [e async for e in chat.chat_stream(services, principal, typed[1], first.conversation_id)]
    assert events[-1].event == "done"
    bodies = [call.body for call in fake.calls[before:]]
    assert len(bodies) == 3
    for body in bodies:
        sent = json.dumps(body, ensure_ascii=False)
        assert _leaks(body, ids, plan=False) == [] and "Zeb" not in sent.replace("[name]", "")
        assert "7700" not in sent and "900123" not in sent
    last = json.dumps(bodies[-1]["messages"], ensure_ascii=False)
    assert "How heavy should I squat?" in last and "rows next?" in last and "[name]" in last and "[email]" in last


NOTES = ("ACL repair 2019 by Dr. Karen Blake, my physio Maria Lopez says no jumping; call me +1 415 555 0199 or "
         "jon.meyer@gmail.com, 12 Elm Street Springfield. Zebulon here.")  # fmt: skip
NOTE_SECRETS = ("Karen", "Blake", "Maria", "Lopez", "415 555", "0199", "jon.meyer", "gmail", "Elm Street", FIRST)


async def test_no_free_text_profile_field_reaches_a_provider_with_contact_details_or_names(
    services: Services, fake: FakeLLM
) -> None:
    """The red team's profile: the injury notes (a free-text profile field) hold a doctor's and a physio's name, a
    phone number, an email, a street address and the user's own name. On every path to a provider (plan, chat, its
    stream, the daily message, the workout analysis) the provider reads "[person]", "[number]", "[email]",
    "[address]", "[name]" and the rest of the note, never the details."""
    principal, ids = await _user(services)
    profile = PROFILE.model_copy(update={"injuries": [Injury(area="knee", severity="mild", notes=NOTES)]})
    await save_profile(services.store, principal.user_id, profile, None)
    await add_provider(services, fake, "openai-p", "openai", "gpt-privacy", priority=1)
    before = len(fake.calls)
    fake.responder = answer_from_prompt
    try:
        result = await gateway.generate_plan(services, principal, profile)
    finally:
        fake.responder = None
    assert result.provider == "openai-p"
    first = await chat.chat(services, principal, "How heavy should my squat be next time?", None)
    events = [e async for e in chat.chat_stream(services, principal, "And my bench?", first.conversation_id)]
    assert events[-1].event == "done"
    await daily.run_daily_job(services, {"id": "daily-job-notes", "userId": principal.user_id,
                                         "request": {"date": datetime.now(UTC).date().isoformat()}})  # fmt: skip
    await analysis.analyse(services, principal, ids[2])
    bodies = [call.body for call in fake.calls[before:]]
    tasks = {json.dumps(b).count("workout_plan") > 0 for b in bodies}
    assert len(bodies) >= 5 and True in tasks
    for body in bodies:
        sent = json.dumps(body, ensure_ascii=False)
        assert [s for s in NOTE_SECRETS if s.lower() in sent.lower()] == []
    plan_sent = json.dumps(bodies[0], ensure_ascii=False)
    # rr13 (hAP): the plan request carries the injury's area and severity, not the note (the brief has its limits)
    assert '"area\\": \\"knee\\"' in plan_sent and "no jumping" not in plan_sent and "ACL" not in plan_sent
