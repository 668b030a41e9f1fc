import type { Plan } from "@/api/plans";
import type { NextTarget } from "@/api/recommendations";
import { copySet, formatDuration, measureOf, nextSetType, parseDuration, rampWeights, restsAfter, rowsFromPlanDay, rowsFromSession, setIsFilled, supersetGroups, swapRow, toSessionBody, withWeight, type ExerciseRow } from "./rows";
import type { WorkoutSession } from "../api/sessions";

const item = (exercise_id: string, name: string, sets: number, rest_seconds = 120) => ({ exercise_id, name, sets, reps_min: 6, reps_max: 10, target_rpe: 8, rest_seconds, notes: "" });
const plan = { id: "p1", days: [{ day_index: 0, name: "A", exercises: [item("squat", "Squat", 3, 180), item("row", "Row", 2)] }] } as unknown as Plan;
const meta = { dayIndex: 0, startedAt: "2026-11-26T08:00:00Z", minutes: 40, sessionRpe: 8, energy: 4, notes: "felt good" };

it("sends only completed sets, leaves out exercises with none, and a blank weight as no weight", () => {
  const rows: ExerciseRow[] = [
    { exercise_id: "squat", name: "Squat", rest_seconds: 90, sets: [
      { reps: "10", weight: "55", rpe: "8", completed: true },
      { reps: "10", weight: "", rpe: "", completed: true },
      { reps: "10", weight: "55", rpe: "", completed: false },
    ] },
    { exercise_id: "row", name: "Row", rest_seconds: 90, sets: [{ reps: "6", weight: "40", rpe: "", completed: false }] },
  ];
  const body = toSessionBody(rows, "imperial", meta);
  expect(body.exercises).toHaveLength(1);
  expect(body.exercises[0]!.sets).toEqual([
    { reps: 10, weight_kg: 24.948, rpe: 8, completed: true, set_type: "normal" },
    { reps: 10, rpe: null, completed: true, set_type: "normal" },
  ]);
  expect(body).toMatchObject({ day_index: 0, duration_minutes: 40, session_rpe: 8, energy: 4, notes: "felt good" });
});

it("prefills each set from the coach's target set by set, in the user's unit, with the plan's rest", () => {
  const target = { exercise_id: "squat", name: "Squat", action: "increase_load", weight_kg: 62.5, weight: 137.5, unit: "lb", reps_min: 5, reps_max: 8, sets: 3, reason: "",
    sets_detail: [{ weight: 137.5, weight_kg: 62.5, reps: 5, reps_max: 5 }, { weight: 125, weight_kg: 56.7, reps: 8, reps_max: 8 }] } as NextTarget;
  const rows = rowsFromPlanDay(plan, 0, { targets: [target], units: "imperial" });
  expect(rows[0]!.rest_seconds).toBe(180);
  expect(rows[0]!.sets.map((s) => [s.reps, s.weight, s.completed])).toEqual([["5", "137.5", false], ["8", "125", false], ["8", "125", false]]);
});

it("without a target takes last time's sets, else the plan's top reps and no weight", () => {
  const last = new Map([["row", { date: "2026-11-20T08:00:00Z", sets: [{ reps: 9, weight_kg: 30 }] }]]);
  const rows = rowsFromPlanDay(plan, 0, { last, units: "metric" });
  expect(rows[0]!.sets[0]).toMatchObject({ reps: "10", weight: "" });
  expect(rows[1]!.sets.map((s) => [s.reps, s.weight])).toEqual([["9", "30"], ["9", "30"]]);
});

