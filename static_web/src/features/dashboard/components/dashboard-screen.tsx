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
import { clockInZone, todayInSchedule, WEEKDAY_NAMES } from "@/lib/schedule";

function TodayWorkout({ now }: { now?: Date | undefined }) {
  const plans = usePlans();
  const profile = useProfile();
  return (
    <Section title="Today's workout" actions={<Button asChild size="sm" colorPalette="teal"><Link to="/log">Log a workout</Link></Button>}>
      <QueryState query={plans} label="today's workout" isEmpty={(d) => d.length === 0} empty={<Text>No plan yet. <Link to="/plan">Generate a plan</Link> to see today's workout.</Text>}>
        {(list) => {
          const plan = activePlan(list)!;
          if (plan.days.length === 0) return <Text>Your plan has no days.</Text>;
          // Today on the user's clock, on the schedule the plan was laid out on (preferred days first).
          const { weekday } = clockInZone(profile.data?.profile.timezone, now);
          const today = todayInSchedule(plan.days.length, profile.data?.profile.preferred_days ?? [], weekday);
          const day = today.dayIndex !== null ? plan.days[today.dayIndex] : undefined;
          if (!day) {
            const next = today.next ? plan.days[today.next.dayIndex] : undefined;
            return (
              <Stack gap="1">
                <Text fontWeight="semibold">Rest day</Text>
                <Text>
                  Recovery is part of the plan.
                  {next && today.next ? ` Next workout: ${WEEKDAY_NAMES[today.next.weekday]}, ${next.name} (${next.focus}).` : ""}
                </Text>
              </Stack>
            );
          }
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

/** What the coach's daily message is doing now, in words true at this hour of the user's day. */
export function dailyStatusText(status: string, scheduledHour: number, localHour: number): string {
  const at = `${String(scheduledHour).padStart(2, "0")}:00`;
  if (status === "pending") return "Your coach is writing today's message; it will appear here shortly.";
  if (localHour < scheduledHour) return `Today's message arrives at ${at} your time.`;
  // Past the hour and not yet scheduled: the hourly run picks it up (e.g. a profile made after the hour).
  return `Today's message was due at ${at} your time and is on its way (within the hour).`;
}

function DailyMessage({ now }: { now?: Date | undefined }) {
  const daily = useDailyMessage();
  const profile = useProfile();
  return (
    <Section title="From your coach">
      <QueryState query={daily} label="today's message">
        {(d) =>
          d.message ? (
            <Text>{d.message}</Text>
          ) : (
            <Text color="fg.muted">{dailyStatusText(d.status, d.scheduled_hour, clockInZone(profile.data?.profile.timezone, now).hour)}</Text>
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

/** `now` is for tests (a fixed clock); the app shows the user's present. */
export function DashboardScreen({ now }: { now?: Date } = {}) {
  const profile = useProfile();
  return (
    <Stack gap="6">
      {profile.data?.profile.needs_medical_clearance && <PhysicianNotice />}
      <SimpleGrid columns={{ base: 1, lg: 2 }} gap="6">
        <TodayWorkout now={now} />
        <DailyMessage now={now} />
        <ThisWeek />
        <Quotas />
      </SimpleGrid>
    </Stack>
  );
}
