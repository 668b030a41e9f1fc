export { AccountSummary, DataAndDeletion, TierAndUsage } from "./components/account-actions";
export { ProfileEditor } from "./components/profile-editor";
export { SignInAndSecurity } from "./components/security";
export { HistoryImportSection } from "./components/history-import-section";
export { RemindersSection } from "./components/reminders-section";
export { SafetyFlagsSection } from "./components/safety-flags-section";
export { RemovalBanner } from "./components/removal-banner";
export { CustomExercisesSection } from "./components/custom-exercises-section";
