/**
 * The offline copy: what the app shows when the server cannot be reached (docs/decisions.md, "Offline app").
 *
 * While the user is signed in, every successful answer to a kept query (`isKept`: the plans, the profile for
 * units and time zone, the coach's next targets, the newest 20 sessions, and the catalogue entries of the active
 * plan) is written to IndexedDB, with the user. When the app starts and the server cannot be reached, the copy
 * of the account that was signed in is put back into the query cache (`restore`), so the Log, Plan and history
 * screens open from it; the queries still refetch, and replace it once the server answers.
 *
 * Health data does not outlive the session: signing out, an ended session and deleting the account remove the
 * copy (`clearOfflineCopy`); a copy is never shown to another account.
 */
import type { Query, QueryClient, QueryKey } from "@tanstack/react-query";
import type { UserPublic } from "@/client/schema";
import { getItem, removeItem, setItem } from "./client-store";

const KEY = "offline-copy";
/** The newest sessions kept: one page of the history (GET /api/workouts/sessions?limit=20). */
export const KEPT_SESSIONS = 20;

interface KeptQuery {
  key: QueryKey;
  data: unknown;
  /** when the server answered it (ms since epoch): restored data is as old as it was */
  updatedAt: number;
}

export interface OfflineCopy {
  /** the account it belongs to */
  owner: string;
  user: UserPublic;
  savedAt: number;
  queries: KeptQuery[];
}

/** Whether a query's answer is part of the offline copy. */
export function isKept(key: QueryKey): boolean {
  const [head, sub] = key;
  if (head === "plans" || head === "profile") return key.length === 1;
  if (head === "sessions") return key.length === 1;
  if (head === "coach") return sub === "recommendations";
  return head === "exercises" && sub === "one";
}

interface InfiniteData {
  pages: unknown[];
  pageParams: unknown[];
}

/** The data as kept: of the infinite history, its first page only. */
function keptData(key: QueryKey, data: unknown): unknown {
  if (key[0] !== "sessions") return data;
  const pages = data as InfiniteData;
  return { pages: pages.pages.slice(0, 1), pageParams: pages.pageParams.slice(0, 1) };
}

/** The copy stored for `owner`, or undefined (none, or another account's). */
export async function readOfflineCopy(owner?: string): Promise<OfflineCopy | undefined> {
  const copy = await getItem<OfflineCopy>(KEY);
  return copy && (owner === undefined || copy.owner === owner) ? copy : undefined;
}

/** The account whose copy this device holds (the app opened without a server signs it in from this). */
export async function offlineUser(): Promise<UserPublic | undefined> {
  return (await readOfflineCopy())?.user;
}

/** Puts the stored copy of `owner` into the query cache, under queries that have no data yet. */
export async function restore(queryClient: QueryClient, owner: string): Promise<number> {
  const copy = await readOfflineCopy(owner);
  if (!copy) return 0;
  let restored = 0;
  for (const q of copy.queries) {
    if (queryClient.getQueryData(q.key) !== undefined) continue;
    queryClient.setQueryData(q.key, q.data, { updatedAt: q.updatedAt });
    restored += 1;
  }
  return restored;
}

/** Removes the copy from the device. */
export async function clearOfflineCopy(): Promise<void> {
  await removeItem(KEY);
}

/** The exercise ids of the active plan (else the newest), whose catalogue entries are kept. */
export function activePlanExercises(plans: unknown): string[] {
  if (!Array.isArray(plans)) return [];
  type P = { active?: boolean; days?: { exercises?: { exercise_id: string }[] }[] };
  const plan = (plans as P[]).find((p) => p.active) ?? (plans as P[])[0];
  return [...new Set((plan?.days ?? []).flatMap((d) => (d.exercises ?? []).map((e) => e.exercise_id)))];
}

/**
 * Keeps the copy of `user` up to date from the query cache until the returned stop function is called: a kept
 * query's success is written (batched, a moment later). Returns the stop function.
 */
export function keepOfflineCopy(queryClient: QueryClient, user: UserPublic, delayMs = 300): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const write = async () => {
    timer = null;
    if (stopped) return;
    const planExercises = new Set(activePlanExercises(queryClient.getQueryData(["plans"])));
    const queries: KeptQuery[] = queryClient
      .getQueryCache()
      .getAll()
      .filter((q: Query) => isKept(q.queryKey) && q.state.status === "success" && q.state.data !== undefined)
      .filter((q) => q.queryKey[0] !== "exercises" || planExercises.has(String(q.queryKey[2])))
      .map((q) => ({ key: q.queryKey, data: keptData(q.queryKey, q.state.data), updatedAt: q.state.dataUpdatedAt }));
    // A query answered before a restore ran keeps its restored copy in the store until it is answered again.
    const earlier = await readOfflineCopy(user.id);
    const fresh = new Set(queries.map((q) => JSON.stringify(q.key)));
    for (const q of earlier?.queries ?? []) {
      if (fresh.has(JSON.stringify(q.key)) || (q.key[0] === "exercises" && !planExercises.has(String(q.key[2])))) continue;
      queries.push(q);
    }
    if (!stopped) await setItem(KEY, { owner: user.id, user, savedAt: Date.now(), queries } satisfies OfflineCopy);
  };
  const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== "updated" || event.action.type !== "success" || !isKept(event.query.queryKey)) return;
    timer ??= setTimeout(writeSoon, delayMs);
  });
  const writeSoon = () => void write().catch(() => undefined); // no IndexedDB: no offline copy, the app works online
  writeSoon(); // the user as now signed in, and whatever is cached already
  return () => {
    stopped = true;
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
