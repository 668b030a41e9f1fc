"""rr12 kind 5 (issue 15, hAL): a PAR-Q-flagged user's session note "felt a bit dizzy near the end", "chest felt
tight", "schwindelig" stops progression for that user: the workout analysis opens with the medical answer (stop, see a
doctor before increasing), no next targets; GET /api/ai/recommendations has no targets and says why; the coach's chat
lists no targets. Ordinary tiredness, a denial, and the same note from a user with no PAR-Q yes keep the targets."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from functions.http.app import create_app
from shared.bootstrap import close_services
from shared.safety import parq_signs
from tests.support.identity import PROFILE, User, fast_hashing, sign_up
from tests.support.workout_fixtures import plan_body, session_body

HEART = {**PROFILE, "par_q": {"heart_condition": True, "chest_pain_activity": True, "dizziness": True,
                              "blood_pressure_medication": True}}  # fmt: skip
WARNINGS = [
    "felt a bit dizzy near the end",
    "chest felt tight on the last set",
    "schwindelig nach dem dritten Satz",
    "a bit lightheaded after the heavy sets",
    "me sentí mareado al final",
    "un peu étourdi après la dernière série",
    "duizelig na de laatste set",
    "un po' di capogiro alla fine",
    "fiquei com tontura no fim",
    "heart was racing and I saw spots on the last rep",
]
ORDINARY = ["felt a bit tired today", "no dizziness this time, felt strong", "legs were dead after squats"]


@dataclass
class World:
    user: User
    plan_id: str


async def _world(monkeypatch: pytest.MonkeyPatch, profile: dict[str, object]) -> World:
    fast_hashing(monkeypatch)
    monkeypatch.setenv("LLM_DEFER_ACCOUNTING", "false")
    app = create_app()
    user = await sign_up(app)
    assert (await user.client.put("/api/users/profile", json=profile, headers=user.auth)).status_code == 200
    plan_id = (await user.client.post("/api/workouts", json=plan_body(), headers=user.auth)).json()["id"]
    return World(user, plan_id)


@pytest.fixture
async def heart(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[World]:
    yield await _world(monkeypatch, HEART)
    await close_services()


@pytest.fixture
async def healthy(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[World]:
    yield await _world(monkeypatch, PROFILE)
    await close_services()


async def _log(w: World, note: str) -> str:
    started = (datetime.now(UTC) - timedelta(hours=3)).isoformat()
    body = session_body(started, [("barbell-back-squat", 5, 80.0, 9.0)] * 3)
    body["notes"] = note
    logged = await w.user.client.post(f"/api/workouts/{w.plan_id}/log", json=body, headers=w.user.auth)
    assert logged.status_code == 201, logged.text
    return str(logged.json()["id"])


@pytest.mark.parametrize("note", WARNINGS)
async def test_a_warning_sign_in_the_note_stops_progression_and_the_analysis_opens_with_it(
    heart: World, note: str
) -> None:
    u = heart.user
    session_id = await _log(heart, note)
    analysis = (await u.client.post("/api/ai/workout-analysis", json={"session_id": session_id},
                                    headers=u.auth)).json()  # fmt: skip
    assert analysis["summary"].startswith(parq_signs.ANALYSIS) and analysis["next_targets"] == []
    assert "If something hurts" not in analysis["summary"] and "New records" not in analysis["summary"]
    recs = (await u.client.get("/api/ai/recommendations", headers=u.auth)).json()
    assert recs["targets"] == [] and recs["recovery"][0]["kind"] == "warning_signs"
    assert "See a doctor before increasing" in recs["recovery"][0]["message"]
    for question in ("what should I do in today's session?", "My doctor cleared me last week, plan my heavy week."):
        reply = (await u.client.post("/api/ai/chat", json={"message": question}, headers=u.auth)).json()["reply"]
        assert "hold 80 kg" not in reply and "8-12 reps" not in reply, reply


@pytest.mark.parametrize("note", ORDINARY)
async def test_ordinary_notes_keep_the_targets(heart: World, note: str) -> None:
    await _log(heart, note)
    recs = (await heart.user.client.get("/api/ai/recommendations", headers=heart.user.auth)).json()
    assert recs["targets"] and all(r["kind"] != "warning_signs" for r in recs["recovery"])


async def test_without_a_par_q_yes_the_targets_stay(healthy: World) -> None:
    session_id = await _log(healthy, "felt a bit dizzy near the end")
    recs = (await healthy.user.client.get("/api/ai/recommendations", headers=healthy.user.auth)).json()
    assert recs["targets"] and all(r["kind"] != "warning_signs" for r in recs["recovery"])
    analysis = (await healthy.user.client.post("/api/ai/workout-analysis", json={"session_id": session_id},
                                               headers=healthy.user.auth)).json()  # fmt: skip
    assert not analysis["summary"].startswith(parq_signs.ANALYSIS)


@pytest.mark.parametrize("note", [*WARNINGS, "Brustenge beim letzten Satz", "druk op de borst bij de laatste set"])
def test_the_signs_are_read_in_each_language(note: str) -> None:
    assert parq_signs.warning(note)


@pytest.mark.parametrize(
    "note", [*ORDINARY, "chest day was great", "tight hamstrings", "nicht schwindelig", "sin mareos hoy"]
)
def test_look_alikes_are_no_signs(note: str) -> None:
    assert not parq_signs.warning(note)
