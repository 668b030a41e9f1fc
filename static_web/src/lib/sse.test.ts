import { createSseParser, readSse, type SseEvent } from "./sse";

describe("createSseParser", () => {
  it("parses events split across chunks, multi-line data, comments and CRLF", () => {
    const events: SseEvent[] = [];
    const parser = createSseParser((e) => events.push(e));
    parser.push('event: token\ndata: {"text":"Hel');
    parser.push('lo"}\n\n: keep-alive\n\r\nevent: token\r\ndata: a\r\ndata: b\r\n\r\n');
    parser.push("event: done\ndata: {}");
    parser.end();
    expect(events).toEqual([
      { event: "token", data: '{"text":"Hello"}' },
      { event: "token", data: "a\nb" },
      { event: "done", data: "{}" },
    ]);
  });

  it("defaults the event name to message and ignores events without data", () => {
    const events: SseEvent[] = [];
    const parser = createSseParser((e) => events.push(e));
    parser.push("event: ping\n\ndata:x\n\n");
    expect(events).toEqual([{ event: "message", data: "x" }]);
  });
});

describe("readSse", () => {
  it("reads a streamed response body to the end", async () => {
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode("event: token\ndata: 1\n\nevent: tok"));
        controller.enqueue(encoder.encode("en\ndata: 2\n\n"));
        controller.close();
      },
    });
    const seen: string[] = [];
    await readSse(new Response(body), (e) => seen.push(`${e.event}:${e.data}`));
    expect(seen).toEqual(["token:1", "token:2"]);
  });
});
