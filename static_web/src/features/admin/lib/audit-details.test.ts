import { auditAction, auditDetails } from "./audit-details";

it("shows an audit record's details as readable lines, never as raw JSON", () => {
  const lines = auditDetails({ from_tier: "free", tier: "premium", limits: { day: 50, week: 300 }, roles: ["user", "admin"], enabled: false, reason: null });
  expect(lines).toEqual(["From tier: free", "Tier: premium", "Limits: day 50, week 300", "Roles: user, admin", "Enabled: no", "Reason: none"]);
  expect(lines.join(" ")).not.toMatch(/[{}"]/);
  expect(auditAction("user.tier_changed")).toBe("User tier changed");
});
