import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route, Routes } from "react-router";
import { json, renderApp, stubFetch, TOKEN } from "@/testing/render";
import { AuthForm, safeNext } from "./auth-form";

const noSession = { "POST /api/auth/refresh": () => json({ title: "Not signed in" }, 401) };

it("shows Sign in, and Sign in with Microsoft only when the server offers it", async () => {
  stubFetch({ ...noSession, "GET /api/auth/providers": () => json({ providers: ["local"] }) });
  renderApp(<AuthForm mode="sign-in" />);
  expect(screen.getByRole("button", { name: "Sign in" })).toBeInTheDocument();
  await waitFor(() => expect(screen.queryByText("Sign in with Microsoft")).not.toBeInTheDocument());
});

it("offers Microsoft when /api/auth/providers lists it", async () => {
  stubFetch({ ...noSession, "GET /api/auth/providers": () => json({ providers: ["local", "microsoft"] }) });
  renderApp(<AuthForm mode="sign-in" />);
  expect(await screen.findByRole("link", { name: "Sign in with Microsoft" })).toHaveAttribute("href", "/api/auth/microsoft/login");
});

it("creates an account and shows the password policy error from the API next to the field", async () => {
  const user = userEvent.setup();
  stubFetch({
    ...noSession,
    "GET /api/auth/providers": () => json({ providers: ["local"] }),
    "POST /api/auth/register": async (_u, req) => {
      const body = (await req.json()) as { password: string; consent_health_data: boolean };
      expect(body.consent_health_data).toBe(true);
      return body.password.length < 10
        ? json({ title: "Invalid input", detail: "The password does not meet the policy", errors: [{ field: "password", message: "must be at least 10 characters" }] }, 422)
        : json(TOKEN, 201);
    },
  });
  renderApp(<AuthForm mode="register" />);
  await user.type(screen.getByLabelText(/Email/), "ada@example.com");
  await user.type(screen.getByLabelText(/Password/), "short");
  // No account without consent to storing health data: the button waits for the box.
  expect(screen.getByRole("button", { name: "Create account" })).toBeDisabled();
  await user.click(screen.getByRole("checkbox", { name: /stores my health data/ }));
  await user.click(screen.getByRole("button", { name: "Create account" }));
  expect(await screen.findByText("must be at least 10 characters")).toBeInTheDocument();
});

it("only follows same-app `next` paths", () => {
  expect(safeNext("/account")).toBe("/account");
  expect(safeNext("//evil.example")).toBe("/");
  expect(safeNext("https://evil.example")).toBe("/");
  expect(safeNext(null)).toBe("/");
});

it("an admin whose two-step recovery removed the app sets up a new one and keeps its codes before going on", async () => {
  const user = userEvent.setup();
  const sent: Array<string | undefined> = [];
  stubFetch({
    ...noSession,
    "GET /api/auth/providers": () => json({ providers: ["local"] }),
    "POST /api/auth/login": async (_u, req) => {
      const body = (await req.json()) as { otp?: string };
      sent.push(body.otp);
      if (!body.otp) {
        const setup = { type: "urn:vigor:problem:two-step-setup-required", title: "Two-step setup required", status: 401 };
        return json({ ...setup, secret: "JBSWY3DPEHPK3PXP", otpauth_uri: "otpauth://totp/Vigor:ada?secret=JBSWY3DPEHPK3PXP" }, 401);
      }
      return json({ ...TOKEN, recovery_codes: ["abcde-fghjk", "mnpqr-stuvw"] });
    },
  });
  renderApp(
    <Routes>
      <Route path="/sign-in" element={<AuthForm mode="sign-in" />} />
      <Route path="/admin" element={<p>Admin screen</p>} />
    </Routes>,
    { route: "/sign-in?next=/admin" },
  );
  await user.type(screen.getByLabelText(/Email/), "ada@example.com");
  await user.type(screen.getByLabelText(/Password/), "correct horse battery");
  await user.click(screen.getByRole("button", { name: "Sign in" }));
  expect(await screen.findByLabelText("Setup key")).toHaveTextContent("JBSW Y3DP EHPK 3PXP");
  expect(screen.getByRole("link", { name: "open it in the app on this device" })).toHaveAttribute("href", expect.stringContaining("otpauth://"));
  await user.type(screen.getByLabelText(/Code from your authenticator app/), "123456");
  await user.click(screen.getByRole("button", { name: "Sign in" }));
  expect(await screen.findByText("mnpqr-stuvw")).toBeInTheDocument();
  expect(sent).toEqual([undefined, "123456"]);
  expect(screen.queryByText("Admin screen")).not.toBeInTheDocument(); // not before the codes are kept
  await user.click(screen.getByRole("button", { name: "I have saved them" }));
  expect(await screen.findByText("Admin screen")).toBeInTheDocument();
});
