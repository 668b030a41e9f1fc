/** Renders with the app's providers (Chakra, Query, auth) and a memory router; fetch is stubbed per test. */
import { ChakraProvider } from "@chakra-ui/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { MemoryRouter } from "react-router";
import { vi } from "vitest";
import { system } from "@/app/theme";
import { AuthProvider } from "@/lib/auth";

export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });
}

type Route = (url: URL, init: Request) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
}

/** Stubs global fetch: `routes` maps "METHOD /path" to a handler; anything else is a 404 problem. */
export function stubFetch(routes: Record<string, Route>) {
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), "http://localhost"), init);
    const url = new URL(request.url);
    const handler = routes[`${request.method} ${url.pathname}`];
    if (!handler) return json({ title: "Not found", status: 404 }, 404);
    return handler(url, request);
  });
  vi.stubGlobal("fetch", fn);
  return fn;
}

export function renderApp(ui: ReactElement, { route = "/", client = testQueryClient() } = {}) {
  return render(
    <ChakraProvider value={system}>
      <QueryClientProvider client={client}>
        <AuthProvider>
          <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
        </AuthProvider>
      </QueryClientProvider>
    </ChakraProvider>,
  );
}

export const USER = { id: "u1", email: "ada@example.com", display_name: "Ada", roles: ["user"], tier: "free", created_at: "2026-01-01T00:00:00Z" };
export const TOKEN = { access_token: "t1", token_type: "bearer", expires_in: 900, user: USER };
