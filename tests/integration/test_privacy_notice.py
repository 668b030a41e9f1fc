"""The privacy notice states the retention schedule (issue 17) and what reminders and the calendar feed keep (issue
21), and each new version asks signed-in users to agree again: docs/privacy.md, the web app's notice and the API's
version agree; the schedule's figures are the settings' defaults; an account that agreed to an earlier notice stores
no more health data until it agrees again, and keeps its AI opt-in when it does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi import FastAPI

from shared.bootstrap import get_services
from shared.coach.flags import FLAG_DAYS
from shared.config import Settings
from shared.identity import consents
from shared.identity.records import ACCOUNT_ID, USERS
from shared.jobs.service import JOB_TTL_SECONDS
from shared.notifications.subscriptions import MAX_PER_USER
from shared.store.port import PatchOp
from tests.support.identity import PROFILE, sign_up

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "privacy.md").read_text()
WEB = (ROOT / "static_web" / "src" / "features" / "privacy" / "components" / "privacy.tsx").read_text()


def test_the_notice_has_one_version_everywhere() -> None:
    assert f"(version {consents.NOTICE_VERSION})" in DOC.splitlines()[0]
    assert f'NOTICE_VERSION = "{consents.NOTICE_VERSION}"' in WEB


def test_the_retention_schedule_states_the_settings_defaults() -> None:
    defaults = Settings.model_fields
    years, warning = defaults["inactive_account_years"].default, defaults["inactive_warning_days"].default
    for text in (DOC, WEB):
        assert f"{years} years" in text and f"{warning} days before" in text
        assert f"{defaults['coach_history_days'].default} days after their last message" in text
        assert f"{defaults['minimum_age'].default} and over" in text
        assert f"{JOB_TTL_SECONDS // 86400} days after they finish" in text
        assert f"Sign-ins: {defaults['refresh_token_days'].default} days after you sign in" in text
        for days in {d for c, d in FLAG_DAYS.items() if c != "minor"}:
            assert re.search(rf"\b{days} days\b", text), days


def test_the_notice_names_push_subscriptions_and_the_calendar_feed() -> None:
    for text in (DOC, WEB):
        flat = " ".join(text.replace("&apos;", "'").split())
        assert "push subscription" in flat and "push service" in flat
        assert "Turning reminders off on the device deletes its subscription" in flat
        assert "calendar link" in flat and re.search(r"without signing in|with no sign-in", flat)
        assert MAX_PER_USER == 10 and "an eleventh device" in flat  # the one added longest ago is dropped
        for maker in ("Google", "Mozilla", "Apple", "Microsoft"):
            assert maker in flat
    assert "2026-12-01 (without reminders and the calendar feed)" in DOC


@pytest.mark.parametrize("earlier_version", ["2026-11-30", "2026-12-01"])
async def test_an_account_that_agreed_to_the_earlier_notice_is_asked_again(app: FastAPI, earlier_version: str) -> None:
    user = await sign_up(app)
    services = await get_services()
    earlier = {"given": True, "version": earlier_version, "at": f"{earlier_version}T08:00:00+00:00"}
    ops = [PatchOp("set", "consents.health_data", earlier), PatchOp("set", "consents.ai_providers", earlier)]
    await services.store.patch(USERS, user.user_id, ACCOUNT_ID, ops)
    me = (await user.client.get("/api/users/me", headers=user.auth)).json()
    assert me["health_data_consent"] is False  # the web app sends the user to the consent screen
    refused = await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)
    assert refused.status_code == 403 and "consent" in refused.json()["detail"]
    again = await user.client.put("/api/users/me/consents", json={"health_data": True}, headers=user.auth)
    body = again.json()
    assert body["health_data"]["current"] and body["health_data"]["version"] == consents.NOTICE_VERSION
    assert body["ai_providers"]["given"] is True  # the opt-in is not asked again
    assert (await user.client.get("/api/users/me", headers=user.auth)).json()["ai_providers_opt_in"] is True
    assert (await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)).status_code == 200
