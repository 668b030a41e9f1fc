import { Page } from "@/components/ui/page";
import { CoachScreen } from "@/features/coach";

export default function CoachRoute() {
  return (
    <Page title="Coach" description="Chat with a coach that knows your plan and your logs.">
      <CoachScreen />
    </Page>
  );
}
