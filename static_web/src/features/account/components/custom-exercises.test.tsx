import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { exercise } from "@/testing/exercises";
import { json, renderApp, stubFetch } from "@/testing/render";
import CustomExercises from "./custom-exercises";

const sled = { id: "custom:sled-push", name: "Sled push", load_type: "distance", created_at: "2026-11-01T00:00:00Z", updated_at: "2026-11-01T00:00:00Z" };

it("renames a custom exercise in place", async () => {
  let sent: unknown;
  stubFetch({
    "GET /api/exercises/custom": () => json({ items: [sled] }),
    "PUT /api/exercises/custom/custom%3Asled-push": async (_u, req) => ((sent = await req.json()), json({ ...sled, name: "Prowler push" })),
  });
  renderApp(<CustomExercises />);
  await userEvent.click(await screen.findByRole("button", { name: "Rename Sled push" }, { timeout: 5000 }));
  const field = screen.getByLabelText("New name for Sled push");
  await userEvent.clear(field);
  await userEvent.type(field, "Prowler push");
  await userEvent.click(screen.getByRole("button", { name: "Save name" }));
  await waitFor(() => expect(sent).toEqual({ name: "Prowler push" }));
}, 20_000);

it("merges a custom exercise into a catalogue one only after confirming", async () => {
  const merged = vi.fn((url: URL) => (expect(url.searchParams.get("merge_into")).toBe("sled-push-machine"), new Response(null, { status: 204 })));
  stubFetch({
    "GET /api/exercises/custom": () => json({ items: [sled] }),
    "GET /api/exercises": () => json({ items: [exercise("sled-push-machine", "Prowler sled push")] }),
    "DELETE /api/exercises/custom/custom%3Asled-push": merged,
  });
  renderApp(<CustomExercises />);
  await userEvent.click(await screen.findByRole("button", { name: "Merge Sled push into a catalogue exercise" }, { timeout: 5000 }));
  await userEvent.click(await screen.findByRole("button", { name: "Merge into Prowler sled push" }));
  const dialog = await screen.findByRole("alertdialog", { name: "Merge Sled push into Prowler sled push?" });
  expect(dialog).toHaveTextContent("Every set logged as Sled push moves to Prowler sled push");
  expect(merged).not.toHaveBeenCalled();
  await userEvent.click(screen.getByRole("button", { name: "Merge" }));
  await waitFor(() => expect(merged).toHaveBeenCalledTimes(1));
}, 20_000);
