import { Page } from "@/components/ui/page";
import { PlanScreen } from "@/features/plans";

export default function PlanRoute() {
  return (
    <Page title="Plan" description="Generate a plan and see it day by day.">
      <PlanScreen />
    </Page>
  );
}
