import { screen } from "@testing-library/react";
import { useRoutes } from "react-router";
import { json, renderApp, stubFetch, TOKEN, USER } from "@/testing/render";
import { routes } from "./router";

function Routes() {
  return useRoutes(routes);
}

beforeEach(() => {
  document.cookie = "vigor_signed_in=1; path=/";
});
afterEach(() => {
  document.cookie = "vigor_signed_in=; Max-Age=0; path=/";
});

it("lets an admin without a fitness profile or health-data consent into Admin", async () => {
  const admin = { ...USER, roles: ["user", "admin"], health_data_consent: false };
  stubFetch({
    "POST /api/auth/refresh": () => json({ ...TOKEN, user: admin }),
    "GET /api/users/profile": () => json({ title: "Not found", status: 404 }, 404),
  });
  renderApp(<Routes />, { route: "/admin" });
  // The first test here loads the lazy Admin screen cold: on a loaded machine that takes more than 5 s.
  expect(await screen.findByRole("heading", { level: 1, name: "Admin" }, { timeout: 15000 })).toBeVisible();
  expect(screen.queryByText(/About you|Your consent/)).toBeNull();
});

it("still sends a user without a profile from the app's screens to onboarding", async () => {
  stubFetch({
    "POST /api/auth/refresh": () => json({ ...TOKEN, user: { ...USER, health_data_consent: true } }),
    "GET /api/users/profile": () => json({ title: "Not found", status: 404 }, 404),
  });
  renderApp(<Routes />, { route: "/progress" });
  expect(await screen.findByRole("heading", { name: "About you" }, { timeout: 5000 })).toBeVisible();
});

it("sends an admin without a profile to Admin, in the app shell with its nav and Sign out, never to onboarding", async () => {
  const admin = { ...USER, roles: ["user", "admin"], health_data_consent: true, two_factor: true };
  stubFetch({
    "POST /api/auth/refresh": () => json({ ...TOKEN, user: admin }),
    "GET /api/users/profile": () => json({ title: "Not found", status: 404 }, 404),
  });
  renderApp(<Routes />, { route: "/" }); // where a sign-in lands
  expect(await screen.findByRole("heading", { level: 1, name: "Admin" }, { timeout: 5000 })).toBeVisible();
  const nav = screen.getByRole("navigation", { name: "Main" });
  expect(nav).toHaveTextContent("Admin");
  expect(screen.getByRole("button", { name: "Sign out" })).toBeVisible();
  expect(screen.queryByText(/About you/)).toBeNull();
});

it("lets an admin who opens onboarding skip it for Admin", async () => {
  const admin = { ...USER, roles: ["user", "admin"], health_data_consent: true };
  stubFetch({
    "POST /api/auth/refresh": () => json({ ...TOKEN, user: admin }),
    "GET /api/users/profile": () => json({ title: "Not found", status: 404 }, 404),
  });
  renderApp(<Routes />, { route: "/onboarding" });
  expect(await screen.findByRole("heading", { name: "About you" }, { timeout: 5000 })).toBeVisible();
  expect(screen.getByRole("link", { name: "Skip: go to Admin" })).toHaveAttribute("href", "/admin");
});
