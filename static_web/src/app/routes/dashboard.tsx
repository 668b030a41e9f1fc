import { Page } from "@/components/ui/page";
import { DashboardScreen } from "@/features/dashboard";
import { useAuth } from "@/lib/auth";

export default function DashboardRoute() {
  const { user } = useAuth();
  return (
    <Page title="Dashboard" description={`Welcome${user?.display_name ? `, ${user.display_name}` : ""}. Here is your day.`}>
      <DashboardScreen />
    </Page>
  );
}
