import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { json, renderApp, stubFetch, TOKEN, USER } from "@/testing/render";
import { DataAndDeletion } from "./account-actions";

beforeEach(() => {
  document.cookie = "vigor_signed_in=1; path=/";
});

const PROBLEM = { "Content-Type": "application/problem+json" };

it("asks for the password, shows a wrong one at its field and keeps the account", async () => {
  const user = userEvent.setup();
  const bodies: unknown[] = [];
  stubFetch({
    "POST /api/auth/refresh": () => json({ ...TOKEN, user: { ...USER, local_sign_in: true } }),
    "DELETE /api/users/me": async (_url, request) => {
      const body = (await request.json()) as { password: string };
      bodies.push(body);
      if (body.password === "right passphrase") return new Response(null, { status: 204 });
      return json({ title: "Invalid input", status: 422, errors: [{ field: "password", message: "is not your current password" }] }, 422, PROBLEM);
    },
  });
  renderApp(<DataAndDeletion />, { route: "/account" });
  await user.click(await screen.findByRole("button", { name: "Delete account" }));
  const dialog = await screen.findByRole("alertdialog", { name: "Delete your account?" });
  await user.type(screen.getByLabelText(/Your password/), "wrong passphrase");
  await user.click(screen.getByRole("button", { name: "Delete my account" }));
  expect(await screen.findByText("is not your current password")).toBeInTheDocument();
  expect(dialog).toBeInTheDocument();
  await user.clear(screen.getByLabelText(/Your password/));
  await user.type(screen.getByLabelText(/Your password/), "right passphrase");
  await user.click(screen.getByRole("button", { name: "Delete my account" }));
  await vi.waitFor(() => expect(bodies).toEqual([{ password: "wrong passphrase" }, { password: "right passphrase" }]));
  await vi.waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
});

it("a Microsoft-only account sends no password and is told to sign in again when its sign-in is old", async () => {
  const user = userEvent.setup();
  let sent: string | null = "unset";
  stubFetch({
    "POST /api/auth/refresh": () => json({ ...TOKEN, user: { ...USER, local_sign_in: false } }),
    "DELETE /api/users/me": async (_url, request) => {
      sent = await request.text();
      const detail = "Sign in again with Microsoft to confirm it is you, then try again.";
      return json({ type: "urn:vigor:problem:recent-sign-in-required", title: "Recent sign-in required", status: 403, detail }, 403, PROBLEM);
    },
  });
  renderApp(<DataAndDeletion />, { route: "/account" });
  await user.click(await screen.findByRole("button", { name: "Delete account" }));
  await screen.findByRole("alertdialog", { name: "Delete your account?" });
  expect(screen.queryByLabelText(/Your password/)).not.toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Delete my account" }));
  expect(await screen.findByRole("alert")).toHaveTextContent("Sign in again with Microsoft");
  expect(sent).toBe("");
  expect(screen.getByRole("alertdialog", { name: "Delete your account?" })).toBeInTheDocument();
});
