import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { vi } from "vitest";
import { json, renderApp, stubFetch, TOKEN, USER } from "@/testing/render";
import { MicrosoftLink } from "./microsoft-link";

const local = { ...USER, local_sign_in: true, microsoft_linked: false, email_verified: true };

// Signed in: the API's readable session hint is there, so the app asks for a session on load.
beforeEach(() => {
  document.cookie = "vigor_signed_in=1; path=/";
});

it("links Microsoft with the password, then sends the browser to Microsoft's page", async () => {
  const user = userEvent.setup();
  const assign = vi.fn();
  vi.stubGlobal("location", { ...window.location, assign });
  stubFetch({
    "POST /api/auth/refresh": () => json({ ...TOKEN, user: local }),
    "GET /api/auth/providers": () => json({ providers: ["local", "microsoft"] }),
    "POST /api/users/me/identities/microsoft": async (_u, req) => {
      const body = (await req.json()) as { password: string };
      return body.password === "right-one"
        ? json({ url: "https://login.example/authorize?state=s" })
        : json({ title: "Invalid input", errors: [{ field: "password", message: "is not your current password" }] }, 422);
    },
  });
  renderApp(<MicrosoftLink />);
  await user.type(await screen.findByLabelText(/Current password/), "wrong");
  await user.click(screen.getByRole("button", { name: "Link Microsoft" }));
  expect(await screen.findByText("is not your current password")).toBeInTheDocument();
  await user.clear(screen.getByLabelText(/Current password/));
  await user.type(screen.getByLabelText(/Current password/), "right-one");
  await user.click(screen.getByRole("button", { name: "Link Microsoft" }));
  await waitFor(() => expect(assign).toHaveBeenCalledWith("https://login.example/authorize?state=s"));
  vi.unstubAllGlobals();
});

it("shows a linked account and unlinks it with the password", async () => {
  const user = userEvent.setup();
  stubFetch({
    "POST /api/auth/refresh": () => json({ ...TOKEN, user: { ...local, microsoft_linked: true } }),
    "GET /api/auth/providers": () => json({ providers: ["local", "microsoft"] }),
    "DELETE /api/users/me/identities/microsoft": () => json({ ...local, microsoft_linked: false }),
  });
  renderApp(<MicrosoftLink />, { route: "/account?linked=microsoft" });
  expect(await screen.findByRole("status")).toHaveTextContent("Your Microsoft account is linked");
  await user.type(screen.getByLabelText(/Current password/), "right-one");
  await user.click(screen.getByRole("button", { name: "Unlink Microsoft" }));
  expect(await screen.findByText("Not linked")).toBeInTheDocument();
});

it("is not offered where Microsoft sign-in is not configured", async () => {
  stubFetch({
    "POST /api/auth/refresh": () => json({ ...TOKEN, user: local }),
    "GET /api/auth/providers": () => json({ providers: ["local"] }),
  });
  renderApp(<MicrosoftLink />);
  await waitFor(() => expect(screen.queryByText("Sign in with Microsoft")).not.toBeInTheDocument());
});

it("waits for a confirmed email address before it offers the link", async () => {
  stubFetch({
    "POST /api/auth/refresh": () => json({ ...TOKEN, user: { ...local, email_verified: false } }),
    "GET /api/auth/providers": () => json({ providers: ["local", "microsoft"] }),
  });
  renderApp(<MicrosoftLink />);
  expect(await screen.findByText(/Confirm your email address first/)).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Link Microsoft" })).not.toBeInTheDocument();
});
