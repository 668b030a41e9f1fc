import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { json, renderApp, stubFetch } from "@/testing/render";
import { lastWeeks, type MetricsReport } from "../api/metrics";
import { MetricsPanel } from "./metrics-panel";

const report: MetricsReport = {
  from: "2026-11-02",
  to: "2026-11-15",
  days: [],
  weeks: [
    { week: "2026-W45", start: "2026-11-02", active_users: 40, three_plus_users: 10, three_plus_share: 0.25, coach_users: 20, coach_share: 0.5 },
    { week: "2026-W46", start: "2026-11-09", active_users: 50, three_plus_users: 36, three_plus_share: 0.72, coach_users: 15, coach_share: 0.3 },
  ],
  cohorts: [
    { week: "2026-W45", start: "2026-11-02", signups: 20, d7_retained: 9, d7_rate: 0.45, d7_final: true, d30_retained: 4, d30_rate: 0.2, d30_final: false },
  ],
  ratings: [{ kind: "plan", source: "engine", count: 4, average: 3.75, counts: { "4": 3, "3": 1 } }],
  safety: [{ date: "2026-11-03", counts: { "input:eating_disorder": 2 } }],
};

it("takes the last n ISO weeks up to today, Monday first", () => {
  expect(lastWeeks(1, new Date("2026-11-18T23:00:00Z"))).toEqual({ from: "2026-11-16", to: "2026-11-18" });
  expect(lastWeeks(2, new Date("2026-11-16T01:00:00Z"))).toEqual({ from: "2026-11-09", to: "2026-11-16" });
});

it("shows this week's figures against the targets, retention so far, ratings and safety events; downloads CSV", async () => {
  const asked: string[] = [];
  const fetch = stubFetch({
    "GET /api/admin/metrics": (url) => {
      asked.push(url.search);
      return url.searchParams.get("format") === "csv" ? new Response("section,period,metric,value\r\n", { headers: { "content-type": "text/csv" } }) : json(report);
    },
  });
  URL.createObjectURL = vi.fn(() => "blob:x");
  URL.revokeObjectURL = vi.fn();
  renderApp(<MetricsPanel />);
  expect(await screen.findByText("72%")).toBeInTheDocument(); // 3+ sessions, the latest week
  expect(screen.getByText("Active users this week").parentElement).toHaveTextContent("50");
  expect(screen.getByText("30%")).toBeInTheDocument();
  expect(screen.getByText("target 70%")).toBeInTheDocument();
  expect(screen.getByRole("cell", { name: "20% so far" })).toBeInTheDocument();
  expect(screen.getByRole("cell", { name: "45%" })).toBeInTheDocument();
  expect(screen.getByText(/plan · engine: 4 · average 3.75/)).toBeInTheDocument();
  expect(screen.getByText("input:eating_disorder: 2")).toBeInTheDocument();
  await userEvent.click(screen.getByRole("button", { name: "Download CSV" }));
  await waitFor(() => expect(asked.some((q) => q.includes("format=csv"))).toBe(true));
  expect(fetch).toHaveBeenCalled();
  await userEvent.click(screen.getByRole("button", { name: "26 weeks" }));
  await waitFor(() => expect(asked.filter((q) => !q.includes("csv")).length).toBe(2));
}, 20_000);
