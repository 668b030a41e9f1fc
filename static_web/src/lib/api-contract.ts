/**
 * Types of the routes in /work/shared/API.md that the backend's OpenAPI schema does not have
 * yet (today: /api/ai/* and /api/exercises). `Paths` in api-client.ts prefers the generated schema, so each entry here goes dead
 * (and can be deleted) the moment its route lands; typecheck then shows any drift.
 */

type Json<T> = { headers: { [name: string]: unknown }; content: { "application/json": T } };
type NoContent = { headers: { [name: string]: unknown }; content?: never };

interface Spec {
  res?: unknown;
  body?: unknown;
  query?: object;
  path?: object;
  status?: 200 | 201 | 202 | 204;
}

type Status<S extends Spec> = S["status"] extends number ? S["status"] : 200;

/** One operation in openapi-typescript's shape, so openapi-fetch types it like a generated one. */
export type Op<S extends Spec> = {
  parameters: { query?: S["query"] extends object ? S["query"] : never; header?: never; cookie?: never } & (S extends {
    path: infer P;
  }
    ? { path: P }
    : { path?: never });
  responses: { [K in Status<S>]: K extends 204 ? NoContent : Json<S["res"]> };
} & (S extends { body: infer B } ? { requestBody: { content: { "application/json": B } } } : { requestBody?: never });

type PathItem<Ops> = { parameters: { query?: never; header?: never; path?: never; cookie?: never } } & Ops;

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}
type PageQuery = { limit?: number; cursor?: string | null };

// ---- AI and coach (API.md "AI and coach"), exercises ----
export interface GenerateWorkout {
  focus?: string;
  days_per_week?: number;
  session_minutes?: number;
  notes?: string;
}
export interface JobAccepted {
  job_id: string;
  status_url: string;
}
export interface Exercise {
  id: string;
  name: string;
  muscles: string[];
  equipment: string[];
  pattern: string;
  instructions: string[];
  substitutions: string[];
  contraindications: string[];
}
export interface ChatReply {
  reply: string;
  conversation_id: string;
  provider: string;
  message_id: string;
}
export interface CoachMessage {
  id: string;
  conversation_id: string;
  role: "user" | "assistant" | "daily";
  content: string;
  created_at: string;
}
export interface DailyMessage {
  message: string;
  date: string;
}
export interface Recommendations {
  next_session: { exercise_id: string; name?: string; load_kg?: number | null; reps?: number | null; note?: string }[];
  recovery: string[];
}

export interface ContractPaths {
  "/api/ai/generate-workout": PathItem<{ post: Op<{ res: JobAccepted; body: GenerateWorkout; status: 202 }> }>;
  "/api/ai/chat": PathItem<{ post: Op<{ res: ChatReply; body: { message: string; conversation_id?: string } }> }>;
  "/api/ai/history": PathItem<{
    get: Op<{ res: Page<CoachMessage>; query: PageQuery & { conversation_id?: string } }>;
  }>;
  "/api/ai/daily-message": PathItem<{ get: Op<{ res: DailyMessage }> }>;
  "/api/ai/recommendations": PathItem<{ get: Op<{ res: Recommendations }> }>;
  "/api/ai/workout-analysis": PathItem<{ post: Op<{ res: { summary: string }; body: { session_id: string } }> }>;
  "/api/exercises": PathItem<{
    get: Op<{ res: Page<Exercise>; query: { muscle?: string; equipment?: string; pattern?: string; q?: string } }>;
  }>;
  "/api/exercises/{exercise_id}": PathItem<{ get: Op<{ res: Exercise; path: { exercise_id: string } }> }>;
}
