import { json, stubFetch } from "@/testing/render";
import { tokenStore } from "@/lib/token-store";
import { parseStop, parseToken, streamChat } from "./coach";

function sse(text: string): Response {
  const bytes = new TextEncoder().encode(text);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      // Two chunks, split mid-event, as a network would deliver them.
      controller.enqueue(bytes.slice(0, 17));
      controller.enqueue(bytes.slice(17));
      controller.close();
    },
  });
  return new Response(body, { headers: { "Content-Type": "text/event-stream" } });
}

it("streams token events, then resolves with the done event's ids", async () => {
  tokenStore.set("t");
  stubFetch({
    "POST /api/ai/chat/stream": () =>
      sse('event: token\ndata: {"text": "Warm "}\n\nevent: token\ndata: {"text": "up."}\n\nevent: done\ndata: {"conversation_id": "c1", "message_id": "m1", "provider": "engine"}\n\n'),
  });
  const tokens: string[] = [];
  const done = await streamChat({ message: "hi" }, (t) => tokens.push(t));
  expect(tokens.join("")).toBe("Warm up.");
  expect(done).toEqual({ conversation_id: "c1", message_id: "m1", provider: "engine" });
});

it("a stopped event with replace hands over the stop message that replaces what was shown", async () => {
  tokenStore.set("t");
  stubFetch({
    "POST /api/ai/chat/stream": () =>
      sse('event: token\ndata: {"text": "Yes, smart idea."}\n\nevent: stopped\ndata: {"safety": "crash_diet", "replace": true, "text": "I can\'t recommend that."}\n\nevent: done\ndata: {"conversation_id": "c1", "message_id": "m1"}\n\n'),
  });
  let shown = "";
  await streamChat({ message: "hi" }, (t) => (shown += t), undefined, (stop) => (shown = stop));
  expect(shown).toBe("I can't recommend that.");
  expect(parseStop('{"safety": "ped"}')).toBeNull();
});

it("turns an error event into a thrown error with its detail", async () => {
  stubFetch({ "POST /api/ai/chat/stream": () => sse('event: error\ndata: {"detail": "The coach could not answer right now."}\n\n') });
  await expect(streamChat({ message: "hi" }, () => {})).rejects.toThrow("The coach could not answer right now.");
});

it("surfaces a 429 before the stream starts as an ApiError", async () => {
  stubFetch({ "POST /api/ai/chat/stream": () => json({ title: "Too many requests", limit: "requests_per_day", retry_after: 60 }, 429) });
  await expect(streamChat({ message: "hi" }, () => {})).rejects.toMatchObject({ status: 429 });
});

it("parseToken reads JSON or raw text", () => {
  expect(parseToken('{"text":"a"}')).toBe("a");
  expect(parseToken('"b"')).toBe("b");
  expect(parseToken("raw")).toBe("raw");
});
