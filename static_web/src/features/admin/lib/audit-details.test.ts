import { auditAction, auditDetails, whoText } from "./audit-details";

it("shows an audit record's details as readable lines, never as raw JSON", () => {
  const lines = auditDetails({ from_tier: "free", tier: "premium", limits: { day: 50, week: 300 }, roles: ["user", "admin"], enabled: false, reason: null });
  expect(lines).toEqual(["From tier: free", "Tier: premium", "Limits: day 50, week 300", "Roles: user, admin", "Enabled: no", "Reason: none"]);
  expect(lines.join(" ")).not.toMatch(/[{}"]/);
  expect(auditAction("user.tier_changed")).toBe("User tier changed");
});

it("names the people in the log, not their ids", () => {
  const people = { u1: { display_name: "Ada", email: "ada@example.com" }, u2: { display_name: "", email: "bo@example.com" } };
  expect(whoText("u1", people)).toEqual({ name: "Ada", email: "ada@example.com" });
  expect(whoText("u2", people)).toEqual({ name: "bo@example.com", email: "bo@example.com" });
  expect(whoText("deleted-user:0123456789abcdef", people)).toEqual({ name: "A deleted user" });
  expect(whoText("cli", people).name).toBe("Operator (command line)");
  expect(whoText("config:ADMIN_IDENTITIES", people).name).toBe("Operator (configuration)");
  expect(whoText("openai-main", people)).toEqual({ name: "openai-main" });
});
