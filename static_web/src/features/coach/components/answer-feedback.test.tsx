import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { json, renderApp, stubFetch } from "@/testing/render";
import AnswerFeedback from "./answer-feedback";

it("votes on a coach answer and reports it, showing what was saved", async () => {
  const user = userEvent.setup();
  const sent: unknown[] = [];
  let saved = { message_id: "m1", rating: null as string | null, reported: false, reason: null, updated_at: "2026-11-20T12:00:00Z" };
  stubFetch({
    "POST /api/feedback/coach/m1": async (_url, request) => {
      const body = (await request.json()) as { rating?: string; report: boolean };
      sent.push(body);
      saved = { ...saved, rating: body.rating ?? saved.rating, reported: saved.reported || body.report };
      return json(saved);
    },
  });
  renderApp(<AnswerFeedback messageId="m1" />);
  await user.click(screen.getByRole("button", { name: "Helpful" }));
  await waitFor(() => expect(screen.getByRole("button", { name: "Helpful" })).toHaveAttribute("aria-pressed", "true"));
  await user.click(screen.getByRole("button", { name: "Report" }));
  expect(await screen.findByRole("button", { name: "Reported" })).toBeDisabled();
  expect(sent).toEqual([{ rating: "up", report: false }, { report: true }]);
});
