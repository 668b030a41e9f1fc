import "fake-indexeddb/auto";
import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it } from "vitest";
import type { UserPublic } from "@/client/schema";
import { clearOfflineCopy, keepOfflineCopy, offlineUser, readOfflineCopy, restore } from "./offline-cache";

const ada = { id: "user-ada", email: "ada@example.test", display_name: "Ada" } as UserPublic;
const plans = [{ id: "p1", active: true, days: [{ exercises: [{ exercise_id: "goblet-squat-dumbbell" }] }] }];
const page = (n: number) => ({ items: [{ id: `s${n}` }], next_cursor: `c${n}` });

function filledClient(): QueryClient {
  const qc = new QueryClient();
  qc.setQueryData(["plans"], plans);
  qc.setQueryData(["profile"], { profile: { units: "metric" }, etag: '"1"' });
  qc.setQueryData(["coach", "recommendations"], { targets: [] });
  qc.setQueryData(["sessions"], { pages: [page(1), page(2)], pageParams: [null, "c1"] });
  qc.setQueryData(["exercises", "one", "goblet-squat-dumbbell"], { id: "goblet-squat-dumbbell" });
  qc.setQueryData(["exercises", "one", "not-in-the-plan"], { id: "not-in-the-plan" });
  qc.setQueryData(["admin", "users", {}], { items: [{ email: "someone@else.test" }] });
  qc.setQueryData(["coach", "history"], { items: [{ text: "a private chat" }] });
  return qc;
}

afterEach(async () => {
  await clearOfflineCopy();
});

describe("the offline copy", () => {
  it("keeps the plan, profile, targets, first page of history and the plan's exercises, for the signed-in user only", async () => {
    const stop = keepOfflineCopy(filledClient(), ada, 0);
    await expect.poll(async () => (await readOfflineCopy("user-ada"))?.queries.length).toBe(5);
    stop();
    const copy = (await readOfflineCopy("user-ada"))!;
    expect(copy.queries.map((q) => JSON.stringify(q.key)).sort()).toEqual(
      ['["coach","recommendations"]', '["exercises","one","goblet-squat-dumbbell"]', '["plans"]', '["profile"]', '["sessions"]'].sort(),
    );
    expect(copy.queries.find((q) => q.key[0] === "sessions")?.data).toEqual({ pages: [page(1)], pageParams: [null] });
    expect(await offlineUser()).toEqual(ada);
    expect(await readOfflineCopy("someone-else")).toBeUndefined();
  });

  it("restores into an empty cache for its owner only, and is gone after sign-out", async () => {
    const stop = keepOfflineCopy(filledClient(), ada, 0);
    await expect.poll(async () => (await readOfflineCopy("user-ada"))?.queries.length).toBe(5);
    stop();

    const other = new QueryClient();
    expect(await restore(other, "someone-else")).toBe(0);
    expect(other.getQueryData(["plans"])).toBeUndefined();

    const fresh = new QueryClient();
    expect(await restore(fresh, "user-ada")).toBe(5);
    expect(fresh.getQueryData(["plans"])).toEqual(plans);
    expect(fresh.getQueryState(["plans"])?.status).toBe("success");

    await clearOfflineCopy();
    expect(await offlineUser()).toBeUndefined();
    expect(await restore(new QueryClient(), "user-ada")).toBe(0);
  });

  it("writes a kept query's new answer, and nothing after it was stopped", async () => {
    const qc = filledClient();
    const stop = keepOfflineCopy(qc, ada, 0);
    qc.setQueryData(["plans"], [{ ...plans[0], name: "Renamed" }]);
    await expect.poll(async () => JSON.stringify((await readOfflineCopy("user-ada"))?.queries.find((q) => q.key[0] === "plans")?.data)).toContain("Renamed");
    stop();
    await clearOfflineCopy();
    qc.setQueryData(["plans"], plans);
    await new Promise((r) => setTimeout(r, 20));
    expect(await readOfflineCopy()).toBeUndefined();
  });
});
