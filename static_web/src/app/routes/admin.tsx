import { Page } from "@/components/ui/page";
import { AdminConsole } from "@/features/admin";

export default function AdminRoute() {
  return (
    <Page title="Admin" description="Users, tiers, AI providers, budget and the audit log. Every change is audited.">
      <AdminConsole />
    </Page>
  );
}
