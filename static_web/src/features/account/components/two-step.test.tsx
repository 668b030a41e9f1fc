import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useLocation } from "react-router";
import { tokenStore } from "@/lib/token-store";
import { json, renderApp, stubFetch, TOKEN, USER } from "@/testing/render";
import { TwoStepSignIn } from "./two-step";

beforeEach(() => {
  document.cookie = "vigor_signed_in=1; path=/";
});

function Where() {
  const location = useLocation();
  return <output aria-label="location">{location.pathname + location.search}</output>;
}

it("keeps an admin who just turned two-step on signed in with the new sign-in, Admin included, and keeps the codes on screen", async () => {
  const user = userEvent.setup();
  const admin = { ...USER, roles: ["user", "admin"], two_factor: false, local_sign_in: true, email_verified: true };
  let signedOut = 0;
  stubFetch({
    "POST /api/auth/refresh": () => json({ ...TOKEN, user: admin }),
    "POST /api/users/me/2fa/totp": () => json({ secret: "JBSWY3DPEHPK3PXP", otpauth_uri: "otpauth://totp/Vigor:ada?secret=JBSWY3DPEHPK3PXP" }),
    // The answer is this device's new sign-in (hAU): it passed both steps.
    "POST /api/users/me/2fa/totp/confirm": () =>
      json({ ...TOKEN, access_token: "t-two-step", user: { ...admin, two_factor: true }, recovery_codes: ["abcde-fghjk"] }),
    "POST /api/auth/logout": () => ((signedOut += 1), new Response(null, { status: 204 })),
  });
  renderApp(
    <>
      <TwoStepSignIn />
      <Where />
    </>,
    { route: "/account/security" },
  );
  await user.type(await screen.findByLabelText(/Current password/), "a long passphrase");
  await user.click(screen.getByRole("button", { name: "Set up two-step sign-in" }));
  await user.type(await screen.findByLabelText(/The 6-digit code the app shows/), "123456");
  await user.click(screen.getByRole("button", { name: "Turn on" }));
  expect(await screen.findByText("abcde-fghjk")).toBeInTheDocument();
  expect(tokenStore.get()).toBe("t-two-step"); // later requests carry the sign-in that passed both steps
  expect(screen.getByText(/Admin opens without signing in again/)).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Sign in again with a code" })).not.toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "I have saved them" }));
  expect(await screen.findByText(/Two-step sign-in is on: signing in asks for a code/)).toBeInTheDocument();
  expect(signedOut).toBe(0);
  expect(screen.getByLabelText("location")).toHaveTextContent("/account/security");
});
