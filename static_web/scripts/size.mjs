#!/usr/bin/env node
// Prints the JavaScript a first visit downloads before any route chunk: the entry script and
// its modulepreloads from dist/index.html, gzip-compressed (level 9, as CDNs serve it).
// Fails when it is over the budget (150 KB gzip; issue 19), or when the build lacks staticwebapp.config.json (the Static
// Web App reads it from the uploaded folder only: without it no SPA fallback, no CSP). Run after `npm run build`.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 150;
const dist = new URL("../dist/", import.meta.url).pathname;
const swaConfig = join(dist, "staticwebapp.config.json");
if (!existsSync(swaConfig) || !JSON.parse(readFileSync(swaConfig, "utf8")).navigationFallback) {
  console.error("dist/staticwebapp.config.json is missing or has no navigationFallback: keep it in public/");
  process.exit(1);
}
const html = readFileSync(join(dist, "index.html"), "utf8");
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

let total = 0;
for (const file of initial) {
  const size = gz(file);
  total += size;
  console.log(`  ${(size / 1024).toFixed(1).padStart(7)} KB  ${file}`);
}
const all = readdirSync(join(dist, "assets")).filter((f) => f.endsWith(".js"));
const allTotal = all.reduce((sum, f) => sum + gz(join("assets", f)), 0);
console.log(`initial JS: ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET_KB} KB); all JS incl. lazy routes: ${(allTotal / 1024).toFixed(1)} KB gzip in ${all.length} chunks`);
if (total / 1024 > BUDGET_KB) {
  console.error(`initial JS is over budget by ${(total / 1024 - BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}
