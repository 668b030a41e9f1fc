import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { json, renderApp, stubFetch, TOKEN, USER } from "@/testing/render";
import { RemovalBanner } from "./removal-banner";

beforeEach(() => {
  document.cookie = "vigor_signed_in=1; path=/";
});

it("shows a waiting removal of two-step sign-in and cancels it", async () => {
  const user = userEvent.setup();
  let cancelled = 0;
  stubFetch({
    "POST /api/auth/refresh": () => json({ ...TOKEN, user: { ...USER, two_factor_removal_at: "2026-12-04T10:00:00Z" } }),
    "DELETE /api/users/me/2fa/recovery": () => {
      cancelled += 1;
      return new Response(null, { status: 204 });
    },
  });
  renderApp(<RemovalBanner />);
  expect(await screen.findByRole("region", { name: "Removal waiting" })).toHaveTextContent("Two-step sign-in comes off on");
  await user.click(screen.getByRole("button", { name: "Cancel the removal" }));
  await waitFor(() => expect(screen.queryByRole("region", { name: "Removal waiting" })).not.toBeInTheDocument());
  expect(cancelled).toBe(1);
});

it("says why when the cancel fails, and shows nothing when no removal waits", async () => {
  const user = userEvent.setup();
  stubFetch({
    "POST /api/auth/refresh": () => json({ ...TOKEN, user: { ...USER, two_factor_removal_at: "2026-12-04T10:00:00Z" } }),
    "DELETE /api/users/me/2fa/recovery": () => json({ title: "Conflict", status: 409, detail: "No removal of two-step sign-in is waiting." }, 409),
  });
  renderApp(<RemovalBanner />);
  await user.click(await screen.findByRole("button", { name: "Cancel the removal" }));
  expect(await screen.findByRole("alert")).toHaveTextContent("No removal of two-step sign-in is waiting.");
});

it("is not shown when nothing is waiting", async () => {
  stubFetch({ "POST /api/auth/refresh": () => json({ ...TOKEN, user: { ...USER, two_factor_removal_at: null } }) });
  renderApp(<RemovalBanner />);
  await waitFor(() => expect(screen.queryByRole("region", { name: "Removal waiting" })).not.toBeInTheDocument());
});