it("editing keeps a session's notes (its own and each exercise's) and sends them back", () => {
  const session = { id: "s1", plan_id: "p1", day_index: 0, started_at: meta.startedAt, duration_minutes: 50, session_rpe: 7, energy: 3, notes: "n",
    exercises: [{ exercise_id: "squat", name: "Squat", notes: "knee ok", sets: [{ reps: 5, weight_kg: 100, rpe: null, completed: true }] }] };
  const rows = rowsFromSession(session as never, "metric", plan);
  expect(rows[0]).toMatchObject({ rest_seconds: 180, notes: "knee ok" });
  const body = toSessionBody(rows, "metric", { ...meta, minutes: 50, sessionRpe: 7, energy: 3, notes: "n" });
  expect(body.exercises[0]).toMatchObject({ notes: "knee ok", sets: [{ reps: 5, weight_kg: 100, completed: true }] });
  expect(body).toMatchObject({ session_rpe: 7, energy: 3, notes: "n", duration_minutes: 50 });
});

it("a swap mid-workout keeps done sets on the old exercise and moves the rest, without weights, to the new one", () => {
  const rows: ExerciseRow[] = [
    { exercise_id: "squat", name: "Squat", rest_seconds: 180, sets: [
      { reps: "5", weight: "100", rpe: "", completed: true },
      { reps: "5", weight: "100", rpe: "", completed: false },
    ] },
  ];
  const out = swapRow(rows, 0, { id: "goblet", name: "Goblet squat" });
  expect(out.map((r) => [r.exercise_id, r.sets.length])).toEqual([["squat", 1], ["goblet", 1]]);
  expect(out[1]).toMatchObject({ rest_seconds: 180, swapped_from: "squat", sets: [{ reps: "5", weight: "", completed: false }] });
  // Swapping again asks the plan about the exercise it planned, not the stand-in.
  expect(swapRow(out, 1, { id: "front", name: "Front squat" })[1]).toMatchObject({ exercise_id: "front", swapped_from: "squat" });
});

it("a weight typed for set 1 is carried to the later sets that held the same, until the user types one of them", () => {
  let sets = rowsFromPlanDay(plan, 0, { units: "metric" })[0]!.sets; // a first session: no weights
  sets = withWeight(sets, 0, "2");
  sets = withWeight(sets, 0, "24");
  expect(sets.map((s) => s.weight)).toEqual(["24", "24", "24"]);
  sets = withWeight(sets, 2, "20"); // the user changes a later set: it keeps their weight
  sets = withWeight(sets, 0, "26");
  expect(sets.map((s) => s.weight)).toEqual(["26", "26", "20"]);
  // A set already done, or a different prefilled load (a back-off set), is left alone.
  const mixed = [
    { reps: "5", weight: "100", rpe: "", completed: true },
    { reps: "5", weight: "100", rpe: "", completed: false },
    { reps: "8", weight: "85", rpe: "", completed: false },
  ];
  expect(withWeight(mixed, 0, "105").map((s) => s.weight)).toEqual(["105", "105", "85"]);
  expect(withWeight(mixed, 1, "102.5").map((s) => s.weight)).toEqual(["100", "102.5", "85"]);
  const laterDone = mixed.map((s, i) => ({ ...s, weight: "100", completed: i === 2 }));
  expect(withWeight(laterDone, 0, "90").map((s) => s.weight)).toEqual(["90", "90", "100"]);
});

