import { Box, Button, List, SimpleGrid, Stack, Stat, Text } from "@chakra-ui/react";
import { Link } from "react-router";
import { activePlan, usePlans, type Plan } from "@/api/plans";
import { useProfile } from "@/api/profile";
import { useCurrentTier } from "@/api/tiers";
import { PhysicianNotice } from "@/components/profile/profile-fields";
import { BAND_STATUS, labelOf, MUSCLES } from "@/components/profile/vocab";
import { Section } from "@/components/ui/page";
import { QueryState } from "@/components/ui/states";
import { UsageMeters } from "@/components/ui/usage-meters";
import { useDailyMessage, useSessionsOn, useThisWeek } from "../api/dashboard";
import { doseText } from "@/lib/dose";
import { clockInZone, dateInZone, todayInSchedule, WEEKDAY_NAMES } from "@/lib/schedule";
import { count } from "@/lib/words";

type Session = NonNullable<ReturnType<typeof useSessionsOn>["data"]>["items"][number];

/** "Done today: Full body A · 12 sets · 48 min" for the workouts logged today. */
function DoneToday({ sessions, plan }: { sessions: Session[]; plan: Plan | undefined }) {
  return (
    <Stack gap="1" role="status">
      <Text fontWeight="semibold">✓ Done today</Text>
      {sessions.map((s) => {
        const day = s.plan_id === plan?.id && s.day_index != null ? plan?.days.find((d) => d.day_index === s.day_index) : undefined;
        const sets = s.exercises.flatMap((e) => e.sets).filter((set) => set.completed !== false).length;
        return (
          <Text key={s.id}>
            {day ? `${plan!.name}: ${day.name}` : "Workout"} · {s.exercises.length} {s.exercises.length === 1 ? "exercise" : "exercises"} · {sets} {sets === 1 ? "set" : "sets"} · {s.duration_minutes} min
          </Text>
        );
      })}
      <Text fontSize="sm" color="fg.muted">
        Well done. Recovery starts now; see it in <Link to="/log">your log</Link>.
      </Text>
    </Stack>
  );
}

function TodayWorkout({ now }: { now?: Date | undefined }) {
  const plans = usePlans();
  const profile = useProfile();
  const timeZone = profile.data?.profile.timezone;
  const today = useSessionsOn(dateInZone(timeZone, now), profile.isSuccess);
  const done = today.data?.items ?? [];
  return (
    <Section title="Today's workout" actions={<Button asChild size="sm" colorPalette="teal"><Link to="/log">Log a workout</Link></Button>}>
      <QueryState query={plans} label="today's workout" isEmpty={(d) => d.length === 0 && done.length === 0} empty={
          <Stack gap="2" align="start">
            <Text>No plan yet. Generate one to see today's workout here.</Text>
            <Button asChild size="sm" colorPalette="teal">
              <Link to="/plan">Generate a plan</Link>
            </Button>
          </Stack>
        }>
        {(list) => {
          const plan = activePlan(list);
          // A workout already logged today (planned or not) is what today is about.
          if (done.length > 0) return <DoneToday sessions={done} plan={plan} />;
          if (!plan) return null;
          if (plan.days.length === 0) return <Text>Your plan has no days.</Text>;
          // Today on the user's clock, on the schedule the plan was laid out on (preferred days first).
          const { weekday } = clockInZone(timeZone, now);
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

/**
 * The streak as the API counts it (weeks in a row with at least the plan's sessions), and where this week
 * stands: a first workout leaves the streak at 0 until the week's target is met, which the user is told.
 */
export function streakText(streak: number, sessions: number, target: number | null | undefined): string {
  if (!target) return `${count(sessions, "session")} this week.`;
  const left = target - sessions;
  if (left <= 0) return `This week counts: ${sessions} of ${count(target, "session")} done.`;
  const next = streak > 0 ? "to keep the streak going" : "to start a streak";
  return `${sessions} of ${count(target, "session")} this week: ${left} more ${next}.`;
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
              <Text fontSize="sm" color="fg.muted">
                {streakText(p.streak_weeks, w?.sessions ?? 0, w?.target_sessions)}
              </Text>
              <Text fontSize="sm" fontWeight="medium">
                Hard sets per muscle
              </Text>
              <List.Root ps="4" fontSize="sm">
                {Object.entries(w?.hard_sets_by_muscle ?? {}).map(([m, s]) => (
                  <List.Item key={m}>
                    {labelOf(MUSCLES, m)}: {s.hard_sets}
                    {s.band_min != null && s.band_max != null ? ` (target ${s.band_min}–${s.band_max}${s.status ? `, ${labelOf(BAND_STATUS, s.status)}` : ""})` : ""}
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
