import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { outboxItems } from "./client-store";
import { MAX_DELAY_MS, Outbox, retryDelay, workoutKey, type ApiFetch, type OutboxItem } from "./outbox";
import { startSyncLoop } from "./sync-loop";

const body = (minutes = 45): OutboxItem["body"] => ({
  started_at: "2026-11-30T18:00:00.000Z",
  duration_minutes: minutes,
  exercises: [{ exercise_id: "goblet-squat-dumbbell", sets: [{ reps: 8, weight_kg: 20 }] }],
});

/**
 * A small stand-in for the API's session routes with the server's rules: a POST with an Idempotency-Key already
 * seen answers the first session again (a different body under it is a 409), a PUT's If-Match must name the
 * current version. `down` makes every request fail as a dropped connection; `lose` stores the next POST but drops
 * its answer (the case that makes retries dangerous without a key).
 */
class FakeApi {
  sessions = new Map<string, { id: string; version: number; body: unknown }>();
  keys = new Map<string, { id: string; sent: string }>();
  requests: { method: string; path: string; headers: Record<string, string> }[] = [];
  down = false;
  lose = 0;
  next: Response[] = [];

  fetch: ApiFetch = async (path, init) => {
    const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>));
    const method = init.method ?? "GET";
    this.requests.push({ method, path, headers });
    if (this.down) throw new TypeError("Failed to fetch");
    const scripted = this.next.shift();
    if (scripted) return scripted;
    const etag = (s: { id: string; version: number }) => `"${s.id}-v${s.version}"`;
    const json = (status: number, data: unknown, extra: Record<string, string> = {}) =>
      new Response(JSON.stringify(data), { status, headers: { "Content-Type": "application/json", ...extra } });
    if (method === "POST") {
      const key = headers["Idempotency-Key"]!;
      const seen = this.keys.get(key);
      if (seen && seen.sent !== init.body) return json(409, { title: "The Idempotency-Key was used for a different request" });
      const id = seen?.id ?? `s${this.sessions.size + 1}`;
      if (!seen) {
        this.keys.set(key, { id, sent: String(init.body) });
        this.sessions.set(id, { id, version: 1, body: JSON.parse(String(init.body)) });
      }
      if (this.lose > 0) {
        this.lose -= 1;
        throw new TypeError("the connection dropped before the answer arrived");
      }
      const s = this.sessions.get(id)!;
      return json(201, { id, etag: etag(s), new_records: [] }, { ETag: etag(s) });
    }
    const id = decodeURIComponent(path.split("/").at(-1)!);
    const s = this.sessions.get(id);
    if (!s) return json(404, { title: "Not found" });
    if (method === "GET") return json(200, { id, etag: etag(s) }, { ETag: etag(s) });
    if (headers["If-Match"] && headers["If-Match"] !== etag(s)) return json(412, { title: "Precondition failed" });
    s.version += 1;
    s.body = JSON.parse(String(init.body));
    return json(200, { id, etag: etag(s) }, { ETag: etag(s) });
  };
}

let api: FakeApi;
let clock: number;
let outbox: Outbox;
let sent: string[];

beforeEach(async () => {
  api = new FakeApi();
  clock = 1_000_000;
  sent = [];
  outbox = new Outbox({ fetch: api.fetch, now: () => clock, random: () => 1, onSent: (item) => sent.push(item.id) });
  await outbox.load("user-1");
  await outbox.clear();
});
afterEach(async () => {
  await outbox.clear();
});

describe("retryDelay", () => {
  it("doubles from 2 s and never waits more than 5 minutes", () => {
    expect([1, 2, 3, 4].map((n) => retryDelay(n, () => 1))).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(retryDelay(9, () => 1)).toBe(MAX_DELAY_MS);
    expect(retryDelay(50, () => 1)).toBe(MAX_DELAY_MS);
  });

  it("jitters down by at most half, so devices cut off together do not return in lockstep", () => {
    expect(retryDelay(3, () => 0)).toBe(4_000);
    expect(retryDelay(30, () => 0)).toBe(MAX_DELAY_MS / 2);
  });
});

