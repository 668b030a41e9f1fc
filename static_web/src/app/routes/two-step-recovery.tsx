import { TwoStepRecovery } from "@/features/auth";

export default function Route() {
  return <TwoStepRecovery />;
}
