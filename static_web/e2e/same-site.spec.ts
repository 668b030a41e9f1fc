/**
 * The production layout (docs/decisions.md, "One same-site topology"): a Static Web App serves the SPA and
 * forwards /api to the linked Function App, all on one host name. Here a small HTTPS proxy plays the Static
 * Web App in front of the real local host (global-setup), at https://app.vigor.test, and, like a linked
 * backend, overwrites `Authorization` on every forwarded /api request with a platform token of its own.
 * Chromium maps app.vigor.test and a second site, elsewhere.example, to 127.0.0.1 (--host-resolver-rules),
 * so the Secure, SameSite=Strict refresh cookie meets a real https origin and a real cross-site request.
 * The proxy connects from 127.0.0.2, the one trusted proxy (VIGOR_TRUSTED_PROXIES, global-setup), and says
 * `X-Forwarded-Proto: https`, so the cookies carry the `__Host-` prefix as they do in Azure.
 */
import { test as base, expect, type Page } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { newUser, onboard, signIn, signUp } from "./fixtures";

const APP_HOST = "app.vigor.test";
const OTHER_SITE = "elsewhere.example";
/** The proxy's own address towards the local host: the trusted proxy (global-setup's VIGOR_TRUSTED_PROXIES). */
const PROXY_ADDRESS = "127.0.0.2";
const REFRESH_COOKIE = "__Host-vigor_refresh";
const HINT_COOKIE = "__Host-vigor_signed_in";
/** What a linked backend receives in `Authorization`: the platform's token, not Vigor's. */
const PLATFORM_TOKEN = "Bearer eyJhbGciOiJub25lIn0.eyJpc3MiOiJzdGF0aWMtd2ViLWFwcHMifQ.";

interface Forwarded {
  method: string;
  path: string;
  vigor: string | undefined;
  authorization: string | undefined;
  /** Whether the browser sent the refresh cookie. */
  cookie: boolean;
  status: number;
}

/** The Static Web App stand-in: TLS for both names, /api forwarded with the platform's Authorization. */
class StaticWebAppProxy {
  readonly forwarded: Forwarded[] = [];
  /** The next request to this path has its Vigor token replaced by a stale one (as when it has expired). */
  expireTokenOn: string | null = null;
  private readonly server: Server;
  port = 0;

  constructor(
    private readonly backend: URL,
    tls: { key: Buffer; cert: Buffer },
  ) {
    this.server = createServer(tls, (req, res) => this.handle(req, res));
  }

