import { Box, Button, Heading, HStack, Progress, Stack, Text } from "@chakra-ui/react";
import { useEffect, useState, type ComponentType } from "react";
import { Link as RouterLink, useNavigate } from "react-router";
import { useProfile, useSaveProfile } from "@/api/profile";
import type { FitnessProfile } from "@/api/profile";
import {
  AboutFields,
  defaultProfile,
  EquipmentFields,
  GoalsFields,
  INLINE_ERROR_FIELDS,
  ParQFields,
  ScheduleFields,
  type FieldsProps,
  type ParQKey,
} from "@/components/profile/profile-fields";
import { PAR_Q } from "@/components/profile/vocab";
import { humanize } from "@/api/exercises";
import { timeZoneError } from "@/components/profile/time-zone";
import { LoadingState } from "@/components/ui/states";
import { isAdmin, useAuth } from "@/lib/auth";
import { describeError, isApiError } from "@/lib/problem";
import { clearOnboarding, loadOnboarding, saveOnboarding, type OnboardingDraft } from "../lib/onboarding-draft";

const STEPS: { title: string; hint: string; Fields: ComponentType<FieldsProps> }[] = [
  { title: "About you", hint: "Used to size loads and estimate effort. Your birth year and units are needed; the rest is optional.", Fields: AboutFields },
  { title: "Goals and level", hint: "What you want from training.", Fields: GoalsFields },
  { title: "Equipment and injuries", hint: "Plans only use what you have and avoid what hurts.", Fields: EquipmentFields },
  { title: "Schedule and coach", hint: "When you train and how your coach talks to you.", Fields: ScheduleFields },
  { title: "Health check (PAR-Q)", hint: "Seven yes/no questions before you start exercising more. Answer each one.", Fields: ParQFields },
];
const QUESTIONS = Object.keys(PAR_Q) as ParQKey[];
/** Which step asks for each profile field, so a field the server refuses is shown on its own step. */
const FIELD_STEP: Record<string, number> = {
  display_name: 0, birth_year: 0, sex: 0, height_cm: 0, weight_kg: 0, units: 0,
  fitness_level: 1, goals: 1,
  equipment: 2, injuries: 2,
  days_per_week: 3, session_minutes: 3, preferred_days: 3, timezone: 3, daily_message_hour: 3, coach_tone: 3,
  par_q: 4,
};

/** The step's own check before Next: field -> message (only what the browser can know). */
function stepErrors(step: number, profile: FitnessProfile): Record<string, string> {
  const tz = step === 3 ? timeZoneError(profile.timezone) : null;
  return tz ? { timezone: tz } : {};
}

/** A 422's field errors as field -> message, by the top-level profile field ("body.timezone" -> timezone). */
function serverErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isApiError(error)) return out;
  for (const e of error.problem.errors ?? []) {
    const field = e.field.split(".").find((part) => part in FIELD_STEP);
    if (field && !out[field]) out[field] = e.message.replace(/^Value error, /, "");
  }
  return out;
}

function focusField(field: string) {
  // After the step renders: its field, or the first control of its fieldset.
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[name="${field}"], #profile-${field} input`)?.focus());
}

export function OnboardingWizard() {
  const { user } = useAuth();
  const existing = useProfile();
  if (existing.isPending) return <LoadingState label="Loading your profile…" />;
  const saved = existing.data?.profile;
  // A new account chooses its own goals and answers each PAR-Q question: nothing is picked for it.
  const start: OnboardingDraft = loadOnboarding(user?.id) ?? {
    step: 0,
    profile: saved ?? { ...defaultProfile(user?.display_name ?? ""), goals: [] },
    answered: saved ? QUESTIONS : [],
  };
  return <Wizard key={user?.id} userId={user?.id} start={start} etag={existing.data?.etag ?? null} />;
}

