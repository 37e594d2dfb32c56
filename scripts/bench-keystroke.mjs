// P7 (quality.md): keystroke to updated preview painted, in the demo editor in Chromium, for a
// letter, an e-mail and an SMS. For each key typed at the end of the reference letter (one at a
// time): from the `keydown` event's timestamp (a capture listener on the page) to the first
// animation frame after the preview's frame says it shows the page that key caused (its
// `data-shown` answers the `data-sent` number the element posted after the key).
//
// node scripts/bench-keystroke.mjs [KEYS]  → JSON on stdout: per channel, p50/p95/max in ms.
import { readFileSync } from "node:fs";
import { serve } from "../tests/e2e/serve.mjs";
import { launch } from "../tests/e2e/browser.mjs";

const KEYS = Number(process.argv[2] ?? 60);
const LETTER = readFileSync("examples/templates/reference-letter.md", "utf8");
const SMS = readFileSync("examples/templates/reminder-sms.txt", "utf8");
const CHANNELS = [
  ["letter", "markdown", LETTER],
  ["email", "markdown", LETTER],
  ["sms", "text", SMS],
];

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const [low, high] = [Math.floor(at), Math.ceil(at)];
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
};

const server = await serve("www");
const browser = await launch();
const results = {};
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]");
  await page.evaluate(() => {
    window.__keys = [];
    addEventListener("keydown", (event) => window.__keys.push(event.timeStamp), true);
  });
  for (const [channel, format, template] of CHANNELS) {
    await page.selectOption("#format", format);
    await page.selectOption("#channel", channel);
    await page.locator(".cm-content").click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText(template);
    await page.keyboard.press("ControlOrMeta+End");
    await page.waitForTimeout(500);
    const times = [];
    for (let key = 0; key < KEYS; key++) {
      const before = await page.evaluate(() => {
        const frame = document.getElementById("preview").shadowRoot.querySelector("iframe");
        return Number(frame.dataset.sent ?? 0);
      });
      // Every key changes what the page shows (a trailing space would not: Markdown drops
      // it, no new page is posted, and nothing is there to time).
      await page.keyboard.press(key % 8 === 7 ? "Comma" : "x");
      const elapsed = await page.evaluate(async (before) => {
        const frame = document.getElementById("preview").shadowRoot.querySelector("iframe");
        const pressed = window.__keys.at(-1);
        const shown = () => Number(frame.dataset.sent) > before && frame.dataset.shown === frame.dataset.sent;
        for (let spins = 0; !shown(); spins++) {
          if (spins > 2000) throw new Error("the preview did not show the key's page within 2 s");
          await new Promise((done) => setTimeout(done, 1));
        }
        await new Promise(requestAnimationFrame);
        return performance.now() - pressed;
      }, before);
      times.push(elapsed);
    }
    results[channel] = {
      keys: KEYS,
      p50_ms: Number(quantile(times, 0.5).toFixed(1)),
      p95_ms: Number(quantile(times, 0.95).toFixed(1)),
      max_ms: Number(Math.max(...times).toFixed(1)),
    };
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
console.log(JSON.stringify(results, null, 2));
