/**
 * The one HTTP client: openapi-fetch typed by the generated schema (src/client), plus
 * the contract types of routes that have not landed in the schema yet (api-contract.ts).
 *
 * Auth lives here and nowhere else: every request carries the in-memory access token, in
 * `X-Vigor-Authorization` (TOKEN_HEADER) rather than `Authorization`, which an Azure Static Web App's
 * linked backend overwrites with the platform's own token (the API reads ours first);
 * a 401 triggers one silent POST /api/auth/refresh (shared by concurrent requests, and by other
 * tabs: refresh-across-tabs.ts) and a retry; if the refresh fails the session-expired handler
 * sends the user to sign in.
 */
import createClient from "openapi-fetch";
import type { paths as GeneratedPaths } from "@/client/schema";
import { env } from "@/config/env";
import type { ContractPaths } from "./api-contract";
import { ApiError, toProblem } from "./problem";
import { refreshAcrossTabs, type SessionTokens } from "./refresh-across-tabs";
import { tokenStore } from "./token-store";

/** Generated paths win: once the backend ships a route, its real schema replaces the contract's. */
export type Paths = GeneratedPaths & Omit<ContractPaths, keyof GeneratedPaths>;

/** Absolute, so Request() works in every runtime; same origin unless VITE_API_BASE says otherwise. */
const apiBase = (): string => env.apiBase || window.location.origin;

const NO_REFRESH = ["/api/auth/login", "/api/auth/register", "/api/auth/refresh", "/api/auth/logout"];

let sessionExpired: () => void = () => {};
/** Registered once by the auth provider. */
export function onSessionExpired(handler: () => void): void {
  sessionExpired = handler;
}

let refreshing: Promise<SessionTokens | null> | null = null;

/**
 * The readable twin of the httpOnly refresh cookie ("1", no secret), set and cleared with it by the API: named
 * with the `__Host-` prefix where the site is served over HTTPS, without it in local http development
 * (functions/http/cookies.py).
 */
export const SESSION_HINT_COOKIE = "vigor_signed_in";
const HINT_NAMES = [`__Host-${SESSION_HINT_COOKIE}=`, `${SESSION_HINT_COOKIE}=`];

/**
 * Whether a refresh could succeed: the API's hint cookie is there (or the API is on another origin, where
 * this page cannot read it). A signed-out visitor then makes no refresh that can only answer 401.
 */
export function mayHaveSession(): boolean {
  if (env.apiBase && new URL(env.apiBase).origin !== window.location.origin) return true;
  return document.cookie.split(";").some((c) => HINT_NAMES.some((name) => c.trim().startsWith(name)));
}

function forgetSessionHint(): void {
  document.cookie = `${SESSION_HINT_COOKIE}=; Max-Age=0; path=/; SameSite=Strict`;
  if (window.location.protocol === "https:") {
    document.cookie = `__Host-${SESSION_HINT_COOKIE}=; Max-Age=0; path=/; Secure; SameSite=Strict`;
  }
}

let unreachable = false;
/**
 * Whether the last refresh failed because the server could not be reached (no answer, or a 5xx from a proxy in
 * front of a stopped API) rather than because the session is gone: the app then opens offline (offline.ts).
 */
export const lastRefreshUnreachable = (): boolean => unreachable;

/** POST /api/auth/refresh with the httpOnly cookie; resolves null when the session is gone or the server is unreachable. */
async function postRefresh(): Promise<SessionTokens | null> {
  unreachable = false;
  try {
    const res = await fetch(`${apiBase()}/api/auth/refresh`, { method: "POST", credentials: "include" });
    if (res.status === 401) forgetSessionHint(); // the session is gone: next load asks no more
    unreachable = res.status >= 500;
    return res.ok ? ((await res.json()) as SessionTokens) : null;
  } catch {
    unreachable = true;
    return null;
  }
}

/** A new access token from the refresh cookie, shared by this tab's concurrent callers and, through
 * refresh-across-tabs, by the other tabs: resolves null when the session is gone. */
export function refreshSession(): Promise<SessionTokens | null> {
  refreshing ??= (async () => {
    try {
      const session = await refreshAcrossTabs(postRefresh);
      if (session) tokenStore.set(session.access_token);
      return session;
    } catch {
      return null;
    } finally {
      queueMicrotask(() => {
        refreshing = null;
      });
    }
  })();
  return refreshing;
}

/** The header the API reads Vigor's access token from first (docs/decisions.md, "Same-site topology"). */
export const TOKEN_HEADER = "X-Vigor-Authorization";

function withToken(request: Request): Request {
  const token = tokenStore.get();
  if (token) request.headers.set(TOKEN_HEADER, `Bearer ${token}`);
  return request;
}

/** fetch with the bearer token and one silent refresh on 401. Also used for SSE and downloads. */
export async function authFetch(input: Request | string, init?: RequestInit): Promise<Response> {
  const request = typeof input === "string" ? new Request(`${apiBase()}${input}`, init) : input;
  const retry = request.clone();
  const response = await fetch(withToken(request));
  const path = new URL(request.url, window.location.origin).pathname;
  if (response.status !== 401 || NO_REFRESH.includes(path)) return response;
  const renewed = await refreshSession();
  if (!renewed) {
    tokenStore.set(null);
    sessionExpired();
    return response;
  }
  return fetch(withToken(retry));
}

export const api = createClient<Paths>({
  baseUrl: apiBase(),
  credentials: "include",
  fetch: (request: Request) => authFetch(request),
});

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Resolves to the body or throws ApiError (problem+json), for TanStack Query. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, toProblem(response.status, error, response.headers.get("Retry-After")));
  return data as T;
}

/** Reads a response produced by authFetch directly (SSE, downloads). */
export async function ensureOk(response: Response): Promise<Response> {
  if (response.ok) return response;
  let body: unknown = undefined;
  try {
    body = await response.json();
  } catch {
    /* not JSON */
  }
  throw new ApiError(response.status, toProblem(response.status, body, response.headers.get("Retry-After")));
}
