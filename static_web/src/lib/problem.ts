/** RFC 9457 problem+json from the API, as one error type the whole app understands. */
import type { FieldError as ApiFieldError, Problem } from "@/client/schema";
import { count } from "./words";

/** One field at fault in a 422 (the schema's FieldError). */
export type FieldError = ApiFieldError;

/** Every error body the API sends is a Problem (openapi.json). Each member is optional here: a failure
 * that never reached the API (a proxy's error page, a body that is not JSON) carries none of them. */
export type ProblemBody = Partial<Problem>;

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemBody;

  constructor(status: number, problem: ProblemBody) {
    super(problem.detail || problem.title || `Request failed (${status})`);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
  }

  /** Seconds until a 429's limit resets (problem body first, then the Retry-After header value). */
  get retryAfter(): number | undefined {
    return typeof this.problem.retry_after === "number" ? this.problem.retry_after : undefined;
  }

  get limit(): string | undefined {
    return typeof this.problem.limit === "string" ? this.problem.limit : undefined;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The password was right and the account asks for its two-step code. */
export const SECOND_FACTOR_REQUIRED = "urn:vigor:problem:second-factor-required";
/** The password was right and the account (an admin's, after a two-step recovery) must set up a new app: the
 * problem carries its `secret` and `otpauth_uri`. */
export const TWO_STEP_SETUP_REQUIRED = "urn:vigor:problem:two-step-setup-required";
/** An admin screen asked by a sign-in that did not pass two-step sign-in. */
export const TWO_STEP_REQUIRED = "urn:vigor:problem:two-step-sign-in-required";

export function isProblem(error: unknown, type: string): boolean {
  return isApiError(error) && error.problem.type === type;
}

/** Turns whatever a failed response carried into a ProblemBody. */
export function toProblem(status: number, body: unknown, retryAfterHeader?: string | null): ProblemBody {
  const problem: ProblemBody =
    body && typeof body === "object" ? { ...(body as ProblemBody) } : { title: statusTitle(status), status };
  if (problem.retry_after === undefined && retryAfterHeader) {
    const seconds = Number(retryAfterHeader);
    if (Number.isFinite(seconds)) problem.retry_after = seconds;
  }
  return problem;
}

function statusTitle(status: number): string {
  if (status === 404) return "Not found";
  if (status === 503) return "Service unavailable";
  if (status >= 500) return "Server error";
  return "Request failed";
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  if (seconds < 3600) return `${Math.ceil(seconds / 60)} min`;
  if (seconds < 86400) return `${Math.round(seconds / 3600)} h`;
  return count(Math.round(seconds / 86400), "day");
}

/** One human sentence for an error, used by every error state and toast. */
export function describeError(error: unknown): string {
  if (isApiError(error)) {
    if (error.status === 429) {
      const which = error.limit ? `the ${error.limit.replace(/_/g, " ")} limit` : "a rate limit";
      const when = error.retryAfter !== undefined ? `; it resets in ${formatDuration(error.retryAfter)}` : "";
      return `You reached ${which}${when}.`;
    }
    if (error.status === 404 && !error.problem.detail) return "This feature is not available yet (404).";
    const fields = error.problem.errors?.map((e) => `${e.field}: ${e.message}`).join("; ");
    const base = error.problem.detail || error.problem.title || error.message;
    return fields ? `${base} (${fields})` : base;
  }
  if (error instanceof TypeError) return "Could not reach Vigor. Check your connection and try again.";
  if (error instanceof Error) return error.message;
  return "Something went wrong.";
}

/** The message a 422 gives for one field (`name`, or a path ending in it such as "body.name"), if any. */
export function fieldErrorOf(error: unknown, name: string): string | undefined {
  return isApiError(error) ? error.problem.errors?.find((e) => e.field === name || e.field.endsWith(`.${name}`))?.message : undefined;
}
