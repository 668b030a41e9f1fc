#!/usr/bin/env bash
# Fails when the committed schema or generated client no longer matches the backend (run `npm run generate`).
set -euo pipefail
WEB="$(cd "$(dirname "$0")/.." && pwd)"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
bash "$WEB/scripts/generate-client.sh" "$TMP"
stale=0
cmp -s "$TMP/openapi.json" "$WEB/openapi.json" || { echo "static_web/openapi.json is stale" >&2; stale=1; }
cmp -s "$TMP/client/schema.d.ts" "$WEB/src/client/schema.d.ts" || { echo "static_web/src/client/schema.d.ts is stale" >&2; stale=1; }
cmp -s "$TMP/client/time-zones.ts" "$WEB/src/client/time-zones.ts" || { echo "static_web/src/client/time-zones.ts is stale" >&2; stale=1; }
if [ $stale = 1 ]; then
  diff -u "$WEB/openapi.json" "$TMP/openapi.json" | head -40 >&2 || true
  echo "run: (cd static_web && npm run generate)" >&2
  exit 1
fi
