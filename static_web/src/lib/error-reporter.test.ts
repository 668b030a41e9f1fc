import { installErrorReporter, MAX_REPORTS, type ClientErrorReport } from "./error-reporter";

describe("installErrorReporter", () => {
  it("reports an uncaught error with its script path (no query) and the page path, once per message", () => {
    const sent: ClientErrorReport[] = [];
    const remove = installErrorReporter(window, (r) => sent.push(r));
    const error = new TypeError("cannot read 'sets' of undefined");
    const event = new ErrorEvent("error", {
      error,
      message: error.message,
      filename: `${window.location.origin}/assets/index-abc.js?v=1`,
      lineno: 12,
      colno: 7,
    });
    window.dispatchEvent(event);
    window.dispatchEvent(event);
    remove();
    expect(sent).toEqual([
      {
        kind: "error",
        message: "TypeError: cannot read 'sets' of undefined",
        source: "/assets/index-abc.js",
        line: 12,
        column: 7,
        route: window.location.pathname,
        release: "",
      },
    ]);
  });

  it("reports unhandled rejections and stops after MAX_REPORTS in one page load", () => {
    const sent: ClientErrorReport[] = [];
    const remove = installErrorReporter(window, (r) => sent.push(r));
    for (let i = 0; i < MAX_REPORTS + 3; i += 1) {
      const event = new Event("unhandledrejection") as PromiseRejectionEvent;
      Object.defineProperty(event, "reason", { value: new Error(`failed ${i}`) });
      window.dispatchEvent(event);
    }
    remove();
    expect(sent).toHaveLength(MAX_REPORTS);
    expect(sent[0]).toMatchObject({ kind: "unhandledrejection", message: "Error: failed 0" });
  });

  it("sends nothing after it is removed", () => {
    const sent: ClientErrorReport[] = [];
    installErrorReporter(window, (r) => sent.push(r))();
    window.dispatchEvent(new ErrorEvent("error", { message: "late" }));
    expect(sent).toEqual([]);
  });
});
