import json
import pytest
from functions.http.app import create_app
from shared.bootstrap import close_services, get_services
from shared.jobs.service import run_job_message
from shared.queue import names
from tests.support.identity import PROFILE, fast_hashing, sign_up
from tests.support.workout_fixtures import session_body
import shared.coach.jobs  # noqa


async def test_smoke(monkeypatch):
    fast_hashing(monkeypatch)
    app = create_app()
    u = await sign_up(app)
    assert (await u.client.put("/api/users/profile", json=PROFILE, headers=u.auth)).status_code == 200
    r = await u.client.post("/api/ai/generate-workout", json={"days_per_week": 3}, headers=u.auth)
    assert r.status_code == 202, r.text
    s = await get_services()
    [m] = await s.queue.receive(names.AI_JOBS)
    await run_job_message(s, m.body)
    job = (await u.client.get(r.json()["status_url"], headers=u.auth)).json()
    print(job)
    plan = (await u.client.get(f"/api/workouts/{job['result']['plan_id']}", headers=u.auth)).json()
    print(plan["name"], plan["source"], plan["warnings"], [d["day_index"] for d in plan["days"]])
    ex = plan["days"][0]["exercises"][0]["exercise_id"]
    body = session_body("2026-01-05T10:00:00+00:00", [(ex, 8, 20.0, 8.0)], day_index=plan["days"][0]["day_index"])
    lr = await u.client.post(f"/api/workouts/{plan['id']}/log", json=body, headers=u.auth)
    print(lr.status_code, lr.text[:200])
    c = await u.client.post("/api/ai/chat", json={"message": "What should I lift next time?"}, headers=u.auth)
    print(c.status_code, c.json())
    c = await u.client.post("/api/ai/chat", json={"message": "My knee hurts when I squat", "conversation_id": c.json()["conversation_id"]}, headers=u.auth)
    print(c.status_code, c.json())
    c = await u.client.post("/api/ai/chat/stream", json={"message": "I have chest pain"}, headers=u.auth)
    print(c.status_code, c.text[-400:])
    c = await u.client.post("/api/ai/chat/stream", json={"message": "how is my progress?"}, headers=u.auth)
    print(c.status_code, c.text[:300], c.text[-300:])
    h = await u.client.get("/api/ai/history", params={"limit": 3}, headers=u.auth)
    print(h.status_code, h.json())
    print((await u.client.get("/api/ai/daily-message", headers=u.auth)).json())
    print((await u.client.get("/api/ai/recommendations", headers=u.auth)).json())
    sid = lr.json()["id"]
    a = await u.client.post("/api/ai/workout-analysis", json={"session_id": sid}, headers=u.auth)
    print(a.status_code, a.json())
    await u.client.aclose()
    await close_services()
