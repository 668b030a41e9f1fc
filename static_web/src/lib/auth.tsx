/**
 * The session: who is signed in, kept as React state; the access token itself is in
 * token-store (memory). On start the httpOnly refresh cookie is swapped for a token,
 * so a reload keeps the user signed in without the token ever touching storage.
 *
 * Offline: when that swap cannot reach the server, the account whose offline copy this device holds opens
 * from it, without a token (offline.ts); the first request that reaches the server gets one (a 401, then the
 * silent refresh). Signing in starts the offline copy and the outbox's sync; signing out removes both.
 */
import { useQueryClient } from "@tanstack/react-query";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { UserPublic } from "@/client/schema";
import { api, lastRefreshUnreachable, mayHaveSession, onSessionExpired, refreshSession, unwrap } from "./api-client";
import { tokenStore } from "./token-store";
import { claimDraftFor } from "./workout-draft";

export type User = UserPublic;
type Status = "loading" | "signed-in" | "signed-out";

interface AuthContextValue {
  status: Status;
  user: User | null;
  expired: boolean;
  /** This browser had a session when the app loaded (even if it has since ended): not a first visit. */
  returning: boolean;
  /** `otp`: with two-step sign-in on, the app's 6-digit code or a recovery code (the API asks for it with a
   * 401 of type `SECOND_FACTOR_REQUIRED` after a right password). `onRecoveryCodes`: resolves once new recovery
   * codes (a sign-in that set up a new app, `TWO_STEP_SETUP_REQUIRED`) were shown. */
  signIn: (email: string, password: string, otp?: string, onRecoveryCodes?: (codes: string[]) => Promise<void>) => Promise<User>;
  register: (email: string, password: string, displayName: string, aiProviders?: boolean) => Promise<User>;
  signOut: () => Promise<void>;
  /** After an account deletion: forget everything locally. */
  forget: () => void;
  /** A new session issued by the API for this client (after a password change). */
  adopt: (token: string, user: User) => void;
  setUser: (user: User) => void;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  // Without the API's session hint there is nothing to refresh: signed out from the first render.
  // Someone who signed in during this visit is returning too: signing out leads to sign in, not the landing page.
  const [hinted] = useState(mayHaveSession);
  const [returning, setReturning] = useState(hinted);
  const [status, setStatus] = useState<Status>(hinted ? "loading" : "signed-out");
  const [user, setUser] = useState<User | null>(null);
  const [expired, setExpired] = useState(false);

  const signedIn = useCallback(
    (token: string | null, next: User) => {
      tokenStore.set(token);
      setReturning(true);
      void claimDraftFor(next.id); // another account's workout in progress is not this user's
      // Without IndexedDB (a private mode that blocks it) the app works online only.
      void import("./offline").then((offline) => offline.startOffline(queryClient, next)).catch(() => undefined);
      setUser(next);
      setExpired(false);
      setStatus("signed-in");
      return next;
    },
    [queryClient],
  );

  /** Signed out locally; `keepQueue`: an ended session keeps the workouts waiting to sync for the next sign-in. */
  const forget = useCallback(
    (keepQueue = false) => {
      tokenStore.set(null);
      queryClient.clear();
      void import("./offline").then((offline) => offline.endOffline({ keepQueue })).catch(() => undefined);
      setUser(null);
      setStatus("signed-out");
    },
    [queryClient],
  );

  useEffect(() => {
    onSessionExpired(() => {
      forget(true);
      setExpired(true);
    });
    let cancelled = false;
    if (!hinted) return;
    void refreshSession().then(async (session) => {
      if (cancelled) return;
      if (session) return void signedIn(session.access_token, session.user as User);
      // No server (a gym's basement): the account this device kept opens from its offline copy.
      const offline = lastRefreshUnreachable() ? await import("./offline") : null;
      const kept = await offline?.offlineUser();
      if (cancelled) return;
      if (!offline || !kept) return setStatus("signed-out");
      await offline.restore(queryClient, kept.id);
      signedIn(null, kept);
    });
    return () => {
      cancelled = true;
    };
  }, [forget, signedIn, hinted, queryClient]);

  const value = useMemo<AuthContextValue>(
    () => ({
      status,
      user,
      expired,
      returning,
      // An account deletion: the workout in progress leaves the device too (an expired session keeps it).
      forget: () => {
        void claimDraftFor(null);
        forget();
      },
      setUser,
      adopt: (token, next) => {
        signedIn(token, next);
      },
      signIn: async (email, password, otp, onRecoveryCodes) => {
        const body = await unwrap(api.POST("/api/auth/login", { body: { email, password, ...(otp ? { otp } : {}) } }));
        // This sign-in set up a new authenticator app (an admin after a two-step recovery): the new recovery codes
        // are shown, and kept, before the app moves on.
        if (body.recovery_codes?.length && onRecoveryCodes) await onRecoveryCodes(body.recovery_codes);
        queryClient.clear();
        return signedIn(body.access_token, body.user);
      },
      register: async (email, password, displayName, aiProviders = false) => {
        // The form does not submit until its consent box is ticked: health data is stored only with consent.
        const body = await unwrap(
          api.POST("/api/auth/register", {
            body: { email, password, display_name: displayName, consent_health_data: true, consent_ai_providers: aiProviders },
          }),
        );
        queryClient.clear();
        return signedIn(body.access_token, body.user);
      },
      signOut: async () => {
        try {
          await api.POST("/api/auth/logout");
        } finally {
          void claimDraftFor(null); // signing out on a shared device: the next person must not see this workout
          forget();
        }
      },
    }),
    [status, user, expired, returning, forget, signedIn, queryClient],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth outside AuthProvider");
  return value;
}

export function isAdmin(user: User | null): boolean {
  return !!user?.roles.includes("admin");
}
