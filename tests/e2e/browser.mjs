// Headless Debian Chromium for the end-to-end tests, with the flags this closed network needs.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** The folder screenshots go to (printed, so a person can look at them). */
export function screenshotDir() {
  const dir = resolve(process.env.SCREENSHOTS ?? "test-results/screenshots");
  mkdirSync(dir, { recursive: true });
  return dir;
}
