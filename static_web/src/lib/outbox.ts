/**
 * Workouts waiting for the server: the outbox. Finishing a workout (or saving an edit of one) always goes
 * through here: the write is kept in IndexedDB first, then sent; when the server cannot be reached it stays,
 * and the sync loop (sync-loop.ts) sends it later. Design and why: docs/decisions.md, "Offline workouts".
 *
 * * Exactly once: a new session is POSTed with an `Idempotency-Key` fixed for the workout (`workoutKey`, from
 *   when it started), so a retry after a lost answer, a second tab sending the same item, or finishing the same
 *   workout twice creates one session (functions/http/idempotency.py; the server derives the session id from it).
 * * An edit is a PUT with `If-Match` naming the version the user edited. A 412 (someone changed it meanwhile) makes
 *   the item a `conflict`: the user keeps theirs (re-sent with the server's new ETag) or takes the server's.
 * * 5xx, network errors, 408, 409 (the key's first use still running), 429 and 401 (the session ended: it is sent
 *   after the next sign-in) are retried with exponential backoff (`retryDelay`: 2 s doubling to 5 min, jittered).
 *   Any other 4xx will not succeed by retrying: the item is `failed`, with the server's reason, until the user
 *   discards it.
 *
 * Items belong to the account that queued them (`owner`); another account's are dropped when it signs in, and
 * signing out clears them (a shared device keeps no one's health data).
 */
import type { SessionLogged } from "@/client/schema";
import { deleteOutboxItem, outboxItems, putOutboxItem } from "./client-store";

/** A session as sent: SessionCreate's fields (what the history shows while it waits is typed). */
export type SessionBody = {
  started_at: string;
  duration_minutes: number;
  exercises: ({ sets: ({ reps: number; weight_kg?: number | null } & Record<string, unknown>)[] } & Record<string, unknown>)[];
} & Record<string, unknown>;

/** A session as the server answered it (a new one with its records). */
export type SentSession = Omit<SessionLogged, "new_records"> & { new_records?: SessionLogged["new_records"] };

export interface OutboxItem {
  /** the Idempotency-Key of a new session (`workoutKey`); `edit:<session id>` for an edit */
  id: string;
  /** the account that queued it */
  owner: string;
  kind: "create" | "update";
  /** create: the plan it was done from (POST /api/workouts/{plan_id}/log); null: POST /api/workouts/sessions */
  planId: string | null;
  /** update: the session edited, and the version the edit started from (its If-Match) */
  sessionId?: string;
  etag?: string | null;
  /** the session as the API takes it (SessionCreate; started_at, duration_minutes, exercises, ...) */
  body: SessionBody;
  /** ms since epoch */
  queuedAt: number;
  /** failed tries so far */
  attempts: number;
  /** when the next try is due (ms since epoch) */
  nextAt: number;
  state: "pending" | "conflict" | "failed";
  /** failed: the server's reason, for the user */
  problem?: string;
}

export type Outcome =
  | { kind: "sent"; session: SentSession }
  | { kind: "waiting"; status: number | null }
  | { kind: "conflict" }
  | { kind: "failed"; problem: string };

/** Sends one request to the API (same origin, the access token attached, one silent refresh on 401). */
export type ApiFetch = (path: string, init: RequestInit) => Promise<Response>;

export const BASE_DELAY_MS = 2_000;
export const MAX_DELAY_MS = 5 * 60_000;

/**
 * How long to wait after the `attempts`-th failed try: 2 s doubling per try, capped at 5 minutes, then jittered
 * down by up to half so that many devices cut off together (a gym's Wi-Fi) do not come back in lockstep.
 */
export function retryDelay(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling * (0.5 + random() / 2));
}

/** The Idempotency-Key of a workout: fixed from its start, so every try to send it names the same workout. */
export function workoutKey(startedAt: string): string {
  return `workout-${startedAt}`;
}

/** Statuses worth another try: the server was down, busy, rate-limited, the key's first use still running, or the session needs renewing. */
const RETRIED = new Set([401, 408, 409, 429]);

