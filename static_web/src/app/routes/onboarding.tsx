import { OnboardingWizard } from "@/features/onboarding";

export default function OnboardingRoute() {
  return <OnboardingWizard />;
}
