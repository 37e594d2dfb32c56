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

/**
 * Fills the page's localStorage to the brim, with `filler-N` keys: what is left free is less
 * than one more such key and a character. `emptyStorageFiller` takes them away again.
 */
export function fillStorage(page) {
  return page.evaluate(() => {
    for (let size = 1 << 22, n = 0; size >= 1; ) {
      try {
        localStorage.setItem(`filler-${n++}`, "x".repeat(size));
      } catch {
        size >>= 1;
      }
    }
  });
}

export function emptyStorageFiller(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("filler-")).forEach((key) => localStorage.removeItem(key)));
}
