// Headless Debian Chromium for the end-to-end tests, with the flags this closed network needs.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";

/**
 * Headless Chromium whose pages report their uncaught errors: `close()` throws when any page
 * of any of its contexts had one, so a page error fails the test file that caused it, whether
 * or not its tests look for one.
 */
export async function launch() {
  const browser = await launchChromium();
  const errors = [];
  const watch = (page) => page.on("pageerror", (error) => errors.push(`${page.url()}: ${error}`));
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    context.on("page", watch);
    return context;
  };
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (...args) => {
    const page = await newPage(...args);
    watch(page);
    return page;
  };
  const close = browser.close.bind(browser);
  browser.close = async () => {
    await close();
    if (errors.length) throw new Error(`page errors during the tests:\n${errors.join("\n")}`);
  };
  return browser;
}

/**
 * What the frame (`dunning-frame.html`) of `page` shows, printed as Chromium prints a page (its
 * CSS page size, backgrounds) in a page of its own from `owner` (a browser or context), to
 * `path`: the letters as laid out on their sheets.
 */
export async function printFrame(page, owner, path) {
  const html = await page.frame({ url: /dunning-frame\.html$/ }).content();
  const printer = await owner.newPage();
  await printer.setContent(html, { waitUntil: "load" });
  await printer.pdf({ path, preferCSSPageSize: true, printBackground: true });
  await printer.close();
  console.log(`pdf: ${path}`);
}

function launchChromium() {
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
