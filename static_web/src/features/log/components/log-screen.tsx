import { Badge, Box, Button, HStack, Stack, Text } from "@chakra-ui/react";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { activePlan, usePlans } from "@/api/plans";
import { useProfile } from "@/api/profile";
import { useRecommendations } from "@/api/recommendations";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Section } from "@/components/ui/page";
import { EmptyState, ErrorState, LoadingState, QueryState } from "@/components/ui/states";
import { formatInZone } from "@/lib/dates";
import { useOutbox } from "@/lib/offline";
import type { OutboxItem } from "@/lib/outbox";
import { clockInZone, dayToLog, WEEKDAY_NAMES, weekdayNames } from "@/lib/schedule";
import { toDisplayWeight, weightLabel, type Units } from "@/lib/units";
import { useWorkoutDraft } from "@/lib/workout-draft";
import type { SavedSession, WorkoutSession } from "../api/sessions";
import { lastPerformance, useAnalyseSession, useDeleteSession, useSessions } from "../api/sessions";
import { SessionEditor } from "./session-editor";
import { WorkoutSummary } from "./workout-summary";
import { count } from "@/lib/words";

export function LogScreen() {
  const plans = usePlans();
  const profile = useProfile();
  const units: Units = profile.data?.profile.units ?? "metric";
  const timeZone = profile.data?.profile.timezone;
  const [editing, setEditing] = useState<WorkoutSession | undefined>();
  const [formKey, setFormKey] = useState(0);
  const [summary, setSummary] = useState<SavedSession | null>(null);
  const sessions = useSessions();
  const recommendations = useRecommendations();
  const { ready } = useWorkoutDraft();
  const [params] = useSearchParams();
  const requested = params.get("day");
  const last = lastPerformance(sessions.data?.pages.flatMap((p) => p.items) ?? []);
  // Prefill waits for what it is made from, so the sets do not change under the user's thumb; offline, a request
  // waiting for the network (paused) is not waited for.
  const settled = (q: { isPending: boolean; fetchStatus: string }) => !q.isPending || q.fetchStatus === "paused";
  const prefillReady = ready && settled(sessions) && settled(recommendations);
  return (
    <Stack gap="6">
      <Section title={editing ? "Edit workout" : "Log a workout"}>
        {summary && (
          <Box mb="4">
            <WorkoutSummary session={summary} units={units} onClose={() => setSummary(null)} />
          </Box>
        )}
        <QueryState query={plans} label="your plan" isEmpty={(d) => d.length === 0} empty={<EmptyState title="No plan yet">Generate a plan on the Plan screen, then log its sessions here.</EmptyState>}>
          {(list) => {
            const plan = list.find((p) => p.id === editing?.plan_id) ?? activePlan(list)!;
            // Today's planned day on the user's clock and the plan's schedule (a rest day offers the next one).
            const start = dayToLog(plan.days.length, profile.data?.profile.preferred_days ?? [], clockInZone(timeZone).weekday, requested === null || requested === "" ? null : Number(requested));
            return prefillReady ? (
              <SessionEditor
                key={`${editing?.id ?? "new"}-${formKey}-${start.dayIndex ?? "none"}`}
                plan={plan}
                weekdays={weekdayNames(plan.days.length, profile.data?.profile.preferred_days ?? [])}
                startDay={start.dayIndex === null ? null : (plan.days[start.dayIndex]?.day_index ?? null)}
                restDay={start.rest ? { nextWeekday: start.weekday === null ? null : WEEKDAY_NAMES[start.weekday]! } : null}
                units={units}
                editing={editing}
                last={last}
                targets={recommendations.data?.targets}
                timeZone={timeZone}
                onDone={(saved) => {
                  if (saved && !editing) setSummary(saved);
                  setEditing(undefined);
                  setFormKey((k) => k + 1);
                }}
              />
            ) : (
              <LoadingState label="Loading your workout…" />
            );
          }}
        </QueryState>
      </Section>
      <Section title="History">
        <History units={units} timeZone={timeZone} onEdit={setEditing} />
      </Section>
    </Stack>
  );
}

/** Volume in kg of a session's sets (reps x load). */
// Warm-ups lift no volume (as the API counts it: shared/workouts/contributions.py).
const volumeOf = (s: Pick<WorkoutSession, "exercises">) =>
  s.exercises.reduce((v, ex) => v + ex.sets.reduce((a, set) => a + (set.set_type === "warmup" ? 0 : set.reps * (set.weight_kg ?? 0)), 0), 0);

const QUEUED_LABEL: Record<OutboxItem["state"], string> = { pending: "Waiting to sync", conflict: "Changed elsewhere: choose a version", failed: "Not accepted by Vigor" };

