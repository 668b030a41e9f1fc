import { Page } from "@/components/ui/page";
import { ProgressScreen } from "@/features/progress";

export default function ProgressRoute() {
  return (
    <Page title="Progress" description="Strength, volume, sets per muscle, records and body weight.">
      <ProgressScreen />
    </Page>
  );
}
