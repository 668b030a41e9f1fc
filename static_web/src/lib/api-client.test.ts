import { api, authFetch, onSessionExpired, TOKEN_HEADER, unwrap } from "./api-client";
import { ApiError } from "./problem";
import { tokenStore } from "./token-store";
import { json, stubFetch, TOKEN } from "@/testing/render";

beforeEach(() => tokenStore.set("old"));

it("sends the bearer token in X-Vigor-Authorization, leaving Authorization to the platform", async () => {
  const fetch = stubFetch({
    "GET /api/users/me": (_u, req) => json({ vigor: req.headers.get("X-Vigor-Authorization"), authorization: req.headers.get("Authorization") }),
  });
  const res = await authFetch("/api/users/me");
  expect(await res.json()).toEqual({ vigor: "Bearer old", authorization: null });
  expect(TOKEN_HEADER).toBe("X-Vigor-Authorization");
  expect(fetch).toHaveBeenCalledTimes(1);
});

it("the generated client's requests carry the token the same way", async () => {
  stubFetch({ "GET /api/users/me": (_u, req) => json({ vigor: req.headers.get("X-Vigor-Authorization") }) });
  const { data } = await api.GET("/api/users/me");
  expect(data).toEqual({ vigor: "Bearer old" });
});

it("on 401 refreshes once (shared by concurrent requests) and retries with the new token", async () => {
  let refreshes = 0;
  stubFetch({
    "POST /api/auth/refresh": () => (refreshes++, json({ ...TOKEN, access_token: "new" })),
    "GET /api/users/me": (_u, req) => (req.headers.get(TOKEN_HEADER) === "Bearer new" ? json({ ok: true }) : json({ title: "Not signed in" }, 401)),
  });
  const [a, b] = await Promise.all([authFetch("/api/users/me"), authFetch("/api/users/me")]);
  expect([a.status, b.status]).toEqual([200, 200]);
  expect(refreshes).toBe(1);
  expect(tokenStore.get()).toBe("new");
});

it("when the refresh fails, forgets the token and reports the session as expired", async () => {
  const expired = vi.fn();
  onSessionExpired(expired);
  stubFetch({
    "POST /api/auth/refresh": () => json({ title: "Not signed in" }, 401),
    "GET /api/users/me": () => json({ title: "Not signed in" }, 401),
  });
  const res = await authFetch("/api/users/me");
  expect(res.status).toBe(401);
  expect(expired).toHaveBeenCalledOnce();
  expect(tokenStore.get()).toBeNull();
});

it("does not try to refresh a failed login", async () => {
  const fetch = stubFetch({ "POST /api/auth/login": () => json({ title: "Not signed in", detail: "The email or password is not correct." }, 401) });
  await expect(unwrap(api.POST("/api/auth/login", { body: { email: "a@b.c", password: "x" } }))).rejects.toMatchObject({
    status: 401,
    message: "The email or password is not correct.",
  });
  expect(fetch).toHaveBeenCalledTimes(1);
});

it("unwrap turns problem+json into ApiError with the 429 details", async () => {
  stubFetch({ "GET /api/tiers/current": () => json({ title: "Too many requests", status: 429, limit: "requests_per_day", retry_after: 60 }, 429, { "Retry-After": "60" }) });
  const error = await unwrap(api.GET("/api/tiers/current")).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).limit).toBe("requests_per_day");
  expect((error as ApiError).retryAfter).toBe(60);
});

describe("the session hint", () => {
  afterEach(() => {
    document.cookie = "vigor_signed_in=; Max-Age=0; path=/";
  });

  it("lets a signed-out visit skip the refresh that could only answer 401", async () => {
    const { mayHaveSession } = await import("./api-client");
    expect(mayHaveSession()).toBe(false);
    document.cookie = "vigor_signed_in=1; path=/";
    expect(mayHaveSession()).toBe(true);
  });

  it("is read under its __Host- name on an HTTPS site", async () => {
    const { mayHaveSession } = await import("./api-client");
    const jar = vi.spyOn(document, "cookie", "get").mockReturnValue("theme=dark; __Host-vigor_signed_in=1");
    expect(mayHaveSession()).toBe(true);
    jar.mockReturnValue("theme=dark; x__Host-vigor_signed_in=1");
    expect(mayHaveSession()).toBe(false);
    jar.mockRestore();
  });

  it("is forgotten when the refresh says the session is gone", async () => {
    const { mayHaveSession, refreshSession } = await import("./api-client");
    document.cookie = "vigor_signed_in=1; path=/";
    stubFetch({ "POST /api/auth/refresh": () => json({ title: "Not signed in" }, 401) });
    expect(await refreshSession()).toBeNull();
    expect(mayHaveSession()).toBe(false);
  });
});
