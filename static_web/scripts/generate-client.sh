#!/usr/bin/env bash
# Dumps the backend's OpenAPI schema without running a server and generates the typed client.
#   scripts/generate-client.sh            writes static_web/openapi.json and src/client/schema.d.ts
#   scripts/generate-client.sh OUT_DIR    writes both into OUT_DIR instead (used by check-client.sh)
set -euo pipefail
WEB="$(cd "$(dirname "$0")/.." && pwd)"
ROOT="$(cd "$WEB/.." && pwd)"
OUT="${1:-}"
PY="${VIGOR_PYTHON:-$ROOT/.venv/bin/python}"
if [ -n "$OUT" ]; then SCHEMA="$OUT/openapi.json"; CLIENT="$OUT/client"; else SCHEMA="$WEB/openapi.json"; CLIENT="$WEB/src/client"; fi
ZONES="$CLIENT/time-zones.ts"  # the IANA zones the profile accepts (shared.profile.zones), for the web's own check
mkdir -p "$CLIENT"

# sort_keys + indent: a stable file, so the diff shows what the backend changed.
(cd "$ROOT" && "$PY" -c "import json, sys; from functions.http.app import create_app; json.dump(create_app().openapi(), sys.stdout, indent=2, sort_keys=True); sys.stdout.write('\n')") > "$SCHEMA.tmp"
mv "$SCHEMA.tmp" "$SCHEMA"
(cd "$ROOT" && "$PY" -m shared.profile.zones) > "$ZONES.tmp"
mv "$ZONES.tmp" "$ZONES"

"$WEB/node_modules/.bin/openapi-typescript" "$SCHEMA" --output "$CLIENT/schema.d.ts" \
  --alphabetize --root-types --root-types-no-schema-prefix --silent
