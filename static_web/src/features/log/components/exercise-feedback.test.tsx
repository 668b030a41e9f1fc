import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { json, renderApp, stubFetch } from "@/testing/render";
import ExerciseFeedback from "./exercise-feedback";

const ANSWER = {
  id: "f1",
  exercise_id: "barbell-bench-press",
  name: "Barbell bench press",
  kind: "painful",
  session_id: null,
  area: null,
  created_at: "2026-11-20T12:00:00Z",
  effect: "Your next target for Barbell bench press is lighter (or held), never heavier, until you log it again.",
  substitute: { exercise_id: "floor-press-dumbbell", name: "Dumbbell floor press", why: "Same movement, less shoulder range." },
  injury_question: { areas: ["shoulder"], question: "Did it hurt in your shoulder? Add it to your profile's injuries." },
  advice: "Sharp pain is worth a visit to a physiotherapist.",
};

it("a painful answer shows what changes, a substitute and the injury question, and leaves the profile to the user", async () => {
  const user = userEvent.setup();
  let sent: unknown = null;
  const fetch = stubFetch({
    "POST /api/feedback/exercises": async (_url, request) => {
      sent = await request.json();
      return json(ANSWER, 201);
    },
  });
  renderApp(<ExerciseFeedback exerciseId="barbell-bench-press" name="Barbell bench press" />);
  await user.click(screen.getByRole("button", { name: "Feedback on Barbell bench press" }));
  await user.click(screen.getByRole("button", { name: "Painful" }));
  expect(await screen.findByText(/is lighter \(or held\)/)).toBeInTheDocument();
  expect(sent).toEqual({ exercise_id: "barbell-bench-press", kind: "painful" });
  expect(screen.getByText("Dumbbell floor press")).toBeInTheDocument();
  expect(screen.getByText(/Did it hurt in your shoulder/)).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Edit your profile" })).toHaveAttribute("href", "/account");
  // Nothing but the feedback itself was sent: no profile change.
  expect(fetch.mock.calls.map(([input]) => (input instanceof Request ? `${input.method} ${new URL(input.url).pathname}` : String(input)))).toEqual([
    "POST /api/feedback/exercises",
  ]);
});

it("says when saving failed", async () => {
  const user = userEvent.setup();
  stubFetch({
    "POST /api/feedback/exercises": () =>
      json({ type: "urn:vigor:problem:invalid-input", title: "Invalid input", status: 422, detail: "No such exercise.", errors: [{ field: "exercise_id", message: "not a catalog exercise" }] }, 422),
  });
  renderApp(<ExerciseFeedback exerciseId="moon-squat" name="Moon squat" />);
  await user.click(screen.getByRole("button", { name: "Feedback on Moon squat" }));
  await user.click(screen.getByRole("button", { name: "Too easy" }));
  expect(await screen.findByText("Could not save your feedback")).toBeInTheDocument();
});
