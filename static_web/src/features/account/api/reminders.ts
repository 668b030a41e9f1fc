/** Reminders and the calendar feed: GET/PUT /api/notifications/preferences, GET /api/notifications/public-key,
 * POST/DELETE /api/notifications/subscriptions, POST /api/notifications/test, POST/DELETE /api/calendar/token. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { NotificationPreferences, PushSubscriptionIn } from "@/client/schema";
import { api, unwrap } from "@/lib/api-client";
import { ApiError, toProblem } from "@/lib/problem";

export type { NotificationPreferences };

const PREFERENCES = ["notifications", "preferences"] as const;

async function ok(call: Promise<{ response: Response; error?: unknown }>): Promise<void> {
  const { response, error } = await call;
  if (!response.ok) throw new ApiError(response.status, toProblem(response.status, error));
}

export function useNotificationPreferences() {
  return useQuery({ queryKey: PREFERENCES, queryFn: () => unwrap(api.GET("/api/notifications/preferences")) });
}

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (body: NotificationPreferences) => unwrap(api.PUT("/api/notifications/preferences", { body })),
    onSuccess: (saved) => queryClient.setQueryData(PREFERENCES, saved),
  });
}

export function fetchPushPublicKey(): Promise<string> {
  return unwrap(api.GET("/api/notifications/public-key")).then((r) => r.public_key);
}

/** How many browsers get this user's reminders (GET /api/notifications/subscriptions). */
export function countDevices(): Promise<number> {
  return unwrap(api.GET("/api/notifications/subscriptions")).then((r) => r.items.length);
}

export function saveSubscription(body: PushSubscriptionIn) {
  return unwrap(api.POST("/api/notifications/subscriptions", { body }));
}

/** The server's id of a subscription: the first 32 hex digits of the SHA-256 of its endpoint. */
export async function subscriptionId(endpoint: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(endpoint));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0"))
    .join("")
    .slice(0, 32);
}

export function deleteSubscription(id: string): Promise<void> {
  return ok(api.DELETE("/api/notifications/subscriptions/{subscription_id}", { params: { path: { subscription_id: id } } }));
}

/** Pushes a test notification now to one subscribed browser (this device's id); what its push service answered. */
export function sendTestNotification(subscriptionId: string) {
  return unwrap(api.POST("/api/notifications/test", { body: { subscription_id: subscriptionId } }));
}

export function useCreateCalendarFeed() {
  return useMutation({ meta: { inlineErrors: true }, mutationFn: () => unwrap(api.POST("/api/calendar/token")) });
}

export function useDeleteCalendarFeed() {
  return useMutation({ meta: { inlineErrors: true }, mutationFn: () => ok(api.DELETE("/api/calendar/token")) });
}
