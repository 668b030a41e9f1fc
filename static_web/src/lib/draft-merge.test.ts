import { mergeDrafts, stampDraft } from "./draft-merge";
import type { DraftSet, WorkoutDraft } from "./workout-draft";

const set = (reps: string, weight: string, completed = false): DraftSet => ({ reps, weight, rpe: "", completed });
const base: WorkoutDraft = {
  planId: "p",
  dayIndex: 0,
  startedAt: "2026-12-01T08:00:00Z",
  exercises: [
    { exercise_id: "squat", name: "Squat", rest_seconds: 90, sets: [set("5", "100"), set("5", "100"), set("5", "100")] },
    { exercise_id: "bench", name: "Bench", rest_seconds: 90, sets: [set("8", "60"), set("8", "60")] },
  ],
};
const tick = (d: WorkoutDraft, ei: number, si: number, patch: Partial<DraftSet>): WorkoutDraft => ({
  ...d,
  exercises: d.exercises.map((e, i) => (i !== ei ? e : { ...e, sets: e.sets.map((s, j) => (j === si ? { ...s, ...patch } : s)) })),
});

it("two tabs editing different sets keep both changes, in either order of arrival", () => {
  const start = stampDraft(null, base, 1000);
  const tabA = stampDraft(start, tick(start, 0, 0, { completed: true }), 2000); // squat set 1 done in tab A
  const tabB = stampDraft(start, tick(start, 1, 1, { weight: "62.5", completed: true }), 3000); // bench set 2 in tab B
  for (const merged of [mergeDrafts(tabA, tabB)!, mergeDrafts(tabB, tabA)!]) {
    expect(merged.exercises[0]!.sets[0]).toMatchObject({ completed: true });
    expect(merged.exercises[1]!.sets[1]).toMatchObject({ weight: "62.5", completed: true });
  }
  expect(JSON.stringify(mergeDrafts(tabA, tabB))).toBe(JSON.stringify(mergeDrafts(tabB, tabA)));
});

it("the same set changed in two tabs: the later change wins", () => {
  const start = stampDraft(null, base, 1000);
  const early = stampDraft(start, tick(start, 0, 1, { weight: "105" }), 2000);
  const late = stampDraft(start, tick(start, 0, 1, { weight: "110" }), 3000);
  expect(mergeDrafts(late, early)!.exercises[0]!.sets[1]!.weight).toBe("110");
  expect(mergeDrafts(early, late)!.exercises[0]!.sets[1]!.weight).toBe("110");
});

it("a set added or done in one tab survives another tab's later change of shape (no lost set)", () => {
  const start = stampDraft(null, base, 1000);
  const added = stampDraft(start, { ...start, exercises: [start.exercises[0]!, { ...start.exercises[1]!, sets: [...start.exercises[1]!.sets, set("8", "60", true)] }] }, 2000);
  // The other tab swaps the squat for a goblet squat, later, without having seen the added bench set.
  const swapped = stampDraft(start, { ...start, exercises: [{ exercise_id: "goblet", name: "Goblet squat", rest_seconds: 90, sets: [set("5", "")] }, start.exercises[1]!] }, 3000);
  const merged = mergeDrafts(added, swapped)!;
  expect(merged.exercises.map((e) => [e.exercise_id, e.sets.length])).toEqual([["goblet", 1], ["bench", 3]]);
  expect(merged.exercises[1]!.sets[2]).toMatchObject({ completed: true });
  // A done squat set in the older shape is kept too.
  const doneSquat = stampDraft(start, tick(start, 0, 2, { completed: true }), 2500);
  expect(mergeDrafts(doneSquat, swapped)!.exercises.map((e) => e.exercise_id)).toEqual(["goblet", "bench", "squat"]);
});

it("the rest timer is the one started last, and a finished or discarded workout clears the other tab", () => {
  const start = stampDraft(null, base, 1000);
  const resting = stampDraft(start, { ...start, rest: { endsAt: 95_000, total: 90 } }, 5000);
  const typing = stampDraft(start, tick(start, 0, 0, { rpe: "8" }), 6000);
  expect(mergeDrafts(typing, resting)!.rest).toEqual({ endsAt: 95_000, total: 90 });
  expect(mergeDrafts(typing, resting)!.exercises[0]!.sets[0]!.rpe).toBe("8");
  expect(mergeDrafts(typing, null)).toBeNull();
  expect(mergeDrafts(null, typing)).toBe(typing);
});

it("two tabs that each began the same plan day before hearing of the other make one workout", () => {
  const a = stampDraft(null, tick(base, 0, 0, { completed: true }), 2000, base.exercises);
  const b = stampDraft(null, tick({ ...base, startedAt: "2026-12-01T08:00:01Z" }, 1, 0, { completed: true }), 2001, base.exercises);
  const merged = mergeDrafts(b, a)!;
  expect(merged.startedAt).toBe(base.startedAt);
  expect(merged.exercises.map((e) => e.sets.filter((s) => s.completed).length)).toEqual([1, 1]);
  // Another plan's workout is not mixed in: the copy saved last stands.
  expect(mergeDrafts(a, { ...b, planId: "other" })!.planId).toBe("other");
});
