export { AccountSummary, DataAndDeletion, TierAndUsage } from "./components/account-actions";
export { ProfileEditor } from "./components/profile-editor";
