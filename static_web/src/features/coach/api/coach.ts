/** Coach: POST /api/ai/chat/stream (SSE), GET /api/ai/history, GET /api/ai/recommendations. */
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, authFetch, ensureOk, unwrap } from "@/lib/api-client";
import { readSse } from "@/lib/sse";

export const historyQueryOptions = () =>
  queryOptions({ queryKey: ["coach", "history"], queryFn: () => unwrap(api.GET("/api/ai/history", { params: { query: { limit: 50 } } })) });
export const useCoachHistory = () => useQuery(historyQueryOptions());

export const recommendationsQueryOptions = () =>
  queryOptions({ queryKey: ["coach", "recommendations"], queryFn: () => unwrap(api.GET("/api/ai/recommendations")) });
export const useRecommendations = () => useQuery(recommendationsQueryOptions());

export interface StreamDone {
  conversation_id?: string;
  message_id?: string;
  provider?: string;
}

/** Streams one reply: calls onToken per `token` event and resolves with the `done` event's ids. A `stopped` event
 * with `replace` (the safety rules stopped the answer after some of it was shown) calls onReplace with the stop
 * message, which takes the place of everything shown so far: the history holds only that message too. */
export async function streamChat(
  body: { message: string; conversation_id?: string },
  onToken: (text: string) => void,
  signal?: AbortSignal,
  onReplace?: (text: string) => void,
): Promise<StreamDone> {
  const response = await ensureOk(
    await authFetch("/api/ai/chat/stream", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
      body: JSON.stringify(body),
      signal: signal ?? null,
    }),
  );
  let done: StreamDone = {};
  await readSse(response, (e) => {
    if (e.event === "token") {
      onToken(parseToken(e.data));
    } else if (e.event === "stopped") {
      const stop = parseStop(e.data);
      if (stop) onReplace?.(stop);
    } else if (e.event === "done") {
      try {
        done = JSON.parse(e.data) as StreamDone;
      } catch {
        done = {};
      }
    } else if (e.event === "error") {
      throw new Error(parseToken(e.data) || "The coach stopped answering.");
    }
  });
  return done;
}

/** `token` data is JSON ({"text": "..."} or a JSON string) or raw text. */
export function parseToken(data: string): string {
  try {
    const parsed: unknown = JSON.parse(data);
    if (typeof parsed === "string") return parsed;
    if (parsed && typeof parsed === "object") {
      const o = parsed as Record<string, unknown>;
      const v = o.text ?? o.token ?? o.delta ?? o.detail;
      if (typeof v === "string") return v;
    }
  } catch {
    /* raw text */
  }
  return data;
}

/** The stop message of a `stopped` event that replaces the text shown, or null. */
export function parseStop(data: string): string | null {
  try {
    const parsed: unknown = JSON.parse(data);
    if (parsed && typeof parsed === "object") {
      const o = parsed as Record<string, unknown>;
      if (o.replace === true && typeof o.text === "string") return o.text;
    }
  } catch {
    /* not ours */
  }
  return null;
}
