import { Page } from "@/components/ui/page";
import { AccountSummary, DataAndDeletion, ProfileEditor, SignInAndSecurity, TierAndUsage } from "@/features/account";
import { PrivacyChoices } from "@/features/privacy";

export default function AccountRoute() {
  return (
    <Page title="Account" description="Your profile, units, sign-ins, tier, usage and data.">
      <AccountSummary />
      <SignInAndSecurity />
      <TierAndUsage />
      <ProfileEditor />
      <PrivacyChoices />
      <DataAndDeletion />
    </Page>
  );
}
