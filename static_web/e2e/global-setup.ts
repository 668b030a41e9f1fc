/**
 * Starts the Vigor local host for the run: 127.0.0.1, a free port, a temporary data dir, the
 * built web app as static files. Creates one admin account (register, confirm the address with the emailed link,
 * `grant-admin` CLI, two-step sign-in).
 * Returns the teardown, which stops the server and deletes the data dir.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { LocalHost, PYTHON, ROOT, WEB } from "./local-host";
import { totp } from "./totp";

/** fetch, again (up to five attempts) while the attempt fails to connect: the host closes a keep-alive connection idle for 5 s,
 * and `grant-admin` (a process of its own) can outlast that on a loaded machine, so the next request met a
 * closed socket ("other side closed"). */
async function fetchAgain(url: string, init: RequestInit): Promise<Response> {
  // The pool can hold several idle sockets the host has closed: each attempt may meet one more of them.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
}

/** The token of the newest verification link the local host "sent" to `to` (its outbox file), waited for. */
async function verificationToken(dataDir: string, to: string): Promise<string> {
  const file = join(dataDir, "outbox.jsonl");
  for (let tries = 0; tries < 150; tries += 1) {
    const lines = existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean) : [];
    const links = lines
      .map((line) => JSON.parse(line) as { to: string; kind: string; text: string })
      .filter((m) => m.to === to && m.kind === "verify_email")
      .map((m) => /#token=([\w-]+)/.exec(m.text)?.[1] ?? "")
      .filter(Boolean);
    if (links.length) return links[links.length - 1];
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`no verification email to ${to} in the outbox`);
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dist = join(WEB, "dist");
  if (!existsSync(join(dist, "index.html"))) {
    const built = spawnSync("npm", ["run", "--silent", "build"], { cwd: WEB, stdio: "inherit" });
    if (built.status !== 0) throw new Error("npm run build failed");
  }
  // Only the same-site spec's HTTPS proxy, which connects from this loopback address, is a trusted proxy: its
  // X-Forwarded-Proto: https gets the `__Host-` cookies; the browser and the other specs (from 127.0.0.1) are not.
  const host = await LocalHost.create({ VIGOR_TRUSTED_PROXIES: "127.0.0.2/32" });
  const { baseURL, dataDir, env } = host;
  const stop = () => host.dispose();

  try {
    await host.start();
    const admin = { email: "admin@e2e.vigor.test", password: "correct horse battery staple admin" };
    const res = await fetch(`${baseURL}/api/auth/register`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ...admin, display_name: "E2E Admin", consent_health_data: true }),
    });
    if (res.status !== 201) throw new Error(`could not register the admin: ${res.status} ${await res.text()}`);
    const { access_token: token } = (await res.json()) as { access_token: string };
    const auth = { "Content-Type": "application/json", Authorization: `Bearer ${token}` };
    // An address nobody confirmed can be anyone's: the admin opens the sign-up's link first, as a person would.
    const link = await verificationToken(dataDir, admin.email);
    const verified = await fetchAgain(`${baseURL}/api/auth/verify-email`, { method: "POST", headers: auth, body: JSON.stringify({ token: link }) });
    if (verified.status !== 200) throw new Error(`could not confirm the admin's address: ${verified.status} ${await verified.text()}`);
    const granted = spawnSync(PYTHON, ["-m", "shared.cli", "grant-admin", admin.email], { cwd: ROOT, env, encoding: "utf8" });
    if (granted.status !== 0) throw new Error(`grant-admin failed: ${granted.stderr}`);
    // Admin work needs two-step sign-in: turn it on as the admin would, with the app's code, and keep the
    // recovery codes for the specs' sign-ins (`signInAdmin`).
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
