/**
 * "Reminders and calendar" on the Account screen (lazy-loaded: reminders-section.tsx).
 * Reminders: this device's push subscription (the browser's permission, then PushManager with the server's VAPID
 * key) and a test notification to it, what to be reminded of, the reminder hour, quiet hours and the usual training time, in the profile's zone.
 * Calendar: a private feed URL, shown once when made (the server keeps only its hash), with copy, a new link
 * (the old one stops working) and turning it off.
 */
import { Alert, Button, Checkbox, Field, HStack, Input, NativeSelect, Stack, Text } from "@chakra-ui/react";
import { useEffect, useState } from "react";
import { Section } from "@/components/ui/page";
import { toaster } from "@/components/ui/toaster";
import { ApiError, describeError } from "@/lib/problem";
import {
  countDevices,
  deleteSubscription,
  fetchPushPublicKey,
  type NotificationPreferences,
  saveSubscription,
  sendTestNotification,
  subscriptionId,
  useCreateCalendarFeed,
  useDeleteCalendarFeed,
  useNotificationPreferences,
  useSavePreferences,
} from "../api/reminders";

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const hourLabel = (h: number) => `${String(h).padStart(2, "0")}:00`;

function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> {
  const padded = text.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (text.length % 4)) % 4);
  const raw = atob(padded);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

function pushSupported(): boolean {
  return typeof window !== "undefined" && "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
}

async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration();
  return registration ? registration.pushManager.getSubscription() : null;
}

/** How long the browser's push service may take to answer a subscribe. Chrome asks Google's (FCM), which a network,
 * a privacy browser (Brave with push off) or a headless browser may never answer: the promise then never settles. */
export const PUSH_SUBSCRIBE_TIMEOUT_MS = 10_000;
export const PUSH_UNREACHABLE =
  "This browser's push service did not answer, so reminders can't be turned on here. Check the connection (or the browser's push setting) and try again; the calendar feed below works without it.";

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error instanceof Error ? error : new Error(String(error)))),
    );
  });
}

/** Subscribes this browser and registers it with the server; an Error whose message the user can read otherwise. */
async function subscribeThisDevice(): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration) throw new Error("Install Vigor (or reload once) so it can receive reminders, then try again.");
  const permission = await Notification.requestPermission();
  if (permission !== "granted") throw new Error("Notifications are blocked for Vigor in this browser's settings.");
  const key = await fetchPushPublicKey();
  let subscription: PushSubscription;
  try {
    subscription = await withTimeout(
      registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: base64UrlToBytes(key) }),
      PUSH_SUBSCRIBE_TIMEOUT_MS,
      PUSH_UNREACHABLE,
    );
  } catch (error) {
    // AbortError / NotAllowedError from the push service: the same thing for the user.
    throw new Error(error instanceof Error && error.message === PUSH_UNREACHABLE ? PUSH_UNREACHABLE : `${PUSH_UNREACHABLE} (${error instanceof Error ? error.message : String(error)})`);
  }
  await saveSubscription(subscription.toJSON() as Parameters<typeof saveSubscription>[0]);
}

async function unsubscribeThisDevice(): Promise<void> {
  const subscription = await currentSubscription();
  if (!subscription) return;
  const id = await subscriptionId(subscription.endpoint);
  await subscription.unsubscribe();
  await deleteSubscription(id).catch(() => undefined); // already gone on the server: nothing to undo
}

type Notice = { status: "success" | "warning"; text: string };

/**
 * Sends the test notification to this device. The push service's answer decides what the user reads: delivered; the
 * subscription has expired (the server removed it, so this browser's is dropped too and the button offers to turn
 * reminders on again); the push service failed. A 404: the server no longer has this device (removed elsewhere).
 */
async function testThisDevice(): Promise<{ notice: Notice; subscribed: boolean }> {
  const subscription = await currentSubscription();
  if (!subscription) return { notice: { status: "warning", text: "This device does not get reminders: turn them on first." }, subscribed: false };
  const gone = async (text: string) => {
    await subscription.unsubscribe().catch(() => false);
    return { notice: { status: "warning" as const, text }, subscribed: false };
  };
  try {
    const result = await sendTestNotification(await subscriptionId(subscription.endpoint));
    if (result.sent > 0) return { notice: { status: "success", text: "Test notification sent: it should appear on this device within a few seconds." }, subscribed: true };
    if (result.expired > 0) return await gone("This device's subscription had expired and was removed: turn reminders on again.");
    return { notice: { status: "warning", text: "This browser's push service did not take the notification. Try again in a few minutes." }, subscribed: true };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return await gone("Vigor no longer sends to this device: turn reminders on again.");
    throw error;
  }
}

