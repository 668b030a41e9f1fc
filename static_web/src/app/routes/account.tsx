import { Page } from "@/components/ui/page";
import {
  AccountSummary,
  DataAndDeletion,
  HistoryImportSection,
  ProfileEditor,
  RemindersSection,
  SignInAndSecurity,
  TierAndUsage,
} from "@/features/account";
import { PrivacyChoices } from "@/features/privacy";

export default function AccountRoute() {
  return (
    <Page title="Account" description="Your profile, units, sign-ins, tier, usage, reminders, calendar, history import and data.">
      <AccountSummary />
      <SignInAndSecurity />
      <TierAndUsage />
      <ProfileEditor />
      <PrivacyChoices />
      <RemindersSection />
      <HistoryImportSection />
      <DataAndDeletion />
    </Page>
  );
}