async function reason(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { detail?: string; title?: string; errors?: { field?: string; message?: string }[] };
    const field = body.errors?.[0];
    return [body.title ?? body.detail ?? `HTTP ${res.status}`, field?.field && `${field.field}: ${field.message ?? ""}`].filter(Boolean).join(" · ");
  } catch {
    return `HTTP ${res.status}`;
  }
}

export interface OutboxOptions {
  fetch: ApiFetch;
  now?: () => number;
  random?: () => number;
  /** a session the server stored (new or edited): the app refreshes its history */
  onSent?: (item: OutboxItem, session: SentSession) => void;
}

export class Outbox {
  private items: OutboxItem[] = [];
  private owner: string | null = null;
  private readonly listeners = new Set<() => void>();
  private flushing: Promise<Map<string, Outcome>> | null = null;
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(private readonly options: OutboxOptions) {
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
  }

  /** The items of the signed-in account, oldest first (a stable array between changes, for useSyncExternalStore). */
  snapshot = (): OutboxItem[] => this.items;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(items: OutboxItem[]): void {
    this.items = items.filter((i) => i.owner === this.owner).sort((a, b) => a.queuedAt - b.queuedAt);
    this.listeners.forEach((l) => l());
  }

  /** Reads the stored items for `owner` (null: nobody signed in); another account's are removed from the device. */
  async load(owner: string | null): Promise<void> {
    this.owner = owner;
    const stored = await outboxItems<OutboxItem>();
    for (const item of stored) if (item.owner !== owner) await deleteOutboxItem(item.id);
    this.set(stored);
  }

  /** Removes every item (sign-out, account deletion). */
  async clear(): Promise<void> {
    for (const item of await outboxItems<OutboxItem>()) await deleteOutboxItem(item.id);
    this.set([]);
  }

  private async save(item: OutboxItem): Promise<void> {
    await putOutboxItem(item);
    this.set([...this.items.filter((i) => i.id !== item.id), item]);
  }

  private async drop(id: string): Promise<void> {
    await deleteOutboxItem(id);
    this.set(this.items.filter((i) => i.id !== id));
  }

  /** Queues a new session under its workout's key (`workoutKey`); queuing the same workout again replaces its body, not its key. */
  async enqueueCreate(owner: string, key: string, planId: string | null, body: OutboxItem["body"]): Promise<OutboxItem> {
    this.owner ??= owner;
    const item: OutboxItem = { id: key, owner, kind: "create", planId, body, queuedAt: this.now(), attempts: 0, nextAt: this.now(), state: "pending" };
    await this.save(item);
    return item;
  }

  /**
   * Queues an edit of a logged session, with the version it started from. A second edit before the first was sent
   * replaces it but keeps the first one's version: the server has seen neither.
   */
  async enqueueEdit(owner: string, sessionId: string, etag: string | null, body: OutboxItem["body"]): Promise<OutboxItem> {
    this.owner ??= owner;
    const id = `edit:${sessionId}`;
    const earlier = this.items.find((i) => i.id === id);
    const item: OutboxItem = {
      id, owner, kind: "update", planId: null, sessionId, etag: earlier?.state === "pending" ? earlier.etag : etag, body,
      queuedAt: earlier?.queuedAt ?? this.now(), attempts: 0, nextAt: this.now(), state: "pending",
    }; // prettier-ignore
    await this.save(item);
    return item;
  }

  /** When the next pending item is due (ms since epoch), or null when none waits. */
  nextDue(): number | null {
    const due = this.items.filter((i) => i.state === "pending").map((i) => i.nextAt);
    return due.length ? Math.min(...due) : null;
  }

  /**
   * Sends the pending items that are due (all of them when `force`), oldest first, one at a time; resolves with
   * each tried item's outcome. One flush runs at a time per tab, and per origin where Web Locks exist (another tab
   * sending the same item would be harmless, thanks to the key, but is wasted work).
   */
  flush(force = false): Promise<Map<string, Outcome>> {
    this.flushing ??= (async () => {
      try {
        const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
        return locks ? await locks.request("vigor-outbox", () => this.flushNow(force)) : await this.flushNow(force);
      } finally {
        this.flushing = null;
      }
    })();
    return this.flushing;
  }

