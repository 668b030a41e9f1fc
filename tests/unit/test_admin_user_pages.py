"""Admin user lists page by keyset and search by email prefix or exact id: every account once, newest first,
whatever the page size, ties at one instant and filters; a cursor from elsewhere is a clear 422."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.bootstrap import Services, close_services, get_services
from shared.errors import InvalidCursor
from shared.identity import user_admin
from shared.identity.records import USERS, new_account
from shared.store.port import Filter, Query


@pytest.fixture
async def services() -> AsyncIterator[Services]:
    built = await get_services()
    for i in range(23):
        account = new_account(f"user-{i:04d}-abcdef", f"{('ann', 'bob', 'anna')[i % 3]}{i}@example.com",
                              f"N{i}", None, "password")  # fmt: skip
        account["created_at"] = f"2026-11-{1 + i // 4:02d}T10:00:00+00:00"  # four accounts an instant
        account["tier"] = ("free", "premium")[i % 2]
        await built.store.upsert(USERS, account)
    yield built
    await close_services()


async def _all(services: Services, q: str, tier: str | None, limit: int) -> list[dict[str, object]]:
    shown, cursor = [], None
    for _ in range(100):
        page = await user_admin.list_users(services.store, q, tier, limit, cursor)
        shown += page.items
        if (cursor := page.continuation) is None:
            return shown
    raise AssertionError("the pages never ended")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(limit=st.integers(1, 9), q=st.sampled_from(["", "ann", "ANNA", " bob1", "zed"]),
       tier=st.sampled_from([None, "free", "premium"]))  # fmt: skip
async def test_pages_list_each_matching_account_once_newest_first(
    services: Services, limit: int, q: str, tier: str | None
) -> None:
    shown = await _all(services, q, tier, limit)
    ids = [str(a["userId"]) for a in shown]
    needle = q.strip().lower()
    expected = [i for i in range(23) if f"{('ann', 'bob', 'anna')[i % 3]}{i}@".startswith(needle)
                and (tier is None or ("free", "premium")[i % 2] == tier)]  # fmt: skip
    assert sorted(ids) == sorted(f"user-{i:04d}-abcdef" for i in expected) and len(set(ids)) == len(ids)
    created = [str(a["created_at"]) for a in shown]
    assert created == sorted(created, reverse=True)


async def test_an_exact_user_id_finds_the_account(services: Services) -> None:
    page = await user_admin.list_users(services.store, "USER-0007-abcdef ", None, 10, None)
    assert [a["userId"] for a in page.items] == ["user-0007-abcdef"]


async def test_a_cursor_from_elsewhere_is_refused(services: Services) -> None:
    with pytest.raises(InvalidCursor):
        await user_admin.list_users(services.store, "", None, 5, "not-a-cursor")


@pytest.mark.parametrize("limit", [1, 2, 3, 7, 50])
async def test_the_audit_log_pages_across_months_newest_first_each_record_once(services: Services, limit: int) -> None:
    from datetime import UTC, datetime

    from shared.identity import audit

    stamps = [("2026-12", "2026-12-01T09:00:00.000+00:00")] * 3 + [("2026-11", "2026-11-30T23:59:59.000+00:00")] + [
        ("2026-11", "2026-11-02T10:00:00.000+00:00")] * 2 + [("2026-08", "2026-08-15T10:00:00.000+00:00")]  # fmt: skip
    for n, (month, at) in enumerate(stamps):  # a quiet September and October in between
        # Records written before the shards sit in the month's one partition, later ones in its shards.
        pk = f"audit:{month}" if n % 2 else f"audit:{month}:{n % audit.AUDIT_SHARDS}"
        await services.store.create("system", {"id": f"r{n}", "pk": pk, "type": "audit",
                                                   "actor": "cli", "action": "x", "target": "", "at": at})  # fmt: skip
    shown, cursor = [], None
    while True:
        page = await audit.list_records(services.store, limit, cursor, now=datetime(2026, 12, 2, tzinfo=UTC))
        shown += page.items
        if (cursor := page.continuation) is None:
            break
    assert sorted(r["id"] for r in shown) == [f"r{n}" for n in range(7)]
    assert [r["at"] for r in shown] == sorted((at for _, at in stamps), reverse=True)


async def test_a_months_audit_records_spread_over_its_shards_and_list_newest_first(services: Services) -> None:
    """Issue 23: one partition a month is a write hot spot; records spread over the month's shards by id, a job's
    record written twice stays one record, and the log still reads newest first, each record once."""
    from datetime import UTC, datetime, timedelta

    from shared.identity import audit

    start = datetime(2026, 12, 1, 8, tzinfo=UTC)
    for n in range(40):
        await audit.record(
            services.store, "cli", "x", f"t{n}", once=(audit.new_record_id(), start + timedelta(seconds=n))
        )
    again = ("fixed-id", start + timedelta(minutes=5))
    await audit.record(services.store, "cli", "job", "t-job", once=again)
    await audit.record(services.store, "cli", "job", "t-job", once=again)  # a retried job: no second record
    page = await services.store.query("system", Query(filters=(Filter("type", "eq", "audit"),), limit=1000))
    assert len({d["pk"] for d in page.items}) > audit.AUDIT_SHARDS // 2
    shown, cursor = [], None
    while True:
        listed = await audit.list_records(services.store, 7, cursor, now=datetime(2026, 12, 2, tzinfo=UTC))
        shown += listed.items
        if (cursor := listed.continuation) is None:
            break
    assert [r["target"] for r in shown] == ["t-job"] + [f"t{n}" for n in reversed(range(40))]
