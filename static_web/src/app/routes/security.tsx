import { Page } from "@/components/ui/page";
import { SignInAndSecurity } from "@/features/account";

/** Sign-ins and two-step sign-in on their own, with no fitness profile needed: an operator turns on the
 * two-step sign-in admin work requires without onboarding as a trainee (a new user's review). */
export default function SecurityRoute() {
  return (
    <Page title="Sign-in and security" description="Your password, sign-ins and two-step sign-in.">
      <SignInAndSecurity />
    </Page>
  );
}
