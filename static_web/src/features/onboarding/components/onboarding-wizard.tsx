import { Box, Button, Heading, HStack, Progress, Text } from "@chakra-ui/react";
import { useEffect, useState, type ComponentType } from "react";
import { useNavigate } from "react-router";
import { useProfile, useSaveProfile } from "@/api/profile";
import type { FitnessProfile } from "@/api/profile";
import {
  AboutFields,
  defaultProfile,
  EquipmentFields,
  GoalsFields,
  ParQFields,
  ScheduleFields,
  type FieldsProps,
  type ParQKey,
} from "@/components/profile/profile-fields";
import { PAR_Q } from "@/components/profile/vocab";
import { LoadingState } from "@/components/ui/states";
import { useAuth } from "@/lib/auth";
import { clearOnboarding, loadOnboarding, saveOnboarding, type OnboardingDraft } from "../lib/onboarding-draft";

const STEPS: { title: string; hint: string; Fields: ComponentType<FieldsProps> }[] = [
  { title: "About you", hint: "Used to size loads and estimate effort. Your birth year and units are needed; the rest is optional.", Fields: AboutFields },
  { title: "Goals and level", hint: "What you want from training.", Fields: GoalsFields },
  { title: "Equipment and injuries", hint: "Plans only use what you have and avoid what hurts.", Fields: EquipmentFields },
  { title: "Schedule and coach", hint: "When you train and how your coach talks to you.", Fields: ScheduleFields },
  { title: "Health check (PAR-Q)", hint: "Seven yes/no questions before you start exercising more. Answer each one.", Fields: ParQFields },
];
const QUESTIONS = Object.keys(PAR_Q) as ParQKey[];

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
  const navigate = useNavigate();
  const save = useSaveProfile();
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
      <Text color="fg.muted" mb="5">
        {current.hint}
      </Text>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
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
            },
          );
        }}
      >
        <current.Fields value={profile} onChange={(patch) => setProfile((p) => ({ ...p, ...patch }))} parQ={parQ} />
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
