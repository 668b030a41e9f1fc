import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { json, renderApp, stubFetch, TOKEN } from "@/testing/render";
import HistoryImport from "./history-import";

beforeEach(() => {
  document.cookie = "vigor_signed_in=1; path=/";
});

const SUMMARY = {
  source: "hevy", variant: "hevy-metric", dry_run: true, rows: 9000, sessions_found: 900, sessions_new: 900, sessions_merged: 0,
  duplicates_skipped: 0, sets_found: 9000, sets_imported: 9000, custom_created: [], warnings_total: 1,
  warnings: [{ line: 17, column: "reps", message: "reps 500: too many; set skipped" }],
  exercises: [{ source_name: "Bench Press (Barbell)", sets: 9000, exercise_id: "barbell-bench-press", exercise_name: "Barbell bench press", match: "fuzzy", score: 91 }],
  staged_id: "a".repeat(32), staged_until: "2026-12-02T10:00:00Z",
};

it("reviews a large file through its job, then imports the staged file with the correction", async () => {
  const user = userEvent.setup();
  let polls = 0;
  const sent: { query: string; mapping: string | null }[] = [];
  stubFetch({
    "POST /api/auth/refresh": () => json(TOKEN),
    "GET /api/exercises": () => json({ items: [{ id: "dumbbell-bench-press", name: "Dumbbell bench press" }] }),
    "POST /api/workouts/import": async (url, req) => {
      const form = await req.formData();
      sent.push({ query: url.search, mapping: form.get("mapping") as string | null });
      if (url.searchParams.get("dry_run") === "true") return json({ job_id: "j1", status_url: "/api/jobs/j1", staged_id: SUMMARY.staged_id }, 202);
      return json({ ...SUMMARY, dry_run: false, staged_id: null, duplicates_skipped: 0 });
    },
    "GET /api/jobs/j1": () =>
      ++polls < 2
        ? json({ id: "j1", kind: "import", status: "running", created_at: "2026-12-01T10:00:00Z", progress: { phase: "reading", done: 5, total: 10, unit: "bytes", percent: 50 } })
        : json({ id: "j1", kind: "import", status: "succeeded", created_at: "2026-12-01T10:00:00Z", result: SUMMARY }),
  });
  renderApp(<HistoryImport />);
  const file = new File(["Title,start_time\n"], "hevy.csv", { type: "text/csv" });
  await user.upload(await screen.findByLabelText("Export file (CSV)"), file);
  await user.click(screen.getByRole("button", { name: "Review import" }));
  expect(await screen.findByText("Reading the file: 50%")).toBeInTheDocument();
  expect(await screen.findByText(/A Hevy export: 900 workouts with 9,000 sets/, {}, { timeout: 4000 })).toBeInTheDocument();
  expect(screen.getByText("Line 17: reps 500: too many; set skipped")).toBeInTheDocument();
  expect(screen.getByText("close match")).toBeInTheDocument();

  await screen.findByRole("option", { name: "Dumbbell bench press" }); // the catalogue, for corrections
  await user.selectOptions(screen.getByLabelText("Import Bench Press (Barbell) as"), "dumbbell-bench-press");
  await user.click(screen.getByRole("button", { name: "Import 900 workouts" }));
  expect(await screen.findByText(/Imported 900 new workouts \(9,000 sets\)/)).toBeInTheDocument();
  await waitFor(() => expect(sent).toHaveLength(2));
  expect(sent[1]?.query).toBe(`?staged=${SUMMARY.staged_id}&dry_run=false`);
  expect(JSON.parse(sent[1]?.mapping ?? "{}")).toEqual({ "Bench Press (Barbell)": "dumbbell-bench-press" });
});

it("shows why a file is refused", async () => {
  const user = userEvent.setup();
  stubFetch({
    "POST /api/auth/refresh": () => json(TOKEN),
    "POST /api/workouts/import": () =>
      json({ title: "Invalid input", detail: "This is not an export we know.", errors: [{ field: "file", message: "the header is not Strong's, Hevy's or FitNotes'" }] }, 422),
  });
  renderApp(<HistoryImport />);
  await user.upload(await screen.findByLabelText("Export file (CSV)"), new File(["a,b\n"], "x.csv", { type: "text/csv" }));
  await user.click(screen.getByRole("button", { name: "Review import" }));
  expect(await screen.findByRole("alert")).toHaveTextContent("This is not an export we know. (file: the header is not Strong's, Hevy's or FitNotes')");
});
