/**
 * One session refresh at a time across every tab of the origin.
 *
 * The refresh cookie is shared by all tabs; two tabs that wake together (a restored browser
 * session, a laptop lid opened) would each swap the same cookie. The server forgives that for a
 * short grace window, but it should not have to: a refresh runs under a Web Lock, and the tab that
 * refreshed posts the new session on a BroadcastChannel. A tab that was waiting for the lock and
 * has heard of a refresh made since it asked takes that session instead of refreshing again; one
 * that has not heard yet refreshes after the first tab, with the cookie the first tab received.
 *
 * Browsers without Web Locks fall back to the per-tab sharing in api-client.ts. A tab that holds
 * the lock and never lets go (a fetch that hangs) blocks the others for LOCK_WAIT_MS at most.
 */

export interface SessionTokens {
  access_token: string;
  expires_in: number;
  user: { id: string; email: string; display_name: string; roles: string[]; tier: string; created_at: string };
}

interface Refreshed {
  type: "refreshed";
  session: SessionTokens;
}

const LOCK_NAME = "vigor-auth-refresh";
const CHANNEL_NAME = "vigor-auth";
export const LOCK_WAIT_MS = 10_000;

let channel: BroadcastChannel | null = null;
let heardCount = 0; // refreshes other tabs have announced, as far as this tab has heard
let heardLatest: SessionTokens | null = null;

function isRefreshed(data: unknown): data is Refreshed {
  return typeof data === "object" && data !== null && (data as Refreshed).type === "refreshed" && typeof (data as Refreshed).session?.access_token === "string";
}

function tabsChannel(): BroadcastChannel | null {
  if (!channel && typeof BroadcastChannel === "function") {
    channel = new BroadcastChannel(CHANNEL_NAME);
    channel.addEventListener("message", (event: MessageEvent<unknown>) => {
      if (!isRefreshed(event.data)) return;
      heardCount += 1;
      heardLatest = event.data.session;
    });
  }
  return channel;
}

/** Runs `refresh` under the cross-tab lock, unless another tab refreshed after this one asked. */
export async function refreshAcrossTabs(refresh: () => Promise<SessionTokens | null>): Promise<SessionTokens | null> {
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  if (!locks) return refresh();
  const tabs = tabsChannel();
  const heardWhenAsked = heardCount;
  const underLock = async (): Promise<SessionTokens | null> => {
    if (heardCount > heardWhenAsked && heardLatest) return heardLatest;
    const session = await refresh();
    if (session) tabs?.postMessage({ type: "refreshed", session } satisfies Refreshed);
    return session;
  };
  const waiting = new AbortController();
  const timer = setTimeout(() => waiting.abort(), LOCK_WAIT_MS);
  try {
    return await locks.request(LOCK_NAME, { signal: waiting.signal }, underLock);
  } catch (error) {
    if (waiting.signal.aborted) return underLock(); // another tab is stuck: go ahead (the server's grace covers a race)
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
