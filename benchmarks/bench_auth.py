"""Sign-in cost: argon2id verify, a whole login, and access-token verification per request.

Targets: a login takes 50-150 ms (the argon2id cost is the knob); verifying an access
token costs under 0.2 ms. Runs on the embedded store in a temporary data dir.
Run: .venv/bin/python -m benchmarks.bench_auth
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time

from benchmarks.report import machine, percentiles, write_section

LOGINS = 40
VERIFIES = 20_000
PASSWORD = "violet-tractor-91-lantern"


async def _measure() -> dict[str, dict[str, float]]:
    from shared.bootstrap import close_services, get_services
    from shared.identity import accounts, passwords, sessions, tokens
    from shared.identity.authenticate import authenticate

    services = await get_services()
    stored = passwords.hash_password_sync(PASSWORD)
    verify_ms = []
    for _ in range(LOGINS):
        t0 = time.perf_counter()
        assert passwords.verify_password_sync(stored, PASSWORD)
        verify_ms.append((time.perf_counter() - t0) * 1000)

    await accounts.register(services, "bench@example.com", PASSWORD, "Bench", "127.0.0.1")
    login_ms = []
    for i in range(LOGINS):
        t0 = time.perf_counter()
        account = await accounts.login(services, "bench@example.com", PASSWORD, f"10.0.0.{i}")
        await sessions.start(services, account)
        login_ms.append((time.perf_counter() - t0) * 1000)

    # A token's first verification checks its signature and claims; later ones are remembered.
    fresh = [
        tokens.issue_access_token(services.settings, account["userId"], ["user"], "free")[0] for _ in range(VERIFIES)
    ]
    token_ms = []
    for token in fresh:
        t0 = time.perf_counter()
        tokens.verify_access_token(services.settings, token)
        token_ms.append((time.perf_counter() - t0) * 1000)
    token = fresh[-1]
    again_ms = []
    for _ in range(VERIFIES):
        t0 = time.perf_counter()
        tokens.verify_access_token(services.settings, token)
        again_ms.append((time.perf_counter() - t0) * 1000)

    header = f"Bearer {token}"
    auth_ms = []
    for _ in range(2000):
        t0 = time.perf_counter()
        await authenticate(services, header)
        auth_ms.append((time.perf_counter() - t0) * 1000)
    await close_services()
    return {
        "argon2id verify": percentiles(verify_ms),
        "login (rate limits, lockout check, verify, session)": percentiles(login_ms),
        "access token verify (first use)": percentiles(token_ms),
        "access token verify (again, remembered)": percentiles(again_ms),
        "authenticate (token + account read)": percentiles(auth_ms),
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as data_dir:
        os.environ.update(VIGOR_DATA_DIR=data_dir, VIGOR_ENV="development", AUTH_RATE_LIMIT_PER_ACCOUNT="100000")
        from shared.identity import passwords

        results = asyncio.run(_measure())
    rows = "\n".join(
        f"| {name} | {r['p50']:.3f} | {r['p95']:.3f} | {r['p99']:.3f} | {r['max']:.3f} |" for name, r in results.items()
    )
    login_p50 = results["login (rate limits, lockout check, verify, session)"]["p50"]
    token_p50 = results["access token verify (first use)"]["p50"]
    body = f"""## Auth

{machine()}

argon2id parameters: time_cost={passwords.TIME_COST}, memory_cost={passwords.MEMORY_COST_KIB} KiB,
parallelism={passwords.PARALLELISM} (argon2-cffi defaults for salt and hash length).
{LOGINS} logins, {VERIFIES} token verifications (HS256, PyJWT), embedded SQLite store.

| what (ms) | p50 | p95 | p99 | max |
| --- | --- | --- | --- | --- |
{rows}

Login p50 {login_p50:.1f} ms (target 50-150: {"met" if 50 <= login_p50 <= 150 else "NOT met"});
token verification p50 {token_p50:.3f} ms (target < 0.2: {"met" if token_p50 < 0.2 else "NOT met"}).
"""
    write_section("auth", body)
    print(body)


if __name__ == "__main__":
    main()