describe("Outbox", () => {
  it("keeps a workout while the server cannot be reached, backing off, then stores it exactly once", async () => {
    const key = workoutKey("2026-11-30T18:00:00.000Z");
    await outbox.enqueueCreate("user-1", key, "plan-1", body());
    api.down = true;
    expect(await outbox.sendNow(key)).toEqual({ kind: "waiting", status: null });
    expect(outbox.snapshot()).toMatchObject([{ id: key, attempts: 1, nextAt: clock + 2_000, state: "pending" }]);
    // not due yet: nothing is sent
    await outbox.flush();
    expect(api.requests).toHaveLength(1);
    clock += 2_000;
    await outbox.flush();
    expect(outbox.snapshot()[0]).toMatchObject({ attempts: 2, nextAt: clock + 4_000 });

    // The server comes back but the answer to the next try is lost after it stored the session.
    api.down = false;
    api.lose = 1;
    clock += 4_000;
    await outbox.flush();
    expect(api.sessions.size).toBe(1);
    expect(outbox.snapshot()).toHaveLength(1); // the app cannot know it arrived: it tries again
    clock += 8_000;
    const outcomes = await outbox.flush();
    expect(outcomes.get(key)).toMatchObject({ kind: "sent", session: { id: "s1" } });
    expect(api.sessions.size).toBe(1);
    expect(outbox.snapshot()).toEqual([]);
    expect(await outboxItems()).toEqual([]);
    expect(sent).toEqual([key]);
    const posts = api.requests.filter((r) => r.method === "POST");
    expect(posts.map((r) => [r.path, r.headers["Idempotency-Key"]])).toEqual(Array(posts.length).fill(["/api/workouts/plan-1/log", key]));
  });

  it("queues the same workout finished twice under one key: one item, one session", async () => {
    const key = workoutKey("2026-11-30T18:00:00.000Z");
    api.down = true;
    await outbox.enqueueCreate("user-1", key, null, body());
    await outbox.enqueueCreate("user-1", key, null, body());
    expect(outbox.snapshot()).toHaveLength(1);
    api.down = false;
    await outbox.flush(true);
    expect(api.sessions.size).toBe(1);
    expect(api.requests.at(-1)?.path).toBe("/api/workouts/sessions"); // no plan: the planless route
  });

  it("retries 5xx, 429 (after its Retry-After) and a 401, and keeps their order", async () => {
    await outbox.enqueueCreate("user-1", "k1", "plan-1", body());
    api.next = [new Response(null, { status: 503 })];
    expect(await outbox.sendNow("k1")).toEqual({ kind: "waiting", status: 503 });
    api.next = [new Response(null, { status: 429, headers: { "Retry-After": "60" } })];
    expect(await outbox.sendNow("k1")).toEqual({ kind: "waiting", status: 429 });
    expect(outbox.snapshot()[0]!.nextAt).toBe(clock + 60_000);
    api.next = [new Response(null, { status: 401 })];
    expect(await outbox.sendNow("k1")).toEqual({ kind: "waiting", status: 401 });
    expect(outbox.snapshot()[0]).toMatchObject({ state: "pending", attempts: 3 });
    expect((await outbox.sendNow("k1"))?.kind).toBe("sent");
  });

  it("marks a workout the server refuses as failed, with its reason, and stops sending it", async () => {
    await outbox.enqueueCreate("user-1", "k1", "plan-1", body());
    const problem = { title: "Invalid input", errors: [{ field: "day_index", message: "the plan has no day 5" }] };
    api.next = [new Response(JSON.stringify(problem), { status: 422, headers: { "Content-Type": "application/problem+json" } })];
    const outcome = await outbox.sendNow("k1");
    expect(outcome).toEqual({ kind: "failed", problem: "Invalid input · day_index: the plan has no day 5" });
    expect(outbox.snapshot()).toMatchObject([{ state: "failed", problem: "Invalid input · day_index: the plan has no day 5" }]);
    clock += MAX_DELAY_MS * 10;
    await outbox.flush(true);
    expect(api.requests).toHaveLength(1);
    await outbox.discard("k1");
    expect(outbox.snapshot()).toEqual([]);
  });

  it("sends an offline edit with If-Match; a newer server version is a conflict the user resolves", async () => {
    api.sessions.set("s9", { id: "s9", version: 1, body: {} });
    const seen = '"s9-v1"';
    api.sessions.get("s9")!.version = 2; // someone edited it on another device meanwhile
    await outbox.enqueueEdit("user-1", "s9", seen, body(50));
    expect(await outbox.sendNow("edit:s9")).toEqual({ kind: "conflict" });
    expect(api.requests.at(-1)).toMatchObject({ method: "PUT", path: "/api/workouts/sessions/s9", headers: { "If-Match": seen } });
    expect(outbox.snapshot()).toMatchObject([{ state: "conflict" }]);
    // The sync loop does not resend a conflict on its own.
    await outbox.flush(true);
    expect(api.requests).toHaveLength(1);

    // Keep mine: re-sent over the server's current version.
    const outcome = await outbox.keepMine("edit:s9");
    expect(outcome?.kind).toBe("sent");
    expect(api.requests.at(-1)).toMatchObject({ method: "PUT", headers: { "If-Match": '"s9-v2"' } });
    expect(api.sessions.get("s9")).toMatchObject({ version: 3, body: { duration_minutes: 50 } });
    expect(outbox.snapshot()).toEqual([]);
  });

  it("keeps mine once while the sync loop runs: the re-queued edit is sent by one flush, not also by the loop", async () => {
    api.sessions.set("s9", { id: "s9", version: 2, body: {} });
    await outbox.enqueueEdit("user-1", "s9", '"s9-v1"', body(50));
    await outbox.sendNow("edit:s9");
    // The sync loop as the app runs it: every change of the outbox arms a timer for the next due item, which flushes.
    const flushes: Promise<unknown>[] = [];
    const stop = startSyncLoop(outbox, { target: new EventTarget() as unknown as Window, setTimer: (run) => void flushes.push(Promise.resolve().then(run)), clearTimer: () => undefined });
    await outbox.keepMine("edit:s9");
    await Promise.all(flushes);
    await outbox.flush(true);
    stop();
    expect(api.requests.filter((r) => r.method === "PUT").map((r) => r.headers["If-Match"])).toEqual(['"s9-v1"', '"s9-v2"']);
    expect(api.sessions.get("s9")).toMatchObject({ version: 3, body: { duration_minutes: 50 } });
    expect(outbox.snapshot()).toEqual([]); // not brought back as a conflict by a second, stale PUT
  });

  it("takes the server's version by dropping the edit", async () => {
    api.sessions.set("s9", { id: "s9", version: 2, body: { duration_minutes: 30 } });
    await outbox.enqueueEdit("user-1", "s9", '"s9-v1"', body(50));
    await outbox.sendNow("edit:s9");
    await outbox.discard("edit:s9");
    await outbox.flush(true);
    expect(api.requests.filter((r) => r.method === "PUT")).toHaveLength(1);
    expect(api.sessions.get("s9")).toMatchObject({ version: 2, body: { duration_minutes: 30 } });
  });

  it("keeps the version the first unsent edit started from when the user edits again", async () => {
    api.down = true;
    await outbox.enqueueEdit("user-1", "s9", '"s9-v1"', body(40));
    await outbox.sendNow("edit:s9");
    await outbox.enqueueEdit("user-1", "s9", '"s9-v1"', body(50));
    expect(outbox.snapshot()).toMatchObject([{ etag: '"s9-v1"', body: { duration_minutes: 50 }, attempts: 0 }]);
  });

  it("drops another account's queued workouts when a different user signs in on the device", async () => {
    await outbox.enqueueCreate("user-1", "k1", null, body());
    await outbox.load("user-2");
    expect(outbox.snapshot()).toEqual([]);
    expect(await outboxItems()).toEqual([]);
  });
});

describe("startSyncLoop", () => {
  it("tries at start, again when a backed-off try is due, and at once when the browser says online", async () => {
    const timers: { run: () => void; ms: number }[] = [];
    const target = new EventTarget() as unknown as Window;
    api.down = true;
    await outbox.enqueueCreate("user-1", "k1", "plan-1", body());
    const stop = startSyncLoop(outbox, { target, setTimer: (run, ms) => timers.push({ run, ms }), clearTimer: () => undefined });
    await expect.poll(() => api.requests.length).toBe(1);
    await expect.poll(() => timers.length).toBeGreaterThan(0);
    expect(outbox.snapshot()[0]!.attempts).toBe(1);

    clock += 2_000;
    timers.at(-1)!.run(); // the backoff timer fires: a second try, still down
    await expect.poll(() => outbox.snapshot()[0]?.attempts).toBe(2);

    api.down = false;
    target.dispatchEvent(new Event("online"));
    await expect.poll(() => outbox.snapshot()).toEqual([]);
    expect(api.sessions.size).toBe(1);
    stop();
  });
});