/** A workout finished on this device that the server has not stored yet (the outbox). */
function QueuedWorkout({ item, units, timeZone }: { item: OutboxItem; units: Units; timeZone: string | undefined }) {
  const when = formatInZone(item.body.started_at, timeZone, { dateStyle: "medium", timeStyle: "short" });
  const volume = volumeOf(item.body as unknown as WorkoutSession);
  return (
    <Box as="li" borderWidth="1px" borderStyle="dashed" borderRadius="md" p="3" aria-label={`Workout of ${when}, ${QUEUED_LABEL[item.state].toLowerCase()}`}>
      <HStack justify="space-between" flexWrap="wrap">
        <Box>
          <Text fontWeight="medium">{when}</Text>
          <Text fontSize="sm" color="fg.muted">
            {item.body.exercises.length} exercises · {item.body.duration_minutes} min · volume {Math.round(toDisplayWeight(volume, units))} {weightLabel(units)}
          </Text>
        </Box>
        <Badge colorPalette={item.state === "pending" ? "orange" : "red"}>{QUEUED_LABEL[item.state]}</Badge>
      </HStack>
    </Box>
  );
}

function History({ units, timeZone, onEdit }: { units: Units; timeZone: string | undefined; onEdit: (s: WorkoutSession) => void }) {
  const sessions = useSessions();
  const queued = useOutbox();
  const created = queued.filter((i) => i.kind === "create");
  // An edit not sent yet is shown (and edited further) as the user left it.
  const edits = new Map(queued.filter((i) => i.kind === "update").map((i) => [i.sessionId, i]));
  const remove = useDeleteSession();
  const analyse = useAnalyseSession();
  const [deleting, setDeleting] = useState<{ id: string; when: string } | null>(null);
  const queuedList = created.map((item) => <QueuedWorkout key={item.id} item={item} units={units} timeZone={timeZone} />);
  if (sessions.data === undefined && sessions.isError && !created.length)
    return <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} title="Could not load your workouts" />;
  if (sessions.data === undefined && !created.length) return <LoadingState label="Loading your workouts…" />;
  const items = (sessions.data?.pages.flatMap((p) => p.items) ?? []).map((s) => {
    const edit = edits.get(s.id);
    return edit ? ({ ...s, ...edit.body } as WorkoutSession) : s;
  });
  if (items.length === 0 && !created.length) return <EmptyState title="No workouts logged yet" />;
  return (
    <Stack as="ul" listStyleType="none" gap="2" p="0" m="0">
      {queuedList}
      {items.map((s) => {
        const when = formatInZone(s.started_at, timeZone, { dateStyle: "medium", timeStyle: "short" }); // the user's day, as progress counts it
        const volume = volumeOf(s);
        const edit = edits.get(s.id);
        return (
          <Box as="li" key={s.id} borderWidth="1px" borderRadius="md" p="3">
            <HStack justify="space-between" flexWrap="wrap">
              <Box>
                <Text fontWeight="medium">
                  {s.name ? `${s.name} · ${when}` : when}
                  {edit && (
                    <Badge ml="2" colorPalette={edit.state === "pending" ? "orange" : "red"}>
                      {edit.state === "pending" ? "Changes waiting to sync" : QUEUED_LABEL[edit.state]}
                    </Badge>
                  )}
                </Text>
                <Text fontSize="sm" color="fg.muted">
                  {count(s.exercises.length, "exercise")} · {s.duration_minutes} min · volume {Math.round(toDisplayWeight(volume, units))} {weightLabel(units)}
                  {s.session_rpe != null && ` · RPE ${s.session_rpe}`}
                  {s.energy != null && ` · energy ${s.energy}/5`}
                </Text>
              </Box>
              <HStack>
                <Button size="xs" variant="outline" loading={analyse.isPending && analyse.variables === s.id} onClick={() => analyse.mutate(s.id)} aria-label={`Get coach feedback on workout of ${when}`}>
                  Feedback
                </Button>
                <Button size="xs" variant="outline" onClick={() => onEdit(s)} aria-label={`Edit workout of ${when}`}>
                  Edit
                </Button>
                <Button size="xs" variant="outline" colorPalette="red" onClick={() => setDeleting({ id: s.id, when })} aria-label={`Delete workout of ${when}`}>
                  Delete
                </Button>
              </HStack>
            </HStack>
            {analyse.data?.session_id === s.id && (
              <Box mt="2" p="2" bg="bg.muted" borderRadius="md" role="status">
                <Text fontWeight="semibold">Coach feedback</Text>
                <Text whiteSpace="pre-wrap">{analyse.data.summary}</Text>
                {analyse.data.volume_change_pct != null && (
                  <Text fontSize="sm">Volume vs last time: {analyse.data.volume_change_pct > 0 ? "+" : ""}{Math.round(analyse.data.volume_change_pct)}%</Text>
                )}
              </Box>
            )}
          </Box>
        );
      })}
      {sessions.hasNextPage && (
        <Button size="sm" variant="outline" onClick={() => void sessions.fetchNextPage()}>
          Load older workouts
        </Button>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this workout?"
        confirmLabel="Delete workout"
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutateAsync(deleting.id).then(() => setDeleting(null), () => {})}
      >
        {deleting ? `The workout of ${deleting.when} and its sets are deleted for good; your progress charts drop it.` : ""}
      </ConfirmDialog>
    </Stack>
  );
}
