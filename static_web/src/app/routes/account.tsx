import { Page } from "@/components/ui/page";
import {
  AccountSummary,
  CustomExercisesSection,
  DataAndDeletion,
  HistoryImportSection,
  ProfileEditor,
  RemindersSection,
  RemovalBanner,
  SafetyFlagsSection,
  SignInAndSecurity,
  TierAndUsage,
} from "@/features/account";
import { PrivacyChoices } from "@/features/privacy";

export default function AccountRoute() {
  return (
    <Page title="Account" description="Your profile, units, sign-ins, tier, usage, reminders, calendar, safety notes, history import, your exercises and data.">
      <RemovalBanner />
      <AccountSummary />
      <SignInAndSecurity />
      <TierAndUsage />
      <ProfileEditor />
      <PrivacyChoices />
      <SafetyFlagsSection />
      <RemindersSection />
      <HistoryImportSection />
      <CustomExercisesSection />
      <DataAndDeletion />
    </Page>
  );
}
