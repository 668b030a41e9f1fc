"""The web app's list of time zones (browser review D3) is the one the profile accepts: every name in it passes
`FitnessProfile.timezone`, the committed file is what `npm run generate` writes now, and a city alone is not in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from shared.profile.model import FitnessProfile
from shared.profile.zones import time_zones, typescript
from tests.support.identity import PROFILE

WEB_LIST = Path(__file__).resolve().parents[2] / "static_web" / "src" / "client" / "time-zones.ts"


def test_the_web_list_is_the_servers() -> None:
    assert WEB_LIST.read_text() == typescript(), "run: (cd static_web && npm run generate)"


def test_every_listed_zone_is_accepted_and_a_city_alone_is_not() -> None:
    for zone in time_zones():
        assert FitnessProfile.model_validate({**PROFILE, "timezone": zone}).timezone == zone
    assert {"Europe/London", "America/New_York", "UTC"} <= set(time_zones())
    for wrong in ("London", "europe/london", "GMT+1", ""):
        assert wrong not in time_zones()
        with pytest.raises(ValidationError, match="timezone"):
            FitnessProfile.model_validate({**PROFILE, "timezone": wrong})
