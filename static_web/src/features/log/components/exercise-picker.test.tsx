import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { exercise } from "@/testing/exercises";
import { json, renderApp, stubFetch } from "@/testing/render";
import { ExercisePicker } from "./exercise-picker";

const ex = (id: string, name: string) => exercise(id, name, { primary_muscles: ["quads"], instructions: "Do the movement with control." });

it("searches the catalogue with filters and adds the chosen exercise", async () => {
  const fetch = stubFetch({
    "GET /api/exercises": (url) => json({ items: url.searchParams.get("q") === "zzz" ? [] : [ex("goblet-squat-dumbbell", "Goblet squat"), ex("split-squat-dumbbell", "Split squat")] }),
  });
  const onAdd = vi.fn();
  renderApp(<ExercisePicker onAdd={onAdd} />);
  expect(screen.getByText(/Type a name or pick a filter/)).toBeInTheDocument();
  expect(fetch).not.toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringContaining("/api/exercises") }));

  await userEvent.selectOptions(screen.getByLabelText("Equipment"), "dumbbells");
  await userEvent.type(screen.getByLabelText("Search the catalogue"), "squat");
  await userEvent.click(await screen.findByRole("button", { name: "Add Split squat" }));
  expect(onAdd).toHaveBeenCalledWith({ exercise_id: "split-squat-dumbbell", name: "Split squat", load_type: "weight" }); // how it is measured goes along
  const last = new URL((fetch.mock.calls.at(-1)![0] as Request).url);
  expect(last.searchParams.get("equipment")).toBe("dumbbells");
  expect(last.searchParams.get("q")).toBe("squat");

  await userEvent.clear(screen.getByLabelText("Search the catalogue"));
  await userEvent.type(screen.getByLabelText("Search the catalogue"), "zzz");
  expect(await screen.findByText(/No catalogue exercise matches/)).toBeInTheDocument();
});

it("adds a custom exercise with a custom: id", async () => {
  stubFetch({});
  const onAdd = vi.fn();
  renderApp(<ExercisePicker onAdd={onAdd} />);
  expect(screen.getByRole("button", { name: "Add custom exercise" })).toBeDisabled();
  await userEvent.type(screen.getByLabelText("Custom exercise name"), "Sled push");
  await userEvent.click(screen.getByRole("button", { name: "Add custom exercise" }));
  expect(onAdd).toHaveBeenCalledWith({ exercise_id: "custom:sled-push", name: "Sled push" });
  expect(screen.getByLabelText("Custom exercise name")).toHaveValue("");
});

it("shows an error with a retry when the catalogue fails", async () => {
  stubFetch({ "GET /api/exercises": () => json({ title: "Unavailable", status: 503 }, 503) });
  renderApp(<ExercisePicker onAdd={() => {}} />);
  await userEvent.selectOptions(screen.getByLabelText("Muscle"), "chest");
  expect(await screen.findByText("Could not search the catalogue")).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
});

it("finds the user's own exercises by name, marked custom, and adds them with their id and load type", async () => {
  stubFetch({
    "GET /api/exercises": () => json({ items: [ex("sled-push-machine", "Prowler sled push")] }),
    "GET /api/exercises/custom": () =>
      json({ items: [
        { id: "custom:sled-push", name: "Sled push", load_type: "distance", created_at: "2026-11-01T00:00:00Z", updated_at: "2026-11-01T00:00:00Z" },
        { id: "custom:zercher-carry", name: "Zercher carry", load_type: "weight", created_at: "2026-11-01T00:00:00Z", updated_at: "2026-11-01T00:00:00Z" },
      ] }),
  });
  const onAdd = vi.fn();
  renderApp(<ExercisePicker onAdd={onAdd} />);
  await userEvent.type(screen.getByLabelText("Search the catalogue"), "sled");
  const mine = await screen.findByRole("list", { name: "Your exercises" }, { timeout: 5000 });
  expect(mine).toHaveTextContent(/Sled push\s*custom/);
  expect(mine).not.toHaveTextContent("Zercher carry");
  expect(screen.getByRole("list", { name: "Catalogue results" })).toHaveTextContent("Prowler sled push");
  await userEvent.click(screen.getByRole("button", { name: "Add Sled push (custom)" }));
  expect(onAdd).toHaveBeenCalledWith({ exercise_id: "custom:sled-push", name: "Sled push", load_type: "distance" });
});

it("offers the catalogue exercise a typed custom name means, and the user's own one, before a duplicate is made", async () => {
  const fetch = stubFetch({
    "GET /api/exercises": (url) =>
      json({ items: url.searchParams.get("like")?.toLowerCase().startsWith("landmine") ? [ex("landmine-press", "Landmine press")] : [] }),
    "GET /api/exercises/custom": () =>
      json({ items: [{ id: "custom:sled-push", name: "Sled push", load_type: "distance", created_at: "2026-11-01T00:00:00Z", updated_at: "2026-11-01T00:00:00Z" }] }),
  });
  const onAdd = vi.fn();
  renderApp(<ExercisePicker onAdd={onAdd} />);
  await userEvent.type(screen.getByLabelText("Custom exercise name"), "Landmine press");
  const offer = await screen.findByRole("group", { name: "Did you mean" });
  expect(offer).toHaveTextContent("Landmine press (catalogue)");
  expect(fetch.mock.calls.some(([r]) => new URL((r as Request).url).searchParams.get("like") === "Landmine press")).toBe(true);
  await userEvent.click(screen.getByRole("button", { name: "Use Landmine press" }));
  expect(onAdd).toHaveBeenCalledWith({ exercise_id: "landmine-press", name: "Landmine press", load_type: "weight" });
  expect(screen.getByLabelText("Custom exercise name")).toHaveValue("");

  await userEvent.type(screen.getByLabelText("Custom exercise name"), "sled push");
  await userEvent.click(await screen.findByRole("button", { name: "Use Sled push" }));
  expect(onAdd).toHaveBeenLastCalledWith({ exercise_id: "custom:sled-push", name: "Sled push", load_type: "distance" });

  await userEvent.type(screen.getByLabelText("Custom exercise name"), "Atlas stone");
  await userEvent.click(screen.getByRole("button", { name: "Add custom exercise" }));
  expect(onAdd).toHaveBeenLastCalledWith({ exercise_id: "custom:atlas-stone", name: "Atlas stone" });
  expect(screen.queryByRole("group", { name: "Did you mean" })).not.toBeInTheDocument();
});
