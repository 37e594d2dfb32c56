// P6: page load to first preview, in headless Chromium (Playwright, /usr/bin/chromium), on
// 127.0.0.1 (tests/e2e/serve.mjs serving www/ with `make wasm`'s www/pkg/, gzip-compressed as
// portals serve it; the bytes transferred per page are reported). For each page,
// several cold loads, each in a new browser context (empty HTTP cache, no compiled-wasm cache):
// the time from navigation start to the first `diagnostics` event of a <dunning-preview>
// without `error` (the preview rendered), and to its frame showing that page (the letter on
// screen: the frame's `data-shown` answers the element's `data-sent`); and, to see where the time goes, to DOMContentLoaded and to the last byte of the
// .wasm. Medians over the loads. Prints one JSON object; a page without a preview is reported
// as such, not timed.
import { existsSync, readFileSync } from "node:fs";
import { serve } from "../tests/e2e/serve.mjs";
import { launch } from "../tests/e2e/browser.mjs";

const root = new URL("..", import.meta.url).pathname;
const LOADS = Number(process.env.BENCH_LOADS ?? 9);
const PAGES = ["embed.html", "index.html"];

/** Runs in the page before its scripts: notes when the first good render and its frame came. */
function watch() {
  window.__firstPreview = new Promise((resolve) => {
    document.addEventListener(
      "diagnostics",
      (event) => {
        if (event.detail?.error || window.__previewAt) return;
        window.__previewAt = performance.now();
        const frame = event.composedPath()[0].shadowRoot?.querySelector("iframe");
        if (!frame) return resolve({ preview: window.__previewAt, frame: null });
        // The frame shows the page once it answers the number the element posted.
        const shown = () => frame.dataset.sent && frame.dataset.shown === frame.dataset.sent;
        const done = () => resolve({ preview: window.__previewAt, frame: performance.now() });
        if (shown()) return done();
        const watcher = new MutationObserver(() => {
          if (!shown()) return;
          watcher.disconnect();
          done();
        });
        watcher.observe(frame, { attributes: true, attributeFilter: ["data-shown", "data-sent"] });
      },
      true,
    );
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const server = await serve(`${root}www`, { gzip: true });
const browser = await launch();
const report = { loads: LOADS, chromium: browser.version(), pages: {} };
try {
  for (const page of PAGES) {
    const path = `${root}www/${page}`;
    if (!existsSync(path) || !readFileSync(path, "utf8").includes("dunning-preview")) {
      report.pages[page] = { measured: false, reason: "no <dunning-preview> on this page" };
      continue;
    }
    const preview = [];
    const frame = [];
    const dom = [];
    const wasm = [];
    const transferred = [];
    // One load first, not counted: Chromium's own start-up (its processes, fonts) is not the page's.
    for (let load = -1; load < LOADS; load++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      const errors = [];
      tab.on("pageerror", (error) => errors.push(error.message));
      await tab.addInitScript(watch);
      await tab.goto(`${server.url}${page}`);
      const times = await tab.evaluate(async () => {
        const first = await Promise.race([window.__firstPreview, new Promise((done) => setTimeout(() => done(null), 15000))]);
        if (!first) return null;
        // Where the time went: the page's HTML parsed, the module's bytes received.
        const [navigation] = performance.getEntriesByType("navigation");
        const wasm = performance.getEntriesByType("resource").find((r) => r.name.endsWith("_bg.wasm"));
        // What crossed the network, compressed: the page and every resource it fetched.
        const transferred = [navigation, ...performance.getEntriesByType("resource")].reduce((sum, entry) => sum + entry.transferSize, 0);
        return { ...first, dom: navigation.domContentLoadedEventEnd, wasm: wasm?.responseEnd ?? null, transferred };
      });
      await context.close();
      if (!times) throw new Error(`${page}: no preview without an error within 15 s (${errors.join("; ")})`);
      if (load >= 0) {
        preview.push(times.preview);
        if (times.frame !== null) frame.push(times.frame);
        dom.push(times.dom);
        if (times.wasm !== null) wasm.push(times.wasm);
        transferred.push(times.transferred);
      }
    }
    const round1 = (x) => +x.toFixed(1);
    report.pages[page] = {
      measured: true,
      first_preview_ms: round1(median(preview)),
      first_preview_range_ms: [round1(Math.min(...preview)), round1(Math.max(...preview))],
      frame_loaded_ms: frame.length ? round1(median(frame)) : null,
      dom_content_loaded_ms: round1(median(dom)),
      wasm_received_ms: wasm.length ? round1(median(wasm)) : null,
      transferred_kib: round1(median(transferred) / 1024),
    };
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(JSON.stringify(report));