function ThisDevice() {
  const [subscribed, setSubscribed] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [testing, setTesting] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => {
    if (!pushSupported()) return;
    void currentSubscription().then((s) => setSubscribed(s !== null), () => setSubscribed(false));
  }, []);
  if (!pushSupported()) return <Text color="fg.muted">This browser cannot receive reminders. The calendar feed below still works.</Text>;
  const toggle = async () => {
    setBusy(true);
    setProblem(null);
    setNotice(null);
    try {
      if (subscribed) await unsubscribeThisDevice();
      else await subscribeThisDevice();
      setSubscribed(!subscribed);
    } catch (error) {
      setProblem(error instanceof Error && !("status" in error) ? error.message : describeError(error));
    } finally {
      setBusy(false);
    }
  };
  const test = async () => {
    setTesting(true);
    setProblem(null);
    setNotice(null);
    try {
      const outcome = await testThisDevice();
      setNotice(outcome.notice);
      setSubscribed(outcome.subscribed);
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setTesting(false);
    }
  };
  return (
    <Stack gap="2">
      <HStack gap="3" flexWrap="wrap">
        <Text>{subscribed ? "This device gets reminders." : "This device does not get reminders."}</Text>
        <Button size="sm" variant="outline" loading={busy} disabled={subscribed === null || testing} onClick={() => void toggle()}>
          {subscribed ? "Stop reminders on this device" : "Get reminders on this device"}
        </Button>
        {subscribed && (
          <Button size="sm" variant="ghost" loading={testing} disabled={busy} onClick={() => void test()}>
            Send a test notification
          </Button>
        )}
      </HStack>
      {notice && (
        <Alert.Root status={notice.status} role="status">
          <Alert.Indicator />
          <Alert.Title>{notice.text}</Alert.Title>
        </Alert.Root>
      )}
      {problem && (
        <Alert.Root status="warning" role="alert">
          <Alert.Indicator />
          <Alert.Content>
            <Alert.Title>{problem}</Alert.Title>
          </Alert.Content>
          {!subscribed && (
            <Button size="xs" variant="outline" alignSelf="center" loading={busy} onClick={() => void toggle()}>
              Try again
            </Button>
          )}
        </Alert.Root>
      )}
    </Stack>
  );
}

function HourSelect({ label, value, onChange }: { label: string; value: number; onChange: (h: number) => void }) {
  return (
    <Field.Root maxW="40">
      <Field.Label>{label}</Field.Label>
      <NativeSelect.Root size="sm">
        <NativeSelect.Field value={value} onChange={(e) => onChange(Number(e.target.value))}>
          {HOURS.map((h) => (
            <option key={h} value={h}>
              {hourLabel(h)}
            </option>
          ))}
        </NativeSelect.Field>
        <NativeSelect.Indicator />
      </NativeSelect.Root>
    </Field.Root>
  );
}

