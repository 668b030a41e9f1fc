import { Box, Button, HStack, Stack, Text } from "@chakra-ui/react";
import { useState } from "react";
import { activePlan, usePlans } from "@/api/plans";
import { useProfile } from "@/api/profile";
import { useRecommendations } from "@/api/recommendations";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Section } from "@/components/ui/page";
import { EmptyState, ErrorState, LoadingState, QueryState } from "@/components/ui/states";
import { formatInZone } from "@/lib/dates";
import { toDisplayWeight, weightLabel, type Units } from "@/lib/units";
import { useWorkoutDraft } from "@/lib/workout-draft";
import type { SavedSession, WorkoutSession } from "../api/sessions";
import { lastPerformance, useAnalyseSession, useDeleteSession, useSessions } from "../api/sessions";
import { SessionEditor } from "./session-editor";
import { WorkoutSummary } from "./workout-summary";

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
  const last = lastPerformance(sessions.data?.pages.flatMap((p) => p.items) ?? []);
  // Prefill waits for what it is made from, so the sets do not change under the user's thumb.
  const prefillReady = ready && !sessions.isPending && !recommendations.isPending;
  return (
    <Stack gap="6">
      <Section title={editing ? "Edit workout" : "Log a workout"}>
        {summary && (
          <Box mb="4">
            <WorkoutSummary session={summary} units={units} onClose={() => setSummary(null)} />
          </Box>
        )}
        <QueryState query={plans} label="your plan" isEmpty={(d) => d.length === 0} empty={<EmptyState title="No plan yet">Generate a plan on the Plan screen, then log its sessions here.</EmptyState>}>
          {(list) =>
            prefillReady ? (
              <SessionEditor
                key={`${editing?.id ?? "new"}-${formKey}`}
                plan={list.find((p) => p.id === editing?.plan_id) ?? activePlan(list)!}
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
            )
          }
        </QueryState>
      </Section>
      <Section title="History">
        <History units={units} timeZone={timeZone} onEdit={setEditing} />
      </Section>
    </Stack>
  );
}

function History({ units, timeZone, onEdit }: { units: Units; timeZone: string | undefined; onEdit: (s: WorkoutSession) => void }) {
  const sessions = useSessions();
  const remove = useDeleteSession();
  const analyse = useAnalyseSession();
  const [deleting, setDeleting] = useState<{ id: string; when: string } | null>(null);
  if (sessions.isPending) return <LoadingState label="Loading your workouts…" />;
  if (sessions.isError) return <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} title="Could not load your workouts" />;
  const items = sessions.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <EmptyState title="No workouts logged yet" />;
  return (
    <Stack as="ul" listStyleType="none" gap="2" p="0" m="0">
      {items.map((s) => {
        const when = formatInZone(s.started_at, timeZone, { dateStyle: "medium", timeStyle: "short" }); // the user's day, as progress counts it
        const volume = s.exercises.reduce((v, ex) => v + ex.sets.reduce((a, set) => a + set.reps * (set.weight_kg ?? 0), 0), 0);
        return (
          <Box as="li" key={s.id} borderWidth="1px" borderRadius="md" p="3">
            <HStack justify="space-between" flexWrap="wrap">
              <Box>
                <Text fontWeight="medium">{s.name ? `${s.name} · ${when}` : when}</Text>
                <Text fontSize="sm" color="fg.muted">
                  {s.exercises.length} exercises · {s.duration_minutes} min · volume {Math.round(toDisplayWeight(volume, units))} {weightLabel(units)}
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
