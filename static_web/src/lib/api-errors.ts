/**
 * The one global API-error handler, wired into TanStack Query's caches. Screens show their
 * own inline error state for failed queries; this adds what must be said app-wide:
 * which limit a 429 hit and when it resets, an ended session, and failed actions.
 */
import { toaster } from "@/components/ui/toaster";
import { describeError, isApiError } from "./problem";

export function handleApiError(error: unknown, kind: "query" | "mutation"): void {
  if (isApiError(error)) {
    if (error.status === 429) {
      toaster.create({ type: "warning", title: "Limit reached", description: describeError(error), id: "rate-limit" });
      return;
    }
    if (error.status === 401) {
      toaster.create({ type: "info", title: "Please sign in again", description: "Your session ended.", id: "session" });
      return;
    }
  }
  // Queries render their own error state with a retry button; actions have no other place to report.
  if (kind === "mutation") {
    toaster.create({ type: "error", title: "That did not work", description: describeError(error) });
  }
}
