import { Button, Field, Input, NativeSelect, SimpleGrid, Stack, Text } from "@chakra-ui/react";
import { useState } from "react";
import { Section } from "@/components/ui/page";
import { QueryState } from "@/components/ui/states";
import { activePlan, useActivatePlan } from "@/api/plans";
import { useProfile } from "@/api/profile";
import { weekdayNames } from "@/lib/schedule";
import { useGeneratePlan, usePlans } from "../api/plans";
import { JobProgress } from "./job-progress";
import { PlanView } from "./plan-view";
import RatePlan from "./rate-plan";

function GenerateForm({ onJob }: { onJob: (id: string) => void }) {
  const generate = useGeneratePlan();
  const [focus, setFocus] = useState("");
  const [days, setDays] = useState("");
  const [minutes, setMinutes] = useState("");
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        generate.mutate(
          {
            ...(focus ? { focus } : {}),
            ...(days ? { days_per_week: Number(days) } : {}),
            ...(minutes ? { session_minutes: Number(minutes) } : {}),
          },
          { onSuccess: (job) => onJob(job.job_id) },
        );
      }}
    >
      <SimpleGrid columns={{ base: 1, md: 3 }} gap="3">
        <Field.Root>
          <Field.Label>Focus (optional)</Field.Label>
          <Input value={focus} maxLength={200} placeholder="e.g. stronger legs" onChange={(e) => setFocus(e.target.value)} />
        </Field.Root>
        <Field.Root>
          <Field.Label>Days per week (optional)</Field.Label>
          <Input type="number" min={1} max={7} value={days} onChange={(e) => setDays(e.target.value)} />
        </Field.Root>
        <Field.Root>
          <Field.Label>Minutes per session (optional)</Field.Label>
          <Input type="number" min={15} max={180} step={5} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
        </Field.Root>
      </SimpleGrid>
      <Button mt="4" type="submit" colorPalette="teal" loading={generate.isPending}>
        Generate plan
      </Button>
    </form>
  );
}

export function PlanScreen() {
  const [jobId, setJobId] = useState<string | null>(null);
  const plans = usePlans();
  const profile = useProfile();
  const [selected, setSelected] = useState<string | null>(null);
  const activate = useActivatePlan();
  return (
    <Stack gap="6">
      <Section title="Generate a plan">
        {jobId ? <JobProgress jobId={jobId} onDone={() => setJobId(null)} onPlan={setSelected} /> : <GenerateForm onJob={setJobId} />}
      </Section>
      <Section title="Your plan">
        <QueryState query={plans} label="plans" isEmpty={(d) => d.length === 0} empty={<Text>No plan yet. Generate one above.</Text>}>
          {(list) => {
            const active = list.find((p) => p.id === selected) ?? list.find((p) => p.active) ?? list[0]!;
            return (
              <Stack gap="4">
                {list.length > 1 && (
                  <Field.Root maxW="sm">
                    <Field.Label>Showing plan</Field.Label>
                    <NativeSelect.Root>
                      <NativeSelect.Field value={active.id} onChange={(e) => setSelected(e.target.value)}>
                        {list.map((p) => (
                          <option key={p.id} value={p.id}>
                            {p.name} {p.created_at ? `(${new Date(p.created_at).toLocaleDateString()})` : ""}
                          </option>
                        ))}
                      </NativeSelect.Field>
                      <NativeSelect.Indicator />
                    </NativeSelect.Root>
                  </Field.Root>
                )}
                {!active.active && (
                  <Button alignSelf="start" size="sm" variant="outline" loading={activate.isPending} onClick={() => activate.mutate(active.id)}>
                    Make this my active plan
                  </Button>
                )}
                <PlanView plan={active} weekdays={weekdayNames(active.days.length, profile.data?.profile.preferred_days ?? [])} startable={activePlan(list)?.id === active.id} />
                <RatePlan key={active.id} planId={active.id} createdAt={active.created_at} />
              </Stack>
            );
          }}
        </QueryState>
      </Section>
    </Stack>
  );
}
