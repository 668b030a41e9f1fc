/**
 * Sends the outbox until it is empty: on start, when a try is due (the outbox's backoff), when the browser says it
 * is back online, and when the tab comes back to the foreground. It never waits for `navigator.onLine`: a gym's
 * Wi-Fi often says online and delivers nothing, and a browser that says offline may be wrong the other way, so the
 * backoff schedule alone decides when to try again.
 */
import type { Outbox } from "./outbox";

export interface SyncLoopOptions {
  /** the window whose `online` event starts a try (tests pass their own) */
  target?: Pick<Window, "addEventListener" | "removeEventListener">;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Starts the loop for the outbox's loaded account; returns the stop function (sign-out). */
export function startSyncLoop(outbox: Outbox, options: SyncLoopOptions = {}): () => void {
  const target = options.target ?? window;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  let timer: unknown = null;
  let due: number | null = null;
  let stopped = false;

  const run = (force: boolean) => {
    if (stopped) return;
    void outbox.flush(force).catch(() => undefined);
  };
  // Every change of the outbox (queued, sent, backed off) re-arms one timer for the earliest due try.
  const schedule = () => {
    const next = outbox.nextDue();
    if (next === due) return;
    if (timer !== null) clearTimer(timer);
    timer = null;
    due = next;
    if (next !== null && !stopped) timer = setTimer(() => ((timer = null), (due = null), run(false)), Math.max(0, next - Date.now()));
  };
  const online = () => run(true);
  const visible = () => {
    if (document.visibilityState === "visible") run(false);
  };
  const unsubscribe = outbox.subscribe(schedule);
  target.addEventListener("online", online);
  document.addEventListener("visibilitychange", visible);
  schedule();
  run(true); // app start: whatever waited while the app was closed goes now
  return () => {
    stopped = true;
    unsubscribe();
    target.removeEventListener("online", online);
    document.removeEventListener("visibilitychange", visible);
    if (timer !== null) clearTimer(timer);
  };
}