function Preferences() {
  const saved = useNotificationPreferences();
  const save = useSavePreferences();
  const [draft, setDraft] = useState<NotificationPreferences | null>(null);
  const [noDevice, setNoDevice] = useState(false);
  const prefs = draft ?? saved.data;
  if (!prefs) return null;
  const set = (patch: Partial<NotificationPreferences>) => setDraft({ ...prefs, ...patch });
  const quiet = prefs.quiet_hours ?? null;
  return (
    <Stack gap="3" as="form" onSubmit={(e) => {
      e.preventDefault();
      save.mutate(prefs, {
        onSuccess: async (saved) => {
          setDraft(null);
          const wanted = saved.daily_message || saved.workout_reminders;
          const devices = wanted ? await countDevices().catch(() => null) : null;
          setNoDevice(devices === 0);
          toaster.create({ type: "success", title: "Reminder settings saved" });
        },
      });
    }}>
      <Checkbox.Root checked={prefs.daily_message} onCheckedChange={(e) => set({ daily_message: !!e.checked })}>
        <Checkbox.HiddenInput />
        <Checkbox.Control />
        <Checkbox.Label>The coach's daily message (at the hour set in your profile)</Checkbox.Label>
      </Checkbox.Root>
      <Checkbox.Root checked={prefs.workout_reminders} onCheckedChange={(e) => set({ workout_reminders: !!e.checked })}>
        <Checkbox.HiddenInput />
        <Checkbox.Control />
        <Checkbox.Label>Workout days of my active plan</Checkbox.Label>
      </Checkbox.Root>
      <HStack gap="4" flexWrap="wrap" align="end">
        <HourSelect label="Workout reminder at" value={prefs.reminder_hour ?? 8} onChange={(h) => set({ reminder_hour: h })} />
        <Field.Root maxW="40">
          <Field.Label>I usually train at</Field.Label>
          <Input size="sm" type="time" value={prefs.workout_time ?? "18:00"} onChange={(e) => set({ workout_time: e.target.value })} />
        </Field.Root>
      </HStack>
      <Checkbox.Root checked={quiet !== null} onCheckedChange={(e) => set({ quiet_hours: e.checked ? { start_hour: 22, end_hour: 7 } : null })}>
        <Checkbox.HiddenInput />
        <Checkbox.Control />
        <Checkbox.Label>Quiet hours (nothing is sent)</Checkbox.Label>
      </Checkbox.Root>
      {quiet && (
        <HStack gap="4" flexWrap="wrap">
          <HourSelect label="Quiet from" value={quiet.start_hour} onChange={(h) => set({ quiet_hours: { ...quiet, start_hour: h } })} />
          <HourSelect label="Until" value={quiet.end_hour} onChange={(h) => set({ quiet_hours: { ...quiet, end_hour: h } })} />
        </HStack>
      )}
      {noDevice && (
        <Alert.Root status="warning" role="status">
          <Alert.Indicator />
          <Alert.Title>
            Saved, but no device gets reminders yet: reminders need a device. Use “Get reminders on this device” above on your phone or
            computer.
          </Alert.Title>
        </Alert.Root>
      )}
      {save.error && (
        <Alert.Root status="error">
          <Alert.Indicator />
          <Alert.Title>{describeError(save.error)}</Alert.Title>
        </Alert.Root>
      )}
      <Button type="submit" size="sm" alignSelf="start" loading={save.isPending} disabled={draft === null}>
        Save reminder settings
      </Button>
    </Stack>
  );
}

function CalendarFeed() {
  const create = useCreateCalendarFeed();
  const remove = useDeleteCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const make = () => create.mutate(undefined, { onSuccess: (made) => setUrl(made.url) });
  const copy = async () => {
    if (!url) return;
    await navigator.clipboard.writeText(url);
    toaster.create({ type: "success", title: "Calendar link copied" });
  };
  const error = create.error ?? remove.error;
  return (
    <Stack gap="2">
      <Text color="fg.muted">
        Your coming sessions in your own calendar app, at the time you usually train. Anyone with the link can see your plan's
        sessions (not your profile or health details): keep it private. Changing your password or email, or signing out
        everywhere, turns the link off.
      </Text>
      {url ? (
        <Stack gap="2">
          <Field.Root>
            <Field.Label>Your private calendar link</Field.Label>
            <Input readOnly value={url} onFocus={(e) => e.target.select()} />
          </Field.Root>
          <HStack gap="2" flexWrap="wrap">
            <Button size="sm" onClick={() => void copy()}>
              Copy link
            </Button>
            <Button size="sm" variant="outline" asChild>
              <a href={url.replace(/^https?:/, "webcal:")}>Open in calendar app</a>
            </Button>
            <Button size="sm" variant="outline" loading={create.isPending} onClick={make}>
              New link (the old one stops working)
            </Button>
            <Button size="sm" variant="outline" colorPalette="red" loading={remove.isPending}
              onClick={() => remove.mutate(undefined, { onSuccess: () => { setUrl(null); toaster.create({ type: "success", title: "Calendar feed turned off" }); } })}>
              Turn off
            </Button>
          </HStack>
        </Stack>
      ) : (
        <HStack gap="2" flexWrap="wrap">
          <Button size="sm" loading={create.isPending} onClick={make}>
            Add to calendar
          </Button>
          <Button size="sm" variant="ghost" loading={remove.isPending}
            onClick={() => remove.mutate(undefined, { onSuccess: () => toaster.create({ type: "success", title: "Calendar feed turned off" }) })}>
            Turn off an earlier link
          </Button>
        </HStack>
      )}
      {error && (
        <Alert.Root status="error">
          <Alert.Indicator />
          <Alert.Title>{describeError(error)}</Alert.Title>
        </Alert.Root>
      )}
    </Stack>
  );
}

export default function Reminders() {
  return (
    <Section title="Reminders and calendar">
      <Stack gap="5">
        <ThisDevice />
        <Preferences />
        <CalendarFeed />
      </Stack>
    </Section>
  );
}
