/**
 * The Vigor local host (python -m shared.cli serve) as the e2e tests run it: 127.0.0.1, a free port, a data
 * directory of its own, the built web app as static files. global-setup starts the one every spec shares;
 * offline.spec.ts starts its own, because it stops and restarts it mid-test (on the same port and data, so the
 * browser's origin, cookies and service worker carry over) and must not take the others' server down.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const WEB = resolve(import.meta.dirname, "..");
export const ROOT = resolve(WEB, "..");
export const PYTHON = process.env.VIGOR_PYTHON ?? join(ROOT, ".venv/bin/python");

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? ok(address.port) : fail(new Error("no port"))));
    });
  });
}

export class LocalHost {
  readonly baseURL: string;
  private server: ChildProcess | null = null;
  private output = "";

  private constructor(
    readonly port: number,
    readonly dataDir: string,
    readonly env: NodeJS.ProcessEnv,
  ) {
    this.baseURL = `http://127.0.0.1:${port}`;
  }

  /** A host on a free port with a new data directory (not started yet). `extraEnv` is added to its environment. */
  static async create(extraEnv: Record<string, string> = {}): Promise<LocalHost> {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), "vigor-e2e-"));
    const env = {
      ...process.env,
      VIGOR_HOST: "127.0.0.1",
      VIGOR_PORT: String(port),
      VIGOR_DATA_DIR: dataDir,
      VIGOR_STATIC_DIR: join(WEB, "dist"),
      VIGOR_LOG_LEVEL: "WARNING",
      ...extraEnv,
    };
    return new LocalHost(port, dataDir, env);
  }

  log(): string {
    return this.output;
  }

  /** Starts the server and resolves once /api/health answers (60 s at most). */
  async start(): Promise<void> {
    const server = spawn(PYTHON, ["-m", "shared.cli", "serve"], { cwd: ROOT, env: this.env, stdio: ["ignore", "pipe", "pipe"] });
    this.server = server;
    server.stdout?.on("data", (d: Buffer) => (this.output += d.toString()));
    server.stderr?.on("data", (d: Buffer) => (this.output += d.toString()));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (server.exitCode !== null) throw new Error(`the local host exited (${server.exitCode}):\n${this.output}`);
      try {
        const res = await fetch(`${this.baseURL}/api/health`);
        if (res.ok) return;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`the local host did not answer /api/health within 60 s:\n${this.output}`);
  }

  /** Stops the server (SIGTERM, SIGKILL after 15 s); the data directory stays for a restart. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server || server.exitCode !== null) return;
    await new Promise<void>((r) => {
      const timer = setTimeout(() => (server.kill("SIGKILL"), r()), 15_000);
      server.once("exit", () => (clearTimeout(timer), r()));
      server.kill("SIGTERM");
    });
  }

  /** Stops the server and deletes its data directory. */
  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
