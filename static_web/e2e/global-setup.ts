/**
 * Starts the Vigor local host for the run: 127.0.0.1, a free port, a temporary data dir, the
 * built web app as static files. Creates one admin account (register + `grant-admin` CLI).
 * Returns the teardown, which stops the server and deletes the data dir.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import { totp } from "./totp";

const WEB = resolve(import.meta.dirname, "..");
const ROOT = resolve(WEB, "..");
const PYTHON = process.env.VIGOR_PYTHON ?? join(ROOT, ".venv/bin/python");

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? ok(address.port) : fail(new Error("no port"))));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the local host exited (${server.exitCode}):\n${log()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the local host did not answer /api/health within 60 s:\n${log()}`);
}

/** fetch, once more if the first attempt failed to connect: the host closes a keep-alive connection idle for 5 s,
 * and `grant-admin` (a process of its own) can outlast that on a loaded machine, so the next request met a
 * closed socket ("other side closed"). */
async function fetchAgain(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dist = join(WEB, "dist");
  if (!existsSync(join(dist, "index.html"))) {
    const built = spawnSync("npm", ["run", "--silent", "build"], { cwd: WEB, stdio: "inherit" });
    if (built.status !== 0) throw new Error("npm run build failed");
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "vigor-e2e-"));
  const env = {
    ...process.env,
    VIGOR_HOST: "127.0.0.1",
    VIGOR_PORT: String(port),
    VIGOR_DATA_DIR: dataDir,
    VIGOR_STATIC_DIR: dist,
    VIGOR_LOG_LEVEL: "WARNING",
    // Only the same-site spec's HTTPS proxy, which connects from this loopback address, is a trusted proxy: its
    // X-Forwarded-Proto: https gets the `__Host-` cookies; the browser and the other specs (from 127.0.0.1) are not.
    VIGOR_TRUSTED_PROXIES: "127.0.0.2/32",
  };
  let output = "";
  const server = spawn(PYTHON, ["-m", "shared.cli", "serve"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  server.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  server.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const baseURL = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise<void>((r) => {
        const timer = setTimeout(() => (server.kill("SIGKILL"), r()), 15_000);
        server.once("exit", () => (clearTimeout(timer), r()));
      });
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseURL, server, () => output);
    const admin = { email: "admin@e2e.vigor.test", password: "correct horse battery staple admin" };
    const res = await fetch(`${baseURL}/api/auth/register`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ...admin, display_name: "E2E Admin", consent_health_data: true }),
    });
    if (res.status !== 201) throw new Error(`could not register the admin: ${res.status} ${await res.text()}`);
    const granted = spawnSync(PYTHON, ["-m", "shared.cli", "grant-admin", admin.email], { cwd: ROOT, env, encoding: "utf8" });
    if (granted.status !== 0) throw new Error(`grant-admin failed: ${granted.stderr}`);
    // Admin work needs two-step sign-in: turn it on as the admin would, with the app's code, and keep the
    // recovery codes for the specs' sign-ins (`signInAdmin`).
    const { access_token: token } = (await res.json()) as { access_token: string };
    const auth = { "Content-Type": "application/json", Authorization: `Bearer ${token}` };
    const started = await fetchAgain(`${baseURL}/api/users/me/2fa/totp`, { method: "POST", headers: auth, body: JSON.stringify({ password: admin.password }) });
    if (started.status !== 200) throw new Error(`could not start two-step sign-in: ${started.status} ${await started.text()}`);
    const { secret } = (await started.json()) as { secret: string };
    const confirmed = await fetch(`${baseURL}/api/users/me/2fa/totp/confirm`, { method: "POST", headers: auth, body: JSON.stringify({ code: totp(secret) }) });
    if (confirmed.status !== 200) throw new Error(`could not confirm two-step sign-in: ${confirmed.status} ${await confirmed.text()}`);
    const { recovery_codes: codes } = (await confirmed.json()) as { recovery_codes: string[] };
    writeFileSync(join(dataDir, "e2e-admin-codes.json"), JSON.stringify(codes));
    process.env.E2E_BASE_URL = baseURL;
    process.env.E2E_DATA_DIR = dataDir; // the local outbox of account email (shared/email/outbox.py)
    process.env.E2E_ADMIN_EMAIL = admin.email;
    process.env.E2E_ADMIN_PASSWORD = admin.password;
  } catch (err) {
    await stop();
    throw err;
  }
  return stop;
}
