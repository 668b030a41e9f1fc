"""Gateway overhead: `gateway.chat` vs the bare `openai` SDK call against the same fake server.

Both paths talk HTTP to the fake OpenAI-compatible server (tests/support/fake_llm.py) on 127.0.0.1,
alternating call by call so drift hits both alike. The gateway path includes everything it does in
production on the embedded store: quota reservation and settlement, breaker admission, budget
reservation and settlement, price lookup and the usage record (the answer cache is off, so every
call reaches the provider). Overhead = gateway percentile - direct percentile.

    .venv/bin/python -m benchmarks.bench_gateway [--calls 400]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time

from benchmarks.report import machine, percentiles, write_section

TARGET_P50_MS, TARGET_P99_MS = 1.0, 3.0


async def run(calls: int, sync: str) -> dict[str, dict[str, float]]:
    import openai

    from shared.bootstrap import build_services
    from shared.config import load_settings
    from shared.identity.principal import Principal
    from shared.llm import configs, gateway
    from shared.llm.types import ProviderConfig
    from tests.support.fake_llm import running_fake_llm

    os.environ["BENCH_LLM_KEY"] = "sk-bench-0123456789"
    os.environ["LLM_CACHE_TTL_S"] = "0"
    with running_fake_llm() as fake:
        services = await build_services(load_settings())
        if sync != "FULL":  # what-if: the embedded store with a cheaper commit (WAL + synchronous=NORMAL)
            from shared.store import containers
            from shared.store.sqlite import SqliteDocumentStore

            await services.store.close()
            path = services.settings.resolved_data_dir() / "store-normal.sqlite3"
            services.store = SqliteDocumentStore(path, containers.ALL, synchronous="NORMAL")
            await services.store.initialize()
        config = ProviderConfig(id="bench", kind="openai", model="gpt-4o-mini", base_url=fake.url + "/v1",
                                api_key_ref="BENCH_LLM_KEY", priority=1)  # fmt: skip
        await configs.create_config(services.store, config)
        user = Principal(user_id="bench-user", roles=frozenset({"user"}), tier="unlimited")
        client = openai.AsyncOpenAI(api_key="sk-bench-0123456789", base_url=fake.url + "/v1", max_retries=0)
        request = gateway.text_request("chat", "How heavy next time?", None, ())
        messages = [{"role": "system", "content": request.system}]
        messages += [{"role": m.role, "content": m.content} for m in request.messages]

        async def direct() -> None:
            await client.chat.completions.create(model="gpt-4o-mini", messages=messages, max_completion_tokens=1024)

        async def through_gateway() -> None:
            await gateway.chat(services, user, "How heavy next time?")

        for _ in range(30):  # warm up connections, imports, caches
            await direct()
            await through_gateway()
        samples: dict[str, list[float]] = {"direct": [], "gateway": []}
        for _ in range(calls):
            for name, call in (("direct", direct), ("gateway", through_gateway)):
                started = time.perf_counter()
                await call()
                samples[name].append((time.perf_counter() - started) * 1000)
        await client.close()
        await configs.close_instances()
        await services.close()
    return {name: percentiles(values) for name, values in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=400)
    parser.add_argument("--sync", choices=["FULL", "NORMAL"], default="FULL", help="embedded store commit mode")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        os.environ["VIGOR_DATA_DIR"] = data_dir
        result = asyncio.run(run(args.calls, args.sync))
    d, g = result["direct"], result["gateway"]
    over = {k: g[k] - d[k] for k in ("p50", "p95", "p99")}
    verdict = "meets" if over["p50"] < TARGET_P50_MS and over["p99"] < TARGET_P99_MS else "MISSES"
    rows = "\n".join(
        f"| {name} | {r['p50']:.2f} | {r['p95']:.2f} | {r['p99']:.2f} | {r['max']:.2f} |" for name, r in result.items()
    )
    body = (
        "## LLM gateway overhead\n\n"
        f"{machine()}. {args.calls} alternating calls per path, sequential, fake OpenAI server on 127.0.0.1, "
        f"embedded SQLite store (synchronous={args.sync}), answer cache off, bookkeeping deferred.\n\n"
        "| path | p50 ms | p95 ms | p99 ms | max ms |\n| --- | --- | --- | --- | --- |\n"
        f"{rows}\n"
        f"| **overhead** | **{over['p50']:.2f}** | {over['p95']:.2f} | **{over['p99']:.2f}** | |\n\n"
        f"Target: overhead p50 < {TARGET_P50_MS} ms, p99 < {TARGET_P99_MS} ms: **{verdict}**.\n"
    )
    write_section("gateway" if args.sync == "FULL" else "gateway-normal-sync", body)
    print(body)


if __name__ == "__main__":
    main()