  private async flushNow(force: boolean): Promise<Map<string, Outcome>> {
    this.set(await outboxItems<OutboxItem>()); // another tab may have sent or queued some meanwhile
    const outcomes = new Map<string, Outcome>();
    for (const item of this.items) {
      if (item.state !== "pending" || (!force && item.nextAt > this.now())) continue;
      outcomes.set(item.id, await this.send(item));
    }
    return outcomes;
  }

  /** Sends one item now, whatever its schedule (finishing a workout tries at once). */
  async sendNow(id: string): Promise<Outcome | undefined> {
    let outcomes = await this.flush(true);
    if (!outcomes.has(id)) outcomes = await this.flush(true); // a flush already running had not seen it
    return outcomes.get(id);
  }

  private request(item: OutboxItem): [string, RequestInit] {
    const json = { "Content-Type": "application/json" };
    const body = JSON.stringify(item.body);
    if (item.kind === "update") {
      const headers: Record<string, string> = item.etag ? { ...json, "If-Match": item.etag } : json;
      return [`/api/workouts/sessions/${encodeURIComponent(item.sessionId ?? "")}`, { method: "PUT", headers, body }];
    }
    const path = item.planId ? `/api/workouts/${encodeURIComponent(item.planId)}/log` : "/api/workouts/sessions";
    return [path, { method: "POST", headers: { ...json, "Idempotency-Key": item.id }, body }];
  }

  private async send(item: OutboxItem): Promise<Outcome> {
    let res: Response;
    try {
      res = await this.options.fetch(...this.request(item));
    } catch {
      return this.later(item, null, null);
    }
    if (res.ok) {
      const session = (await res.json()) as SentSession;
      await this.drop(item.id);
      this.options.onSent?.(item, session);
      return { kind: "sent", session };
    }
    if (res.status === 412 && item.kind === "update") {
      await this.save({ ...item, state: "conflict" });
      return { kind: "conflict" };
    }
    if (res.status >= 500 || RETRIED.has(res.status)) return this.later(item, res.status, res.headers.get("Retry-After"));
    const problem = await reason(res);
    await this.save({ ...item, state: "failed", problem });
    return { kind: "failed", problem };
  }

  private async later(item: OutboxItem, status: number | null, retryAfter: string | null): Promise<Outcome> {
    const attempts = item.attempts + 1;
    const asked = retryAfter && /^\d+$/.test(retryAfter) ? Math.min(MAX_DELAY_MS, Number(retryAfter) * 1000) : 0;
    await this.save({ ...item, attempts, nextAt: this.now() + Math.max(asked, retryDelay(attempts, this.random)) });
    return { kind: "waiting", status };
  }

  /**
   * A conflict resolved the user's way: their edit is sent again over the server's current version (read now, for
   * its ETag). Resolves with the outcome; a server that cannot be reached leaves the conflict for later.
   */
  async keepMine(id: string): Promise<Outcome | undefined> {
    const item = this.items.find((i) => i.id === id);
    if (!item?.sessionId) return undefined;
    let res: Response;
    try {
      res = await this.options.fetch(`/api/workouts/sessions/${encodeURIComponent(item.sessionId)}`, { method: "GET" });
    } catch {
      return { kind: "waiting", status: null };
    }
    if (res.status === 404) {
      await this.save({ ...item, state: "failed", problem: "This workout was deleted on another device." });
      return { kind: "failed", problem: "deleted" };
    }
    if (!res.ok) return { kind: "waiting", status: res.status };
    const next = { ...item, etag: res.headers.get("ETag"), state: "pending" as const, attempts: 0, nextAt: this.now() };
    await this.save(next);
    // Through the one flush, never beside it: saving it pending wakes the sync loop, and a second PUT with the same
    // If-Match would meet the first one's new version and bring the edit back as a conflict.
    return this.sendNow(next.id);
  }

  /** A conflict resolved the server's way, or a failed item given up: the queued write is dropped. */
  async discard(id: string): Promise<void> {
    await this.drop(id);
  }
}
