/**
 * The offline app's wiring for one tab: the outbox and its sync loop (outbox.ts, sync-loop.ts) and the offline
 * copy (offline-cache.ts), started for the signed-in user and ended on sign-out. auth.tsx loads this module
 * lazily, so none of it is in the first download.
 */
import type { QueryClient } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { exerciseQueryOptions } from "@/api/exercises";
import type { UserPublic } from "@/client/schema";
import { authFetch } from "./api-client";
import { activePlanExercises, clearOfflineCopy, keepOfflineCopy, offlineUser, restore as restoreCopy } from "./offline-cache";
import { Outbox, type OutboxItem } from "./outbox";
import { isApiError } from "./problem";
import { startSyncLoop } from "./sync-loop";

export { offlineUser };

let client: QueryClient | null = null;

// Whether Vigor answered this tab's last request (the outbox's, or a screen's query): the shell's offline banner.
// No answer at all, or a 5xx (a proxy in front of a stopped API), is "cannot be reached"; any other answer, even a
// 412 or a 404, is Vigor answering.
let reachable = true;
const reachListeners = new Set<() => void>();
function setReachable(next: boolean): void {
  if (next === reachable) return;
  reachable = next;
  reachListeners.forEach((l) => l());
}
const unreachableError = (error: unknown) => error instanceof TypeError || (isApiError(error) && error.status >= 500);

/** The account's offline copy put back into the query cache: the app opened without reaching Vigor. */
export async function restore(queryClient: QueryClient, owner: string): Promise<void> {
  setReachable(false);
  await restoreCopy(queryClient, owner);
}

/** The tab's outbox: requests go through the app's one HTTP client (token, silent refresh). */
export const outbox = new Outbox({
  fetch: async (path, init) => {
    try {
      const res = await authFetch(path, init);
      setReachable(res.status < 500);
      return res;
    } catch (error) {
      setReachable(false);
      throw error;
    }
  },
  onSent: () => {
    void client?.invalidateQueries({ queryKey: ["sessions"] });
    void client?.invalidateQueries({ queryKey: ["progress"] });
  },
});

let running: { owner: string; stop: () => void } | null = null;

/**
 * Starts, for `user`, the sync loop (their queued workouts are sent as soon as the server answers), the offline
 * copy, and fetching the catalogue entries of the active plan's exercises so its details open offline too.
 */
export async function startOffline(queryClient: QueryClient, user: UserPublic): Promise<void> {
  if (running?.owner === user.id) return;
  running?.stop();
  client = queryClient;
  const stops: (() => void)[] = [keepOfflineCopy(queryClient, user)];
  running = { owner: user.id, stop: () => stops.forEach((stop) => stop()) };
  const prefetch = () => {
    for (const id of activePlanExercises(queryClient.getQueryData(["plans"]))) void queryClient.prefetchQuery(exerciseQueryOptions(id));
  };
  stops.push(
    queryClient.getQueryCache().subscribe((e) => {
      if (e.type !== "updated") return;
      const { action } = e;
      if (action.type === "success" && !action.manual) setReachable(true); // fetched (not the offline copy put back)
      if (action.type === "failed" || action.type === "error") setReachable(!unreachableError(action.error));
      if (action.type === "success" && e.query.queryKey.length === 1 && e.query.queryKey[0] === "plans") prefetch();
    }),
  );
  prefetch();
  await outbox.load(user.id);
  if (running?.owner === user.id) stops.push(startSyncLoop(outbox));
}

/**
 * Signing out or deleting the account: syncing stops and the offline copy and the queue leave the device. An ended
 * session (`keepQueue`) keeps the queued workouts for the next sign-in of the same account.
 */
export async function endOffline({ keepQueue }: { keepQueue: boolean }): Promise<void> {
  running?.stop();
  running = null;
  setReachable(true);
  await clearOfflineCopy();
  if (!keepQueue) await outbox.clear();
}

/** The signed-in user's queued writes, oldest first; re-renders on every change. */
export function useOutbox(): OutboxItem[] {
  return useSyncExternalStore(outbox.subscribe, outbox.snapshot);
}

/** Whether Vigor answered this tab's last request (false: the app shows what the device kept); re-renders on change. */
export function useReachable(): boolean {
  return useSyncExternalStore(
    (listener) => (reachListeners.add(listener), () => void reachListeners.delete(listener)),
    () => reachable,
  );
}
