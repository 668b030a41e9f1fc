import { Box, Button, Heading, HStack, Progress, Text } from "@chakra-ui/react";
import { useState, type ComponentType } from "react";
import { useNavigate } from "react-router";
import { useProfile, useSaveProfile } from "@/api/profile";
import type { FitnessProfile } from "@/client/schema";
import {
  AboutFields,
  defaultProfile,
  EquipmentFields,
  GoalsFields,
  ParQFields,
  ScheduleFields,
  type FieldsProps,
} from "@/components/profile/profile-fields";
import { LoadingState } from "@/components/ui/states";
import { useAuth } from "@/lib/auth";

const STEPS: { title: string; hint: string; Fields: ComponentType<FieldsProps> }[] = [
  { title: "About you", hint: "Used to size loads and estimate effort. Your birth year and units are needed; the rest is optional.", Fields: AboutFields },
  { title: "Goals and level", hint: "What you want from training.", Fields: GoalsFields },
  { title: "Equipment and injuries", hint: "Plans only use what you have and avoid what hurts.", Fields: EquipmentFields },
  { title: "Schedule and coach", hint: "When you train and how your coach talks to you.", Fields: ScheduleFields },
  { title: "Health check (PAR-Q)", hint: "Seven yes/no questions before you start exercising more.", Fields: ParQFields },
];

export function OnboardingWizard() {
  const { user } = useAuth();
  const existing = useProfile();
  if (existing.isPending) return <LoadingState label="Loading your profile…" />;
  const initial = existing.data?.profile ?? defaultProfile(user?.display_name ?? "");
  return <Wizard initial={initial} etag={existing.data?.etag ?? null} />;
}

function Wizard({ initial, etag }: { initial: FitnessProfile; etag: string | null }) {
  const navigate = useNavigate();
  const save = useSaveProfile();
  const [step, setStep] = useState(0);
  const [profile, setProfile] = useState<FitnessProfile>(initial);
  const current = STEPS[step]!;
  const last = step === STEPS.length - 1;
  const goalsMissing = step === 1 && (profile.goals ?? []).length === 0;
  // Vigor is for people 16 and over, and plans change with age (older adults, under-18 rules).
  const birthMissing = step === 0 && !profile.birth_year;

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
        onSubmit={(e) => {
          e.preventDefault();
          if (!last) return setStep(step + 1);
          save.mutate({ profile, etag }, { onSuccess: () => navigate("/", { replace: true }) });
        }}
      >
        <current.Fields value={profile} onChange={(patch) => setProfile((p) => ({ ...p, ...patch }))} />
        {birthMissing && (
          <Text color="fg.muted" mt="2" role="status">
            Enter your birth year to go on: Vigor is for people 16 and over, and plans follow your age.
          </Text>
        )}
        {goalsMissing && (
          <Text color="fg.error" mt="2" role="alert">
            Choose at least one goal.
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
