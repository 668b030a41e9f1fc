"""Gateway overhead: `gateway.chat` vs the bare `openai` SDK call against the same fake server.

Both paths talk HTTP to the fake OpenAI-compatible server (tests/support/fake_llm.py) on 127.0.0.1,
alternating call by call so drift hits both alike. The gateway path includes everything it does in
production on the embedded store: quota reservation and settlement, breaker admission, budget
reservation and settlement, price lookup and the usage record (the answer cache is off, so every
call reaches the provider). Overhead = gateway percentile - direct percentile.

The store is the one `build_services` makes (the production default); the report names its
journal and commit modes as read back from the file. Besides wall-clock percentiles it reports
CPU per call (process CPU time over whole blocks of calls, deferred bookkeeping drained inside
the block), which the other work sharing the machine does not inflate.

    .venv/bin/python -m benchmarks.bench_gateway [--calls 400]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time

from benchmarks.report import machine, percentiles, write_section

TARGET_P50_MS, TARGET_P99_MS = 1.0, 3.0


async def run(calls: int) -> tuple[dict[str, dict[str, float]], dict[str, float], str]:
    import openai

    from shared.bootstrap import build_services
    from shared.config import load_settings
    from shared.identity.principal import Principal
    from shared.llm import configs, gateway, prompts
    from shared.llm.types import ProviderConfig
    from tests.support.fake_llm import running_fake_llm

    os.environ["BENCH_LLM_KEY"] = "sk-bench-0123456789"
    os.environ["LLM_CACHE_TTL_S"] = "0"
    with running_fake_llm() as fake:
        services = await build_services(load_settings())
        pragmas = getattr(services.store, "pragmas", None)
        mode = await pragmas() if pragmas else {}
        store = (
            f"embedded SQLite store ({mode.get('journal_mode', '?')}, synchronous={mode.get('synchronous', '?')})"
            if mode
            else type(services.store).__name__
        )
        config = ProviderConfig(id="bench", kind="openai", model="gpt-4o-mini", base_url=fake.url + "/v1",
                                api_key_ref="BENCH_LLM_KEY", priority=1)  # fmt: skip
        await configs.create_config(services, config)
        user = Principal(user_id="bench-user", roles=frozenset({"user"}), tier="unlimited")
        client = openai.AsyncOpenAI(api_key="sk-bench-0123456789", base_url=fake.url + "/v1", max_retries=0)
        request = prompts.text_request("chat", "How heavy next time?", None, ())
        messages = [{"role": "system", "content": request.system}]
        messages += [{"role": m.role, "content": m.content} for m in request.messages]

        async def direct() -> None:
            await client.chat.completions.create(model="gpt-4o-mini", messages=messages, max_completion_tokens=1024)

        async def through_gateway() -> None:
            await gateway.chat(services, user, "How heavy next time?")

        drain = gateway.gateway_for(services).drain

        for _ in range(30):  # warm up connections, imports, caches
            await direct()
            await through_gateway()
        samples: dict[str, list[float]] = {"direct": [], "gateway": []}
        for _ in range(calls):
            for name, call in (("direct", direct), ("gateway", through_gateway)):
                started = time.perf_counter()
                await call()
                samples[name].append((time.perf_counter() - started) * 1000)
        cpu: dict[str, list[float]] = {"direct": [], "gateway": []}
        block = max(10, calls // 10)
        for _ in range(5):  # CPU per call over blocks, alternating; deferred writes drained inside the block
            for name, call in (("direct", direct), ("gateway", through_gateway)):
                await drain()
                started = time.process_time()
                for _ in range(block):
                    await call()
                await drain()
                cpu[name].append((time.process_time() - started) * 1000 / block)
        await client.close()
        await services.close()
    cpu_ms = {name: statistics.median(values) for name, values in cpu.items()}
    return {name: percentiles(values) for name, values in samples.items()}, cpu_ms, store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=400)
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as data_dir:
        os.environ["VIGOR_DATA_DIR"] = data_dir
        result, cpu, store = asyncio.run(run(args.calls))
    d, g = result["direct"], result["gateway"]
    over = {k: g[k] - d[k] for k in ("p50", "p95", "p99")}
    verdict = "meets" if over["p50"] < TARGET_P50_MS and over["p99"] < TARGET_P99_MS else "MISSES"
    rows = "\n".join(
        f"| {name} | {r['p50']:.2f} | {r['p95']:.2f} | {r['p99']:.2f} | {r['max']:.2f} |" for name, r in result.items()
    )
    body = (
        "## LLM gateway overhead\n\n"
        f"{machine()}; 1-min load average {load_before:.1f} at start, {os.getloadavg()[0]:.1f} at the end "
        "(other work shares the cores; wall-clock tails grow with it, CPU per call much less). "
        f"{args.calls} alternating calls per path, sequential, fake OpenAI server on 127.0.0.1, "
        f"{store}, answer cache off, bookkeeping deferred (it runs while the next call, of either path, waits on "
        "the network; the CPU line below charges all of it to the gateway).\n\n"
        "| path | p50 ms | p95 ms | p99 ms | max ms |\n| --- | --- | --- | --- | --- |\n"
        f"{rows}\n"
        f"| **overhead** | **{over['p50']:.2f}** | {over['p95']:.2f} | **{over['p99']:.2f}** | |\n\n"
        f"Target: overhead p50 < {TARGET_P50_MS} ms, p99 < {TARGET_P99_MS} ms: **{verdict}**.\n\n"
        f"CPU per call (process CPU time, median of 5 alternating blocks of {max(10, args.calls // 10)}, "
        f"fake server included in both): direct {cpu['direct']:.2f} ms, gateway {cpu['gateway']:.2f} ms, "
        f"**overhead {cpu['gateway'] - cpu['direct']:.2f} ms**.\n"
    )
    write_section("gateway", body)
    print(body)


if __name__ == "__main__":
    main()
