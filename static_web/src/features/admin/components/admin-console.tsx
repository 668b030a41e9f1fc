import { Tabs } from "@chakra-ui/react";
import { lazy, Suspense } from "react";
import { LoadingState } from "@/components/ui/states";
import { AuditLogPanel } from "./audit-log-panel";
import { BudgetPanel, CostPanel, PricesPanel, ProvidersPanel, TierLimitsPanel, TierRequestsPanel } from "./config-panels";
import { UsersPanel } from "./users-panel";

// Its own chunk: only admins who open the tab load it.
const LazyMetrics = lazy(() => import("./metrics-panel").then((m) => ({ default: m.MetricsPanel })));
const LazyExperiments = lazy(() => import("./experiments-panel").then((m) => ({ default: m.ExperimentsPanel })));

function MetricsTab() {
  return (
    <Suspense fallback={<LoadingState label="Loading success metrics…" />}>
      <LazyMetrics />
    </Suspense>
  );
}

function ExperimentsTab() {
  return (
    <Suspense fallback={<LoadingState label="Loading experiments…" />}>
      <LazyExperiments />
    </Suspense>
  );
}

const TABS = [
  { id: "users", label: "Users", Panel: UsersPanel },
  { id: "requests", label: "Tier requests", Panel: TierRequestsPanel },
  { id: "tiers", label: "Tier limits", Panel: TierLimitsPanel },
  { id: "providers", label: "AI providers", Panel: ProvidersPanel },
  { id: "budget", label: "Budget", Panel: BudgetPanel },
  { id: "prices", label: "Prices", Panel: PricesPanel },
  { id: "usage", label: "Usage and cost", Panel: CostPanel },
  { id: "metrics", label: "Success metrics", Panel: MetricsTab },
  { id: "experiments", label: "Experiments", Panel: ExperimentsTab },
  { id: "audit", label: "Audit log", Panel: AuditLogPanel },
];

/** Tabs mount lazily, so a panel's requests run only when an admin opens it. */
export function AdminConsole() {
  return (
    <Tabs.Root defaultValue="users" lazyMount unmountOnExit variant="enclosed" fitted={false}>
      <Tabs.List flexWrap="wrap">
        {TABS.map((t) => (
          <Tabs.Trigger key={t.id} value={t.id} whiteSpace="nowrap">
            {t.label}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {TABS.map(({ id, Panel }) => (
        <Tabs.Content key={id} value={id} pt="4">
          <Panel />
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
