/**
 * "Import history" on the Account screen (lazy-loaded: history-import-section.tsx): choose another app's CSV
 * export, review how each of its exercise names maps (and correct it), see its warnings with line numbers, then
 * import the reviewed file (staged by the review: no second upload). Also the CSV export of every session.
 */
import { Alert, Badge, Button, Field, HStack, Input, List, NativeSelect, Stack, Table, Text } from "@chakra-ui/react";
import { useState } from "react";
import { useExercises } from "@/api/exercises";
import { Section } from "@/components/ui/page";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { toaster } from "@/components/ui/toaster";
import { describeError } from "@/lib/problem";
import { type Corrections, type ImportSummary, type JobProgress, useExportCsv, useImportReview, useImportStaged } from "../api/history-import";

const NEW_CUSTOM = "custom";
const SHOWN_WARNINGS = 20;
const APP_NAME: Record<string, string> = { strong: "Strong", hevy: "Hevy", fitnotes: "FitNotes" };
const MATCH_LABEL: Record<string, string> = {
  remembered: "your earlier choice",
  custom: "your exercise",
  exact: "exact",
  fuzzy: "close match",
  new_custom: "new exercise of your own",
};

function describeProgress(progress: JobProgress | null): string {
  if (!progress) return "Working on your file…";
  const phase = progress.phase === "reading" ? "Reading the file" : progress.phase === "writing" ? "Writing workouts" : "Comparing with your history";
  return progress.percent != null ? `${phase}: ${progress.percent}%` : `${phase}…`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

function MappingTable({ summary, choices, onChoose }: { summary: ImportSummary; choices: Corrections; onChoose: (name: string, id: string | null) => void }) {
  const catalog = useExercises({});
  const options = (catalog.data?.items ?? []).slice().sort((a, b) => a.name.localeCompare(b.name));
  return (
    <ScrollRegion label="Exercises in the file">
      <Table.Root size="sm" variant="outline">
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader>In the file</Table.ColumnHeader>
            <Table.ColumnHeader textAlign="end">Sets</Table.ColumnHeader>
            <Table.ColumnHeader>Imported as</Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {summary.exercises.map((m) => {
            const chosen = choices[m.source_name] ?? m.exercise_id;
            return (
              <Table.Row key={m.source_name}>
                <Table.Cell>{m.source_name}</Table.Cell>
                <Table.Cell textAlign="end">{m.sets.toLocaleString()}</Table.Cell>
                <Table.Cell minW="64">
                  <HStack gap="2">
                    <NativeSelect.Root size="sm">
                      <NativeSelect.Field
                        aria-label={`Import ${m.source_name} as`}
                        value={chosen}
                        onChange={(e) => onChoose(m.source_name, e.target.value === m.exercise_id ? null : e.target.value)}
                      >
                        <option value={m.exercise_id}>{m.exercise_name}</option>
                        {m.match !== "new_custom" && <option value={NEW_CUSTOM}>A new exercise of my own: {m.source_name}</option>}
                        {options
                          .filter((e) => e.id !== m.exercise_id)
                          .map((e) => (
                            <option key={e.id} value={e.id}>
                              {e.name}
                            </option>
                          ))}
                      </NativeSelect.Field>
                      <NativeSelect.Indicator />
                    </NativeSelect.Root>
                    {chosen === m.exercise_id && <Badge colorPalette={m.match === "fuzzy" ? "orange" : "gray"}>{MATCH_LABEL[m.match] ?? m.match}</Badge>}
                  </HStack>
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table.Root>
    </ScrollRegion>
  );
}

function Warnings({ summary }: { summary: ImportSummary }) {
  if (!summary.warnings_total) return null;
  const more = summary.warnings_total - Math.min(summary.warnings.length, SHOWN_WARNINGS);
  return (
    <Stack gap="1">
      <Text fontWeight="semibold">{plural(summary.warnings_total, "row")} skipped or changed</Text>
      <List.Root aria-label="Import warnings" fontSize="sm" ps="5">
        {summary.warnings.slice(0, SHOWN_WARNINGS).map((w, i) => (
          <List.Item key={`${w.line}-${i}`}>
            Line {w.line}: {w.message}
          </List.Item>
        ))}
      </List.Root>
      {more > 0 && <Text fontSize="sm" color="fg.muted">…and {plural(more, "more")}.</Text>}
    </Stack>
  );
}

function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <Alert.Root status="error" role="alert">
      <Alert.Indicator />
      <Alert.Description>{describeError(error)}</Alert.Description>
    </Alert.Root>
  );
}

export default function HistoryImport() {
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [choices, setChoices] = useState<Corrections>({});
  const review = useImportReview(setProgress);
  const commit = useImportStaged(setProgress);
  const exportCsv = useExportCsv();
  const summary = review.data;
  const busy = review.isPending || commit.isPending;
  const nothingNew = summary ? summary.sessions_new + summary.sessions_merged === 0 : false;

  const choose = (name: string, id: string | null) =>
    setChoices((current) => {
      const next = { ...current };
      if (id === null) delete next[name];
      else next[name] = id;
      return next;
    });

  return (
    <Section title="Import history">
      <Stack gap="4">
        <Text fontSize="sm" color="fg.muted">
          Bring your workouts from Strong, Hevy or FitNotes: export them as CSV in that app, choose the file here, check how its exercises map, then import.
          Importing the same file again adds nothing.
        </Text>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!file) return;
            setChoices({});
            commit.reset();
            review.mutate(file);
          }}
        >
          <HStack align="end" flexWrap="wrap" gap="3">
            <Field.Root maxW="md">
              <Field.Label>Export file (CSV)</Field.Label>
              <Input key={inputKey} type="file" accept=".csv,text/csv" p="1" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
            </Field.Root>
            <Button type="submit" disabled={!file || busy} loading={review.isPending}>
              Review import
            </Button>
          </HStack>
        </form>
        {busy && (
          <Text role="status" aria-live="polite">
            {describeProgress(progress)}
          </Text>
        )}
        <ErrorAlert error={review.error} />
        {summary && !commit.isSuccess && (
          <Stack gap="4" aria-label="Import review">
            <Text role="status">
              A {APP_NAME[summary.source] ?? summary.source} export: {plural(summary.sessions_found, "workout")} with {plural(summary.sets_found, "set")}.{" "}
              {plural(summary.sessions_new, "new workout")}
              {summary.sessions_merged ? `, ${plural(summary.sessions_merged, "workout")} to complete` : ""}
              {summary.duplicates_skipped ? `, ${plural(summary.duplicates_skipped, "workout")} already in Vigor` : ""}.
            </Text>
            <MappingTable summary={summary} choices={choices} onChoose={choose} />
            <Warnings summary={summary} />
            <ErrorAlert error={commit.error} />
            <HStack>
              <Button
                disabled={busy || nothingNew || !summary.staged_id}
                loading={commit.isPending}
                onClick={() =>
                  summary.staged_id &&
                  commit.mutate(
                    { stagedId: summary.staged_id, corrections: choices },
                    {
                      onSuccess: () => {
                        setFile(null);
                        setInputKey((k) => k + 1);
                        toaster.create({ type: "success", title: "History imported" });
                      },
                    },
                  )
                }
              >
                {nothingNew ? "Nothing new to import" : `Import ${plural(summary.sessions_new + summary.sessions_merged, "workout")}`}
              </Button>
            </HStack>
          </Stack>
        )}
        {commit.data && (
          <Text role="status" color="fg.success">
            Imported {plural(commit.data.sessions_new, "new workout")} ({plural(commit.data.sets_imported, "set")})
            {commit.data.duplicates_skipped ? `; ${plural(commit.data.duplicates_skipped, "workout")} already there were skipped` : ""}.
          </Text>
        )}
        <HStack borderTopWidth="1px" pt="4" flexWrap="wrap">
          <Button
            variant="outline"
            loading={exportCsv.isPending}
            onClick={() =>
              exportCsv.mutate(undefined, {
                onError: (e) => toaster.create({ type: "error", title: "Export failed", description: describeError(e) }),
              })
            }
          >
            Export CSV
          </Button>
          <Text fontSize="sm" color="fg.muted">
            Every workout you logged, in Strong&apos;s CSV layout, which other apps can read.
          </Text>
        </HStack>
      </Stack>
    </Section>
  );
}
