import { Box, Button, List, SimpleGrid, Stack, Stat, Text } from "@chakra-ui/react";
import { Link } from "react-router";
import { activePlan, usePlans } from "@/api/plans";
import { useProfile } from "@/api/profile";
import { useCurrentTier } from "@/api/tiers";
import { PhysicianNotice } from "@/components/profile/profile-fields";
import { Section } from "@/components/ui/page";
import { QueryState } from "@/components/ui/states";
import { UsageMeters } from "@/components/ui/usage-meters";
import { useDailyMessage, useThisWeek } from "../api/dashboard";
import { doseText } from "@/lib/dose";

const WEEKDAY_INDEX = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

function TodayWorkout() {
  const plans = usePlans();
  const profile = useProfile();
  return (
    <Section title="Today's workout" actions={<Button asChild size="sm" colorPalette="teal"><Link to="/log">Log a workout</Link></Button>}>
      <QueryState query={plans} label="today's workout" isEmpty={(d) => d.length === 0} empty={<Text>No plan yet. <Link to="/plan">Generate a plan</Link> to see today's workout.</Text>}>
        {(list) => {
          const plan = activePlan(list)!;
          const preferred = profile.data?.profile.preferred_days ?? [];
          const today = WEEKDAY_INDEX[new Date().getDay()]!;
          const slot = preferred.indexOf(today);
          const day = plan.days[slot >= 0 ? slot % plan.days.length : 0];
          if (!day) return <Text>Your plan has no days.</Text>;
          return (
            <Box>
              <Text fontWeight="semibold">
                {plan.name}: {day.name} ({day.focus}, ~{day.estimated_minutes} min)
              </Text>
              <List.Root ps="4" mt="2">
                {day.exercises.map((ex) => (
                  <List.Item key={ex.exercise_id}>
                    {ex.name}: {doseText(ex)}
                  </List.Item>
                ))}
              </List.Root>
            </Box>
          );
        }}
      </QueryState>
    </Section>
  );
}

function DailyMessage() {
  const daily = useDailyMessage();
  return (
    <Section title="From your coach">
      <QueryState query={daily} label="today's message">
        {(d) =>
          d.message ? (
            <Text>{d.message}</Text>
          ) : (
            <Text color="fg.muted">Today's message arrives at {String(d.scheduled_hour).padStart(2, "0")}:00 your time.</Text>
          )
        }
      </QueryState>
    </Section>
  );
}

function ThisWeek() {
  const week = useThisWeek();
  return (
    <Section title="This week">
      <QueryState query={week} label="this week's training">
        {(p) => {
          const w = p.weeks.at(-1);
          return (
            <Stack gap="3">
              <SimpleGrid columns={2} gap="3">
                <Stat.Root>
                  <Stat.Label>Sessions</Stat.Label>
                  <Stat.ValueText>{w?.sessions ?? 0}</Stat.ValueText>
                </Stat.Root>
                <Stat.Root>
                  <Stat.Label>Streak (weeks)</Stat.Label>
                  <Stat.ValueText>{p.streak_weeks}</Stat.ValueText>
                </Stat.Root>
              </SimpleGrid>
              <Text fontSize="sm" fontWeight="medium">
                Hard sets per muscle
              </Text>
              <List.Root ps="4" fontSize="sm">
                {Object.entries(w?.hard_sets_by_muscle ?? {}).map(([m, s]) => (
                  <List.Item key={m}>
                    {m.replace(/_/g, " ")}: {s.hard_sets}
                    {s.band_min != null && s.band_max != null ? ` (target ${s.band_min}–${s.band_max}${s.status ? `, ${s.status}` : ""})` : ""}
                  </List.Item>
                ))}
              </List.Root>
            </Stack>
          );
        }}
      </QueryState>
    </Section>
  );
}

function Quotas() {
  const tier = useCurrentTier();
  return (
    <Section title="Your quotas">
      <QueryState query={tier} label="quotas">
        {(t) => <UsageMeters current={t} />}
      </QueryState>
    </Section>
  );
}

export function DashboardScreen() {
  const profile = useProfile();
  return (
    <Stack gap="6">
      {profile.data?.profile.needs_medical_clearance && <PhysicianNotice />}
      <SimpleGrid columns={{ base: 1, lg: 2 }} gap="6">
        <TodayWorkout />
        <DailyMessage />
        <ThisWeek />
        <Quotas />
      </SimpleGrid>
    </Stack>
  );
}
