import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useLocation } from "react-router";
import { json, renderApp, stubFetch, TOKEN, USER } from "@/testing/render";
import { TwoStepSignIn } from "./two-step";

beforeEach(() => {
  document.cookie = "vigor_signed_in=1; path=/";
});

function Where() {
  const location = useLocation();
  return <output aria-label="location">{location.pathname + location.search}</output>;
}

it("tells an admin who just turned two-step on why Admin still needs a new sign-in, and offers it", async () => {
  const user = userEvent.setup();
  const admin = { ...USER, roles: ["user", "admin"], two_factor: false, local_sign_in: true, email_verified: true };
  let signedOut = 0;
  stubFetch({
    "POST /api/auth/refresh": () => json({ ...TOKEN, user: admin }),
    "POST /api/users/me/2fa/totp": () => json({ secret: "JBSWY3DPEHPK3PXP", otpauth_uri: "otpauth://totp/Vigor:ada?secret=JBSWY3DPEHPK3PXP" }),
    "POST /api/users/me/2fa/totp/confirm": () => json({ recovery_codes: ["abcde-fghjk"] }),
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
  expect(await screen.findByText(/Admin work needs a sign-in that used a code/)).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Sign in again with a code" }));
  await vi.waitFor(() => expect(screen.getByLabelText("location")).toHaveTextContent("/sign-in?next=%2Fadmin"));
  expect(signedOut).toBe(1);
});
