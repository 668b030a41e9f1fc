import type { components } from "@/client/schema";

export type ClientErrorReport = components["schemas"]["ClientErrorReport"];

const ENDPOINT = "/api/client-errors";
/** At most this many reports per page load; the API also limits each address to 10 a minute. */
export const MAX_REPORTS = 5;

type Send = (report: ClientErrorReport) => void;

const sendWithFetch: Send = (report) => {
  // keepalive: the report survives a navigation away; failures are swallowed (reporting must never throw).
  void fetch(ENDPOINT, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(report),
    keepalive: true,
  }).catch(() => undefined);
};

const path = (url: string): string => {
  try {
    return new URL(url, window.location.origin).pathname;
  } catch {
    return "";
  }
};

const text = (reason: unknown): string => {
  if (reason instanceof Error) return `${reason.name}: ${reason.message}`;
  return typeof reason === "string" ? reason : "non-Error rejection";
};

/**
 * Reports uncaught errors and unhandled promise rejections to the API (Application Insights behind it).
 * Sends only the error's message, script path, position and the page path: never application state, so no
 * health data leaves with a report. Repeats of one message and anything past MAX_REPORTS are dropped.
 * Returns a function that removes the listeners.
 */
export function installErrorReporter(target: Window = window, send: Send = sendWithFetch): () => void {
  const seen = new Set<string>();
  const report = (kind: ClientErrorReport["kind"], message: string, source = "", line = 0, column = 0) => {
    const key = `${kind}:${message}`;
    if (seen.has(key) || seen.size >= MAX_REPORTS) return;
    seen.add(key);
    send({
      kind,
      message: message.slice(0, 500),
      source: path(source).slice(0, 300),
      line,
      column,
      route: target.location.pathname.slice(0, 200),
      release: "",
    });
  };
  const onError = (event: ErrorEvent) => {
    report("error", event.error instanceof Error ? text(event.error) : event.message, event.filename, event.lineno, event.colno);
  };
  const onRejection = (event: PromiseRejectionEvent) => report("unhandledrejection", text(event.reason));
  target.addEventListener("error", onError);
  target.addEventListener("unhandledrejection", onRejection);
  return () => {
    target.removeEventListener("error", onError);
    target.removeEventListener("unhandledrejection", onRejection);
  };
}
