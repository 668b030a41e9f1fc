/**
 * Dark/light mode without an inline script (the CSP forbids inline scripts): the choice is
 * applied as a class on <html> from the module entry before React renders, and Chakra's
 * `_dark` condition keys off that class.
 */
import { useSyncExternalStore } from "react";

export type ColorMode = "light" | "dark";
const KEY = "vigor-color-mode";
const listeners = new Set<() => void>();

function systemMode(): ColorMode {
  return typeof window !== "undefined" && window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

export function getColorMode(): ColorMode {
  try {
    const saved = localStorage.getItem(KEY);
    if (saved === "light" || saved === "dark") return saved;
  } catch {
    /* storage blocked */
  }
  return systemMode();
}

export function applyColorMode(mode: ColorMode): void {
  const root = document.documentElement;
  root.classList.remove("light", "dark");
  root.classList.add(mode);
  root.style.colorScheme = mode;
}

export function setColorMode(mode: ColorMode): void {
  try {
    localStorage.setItem(KEY, mode);
  } catch {
    /* storage blocked: still switch for this page */
  }
  applyColorMode(mode);
  listeners.forEach((l) => l());
}

export function useColorMode(): { mode: ColorMode; toggle: () => void } {
  const mode = useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    getColorMode,
    () => "light" as ColorMode,
  );
  return { mode, toggle: () => setColorMode(mode === "dark" ? "light" : "dark") };
}
