/**
 * The app's one IndexedDB database ("vigor"), through `idb`. Each kind of client-side state gets its
 * own object store here (the workout in progress and the offline copy of the plan and history in `kv`; the
 * workouts waiting to be sent in `outbox`, version 2), so there is one place that opens, upgrades and clears the
 * browser's copy of the user's data.
 */
import { openDB, type DBSchema, type IDBPDatabase } from "idb";

interface VigorDB extends DBSchema {
  /** Small documents kept by a fixed key, e.g. "workout-in-progress". */
  kv: { key: string; value: unknown };
  /** Writes waiting for the server, by their id (src/lib/outbox.ts). */
  outbox: { key: string; value: { id: string } };
}

const NAME = "vigor";
const VERSION = 2;
let db: Promise<IDBPDatabase<VigorDB>> | null = null;

function open(): Promise<IDBPDatabase<VigorDB>> {
  db ??= openDB<VigorDB>(NAME, VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains("kv")) database.createObjectStore("kv");
      if (!database.objectStoreNames.contains("outbox")) database.createObjectStore("outbox", { keyPath: "id" });
    },
    // Another tab runs a newer build that needs a newer database: let it upgrade (this tab reopens on next use).
    blocking() {
      void db?.then((d) => d.close());
      db = null;
    },
  });
  return db;
}

/** Every item in the outbox store (small: a few queued workouts at most). */
export async function outboxItems<T extends { id: string }>(): Promise<T[]> {
  return (await (await open()).getAll("outbox")) as T[];
}

/** Adds or replaces an outbox item (by its id). */
export async function putOutboxItem(item: { id: string }): Promise<void> {
  await (await open()).put("outbox", item);
}

export async function deleteOutboxItem(id: string): Promise<void> {
  await (await open()).delete("outbox", id);
}

/** The document stored under `key`, or undefined (also when IndexedDB is unavailable, e.g. private modes that block it). */
export async function getItem<T>(key: string): Promise<T | undefined> {
  try {
    return (await (await open()).get("kv", key)) as T | undefined;
  } catch {
    return undefined;
  }
}

/** Stores `value` (structured-cloneable) under `key`; writes to one store commit in call order. */
export async function setItem(key: string, value: unknown): Promise<void> {
  await (await open()).put("kv", value, key);
}

export async function removeItem(key: string): Promise<void> {
  await (await open()).delete("kv", key);
}
