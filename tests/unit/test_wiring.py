"""One wiring point: every collaborator belongs to one Services, and two Services share nothing."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from shared.bootstrap import build_services
from shared.caching import TtlCache
from shared.coach import daily, plan_job
from shared.config import load_settings
from shared.importing import jobs as import_job
from shared.quota import prices, tiers

ROOT = Path(__file__).resolve().parents[2]


async def test_two_services_share_no_cache_gateway_or_client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIGOR_DATA_DIR", str(tmp_path / "a"))
    first = await build_services(load_settings())
    monkeypatch.setenv("VIGOR_DATA_DIR", str(tmp_path / "b"))
    second = await build_services(load_settings())
    try:
        assert first.gateway is first.gateway and first.gateway is not second.gateway
        assert first.caches is not second.caches
        # An admin's price edit through one instance is seen by it at once and never leaks into the other.
        edited = prices.DEFAULT_PRICES.model_copy(update={"as_of": "2026-11-30"})
        await prices.put_prices(first, edited)
        assert (await prices.get_prices(first)).as_of == "2026-11-30"
        assert (await prices.get_prices(second)).as_of == prices.DEFAULT_PRICES.as_of
        free = tiers.DEFAULTS["free"].model_copy(update={"requests_per_day": 1})
        await tiers.put_limits(second, free)
        assert (await tiers.get_limits(second, "free")).requests_per_day == 1
        assert (await tiers.get_limits(first, "free")).requests_per_day == tiers.DEFAULTS["free"].requests_per_day
        # Job handlers come from bootstrap, explicitly: no import registers anything.
        assert dict(first.jobs) == {
            plan_job.KIND: plan_job.run_plan_job,
            daily.KIND: daily.run_daily_job,
            import_job.KIND: import_job.run_import_job,
        }
    finally:
        await first.close()
        await second.close()


def test_ttl_cache_expires_and_forgets() -> None:
    now = [100.0]
    cache: TtlCache[str, int] = TtlCache(2.0, clock=lambda: now[0])
    assert cache.get("a") is None
    assert cache.put("a", 1) == 1 and cache.get("a") == 1
    now[0] = 101.9
    assert cache.get("a") == 1
    now[0] = 102.0
    assert cache.get("a") is None  # expired at exactly its TTL
    cache.put("a", 2), cache.put("b", 3)
    cache.forget("a")
    assert cache.get("a") is None and cache.get("b") == 3
    cache.forget()
    assert cache.get("b") is None


# Process-wide by nature, with the reason: log filters and telemetry instruments are process-wide,
# token keys and verified tokens are pure memoisation of files and signatures.
_ALLOWED = {
    ("shared/llm/secrets.py", "_known"),
    ("shared/telemetry.py", "_instruments"),
    ("shared/identity/tokens.py", "_keys"),
    ("shared/identity/tokens.py", "_verified"),
    ("shared/bootstrap.py", "_cache"),  # the Services per event loop: the wiring point itself
    ("shared/bootstrap.py", "_locks"),
    ("shared/exercises/build_catalog.py", "LOADINGS"),  # the catalog build script's rows, not runtime state
    ("shared/exercises/build_catalog.py", "FIRST_SUBSTITUTES"),  # the same build script's swap order (specialty bars)
    (
        "shared/safety/guards.py",
        "_INSTALLED",
    ),  # modules whose compiled patterns are guarded: process-wide, like re's cache
}


def test_no_module_level_registries_outside_the_wiring_point() -> None:
    """Mutable module-level dicts, sets and weak dictionaries are hidden wiring: each one found here
    must live on Services instead (or be listed above with its reason)."""
    found = []
    for path in sorted((ROOT / "shared").rglob("*.py")) + sorted((ROOT / "functions").rglob("*.py")):
        tree = ast.parse(path.read_text())
        for node in tree.body:
            target, value = None, None
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                target, value = node.target.id, node.value
            elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                target, value = node.targets[0].id, node.value
            mutable = isinstance(value, ast.Dict | ast.Set) and not getattr(value, "keys", getattr(value, "elts", [1]))
            weak = isinstance(value, ast.Call) and "Weak" in ast.unparse(value.func)
            empty_call = isinstance(value, ast.Call) and ast.unparse(value.func) in ("dict", "set") and not value.args
            if target and (mutable or weak or empty_call):
                rel = str(path.relative_to(ROOT))
                if (rel, target) not in _ALLOWED:
                    found.append(f"{rel}: {target}")
    assert found == [], found


def test_routers_leave_use_cases_and_their_audit_records_to_shared() -> None:
    """Each router handler calls one use case; the use case writes its own audit record, so a CLI or a
    queue job doing the same change is audited too."""
    routers = sorted((ROOT / "functions").rglob("*.py"))
    assert [str(p.relative_to(ROOT)) for p in routers if "audit.record(" in p.read_text()] == []


def test_domain_code_reads_versions_through_the_port_not_the_adapters_system_keys() -> None:
    """Only the store package knows the adapters' `_etag` and `_ts` keys; domain code uses `etag_of`."""
    found = []
    for path in sorted((ROOT / "shared").rglob("*.py")) + sorted((ROOT / "functions").rglob("*.py")):
        rel = str(path.relative_to(ROOT))
        if rel.startswith("shared/store/"):
            continue
        text = path.read_text()
        found += [f"{rel}: {key}" for key in ('"_etag"', "'_etag'", '"_ts"', "'_ts'") if key in text]
    assert found == [], found
