import { Heading, Link, Stack, Text } from "@chakra-ui/react";
import type { ReactNode } from "react";
import { Navigate, Link as RouterLink, useLocation } from "react-router";
import { useProfile } from "@/api/profile";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { isAdmin, useAuth } from "@/lib/auth";

/** Signed-in users only; sends anyone else to sign in and back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, returning } = useAuth();
  const location = useLocation();
  if (status === "loading") return <LoadingState label="Signing you in…" />;
  if (status === "signed-out") {
    // A first visit to the bare address meets the landing page; a returning user goes straight to sign in.
    if (!returning && location.pathname === "/" && !location.search) return <Navigate to="/welcome" replace />;
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in${next !== "/" ? `?next=${encodeURIComponent(next)}` : ""}`} replace />;
  }
  return <>{children}</>;
}

/** The app needs a profile: until onboarding is done, every screen leads there. */
export function RequireProfile({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const admin = isAdmin(user);
  // An operator need not onboard as a trainee: with no consent or profile, the trainee screens lead to Admin
  // (inside the app shell, nav and Sign out included); onboarding stays open to them from Account or by URL.
  const profile = useProfile();
  if (user && !user.health_data_consent) return <Navigate to={admin ? "/admin" : "/consent"} replace />;
  // A profile already known (the offline copy, or an earlier answer) is used even when its refetch failed.
  if (profile.data === undefined && profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} title="Could not load your profile" />;
  if (profile.data === undefined) return <LoadingState label="Loading your profile…" />;
  if (profile.data === null) return <Navigate to={admin ? "/admin" : "/onboarding"} replace />;
  return <>{children}</>;
}

/** Admin is hidden from the navigation for others, and refused here if reached by URL. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  if (!isAdmin(user)) {
    return (
      <Stack gap="2" role="alert">
        <Heading as="h1" size="2xl">
          Not allowed
        </Heading>
        <Text>Admin is only for administrators. You are signed in without the admin role.</Text>
      </Stack>
    );
  }
  // Admin work usually needs two-step sign-in (ADMIN_TWO_FACTOR; the API says so when it does): its settings are
  // one link away and need no fitness profile (a new user's review: an operator had to onboard as a trainee).
  return (
    <>
      {!user?.two_factor && (
        <Text mb="3">
          Two-step sign-in is off.{" "}
          <Link asChild colorPalette="teal">
            <RouterLink to="/account/security">Set up two-step sign-in</RouterLink>
          </Link>{" "}
          (admin work needs it), then sign in again with a code from your app.
        </Text>
      )}
      {children}
    </>
  );
}

/** No health data without consent to the current notice (a Microsoft sign-in, a new notice, a withdrawal). */
export function RequireConsent({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  if (user && !user.health_data_consent) return <Navigate to="/consent" replace />;
  return <>{children}</>;
}
