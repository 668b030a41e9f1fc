/**
 * Tabs are separate module instances (vi.resetModules) sharing what browser tabs share: the cookie
 * jar (modelled by the fake server below), the Web Locks manager and BroadcastChannel. The fakes
 * follow the browser's shape: an exclusive FIFO lock granted on a later task, a channel delivering
 * to every other instance of the same name.
 */
import { json, stubFetch, TOKEN } from "@/testing/render";

type Grant = () => void;

/** navigator.locks: exclusive, FIFO, granted on a later task, abortable while waiting. */
class FakeLocks {
  held = new Set<string>();
  queues = new Map<string, Grant[]>();

  request<T>(name: string, options: { signal?: AbortSignal }, callback: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const queue = this.queues.get(name) ?? [];
      this.queues.set(name, queue);
      const grant: Grant = () => {
        options.signal?.removeEventListener("abort", onAbort);
        this.held.add(name);
        callback().then(resolve, reject).finally(() => {
          this.held.delete(name);
          setTimeout(() => this.next(name), 0);
        });
      };
      const onAbort = () => {
        queue.splice(queue.indexOf(grant), 1);
        reject(new DOMException("The request was aborted.", "AbortError"));
      };
      options.signal?.addEventListener("abort", onAbort);
      queue.push(grant);
      setTimeout(() => this.next(name), 0);
    });
  }

  next(name: string): void {
    if (!this.held.has(name)) this.queues.get(name)?.shift()?.();
  }
}

/** BroadcastChannel: delivers to the other open instances of a name after `delayMs`. */
function fakeChannels(delayMs: number) {
  const open = new Set<FakeChannel>();
  class FakeChannel extends EventTarget {
    constructor(readonly name: string) {
      super();
      open.add(this);
    }
    postMessage(data: unknown): void {
      for (const other of open) {
        if (other !== this && other.name === this.name) {
          setTimeout(() => other.dispatchEvent(new MessageEvent("message", { data: structuredClone(data) })), delayMs);
        }
      }
    }
    close(): void {
      open.delete(this);
    }
  }
  return FakeChannel;
}

/** The server as the cookie jar sees it: a refresh swaps the current cookie; an overlapping swap of
 * the same cookie is refused, as a server without a grace window would. */
function fakeServer(latencyMs = 20) {
  const state = { cookie: "c0", refreshes: 0, inFlight: 0, maxInFlight: 0, refused: 0 };
  const fetch = stubFetch({
    "POST /api/auth/refresh": async () => {
      const presented = state.cookie;
      state.inFlight += 1;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      await new Promise((r) => setTimeout(r, latencyMs));
      state.inFlight -= 1;
      if (presented !== state.cookie) {
        state.refused += 1;
        return json({ title: "Not signed in" }, 401);
      }
      state.refreshes += 1;
      state.cookie = `c${state.refreshes}`;
      return json({ ...TOKEN, access_token: `t${state.refreshes}` });
    },
  });
  return { state, fetch };
}

async function openTab() {
  vi.resetModules();
  const client = await import("./api-client");
  const { tokenStore } = await import("./token-store");
  return { ...client, tokenStore };
}

function withBrowserApis(channelDelayMs: number): FakeLocks {
  const locks = new FakeLocks();
  vi.stubGlobal("navigator", { ...navigator, locks });
  vi.stubGlobal("BroadcastChannel", fakeChannels(channelDelayMs));
  return locks;
}

it("three tabs waking at once refresh once and all take that session", async () => {
  withBrowserApis(0);
  const server = fakeServer();
  const tabs = [await openTab(), await openTab(), await openTab()];
  const sessions = await Promise.all(tabs.map((tab) => tab.refreshSession()));
  expect(server.state.refreshes).toBe(1);
  expect(server.state.refused).toBe(0);
  expect(sessions.map((s) => s?.access_token)).toEqual(["t1", "t1", "t1"]);
  expect(tabs.map((tab) => tab.tokenStore.get())).toEqual(["t1", "t1", "t1"]);
});

it("a tab that has not heard of the other's refresh yet refreshes after it, never alongside it", async () => {
  withBrowserApis(200); // the news arrives after the lock is handed on
  const server = fakeServer();
  const [a, b] = [await openTab(), await openTab()];
  const sessions = await Promise.all([a.refreshSession(), b.refreshSession()]);
  expect(server.state.maxInFlight).toBe(1);
  expect(server.state.refused).toBe(0);
  expect(sessions.map((s) => s?.access_token).sort()).toEqual(["t1", "t2"]);
});

it("a 401 in two tabs at once is answered by one refresh and both retries succeed", async () => {
  withBrowserApis(0);
  let refreshes = 0;
  stubFetch({
    "POST /api/auth/refresh": async () => {
      await new Promise((r) => setTimeout(r, 10));
      return (refreshes++, json({ ...TOKEN, access_token: "new" }));
    },
    "GET /api/users/me": (_u, req) =>
      req.headers.get("X-Vigor-Authorization") === "Bearer new" ? json({ ok: true }) : json({ title: "Not signed in" }, 401),
  });
  const [a, b] = [await openTab(), await openTab()];
  a.tokenStore.set("expired");
  b.tokenStore.set("expired");
  const [ra, rb] = await Promise.all([a.authFetch("/api/users/me"), b.authFetch("/api/users/me")]);
  expect([ra.status, rb.status]).toEqual([200, 200]);
  expect(refreshes).toBe(1);
});

it("a tab stuck holding the lock delays the others by the wait limit, not for ever", async () => {
  vi.useFakeTimers();
  const locks = withBrowserApis(0);
  locks.held.add("vigor-auth-refresh"); // a frozen tab that never lets go
  const server = fakeServer(0);
  const tab = await openTab();
  const { LOCK_WAIT_MS } = await import("./refresh-across-tabs");
  const session = tab.refreshSession();
  await vi.advanceTimersByTimeAsync(LOCK_WAIT_MS - 1);
  expect(server.state.refreshes).toBe(0);
  await vi.advanceTimersByTimeAsync(2);
  expect((await session)?.access_token).toBe("t1");
});

it("without Web Locks a tab still refreshes once for its own concurrent callers", async () => {
  vi.stubGlobal("navigator", { ...navigator, locks: undefined });
  const server = fakeServer();
  const tab = await openTab();
  const sessions = await Promise.all([tab.refreshSession(), tab.refreshSession()]);
  expect(server.state.refreshes).toBe(1);
  expect(sessions.map((s) => s?.access_token)).toEqual(["t1", "t1"]);
});
