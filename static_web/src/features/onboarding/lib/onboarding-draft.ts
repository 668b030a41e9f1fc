/**
 * The onboarding answers given so far, kept in this tab's sessionStorage per account until the profile is
 * saved: a reload (or a slip of the thumb) mid-way does not send the user back to step 1 with blank answers.
 * sessionStorage, not localStorage: the answers include health screening and leave with the tab.
 */
import type { FitnessProfile } from "@/api/profile";
import type { ParQKey } from "@/components/profile/profile-fields";

export interface OnboardingDraft {
  step: number;
  profile: FitnessProfile;
  /** the PAR-Q questions the user has answered (each must be, explicitly) */
  answered: ParQKey[];
}

const key = (userId: string) => `vigor-onboarding:${userId}`;

export function loadOnboarding(userId: string | undefined): OnboardingDraft | null {
  if (!userId) return null;
  try {
    const raw = sessionStorage.getItem(key(userId));
    const draft = raw ? (JSON.parse(raw) as OnboardingDraft) : null;
    return draft && typeof draft.step === "number" && draft.profile && Array.isArray(draft.answered) ? draft : null;
  } catch {
    return null; // storage blocked or a damaged entry: start over
  }
}

export function saveOnboarding(userId: string | undefined, draft: OnboardingDraft): void {
  if (!userId) return;
  try {
    sessionStorage.setItem(key(userId), JSON.stringify(draft));
  } catch {
    /* storage full or blocked: the wizard still works, only without surviving a reload */
  }
}

export function clearOnboarding(userId: string | undefined): void {
  if (!userId) return;
  try {
    sessionStorage.removeItem(key(userId));
  } catch {
    /* nothing kept */
  }
}
