/**
 * Build-time configuration, validated once at start-up so a bad value fails loudly
 * instead of producing requests to the wrong place.
 */
function readApiBase(): string {
  const raw = (import.meta.env.VITE_API_BASE as string | undefined) ?? "";
  // Same origin by default: the Static Web App routes /api/* to the Functions backend,
  // and the local host serves both, so the refresh cookie stays first-party.
  if (raw !== "" && !/^https?:\/\/[^\s]+$/.test(raw)) {
    throw new Error(`VITE_API_BASE must be an http(s) URL or empty, got "${raw}"`);
  }
  return raw.replace(/\/$/, "");
}

export const env = {
  apiBase: readApiBase(),
} as const;
