import { Alert, Box, Button, Checkbox, Heading, Link as ChakraLink, List, Stack, Text } from "@chakra-ui/react";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { Section } from "@/components/ui/page";
import { QueryState } from "@/components/ui/states";
import { useAuth } from "@/lib/auth";
import { describeError } from "@/lib/problem";
import { useConsents, useUpdateConsents } from "../api/consents";

/** The notice's version: the API's `NOTICE_VERSION` (shared/identity/consents.py; a test keeps them equal). */
export const NOTICE_VERSION = "2026-12-03";

/** What each version added, newest last: the consent screen names what changed since the version the user agreed to. */
export const NOTICE_CHANGES: readonly (readonly [version: string, change: string])[] = [
  ["2026-12-01", "how long Vigor keeps your data"],
  ["2026-12-02", "what reminders and the calendar feed keep and share"],
  ["2026-12-03", "that a calendar link also stops when you change your password or email"],
];

/** The changes made after `agreed` (ISO dates compare as text), in words: "a and b". */
export function changesSince(agreed: string): string {
  const changes = NOTICE_CHANGES.filter(([version]) => version > agreed).map(([, change]) => change);
  return changes.length > 1 ? `${changes.slice(0, -1).join(", ")} and ${changes.at(-1)}` : (changes[0] ?? "");
}

/** How long Vigor keeps what (docs/privacy.md, "How long Vigor keeps it"; the defaults of the settings named there). */
const RETENTION = [
  "Your profile, workouts and body measurements: while you have an account.",
  "Conversations with the coach: 365 days after their last message, then deleted.",
  "Safety notes: 90 days (symptoms, a crisis), 180 days (an eating disorder), 300 days (a pregnancy) or a year (being under 18) after you last wrote it, or until you clear it.",
  "Plan and analysis requests: 30 days after they finish. Sign-ins: 30 days after you sign in.",
  "Push subscriptions: until you turn reminders off on that device, the browser's push service says the subscription has ended, or you add an eleventh device (the one added longest ago is dropped). The calendar link's fingerprint: until you make a new link, turn the feed off, or change your password or email address.",
  "An account nobody has signed in to for 3 years is deleted with all its data; Vigor emails you 30 days before, and signing in once keeps it.",
  "Deleting your account removes all of it at once. The security log keeps what happened to the account (a password reset, a consent change) without health data, with your id replaced by a pseudonym.",
];

