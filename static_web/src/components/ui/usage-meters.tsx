import { Box, HStack, Progress, SimpleGrid, Text } from "@chakra-ui/react";
import type { TierCurrentPublic } from "@/client/schema";

const PERIODS = { day: "Today", week: "This week", month: "This month" } as const;

function resetText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

function Meter({ label, used, limit, resetsAt, unit = "" }: { label: string; used: number; limit: number; resetsAt: string; unit?: string }) {
  const pct = limit > 0 ? Math.min(100, (used / limit) * 100) : 0;
  return (
    <Box>
      <HStack justify="space-between">
        <Text fontWeight="medium">{label}</Text>
        <Text fontSize="sm" whiteSpace="nowrap">
          {unit}
          {used} / {unit}
          {limit}
        </Text>
      </HStack>
      <Progress.Root value={pct} size="sm" colorPalette={pct >= 90 ? "red" : "teal"} aria-label={`${label}: ${used} of ${limit} used`}>
        <Progress.Track>
          <Progress.Range />
        </Progress.Track>
      </Progress.Root>
      <Text fontSize="xs" color="fg.muted">
        Resets {resetText(resetsAt)}
      </Text>
    </Box>
  );
}

/** AI requests per day/week/month and the AI budget, each with when it resets. */
export function UsageMeters({ current }: { current: TierCurrentPublic }) {
  return (
    <SimpleGrid columns={{ base: 1, md: 2 }} gap="4">
      {(Object.keys(PERIODS) as (keyof typeof PERIODS)[]).map((period) => {
        const meter = current.usage[period];
        if (!meter) return null;
        return <Meter key={period} label={`AI requests ${PERIODS[period].toLowerCase()}`} used={meter.used} limit={meter.limit} resetsAt={meter.resets_at} />;
      })}
      <Meter
        label="AI budget this month"
        used={Number(current.budget_used_usd.toFixed(2))}
        limit={current.budget_limit_usd}
        resetsAt={current.budget_resets_at}
        unit="$"
      />
    </SimpleGrid>
  );
}