function Wizard({ userId, start, etag }: { userId: string | undefined; start: OnboardingDraft; etag: string | null }) {
  const admin = isAdmin(useAuth().user);
  const navigate = useNavigate();
  const save = useSaveProfile({ inlineErrors: true });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [step, setStep] = useState(Math.min(start.step, STEPS.length - 1));
  const [profile, setProfile] = useState<FitnessProfile>(start.profile);
  const [answered, setAnswered] = useState<ParQKey[]>(start.answered);
  const [missing, setMissing] = useState<ParQKey | null>(null);
  useEffect(() => saveOnboarding(userId, { step, profile, answered }), [userId, step, profile, answered]);
  const current = STEPS[step]!;
  const last = step === STEPS.length - 1;
  const goalsMissing = step === 1 && (profile.goals ?? []).length === 0;
  // Vigor is for people 16 and over, and plans change with age (older adults, under-18 rules).
  const birthMissing = step === 0 && !profile.birth_year;
  const parQ = {
    answered,
    missing,
    onAnswered: (key: ParQKey) => {
      setAnswered((a) => (a.includes(key) ? a : [...a, key]));
      if (missing === key) setMissing(null);
    },
  };

  return (
    <Box w="full" maxW="2xl">
      <Text color="fg.muted" fontSize="sm">
        Step {step + 1} of {STEPS.length}
      </Text>
      <Progress.Root value={((step + 1) / STEPS.length) * 100} size="sm" my="2" colorPalette="teal" aria-label="Onboarding progress">
        <Progress.Track>
          <Progress.Range />
        </Progress.Track>
      </Progress.Root>
      <Heading as="h1" size="2xl" mt="3">
        {current.title}
      </Heading>
      {admin && (
        <Text mt="1" fontSize="sm">
          You administer Vigor: a training profile is optional for you.{" "}
          <Button asChild size="xs" variant="outline" ml="1">
            <RouterLink to="/admin">Skip: go to Admin</RouterLink>
          </Button>
        </Text>
      )}
      <Text color="fg.muted" mb="5">
        {current.hint}
      </Text>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const found = stepErrors(step, profile);
          setErrors(found);
          const first = Object.keys(found)[0];
          if (first) return focusField(first);
          if (!last) return setStep(step + 1);
          const unanswered = QUESTIONS.find((q) => !answered.includes(q));
          if (unanswered) {
            setMissing(unanswered);
            document.querySelector<HTMLInputElement>(`#par-q-${unanswered} input`)?.focus();
            return;
          }
          save.mutate(
            { profile, etag },
            {
              onSuccess: () => {
                clearOnboarding(userId);
                navigate("/", { replace: true });
              },
              onError: (error) => {
                const found = serverErrors(error);
                const fields = Object.keys(found).sort((a, b) => FIELD_STEP[a]! - FIELD_STEP[b]!);
                if (fields.length === 0) return;
                setErrors(found);
                setStep(FIELD_STEP[fields[0]!]!);
                focusField(fields[0]!);
              },
            },
          );
        }}
      >
        <current.Fields
          value={profile}
          errors={errors}
          parQ={parQ}
          onChange={(patch) => {
            setProfile((p) => ({ ...p, ...patch }));
            setErrors((old) => Object.fromEntries(Object.entries(old).filter(([k]) => !(k in patch))));
          }}
        />
        {birthMissing && (
          <Text color="fg.muted" mt="2" role="status">
            Enter your birth year to go on: Vigor is for people 16 and over, and plans follow your age.
          </Text>
        )}
        {goalsMissing && (
          <Text color="fg.muted" mt="2" role="status">
            Choose at least one goal to go on.
          </Text>
        )}
        {last && missing && (
          <Text id="par-q-missing" color="fg.error" mt="3" role="alert">
            Answer question {QUESTIONS.indexOf(missing) + 1} (“{PAR_Q[missing]}”) with yes or no.
          </Text>
        )}
        {Object.entries(errors).some(([f]) => !INLINE_ERROR_FIELDS.has(f) && FIELD_STEP[f] === step) && (
          <Stack as="ul" color="fg.error" mt="3" role="alert" pl="4">
            {Object.entries(errors)
              .filter(([f]) => !INLINE_ERROR_FIELDS.has(f) && FIELD_STEP[f] === step)
              .map(([f, message]) => (
                <li key={f}>
                  {humanize(f)}: {message}
                </li>
              ))}
          </Stack>
        )}
        {save.isError && Object.keys(serverErrors(save.error)).length === 0 && (
          <Text color="fg.error" mt="3" role="alert">
            Could not save your profile: {describeError(save.error)}
          </Text>
        )}
        <HStack justify="space-between" mt="8">
          <Button variant="outline" onClick={() => setStep(step - 1)} disabled={step === 0}>
            Back
          </Button>
          <Button type="submit" colorPalette="teal" loading={save.isPending} disabled={goalsMissing || birthMissing}>
            {last ? "Finish setup" : "Next"}
          </Button>
        </HStack>
      </form>
    </Box>
  );
}
