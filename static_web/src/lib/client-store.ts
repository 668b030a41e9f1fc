/**
 * The app's one IndexedDB database ("vigor"), through `idb`. Each kind of client-side state gets its
 * own object store here (the workout in progress now; the offline queue adds its store with a version
 * bump), so there is one place that opens, upgrades and clears the browser's copy of the user's data.
 */
import { openDB, type DBSchema, type IDBPDatabase } from "idb";

interface VigorDB extends DBSchema {
  /** Small documents kept by a fixed key, e.g. "workout-in-progress". */
  kv: { key: string; value: unknown };
}

const NAME = "vigor";
const VERSION = 1;
let db: Promise<IDBPDatabase<VigorDB>> | null = null;

function open(): Promise<IDBPDatabase<VigorDB>> {
  db ??= openDB<VigorDB>(NAME, VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains("kv")) database.createObjectStore("kv");
    },
  });
  return db;
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