  static async start(backend: URL, dir: string): Promise<StaticWebAppProxy> {
    const [key, cert] = [join(dir, "key.pem"), join(dir, "cert.pem")];
    const made = spawnSync("openssl", [
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-keyout", key, "-out", cert,
      "-subj", `/CN=${APP_HOST}`, "-addext", `subjectAltName=DNS:${APP_HOST},DNS:${OTHER_SITE}`,
    ], { encoding: "utf8" }); // prettier-ignore
    if (made.status !== 0) throw new Error(`openssl could not make a certificate: ${made.stderr}`);
    const proxy = new StaticWebAppProxy(backend, { key: readFileSync(key), cert: readFileSync(cert) });
    await new Promise<void>((ok) => proxy.server.listen(0, "127.0.0.1", ok));
    proxy.port = (proxy.server.address() as AddressInfo).port;
    return proxy;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    if ((req.headers.host ?? "").split(":")[0] === OTHER_SITE) {
      // Another site whose page posts to Vigor's refresh endpoint (a CSRF attempt on the cookie).
      res.writeHead(200, { "Content-Type": "text/html" });
      res.end(`<form method="post" action="${this.origin}/api/auth/refresh"><button>Go</button></form>`);
      return;
    }
    const headers: IncomingHttpHeaders = {
      ...req.headers,
      host: this.backend.host,
      "x-forwarded-host": req.headers.host ?? "",
      "x-forwarded-proto": "https", // the browser's scheme, which the local host behind plain http cannot see
    };
    const path = req.url ?? "/";
    const api = path.startsWith("/api/");
    if (api) {
      headers.authorization = PLATFORM_TOKEN; // what a linked backend does to Authorization
      headers["x-forwarded-for"] = `${req.socket.remoteAddress}:${req.socket.remotePort}`;
      if (path === this.expireTokenOn && headers["x-vigor-authorization"]) {
        this.expireTokenOn = null;
        headers["x-vigor-authorization"] = "Bearer expired";
      }
    }
    const { hostname, port } = this.backend;
    const upstream = httpRequest({ host: hostname, port, method: req.method, path, headers, localAddress: PROXY_ADDRESS }, (answer) => {
      if (api) {
        const vigor = req.headers["x-vigor-authorization"];
        this.forwarded.push({ method: req.method ?? "", path, vigor: typeof vigor === "string" ? vigor : undefined, authorization: req.headers.authorization, cookie: (req.headers.cookie ?? "").split(/;\s*/).some((c) => c.startsWith(`${REFRESH_COOKIE}=`)), status: answer.statusCode ?? 0 });
      }
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", () => (res.headersSent ? res.destroy() : (res.writeHead(502), res.end())));
    req.pipe(upstream);
  }

  get origin(): string {
    return `https://${APP_HOST}:${this.port}`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((ok) => this.server.close(() => ok()));
  }
}

const test = base.extend<{ baseURL: string }, { swa: StaticWebAppProxy }>({
  swa: [
    async ({}, use) => {
      const backend = process.env.E2E_BASE_URL;
      if (!backend) throw new Error("E2E_BASE_URL is not set: global-setup did not run");
      const dir = mkdtempSync(join(tmpdir(), "vigor-swa-"));
      const proxy = await StaticWebAppProxy.start(new URL(backend), dir);
      await use(proxy);
      await proxy.stop();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: "worker" },
  ],
  baseURL: async ({ swa }, use) => use(swa.origin),
});

test.use({
  ignoreHTTPSErrors: true, // the proxy's certificate is self-signed
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--host-resolver-rules=MAP ${APP_HOST} 127.0.0.1, MAP ${OTHER_SITE} 127.0.0.1`,
    ],
  },
});

const dashboard = (page: Page) => page.getByRole("heading", { level: 1, name: "Dashboard" });

test("behind the Static Web App: sign in, reload, refresh and sign out on one host name", async ({ page, swa }) => {
  const user = newUser("swa");
  await signUp(page, user);
  await onboard(page);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // Sign in: every signed-in call reached the API with the platform's Authorization and ours beside it.
  await signIn(page, user.email, user.password);
  await expect(dashboard(page)).toBeVisible();
  expect(new URL(page.url()).host).toBe(`${APP_HOST}:${swa.port}`);
  const signedIn = swa.forwarded.filter((f) => f.status === 200 && f.vigor !== undefined);
  expect(signedIn.map((f) => f.path)).toContain("/api/users/profile"); // the dashboard's own data, as the user
  expect(signedIn.every((f) => f.vigor?.startsWith("Bearer ey") && f.authorization === undefined)).toBe(true);
  // Over HTTPS from the trusted proxy the cookies carry the `__Host-` prefix: Secure, Path=/, no Domain (host-only).
  const cookies = await page.context().cookies();
  expect(cookies.map((c) => c.name)).not.toContain("vigor_refresh");
  const cookie = cookies.find((c) => c.name === REFRESH_COOKIE);
  expect(cookie).toMatchObject({ domain: APP_HOST, path: "/", secure: true, httpOnly: true, sameSite: "Strict" });
  expect(cookies.find((c) => c.name === HINT_COOKIE)).toMatchObject({ path: "/", secure: true, httpOnly: false });

  // Reload: the access token lived in memory only; the refresh cookie (same site) brings the session back.
  const refreshed = page.waitForResponse((r) => r.url().endsWith("/api/auth/refresh"));
  await page.reload();
  expect((await refreshed).status()).toBe(200);
  await expect(dashboard(page)).toBeVisible();
  expect(swa.forwarded.findLast((f) => f.path === "/api/auth/refresh")?.cookie).toBe(true);
  expect((await page.context().cookies()).find((c) => c.name === REFRESH_COOKIE)?.value).not.toBe(cookie?.value); // rotated

  // Another site posting to the refresh endpoint gets no cookie (SameSite=Strict): refused, session intact.
  const other = await page.context().newPage();
  await other.goto(`https://${OTHER_SITE}:${swa.port}/`);
  const attempt = other.waitForResponse((r) => r.url().endsWith("/api/auth/refresh"));
  await other.getByRole("button", { name: "Go" }).click();
  expect((await attempt).status()).toBe(401);
  expect(swa.forwarded.findLast((f) => f.path === "/api/auth/refresh")?.cookie).toBe(false);
  await other.close();

  // Refresh: the API refuses the access token once (as when it expires); the app refreshes and carries on.
  const before = swa.forwarded.length;
  swa.expireTokenOn = "/api/users/me/sessions";
  const retried = page.waitForResponse((r) => r.url().endsWith("/api/users/me/sessions") && r.status() === 200);
  await page.getByRole("link", { name: "Account", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
  await retried; // the Account page's sign-ins list: refused once, then fetched again with a fresh token
  const after = swa.forwarded.slice(before).map((f) => `${f.path} ${f.status}`);
  const order = ["/api/users/me/sessions 401", "/api/auth/refresh 200", "/api/users/me/sessions 200"].map((line) => after.indexOf(line));
  expect(order, after.join("\n")).toEqual([...order].sort((a, b) => a - b));
  expect(order.every((i) => i >= 0), after.join("\n")).toBe(true);

  // Sign out: the cookie is gone, so a reload stays signed out.
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  const left = (await page.context().cookies()).map((c) => c.name);
  expect(left.filter((name) => name.includes("vigor_refresh") || name.includes("vigor_signed_in"))).toEqual([]);
  const refreshes = swa.forwarded.filter((f) => f.path === "/api/auth/refresh").length;
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  // Without the session hint the app does not even try a refresh that could only be refused (no 401 logged).
  expect(swa.forwarded.filter((f) => f.path === "/api/auth/refresh").length).toBe(refreshes);
});

test("X-Forwarded-Proto from anyone but the trusted proxy gets the plain cookie names", async () => {
  const backend = process.env.E2E_BASE_URL;
  if (!backend) throw new Error("E2E_BASE_URL is not set: global-setup did not run");
  const user = newUser("swa-untrusted");
  // From 127.0.0.1, not the trusted proxy: the header is anyone's to write, so it must not count.
  const res = await fetch(`${backend}/api/auth/register`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Forwarded-Proto": "https" },
    body: JSON.stringify({ email: user.email, password: user.password, consent_health_data: true }),
  });
  expect(res.status).toBe(201);
  const names = res.headers.getSetCookie().map((c) => c.split("=")[0]);
  expect(names).toContain("vigor_refresh");
  expect(names.some((n) => n.startsWith("__Host-"))).toBe(false);
});
