import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { json, renderApp, stubFetch } from "@/testing/render";
import type { ProviderPublic } from "../api/llm-config";
import { providerTestText } from "../api/llm-config";
import { ProvidersPanel, TierRequestsPanel } from "./config-panels";
import { LlmConfigFile } from "./llm-config-file";
import { draftOf, ProviderEditor, validateDraft } from "./provider-editor";

const provider = {
  id: "openai-mini",
  kind: "openai",
  model: "gpt-mini",
  priority: 10,
  enabled: true,
  tasks: ["chat"],
  timeout_s: 20,
  max_output_tokens: 2048,
  api_key_ref: "OPENAI_API_KEY",
  base_url: "",
  api_version: "",
  api_style: "chat_completions",
  circuit: "closed",
} as ProviderPublic;

it("validates a provider draft against the schema's bounds and refuses something that looks like a key", () => {
  expect(validateDraft(draftOf(provider))).toEqual({});
  const bad = validateDraft({ ...draftOf(provider), model: " ", timeout_s: "0", max_output_tokens: "8", api_key_ref: "sk-live-123" });
  expect(Object.keys(bad).sort()).toEqual(["api_key_ref", "max_output_tokens", "model", "timeout_s"]);
});

it("edits a provider: PUT sends the whole provider with the changes and without the circuit state", async () => {
  let sent: Record<string, unknown> | undefined;
  stubFetch({
    "PUT /api/admin/ai-providers/openai-mini": async (_u, req) => {
      sent = (await req.json()) as Record<string, unknown>;
      return json({ ...provider, ...sent });
    },
  });
  const onDone = vi.fn();
  renderApp(<ProviderEditor provider={provider} onDone={onDone} />);
  await userEvent.clear(screen.getByLabelText(/^Model/));
  await userEvent.type(screen.getByLabelText(/^Model/), "gpt-bigger");
  await userEvent.clear(screen.getByLabelText("Timeout (seconds)"));
  await userEvent.type(screen.getByLabelText("Timeout (seconds)"), "45");
  await userEvent.click(screen.getByLabelText("Plans"));
  await userEvent.clear(screen.getByLabelText("API key secret name"));
  await userEvent.type(screen.getByLabelText("API key secret name"), "VIGOR_OPENAI");
  await userEvent.click(screen.getByRole("button", { name: "Save openai-mini" }));
  await waitFor(() => expect(onDone).toHaveBeenCalled());
  expect(sent).toMatchObject({ id: "openai-mini", model: "gpt-bigger", timeout_s: 45, max_output_tokens: 2048, api_key_ref: "VIGOR_OPENAI", priority: 10 });
  expect(sent?.tasks).toEqual(expect.arrayContaining(["chat", "plan"]));
  expect(sent).not.toHaveProperty("circuit");
}, 20_000);

it("tier requests name who asks", async () => {
  stubFetch({
    "GET /api/admin/tier-requests": () =>
      json({ items: [{ id: "r1", user_id: "u9", email: "bo@example.com", display_name: "Bo", from_tier: "free", tier: "pro", status: "pending", reason: "more plans", created_at: "2026-11-20T10:00:00Z" }] }),
  });
  renderApp(<TierRequestsPanel />);
  expect(await screen.findByText(/\(bo@example\.com\) asks to move from free to/)).toBeInTheDocument();
  expect(screen.getByText("Bo")).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Approve Bo: pro" })).toBeInTheDocument();
});

it("imports an LLM config file only after confirmation", async () => {
  let body: Record<string, unknown> | undefined;
  stubFetch({
    "POST /api/admin/llm/config/import": async (_u, req) => {
      body = (await req.json()) as Record<string, unknown>;
      return json({ providers: 1, tiers: 0 });
    },
  });
  renderApp(<LlmConfigFile />);
  const config = { version: 1, providers: [{ id: "openai-mini", kind: "openai", model: "m" }], budget: {}, prices: { models: {} }, tiers: [] };
  await userEvent.upload(screen.getByLabelText("LLM config file to import (JSON)"), new File([JSON.stringify(config)], "llm.json", { type: "application/json" }));
  await userEvent.click(screen.getByLabelText("Delete providers that are not in the file"));
  await userEvent.click(await screen.findByRole("button", { name: "Import configuration" }));
  expect(await screen.findByText(/1 providers: openai-mini/)).toBeInTheDocument();
  expect(body).toBeUndefined();
  await userEvent.click(screen.getByRole("button", { name: "Yes, import" }));
  await waitFor(() => expect(body).toMatchObject({ replace: true, providers: [{ id: "openai-mini" }] }));
});

it("refuses a file that is not a config export", async () => {
  stubFetch({});
  renderApp(<LlmConfigFile />);
  await userEvent.upload(screen.getByLabelText("LLM config file to import (JSON)"), new File(["not json"], "x.json", { type: "application/json" }));
  expect(await screen.findByText("The file is not valid JSON.")).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Import configuration" })).toBeDisabled();
});

it("deletes a provider only after the admin confirms", async () => {
  const deleted = vi.fn(() => new Response(null, { status: 204 }));
  stubFetch({
    "GET /api/admin/ai-providers": () => json([provider]),
    "DELETE /api/admin/ai-providers/openai-mini": deleted,
  });
  renderApp(<ProvidersPanel />);
  await userEvent.click(await screen.findByRole("button", { name: "Delete openai-mini (gpt-mini)" }, { timeout: 5000 }));
  expect(await screen.findByRole("alertdialog", { name: "Delete this AI provider?" })).toHaveTextContent("openai-mini (gpt-mini) is removed for good");
  await userEvent.click(screen.getByRole("button", { name: "Cancel" }));
  expect(deleted).not.toHaveBeenCalled();
  await userEvent.click(screen.getByRole("button", { name: "Delete openai-mini (gpt-mini)" }));
  await userEvent.click(await screen.findByRole("button", { name: "Delete provider" }));
  await waitFor(() => expect(deleted).toHaveBeenCalledTimes(1));
}, 20_000);

it("says why a provider test failed in words, with the provider's message", () => {
  expect(providerTestText({ ok: false, error: "network", detail: "Name or service not known", latency_ms: 12 })).toEqual({
    title: "test failed",
    description: "Could not reach the provider (check the base URL, DNS and the outbound network): Name or service not known",
  });
  expect(providerTestText({ ok: false, error: "auth", detail: "", latency_ms: 5 }).description).toBe("The provider refused the key (check the key reference and its secret).");
  expect(providerTestText({ ok: true, error: null, detail: "", latency_ms: 120.4 })).toEqual({ title: "works (120 ms)", description: "" });
});