it("timed and distance exercises are logged as bouts of time or metres, not reps x kg", () => {
  const timed = { ...item("plank", "Plank", 2, 60), reps_min: 1, reps_max: 1, duration_seconds: 45 };
  const carry = { ...item("farmers-carry-dumbbell", "Farmer's carry", 2, 90), reps_min: 1, reps_max: 1, distance_m: 40 };
  const cardio = { id: "p2", days: [{ day_index: 0, name: "A", exercises: [timed, carry] }] } as unknown as Plan;
  const rows = rowsFromPlanDay(cardio, 0, { units: "metric", last: new Map([["farmers-carry-dumbbell", { date: "2026-11-20", sets: [{ reps: 1, weight_kg: 24, distance_m: 30 }] }]]) });
  expect(rows[0]).toMatchObject({ measure: "time", sets: [{ duration: "0:45" }, { duration: "0:45" }] });
  expect(rows[1]).toMatchObject({ measure: "distance", sets: [{ distance: "30", weight: "24" }, { distance: "30", weight: "24" }] });
  rows[0]!.sets = [{ ...rows[0]!.sets[0]!, duration: "1:05", completed: true }, { ...rows[0]!.sets[1]!, duration: "", completed: true }];
  rows[1]!.sets[0]!.completed = true;
  const body = toSessionBody(rows, "metric", meta);
  expect(body.exercises.map((e) => e.sets)).toEqual([
    [{ reps: 1, duration_seconds: 65, rpe: null, completed: true, set_type: "normal" }], // a timed set without a time is not a set
    [{ reps: 1, distance_m: 30, weight_kg: 24, rpe: null, completed: true, set_type: "normal" }],
  ]);
  // and back for editing
  const session = { ...meta, id: "s", exercises: body.exercises } as unknown as Parameters<typeof rowsFromSession>[0];
  expect(rowsFromSession(session, "metric")).toMatchObject([{ measure: "time", sets: [{ duration: "1:05" }] }, { measure: "distance", sets: [{ distance: "30" }] }]);
});

it("reads and writes durations as m:ss", () => {
  expect(["1:30", "0:45", "45", "1:02:00", "", "1:75", "abc", "0"].map(parseDuration)).toEqual([90, 45, 45, 3720, null, null, null, null]);
  expect([90, 45, 3720, 600].map(formatDuration)).toEqual(["1:30", "0:45", "1:02:00", "10:00"]);
  expect(measureOf("time")).toBe("time");
  expect(measureOf("bodyweight")).toBe("reps");
  expect(setIsFilled({ reps: "1", weight: "", rpe: "", completed: false, duration: "0:3a" }, "time")).toBe(false);
});

it("a swap to an exercise measured otherwise starts its sets blank", () => {
  const rows: ExerciseRow[] = [{ exercise_id: "row", name: "Row", rest_seconds: 60, sets: [{ reps: "10", weight: "50", rpe: "", completed: false }] }];
  expect(swapRow(rows, 0, { id: "rowing-machine", name: "Rowing machine", measure: "time" })[0]).toMatchObject({ measure: "time", sets: [{ reps: "1", duration: "", weight: "" }] });
});

const done = (reps: string, weight: string, type?: "warmup" | "drop" | "failure") => ({ reps, weight, rpe: "", completed: true, ...(type ? { type } : {}) });

it("marks a set warm-up, drop or failure by tapping its number, and sends the type", () => {
  expect(nextSetType(undefined)).toBe("warmup");
  expect(nextSetType("warmup")).toBe("drop");
  expect(nextSetType("drop")).toBe("failure");
  expect(nextSetType("failure")).toBeUndefined(); // back to a normal set
  const rows: ExerciseRow[] = [{ exercise_id: "squat", name: "Squat", rest_seconds: 90, sets: [done("5", "40", "warmup"), done("5", "100"), done("8", "80", "drop"), done("3", "80", "failure")] }];
  expect(toSessionBody(rows, "metric", meta).exercises[0]!.sets.map((x) => x.set_type)).toEqual(["warmup", "normal", "drop", "failure"]);
  // "Add a set" after a warm-up adds a normal set.
  expect(copySet(rows[0]!.sets[0], undefined).type).toBeUndefined();
  // Editing a logged session keeps each set's type.
  const session = { id: "s1", started_at: meta.startedAt, duration_minutes: 30, exercises: [{ exercise_id: "squat", name: "Squat", sets: [{ reps: 5, weight_kg: 40, set_type: "warmup", completed: true }, { reps: 5, weight_kg: 100, set_type: "normal", completed: true }] }] } as unknown as WorkoutSession;
  expect(rowsFromSession(session, "metric")[0]!.sets.map((x) => x.type)).toEqual(["warmup", undefined]);
});

