"""The notifications API: strict subscription bodies (problem+json naming the field), at most ten browsers,
another user's subscription is a 404, preferences round-trip, and a stable public key from the data dir."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from shared.config import get_settings
from shared.notifications.subscriptions import MAX_PER_USER, subscription_id
from shared.notifications.vapid import KEY_FILE, vapid_keys
from tests.support.fake_push import FakeBrowser, unb64url
from tests.support.identity import sign_up

FCM = "https://fcm.googleapis.com/fcm/send/"


def _body(n: int = 0) -> dict[str, Any]:
    return FakeBrowser().subscription(f"{FCM}device-{n}")


async def test_bad_subscription_bodies_name_the_field(app: FastAPI) -> None:
    user = await sign_up(app)
    good = _body()
    point = good["keys"]["p256dh"]
    off_curve = "BA" + "A" * (len(point) - 2)
    cases = {
        "endpoint": [{**good, "endpoint": "http://fcm.googleapis.com/x"}, {**good, "endpoint": "https://10.0.0.5/x"},
                          {**good, "endpoint": "https://user:pw@fcm.googleapis.com/x"},
                          {**good, "endpoint": "https://localhost/x"}, {**good, "endpoint": "https://a.b:8443/x"}],
        "keys.p256dh": [{**good, "keys": {**good["keys"], "p256dh": off_curve}},
                             {**good, "keys": {**good["keys"], "p256dh": "!" * 87}}],
        "keys.auth": [{**good, "keys": {**good["keys"], "auth": "A" * 30}}],
        "keys": [{"endpoint": good["endpoint"]}],
        "extra": [{**good, "extra": 1}],
    }  # fmt: skip
    for field, bodies in cases.items():
        for body in bodies:
            answer = await user.client.post("/api/notifications/subscriptions", json=body, headers=user.auth)
            assert answer.status_code == 422, (body, answer.text)
            assert answer.headers["content-type"].startswith("application/problem+json")
            assert field in [e["field"] for e in answer.json()["errors"]], (field, answer.json())
    made = await user.client.post("/api/notifications/subscriptions", json=good, headers=user.auth)
    assert made.status_code == 201 and made.json()["id"] == subscription_id(good["endpoint"])
    assert made.json()["endpoint_origin"] == "https://fcm.googleapis.com" and "keys" not in made.json()


async def test_ten_browsers_at_most_and_another_users_subscription_is_a_404(app: FastAPI) -> None:
    user, other = await sign_up(app), await sign_up(app, ip="198.51.100.9")
    ids = []
    for n in range(MAX_PER_USER + 2):
        answer = await user.client.post("/api/notifications/subscriptions", json=_body(n), headers=user.auth)
        assert answer.status_code == 201
        ids.append(answer.json()["id"])
    again = await user.client.post("/api/notifications/subscriptions", json=_body(MAX_PER_USER + 1), headers=user.auth)
    assert again.json()["id"] == ids[-1]  # the same browser again: its keys replaced, nothing added
    listed = [
        s["id"] for s in (await user.client.get("/api/notifications/subscriptions", headers=user.auth)).json()["items"]
    ]
    assert len(listed) == MAX_PER_USER and ids[0] not in listed and ids[-1] in listed
    path = f"/api/notifications/subscriptions/{ids[-1]}"
    assert (await other.client.delete(path, headers=other.auth)).status_code == 404
    assert (await user.client.delete(path, headers=user.auth)).status_code == 204
    assert (await user.client.delete(path, headers=user.auth)).status_code == 404
    assert (
        await user.client.delete("/api/notifications/subscriptions/not-an-id", headers=user.auth)
    ).status_code == 404


async def test_preferences_round_trip_and_reject_empty_quiet_hours(app: FastAPI) -> None:
    user = await sign_up(app)
    defaults = (await user.client.get("/api/notifications/preferences", headers=user.auth)).json()
    assert defaults == {"daily_message": False, "workout_reminders": False, "reminder_hour": 8,
                        "quiet_hours": {"start_hour": 22, "end_hour": 7}, "workout_time": "18:00"}  # fmt: skip
    wanted = {**defaults, "daily_message": True, "quiet_hours": None, "workout_time": "06:30"}
    assert (await user.client.put("/api/notifications/preferences", json=wanted, headers=user.auth)).json() == wanted
    assert (await user.client.get("/api/notifications/preferences", headers=user.auth)).json() == wanted
    for field, bad in (("quiet_hours", {"start_hour": 5, "end_hour": 5}), ("workout_time", "25:00"),
                       ("reminder_hour", 24)):  # fmt: skip
        name = field
        answer = await user.client.put("/api/notifications/preferences", json={**wanted, name: bad}, headers=user.auth)
        assert answer.status_code == 422 and any(e["field"].startswith(field) for e in answer.json()["errors"])


async def test_the_public_key_is_generated_once_in_the_data_dir_and_kept_private(app: FastAPI) -> None:
    user = await sign_up(app)
    first = (await user.client.get("/api/notifications/public-key", headers=user.auth)).json()["public_key"]
    raw = unb64url(first)
    assert len(raw) == 65 and raw[0] == 4
    key_file = get_settings().resolved_data_dir() / KEY_FILE
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert (await user.client.get("/api/notifications/public-key", headers=user.auth)).json()["public_key"] == first
    assert vapid_keys(get_settings()).public_key == first
