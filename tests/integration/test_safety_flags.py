"""The safety flags Vigor inferred from what a user wrote, seen and corrected by the user over HTTP (issue 15: users
could not see or correct them). A chat message and a session note set flags with the user's own words; clearing is
audited without health data, needs a confirmation for a hard stop (chest pain with a PAR-Q yes), and a cleared note
never sets its flag again; another user sees nothing of it; the export holds it and deletion removes it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi import FastAPI

from shared.bootstrap import get_services
from shared.coach import flags
from shared.errors import NotFound
from shared.identity.records import SYSTEM
from shared.store import containers
from shared.store.port import Filter, Query
from tests.support.deletions import run_deletions
from tests.support.identity import PROFILE, sign_up

CHEST = "I get chest pain when I run up the hill, is that normal?"
NOTE = "only ate 500 kcal today and threw up after"
PAR_Q_WAITING = {**PROFILE, "par_q": {"heart_condition": True, "chest_pain_activity": True}}


def _session(note: str) -> dict[str, object]:
    started = (datetime.now(UTC) - timedelta(hours=2)).replace(microsecond=0).isoformat()
    squat = {"exercise_id": "barbell-back-squat", "sets": [{"reps": 10, "weight_kg": 16.0}]}
    return {"started_at": started, "duration_minutes": 40, "notes": note, "exercises": [squat]}


async def test_a_user_sees_the_flags_with_their_words_and_clears_one_that_was_not_about_them(app: FastAPI) -> None:
    user = await sign_up(app)
    assert (await user.client.put("/api/users/profile", json=PAR_Q_WAITING, headers=user.auth)).status_code == 200
    assert (await user.client.get("/api/users/me/safety-flags", headers=user.auth)).json() == {"items": []}
    chat = await user.client.post("/api/ai/chat", json={"message": CHEST}, headers=user.auth)
    assert chat.status_code == 200 and chat.json()["safety"] == "urgent"
    logged = await user.client.post("/api/workouts/sessions", json=_session(NOTE), headers=user.auth)
    assert logged.status_code == 201, logged.text

    listed = await user.client.get("/api/users/me/safety-flags", headers=user.auth)
    assert listed.status_code == 200 and listed.headers["cache-control"] == "no-store"
    by_category = {f["category"]: f for f in listed.json()["items"]}
    assert set(by_category) == {"urgent", "eating_disorder"}
    urgent, eating = by_category["urgent"], by_category["eating_disorder"]
    assert urgent["label"] == "Urgent symptoms: chest pain or heart symptoms" and urgent["words"] == CHEST
    assert urgent["source"] == "chat" and urgent["hard_stop"] is True
    assert urgent["since"] == datetime.now(UTC).date().isoformat() and urgent["until"] > urgent["since"]
    assert "PAR-Q" in urgent["clearing_means"] and "see a doctor" in urgent["clearing_means"]
    assert eating["words"] == NOTE and eating["source"] == "session_note" and eating["hard_stop"] is False

    # A hard stop is cleared only after reading what clearing means; bad input names its field.
    unconfirmed = await user.client.delete("/api/users/me/safety-flags/urgent?reason=not_about_me", headers=user.auth)
    assert unconfirmed.status_code == 422 and "confirm" in unconfirmed.text and "PAR-Q" in unconfirmed.text
    no_reason = await user.client.delete("/api/users/me/safety-flags/urgent?confirm=true", headers=user.auth)
    assert no_reason.status_code == 422 and "reason" in no_reason.text
    bad = await user.client.delete("/api/users/me/safety-flags/urgent?reason=because&confirm=true", headers=user.auth)
    assert bad.status_code == 422 and "reason" in bad.text
    unknown = await user.client.delete("/api/users/me/safety-flags/injury?reason=misread", headers=user.auth)
    assert unknown.status_code == 422 and "category" in unknown.text
    never_set = await user.client.delete("/api/users/me/safety-flags/minor?reason=misread", headers=user.auth)
    assert never_set.status_code == 404

    cleared = await user.client.delete(
        "/api/users/me/safety-flags/urgent?reason=not_about_me&confirm=true", headers=user.auth
    )
    assert cleared.status_code == 204
    cleared_note = await user.client.delete(
        "/api/users/me/safety-flags/eating_disorder?reason=not_about_me", headers=user.auth
    )
    assert cleared_note.status_code == 204
    services = await get_services()
    assert await flags.active(services.store, user.user_id) == set()

    # The note is screened again on every answer: once cleared, it sets nothing (the chat reads recent notes).
    again = await user.client.post("/api/ai/chat", json={"message": "what's next in my plan?"}, headers=user.auth)
    assert again.status_code == 200
    assert (await user.client.get("/api/users/me/safety-flags", headers=user.auth)).json() == {"items": []}
    assert await flags.active(services.store, user.user_id) == set()

    # Audited, with the reason only (no category: that is health data).
    page = await services.store.query(SYSTEM, Query(filters=(Filter("type", "eq", "audit"),), limit=500))
    audits = [d for d in page.items if d.get("action") == "safety_flag.cleared" and d.get("target") == user.user_id]
    assert len(audits) == 2 and all(d["details"] == {"reason": "not_about_me"} for d in audits)
    assert "eating" not in str(audits) and "urgent" not in str(audits)

    # The user's own record is in the export; deletion removes the whole document.
    export = (await user.client.get("/api/users/me/export", headers=user.auth)).text
    assert '"safety_flags"' in export and '"cleared"' in export and "not_about_me" in export
    assert (await user.client.delete("/api/users/me", headers=user.auth)).status_code == 204
    await run_deletions()
    try:
        await services.store.read(containers.AI.name, user.user_id, flags.DOC_ID)
        raise AssertionError("the flags document outlived the account")
    except NotFound:
        pass


async def test_the_export_holds_the_words_and_another_user_sees_nothing(app: FastAPI) -> None:
    owner, other = await sign_up(app), await sign_up(app)
    for user in (owner, other):
        assert (await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)).status_code == 200
    said = "I'm 12 weeks pregnant, can I keep deadlifting?"
    assert (await owner.client.post("/api/ai/chat", json={"message": said}, headers=owner.auth)).status_code == 200
    export = (await owner.client.get("/api/users/me/export", headers=owner.auth)).text
    assert said in export and '"pregnancy"' in export
    assert (await other.client.get("/api/users/me/safety-flags", headers=other.auth)).json() == {"items": []}
    gone = await other.client.delete("/api/users/me/safety-flags/pregnancy?reason=misread", headers=other.auth)
    assert gone.status_code == 404
    items = (await owner.client.get("/api/users/me/safety-flags", headers=owner.auth)).json()["items"]
    assert [(f["category"], f["label"], f["hard_stop"]) for f in items] == [("pregnancy", "Possible pregnancy", False)]
    plain = await owner.client.delete("/api/users/me/safety-flags/pregnancy?reason=no_longer_true", headers=owner.auth)
    assert plain.status_code == 204  # not a hard stop: no confirmation needed


async def test_an_urgent_flag_shows_every_kind_it_stands_for_before_it_is_cleared(app: FastAPI) -> None:
    """R5: chest pain, then a swollen calf after a flight, then dark urine: the list showed only "dark urine", and
    clearing it cleared the chest pain and the possible clot too, unseen. Now the flag names every kind."""
    user = await sign_up(app)
    assert (await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)).status_code == 200
    for message in (CHEST, "My calf is swollen and hot since my long flight yesterday, can I run?",
                    "My urine is dark brown after yesterday's hard session, is that ok?"):  # fmt: skip
        chat = await user.client.post("/api/ai/chat", json={"message": message}, headers=user.auth)
        assert chat.status_code == 200 and chat.json()["safety"] == "urgent", (message, chat.json())
    listed = (await user.client.get("/api/users/me/safety-flags", headers=user.auth)).json()["items"]
    urgent = next(f for f in listed if f["category"] == "urgent")
    for said in ("chest pain or heart symptoms", "a possible blood clot", "dark urine after hard training"):
        assert said in urgent["label"] and said in urgent["clearing_means"], urgent