it("groups the plan's supersets, rests only after the pair, and sends the letter only for a pair", () => {
  const paired = { id: "p2", days: [{ day_index: 0, name: "A", exercises: [
    item("squat", "Squat", 3), { ...item("bench", "Bench", 3), superset: "A" }, { ...item("row", "Row", 3), superset: "A" }, { ...item("curl", "Curl", 2), warmup_sets: 1 },
  ] }] } as unknown as Plan;
  const rows = rowsFromPlanDay(paired, 0, { units: "metric" });
  expect(rows.map((r) => r.superset ?? null)).toEqual([null, "A", "A", null]);
  expect(rows[3]!.rampUp).toBe(1);
  expect(rows[3]!.sets.map((x) => x.type ?? "normal")).toEqual(["warmup", "normal", "normal"]); // its ramp-up set as a W row
  expect(supersetGroups(rows)).toEqual([{ letter: null, rows: [0] }, { letter: "A", rows: [1, 2] }, { letter: null, rows: [3] }]);
  expect([0, 1, 2, 3].map((i) => restsAfter(rows, i))).toEqual([true, false, true, true]); // no rest between A1 and A2
  const both = rows.map((r) => ({ ...r, sets: [done("8", "50")] }));
  // A W row never ticked is not stored, like every set not done.
  expect(toSessionBody(rows.map((r, i) => (i === 3 ? { ...r, sets: r.sets.map((x) => ({ ...x, completed: x.type !== "warmup" })) } : r)), "metric", meta).exercises[0]!.sets.every((x) => x.set_type === "normal")).toBe(true);
  expect(toSessionBody(both, "metric", meta).exercises.map((e) => e.superset ?? null)).toEqual([null, "A", "A", null]);
  // Only the bench done: a lone letter is dropped (the API refuses a superset of one).
  const lone = rows.map((r, i) => ({ ...r, sets: [{ ...done("8", "50"), completed: i !== 2 }] }));
  expect(toSessionBody(lone, "metric", meta).exercises.map((e) => e.superset ?? null)).toEqual([null, null, null]);
});

it("ramps up to a working load in loadable steps by the plan's count, and a typed working weight moves the W rows not typed or done", () => {
  expect(rampWeights(100, 3, "metric")).toEqual(["40", "60", "80"]);
  expect(rampWeights(61, 2, "metric")).toEqual(["30", "45"]); // 30.5 and 45.75 rounded down to 2.5 kg
  expect(rampWeights(225, 2, "imperial")).toEqual(["110", "165"]); // 5 lb steps
  expect(rampWeights(4, 1, "metric")).toEqual(["2.5"]); // never below one step
  expect(rampWeights(0, 2, "metric")).toEqual(["", ""]); // no working load known: the user types it
  expect(rampWeights(100, 5, "metric")).toHaveLength(5);
  const ramped = { id: "p3", days: [{ day_index: 0, name: "A", exercises: [{ ...item("squat", "Squat", 3), warmup_sets: 2 }] }] } as unknown as Plan;
  const last = new Map([["squat", { date: "2026-11-20T08:00:00Z", sets: [{ reps: 6, weight_kg: 80 }] }]]);
  const sets = rowsFromPlanDay(ramped, 0, { units: "metric", last })[0]!.sets;
  expect(sets.map((x) => [x.type ?? "normal", x.reps, x.weight])).toEqual([["warmup", "5", "40"], ["warmup", "3", "60"], ["normal", "6", "80"], ["normal", "6", "80"], ["normal", "6", "80"]]);
  const typedW2 = withWeight(sets, 1, "55", "metric");
  expect(typedW2.map((x) => x.weight)).toEqual(["40", "55", "80", "80", "80"]); // a warm-up's weight stays its own
  expect(withWeight(typedW2, 2, "90", "metric").map((x) => x.weight)).toEqual(["45", "55", "90", "90", "90"]);
});
