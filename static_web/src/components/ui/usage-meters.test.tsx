import { ChakraProvider } from "@chakra-ui/react";
import { render, screen } from "@testing-library/react";
import { system } from "@/app/theme";
import { UsageMeters } from "./usage-meters";

it("shows each period's use, limit and reset time, and the budget", () => {
  render(
    <ChakraProvider value={system}>
      <UsageMeters
        current={{
          tier: "free",
          limits: { tier: "free", requests_per_day: 10, requests_per_week: 50, requests_per_month: 200, monthly_budget_usd: 5 },
          usage: {
            day: { used: 9, limit: 10, resets_at: "2026-11-27T00:00:00Z" },
            week: { used: 12, limit: 50, resets_at: "2026-11-30T00:00:00Z" },
            month: { used: 12, limit: 200, resets_at: "2026-12-01T00:00:00Z" },
          },
          budget_used_usd: 1.234,
          budget_limit_usd: 5,
          budget_resets_at: "2026-12-01T00:00:00Z",
        }}
      />
    </ChakraProvider>,
  );
  expect(screen.getByText("AI requests today")).toBeInTheDocument();
  expect(screen.getByText("9 / 10")).toBeInTheDocument();
  expect(screen.getByLabelText("AI requests today: 9 of 10 used")).toBeInTheDocument();
  expect(screen.getByText("$1.23 / $5")).toBeInTheDocument();
  expect(screen.getAllByText(/^Resets /)).toHaveLength(4);
});
