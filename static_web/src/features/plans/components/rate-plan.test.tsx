import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { json, renderApp, stubFetch } from "@/testing/render";
import RatePlan from "./rate-plan";

const NOW = Date.parse("2026-11-20T12:00:00Z");

it("sends a 1-5 rating with the chosen reasons for a new plan, and thanks the user", async () => {
  const user = userEvent.setup();
  let sent: unknown = null;
  stubFetch({
    "POST /api/feedback/plans/p1": async (_url, request) => {
      sent = await request.json();
      return json({ plan_id: "p1", stage: "made", rating: 4, tags: ["fits_my_goal"], comment: null, created_at: "2026-11-20T12:00:00Z" });
    },
  });
  renderApp(<RatePlan planId="p1" createdAt="2026-11-19T08:00:00Z" now={NOW} />);
  expect(screen.getByText("How well does this plan fit you?")).toBeInTheDocument();
  const send = screen.getByRole("button", { name: "Send rating" });
  expect(send).toBeDisabled(); // a rating first
  await user.click(screen.getByRole("button", { name: "4 of 5" }));
  await user.click(screen.getByRole("button", { name: "Fits my goal" }));
  await user.click(send);
  expect(await screen.findByText(/Thanks: your rating/)).toBeInTheDocument();
  expect(sent).toEqual({ rating: 4, stage: "made", tags: ["fits_my_goal"] });
});

it("asks about the first week once the plan is a week old", async () => {
  const user = userEvent.setup();
  let sent: { stage?: string } = {};
  stubFetch({
    "POST /api/feedback/plans/p1": async (_url, request) => {
      sent = (await request.json()) as { stage: string };
      return json({ plan_id: "p1", stage: "first_week", rating: 2, tags: [], comment: null, created_at: "2026-11-20T12:00:00Z" });
    },
  });
  renderApp(<RatePlan planId="p1" createdAt="2026-11-10T08:00:00Z" now={NOW} />);
  expect(screen.getByText("How was this plan's first week?")).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "2 of 5" }));
  await user.click(screen.getByRole("button", { name: "Send rating" }));
  await screen.findByText(/Thanks/);
  expect(sent.stage).toBe("first_week");
});
