/**
 * History import and CSV export: POST /api/workouts/import (a dry run to review, then the import of the staged
 * file with the user's corrections, `?staged=<id>`), GET /api/jobs/{id} while a large file is imported by a job,
 * GET /api/workouts/export.csv.
 *
 * The import body is multipart (the file, then only `mapping`), sent with authFetch: openapi-fetch has no form
 * serialiser of its own, and the route answers 200 (the summary) or 202 (a job whose result is the summary).
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ImportAccepted, ImportSummary, JobProgress, JobPublic } from "@/client/schema";
import { api, authFetch, ensureOk, unwrap } from "@/lib/api-client";

export type { ImportSummary, JobProgress };

/** Source name → exercise id, a custom id, or "custom" (a new custom exercise). */
export type Corrections = Record<string, string>;

const POLL_MS = 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls the job until it finishes; its summary, or an Error with the job's reason. */
async function awaitJob(jobId: string, onProgress: (p: JobProgress | null) => void): Promise<ImportSummary> {
  for (;;) {
    const job: JobPublic = await unwrap(api.GET("/api/jobs/{job_id}", { params: { path: { job_id: jobId } } }));
    if (job.status === "succeeded") return job.result as unknown as ImportSummary;
    if (job.status === "failed") throw new Error(job.error ?? "The import failed.");
    onProgress(job.progress ?? null);
    await sleep(POLL_MS);
  }
}

async function post(query: string, form: FormData, onProgress: (p: JobProgress | null) => void): Promise<ImportSummary> {
  const response = await ensureOk(await authFetch(`/api/workouts/import?${query}`, { method: "POST", body: form }));
  if (response.status === 202) {
    const accepted = (await response.json()) as ImportAccepted;
    onProgress(null);
    return awaitJob(accepted.job_id, onProgress);
  }
  return (await response.json()) as ImportSummary;
}

/** Reads and maps the file, writes nothing; the summary names the staged file to import next. */
export function useImportReview(onProgress: (p: JobProgress | null) => void) {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append("file", file);
      return post("source=auto&dry_run=true", form, onProgress);
    },
  });
}

/** Imports the reviewed (staged) file with the user's corrections, remembered for later imports. */
export function useImportStaged(onProgress: (p: JobProgress | null) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ stagedId, corrections }: { stagedId: string; corrections: Corrections }) => {
      const form = new FormData();
      if (Object.keys(corrections).length) form.append("mapping", JSON.stringify(corrections));
      return post(`staged=${encodeURIComponent(stagedId)}&dry_run=false`, form, onProgress);
    },
    onSuccess: () => {
      for (const key of ["sessions", "progress", "plans", "exercises"]) void qc.invalidateQueries({ queryKey: [key] });
    },
  });
}

/** Downloads every logged session as CSV in Strong's layout (the browser's own download, from a blob). */
export function useExportCsv() {
  return useMutation({
    mutationFn: async () => {
      const response = await ensureOk(await authFetch("/api/workouts/export.csv"));
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = "vigor-workouts.csv";
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      return blob.size;
    },
  });
}