/** The privacy notice, in plain words (docs/privacy.md holds the same text). */
export function PrivacyNotice() {
  return (
    <Box maxW="2xl">
      <Heading as="h1" size="2xl" mb="4">
        Privacy notice
      </Heading>
      <Stack gap="3">
        <Text>
          Vigor keeps health data about you to write your training plan and coach you: your fitness profile (age, body measurements,
          injuries and health-screening answers), the workouts you log and your body measurements. That is special-category data under
          the GDPR (Art. 9), so Vigor stores it only with your explicit consent, given when you create your account.
        </Text>
        <List.Root ps="5">
          <List.Item>You can download everything Vigor holds about you, and delete your account with all of it, from your account page.</List.Item>
          <List.Item>
            External AI providers (the companies whose models can write plans and coach answers) receive your profile and logs only if you
            opt in; without it, Vigor&apos;s own engine writes your plans and its built-in coach answers. They never receive your name or
            email.
          </List.Item>
          <List.Item>You can withdraw either consent at any time on your account page; withdrawing does not delete what is stored.</List.Item>
          <List.Item>Security events (password resets, email changes) are recorded and emailed to you.</List.Item>
          <List.Item>
            When something you write to the coach suggests a risk (a pregnancy, symptoms such as chest pain, being under 18, an eating
            disorder or a crisis), Vigor notes it and keeps its advice careful for a while. Your account page lists each note with your
            words, and you can clear one that is wrong.
          </List.Item>
          <List.Item>
            Reminders: if you turn them on on a device, Vigor keeps that browser&apos;s push subscription (its push service&apos;s address,
            the keys to encrypt to it, the browser&apos;s name and version) and what you chose. Each reminder goes through the push service of
            the browser&apos;s maker (Google, Mozilla, Apple or Microsoft), encrypted so that it cannot read it; it does see when one is sent.
            A notification shows only a title and one line, never injuries, health answers or notes. Turning reminders off on the device
            deletes its subscription.
          </List.Item>
          <List.Item>
            Calendar feed: anyone who has your calendar link can read your plan&apos;s coming sessions (focus, exercises, sets and reps, the
            time you usually train) without signing in, and none of your profile or health details. Vigor keeps only a fingerprint of the
            link; a new link, turning the feed off, a new password or a changed email address stops the old one at once.
          </List.Item>
          <List.Item>Vigor is for people 16 and over.</List.Item>
        </List.Root>
        <Heading as="h2" size="lg" mt="2">
          How long Vigor keeps it
        </Heading>
        <List.Root ps="5" aria-label="Retention schedule">
          {RETENTION.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List.Root>
        <Text color="fg.muted" fontSize="sm">
          Notice version {NOTICE_VERSION}.
        </Text>
      </Stack>
    </Box>
  );
}

function Choices({ onSaved }: { onSaved?: () => void }) {
  const consents = useConsents();
  const update = useUpdateConsents();
  return (
    <QueryState query={consents} label="your consents">
      {(data) => (
        <Stack gap="4">
          <Checkbox.Root
            checked={data.health_data.current}
            onCheckedChange={(e) => update.mutate({ health_data: !!e.checked }, { onSuccess: onSaved })}
          >
            <Checkbox.HiddenInput />
            <Checkbox.Control />
            <Checkbox.Label>Vigor may store and use my health data as the privacy notice describes (needed to train with Vigor)</Checkbox.Label>
          </Checkbox.Root>
          <Checkbox.Root
            checked={data.ai_providers.given && data.health_data.current}
            disabled={!data.health_data.current}
            onCheckedChange={(e) => update.mutate({ ai_providers: !!e.checked })}
          >
            <Checkbox.HiddenInput />
            <Checkbox.Control />
            <Checkbox.Label>External AI providers may read my profile and logs to write plans and coach answers (optional)</Checkbox.Label>
          </Checkbox.Root>
          {!(data.ai_providers.given && data.health_data.current) && (
            <Text fontSize="sm" color="fg.muted">
              Without this, your plans come from Vigor&apos;s own engine and the coach answers offline.
            </Text>
          )}
          {update.isError && (
            <Alert.Root status="error" role="alert">
              <Alert.Indicator />
              <Alert.Description>{describeError(update.error)}</Alert.Description>
            </Alert.Root>
          )}
        </Stack>
      )}
    </QueryState>
  );
}

/** The account page's section: both consents, changeable at any time. */
export function PrivacyChoices() {
  return (
    <Section title="Privacy and consent">
      <Stack gap="3">
        <Choices />
        <ChakraLink asChild fontSize="sm">
          <Link to="/privacy">Read the privacy notice</Link>
        </ChakraLink>
      </Stack>
    </Section>
  );
}

/** Shown before anything else when the account has not consented to the current notice (Microsoft sign-ins,
 * a new notice version, a withdrawn consent). */
export function ConsentGate() {
  const update = useUpdateConsents();
  const consents = useConsents();
  const navigate = useNavigate();
  const { user } = useAuth();
  // An AI opt-in given under an earlier notice stays unless changed here (a new notice asks for the health consent).
  const [ai, setAi] = useState<boolean | null>(null);
  const given = consents.data?.ai_providers.given ?? false;
  const earlier = consents.data?.health_data.version;
  const renewing = !!earlier && earlier !== consents.data?.notice_version;
  return (
    <Box w="full" maxW="2xl">
      {renewing && (
        <Alert.Root status="info" mb="4">
          <Alert.Indicator />
          <Alert.Description>
            The privacy notice has changed since you agreed to it (version {earlier}): it now says {changesSince(earlier)}. Please read it
            and agree again to keep training with Vigor.
          </Alert.Description>
        </Alert.Root>
      )}
      <PrivacyNotice />
      <Stack gap="4" mt="6">
        <Checkbox.Root checked={ai ?? given} onCheckedChange={(e) => setAi(!!e.checked)}>
          <Checkbox.HiddenInput />
          <Checkbox.Control />
          <Checkbox.Label>Also let external AI providers read my profile and logs (optional)</Checkbox.Label>
        </Checkbox.Root>
        {update.isError && (
          <Alert.Root status="error" role="alert">
            <Alert.Indicator />
            <Alert.Description>{describeError(update.error)}</Alert.Description>
          </Alert.Root>
        )}
        <Button
          colorPalette="teal"
          alignSelf="start"
          loading={update.isPending}
          onClick={() =>
            update.mutate({ health_data: true, ...(ai === null ? {} : { ai_providers: ai }) }, { onSuccess: () => navigate("/", { replace: true }) })
          }
        >
          I agree
        </Button>
        {user && (
          <Text fontSize="sm" color="fg.muted">
            Signed in as {user.email}. Not agreeing? You can download or delete your data from the account page.
          </Text>
        )}
      </Stack>
    </Box>
  );
}
