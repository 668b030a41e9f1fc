#!/usr/bin/env node
// Renders the app's install icons (public/icons/*.png) from the favicon's design with the Chromium the e2e
// tests use, so no image tool or network is needed. The PNGs are committed: run this only when the design changes.
//   node scripts/make-icons.mjs
// "any" icons are the rounded tile; the maskable one is full-bleed with the mark inside the central 60 %
// (the safe zone is a circle of 80 % of the width: https://w3c.github.io/manifest/#icon-masks).
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";

const out = new URL("../public/icons/", import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const TEAL = "#0d9488";
const mark = (scale, offset) =>
  `<path transform="translate(${offset} ${offset}) scale(${scale})" d="M8 9l8 15 8-15" fill="none" stroke="#fff" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/>`;
const tile = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="${TEAL}"/>${mark(1, 0)}</svg>`;
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${TEAL}"/>${mark(0.6, 6.4)}</svg>`;
const icons = [
  ["icon-192.png", 192, tile],
  ["icon-512.png", 512, tile],
  ["icon-maskable-512.png", 512, maskable],
  ["apple-touch-icon-180.png", 180, maskable], // iOS rounds the corners itself and shows transparency as black
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
for (const [name, size, svg] of icons) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.locator("svg").screenshot({ path: `${out}${name}`, omitBackground: true });
  console.log(`public/icons/${name} (${size}x${size})`);
}
await browser.close();
