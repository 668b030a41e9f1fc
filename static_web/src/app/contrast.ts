/**
 * WCAG 2.x contrast for the theme's colour tokens, resolved per colour mode.
 *
 * Used by theme.test.ts to check the palette directly (not only the pages that happen to show
 * a toast or badge): relative luminance and contrast ratio as defined in WCAG 2.1 §1.4.3.
 */
import type { SystemContext } from "@chakra-ui/react";

export type Mode = "_light" | "_dark";

const NAMED: Record<string, string> = { white: "#ffffff", black: "#000000" };

/** A colour token's hex value in one mode, following `{colors.x.y}` references. */
export function resolveColor(system: SystemContext, name: string, mode: Mode): string {
  const token = system.tokens.getByName(name.startsWith("colors.") ? name : `colors.${name}`);
  if (!token) throw new Error(`no colour token ${name}`);
  const conditions = token.extensions.conditions as Record<string, string> | undefined;
  const raw = String(conditions ? (conditions[mode] ?? conditions.base) : token.originalValue);
  const reference = /^\{(.+)\}$/.exec(raw);
  if (reference?.[1]) return resolveColor(system, reference[1], mode);
  const value = NAMED[raw.toLowerCase()] ?? raw;
  if (!/^#[0-9a-f]{6}$/i.test(value)) throw new Error(`token ${name} is not a 6-digit hex colour: ${value}`);
  return value.toLowerCase();
}

type Rgb = [number, number, number];

function channels(hex: string): Rgb {
  const at = (i: number) => parseInt(hex.slice(i, i + 2), 16) / 255;
  return [at(1), at(3), at(5)];
}

/** Relative luminance (WCAG 2.1). */
export function luminance(hex: string): number {
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = channels(hex);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** `fg` drawn at `opacity` over `bg`: the colour the eye (and axe) sees. */
export function blend(fg: string, bg: string, opacity: number): string {
  const [f, g] = [channels(fg), channels(bg)];
  const mix = (i: 0 | 1 | 2) => Math.round((f[i] * opacity + g[i] * (1 - opacity)) * 255).toString(16).padStart(2, "0");
  return `#${mix(0)}${mix(1)}${mix(2)}`;
}
