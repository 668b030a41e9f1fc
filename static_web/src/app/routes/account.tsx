import { Page } from "@/components/ui/page";
import { AccountSummary, DataAndDeletion, ProfileEditor, TierAndUsage } from "@/features/account";

export default function AccountRoute() {
  return (
    <Page title="Account" description="Your profile, units, tier, usage and data.">
      <AccountSummary />
      <TierAndUsage />
      <ProfileEditor />
      <DataAndDeletion />
    </Page>
  );
}
