import { Page } from "@/components/ui/page";
import { LogScreen } from "@/features/log";

export default function LogRoute() {
  return (
    <Page title="Log" description="Record today's sets; a rest timer starts when you tick a set done.">
      <LogScreen />
    </Page>
  );
}
