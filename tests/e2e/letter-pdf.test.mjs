// Letters where users see them: printed to PDF by headless Chromium, then read back with
// poppler's `pdftotext -bbox-layout`. The recipient must sit inside the envelope window
// (DIN 5008 left, French right), and a batch of N letters must start N distinct pages.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { launch, screenshotDir } from "./browser.mjs";

const DUNNING = resolve(process.env.DUNNING_BIN ?? "target/debug/dunning");
const PORTFOLIO = JSON.parse(readFileSync("examples/portfolio.json", "utf8"));
const OUT = resolve("test-results/letters");
const MM = 72 / 25.4; // PDF points per millimetre

let browser;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Writes the sample portfolio with `edit` applied; returns its path. */
function portfolioWith(edit) {
  const copy = structuredClone(PORTFOLIO);
  edit(copy);
  const path = join(mkdtempSync(join(tmpdir(), "dunning-")), "portfolio.json");
  writeFileSync(path, JSON.stringify(copy));
  return path;
}

function dunning(...args) {
  return execFileSync(DUNNING, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function unescapeXml(text) {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[name]);
}

/** Prints `html` to PDF and returns the words with their boxes, per page. */
async function printed(html, name) {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: "load" });
  const pdf = join(OUT, `${name}.pdf`);
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  await page.setViewportSize({ width: 900, height: 1300 });
  const shot = join(screenshotDir(), `${name}.png`);
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`pdf: ${pdf}\nscreenshot: ${shot}`);
  await page.close();
  const layout = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8" });
  const pages = [];
  for (const [, body] of layout.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)) {
    const words = [...body.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map(([, x0, y0, x1, y1, text]) => ({ x0: +x0, y0: +y0, x1: +x1, y1: +y1, text: unescapeXml(text) }));
    pages.push(words);
  }
  return pages;
}

for (const [side, window] of [
  ["left", { left: 20, top: 45, width: 85, height: 45 }],
  ["right", { left: 110, top: 55, width: 85, height: 33 }],
]) {
  test(`the recipient's address lies inside the ${side} window`, async () => {
    const data = portfolioWith((p) => (p.company.letter = { window: side, paper: "A4" }));
    const html = dunning("render", "examples/templates/reference-letter.md", "--data", data, "--customer", "C002",
      "--date", "2026-11-22", "--channel", "letter", "--context", "specific");
    const pages = await printed(html, `letter-${side}`);
    const box = {
      x0: window.left * MM, y0: window.top * MM,
      x1: (window.left + window.width) * MM, y1: (window.top + window.height) * MM,
    };
    const recipient = ["Müller", "Söhne", "GmbH", "Frau", "Anna", "Industriestraße", "70565", "Stuttgart", "Deutschland"];
    for (const text of recipient) {
      // The first occurrence on page 1 is the address block (the body comes later).
      const word = pages[0].find((w) => w.text === text);
      assert.ok(word, `"${text}" printed on page 1`);
      const inside = word.x0 >= box.x0 && word.x1 <= box.x1 && word.y0 >= box.y0 && word.y1 <= box.y1;
      assert.ok(inside, `"${text}" at (${word.x0}, ${word.y0})–(${word.x1}, ${word.y1}) pt is outside the window ${JSON.stringify(box)}`);
    }
    // And nothing of the body strays into the window.
    const intruders = pages[0].filter((w) => w.x0 < box.x1 && w.x1 > box.x0 && w.y0 < box.y1 && w.y1 > box.y0)
      .filter((w) => !recipient.includes(w.text) && !/^(Acme|Industries|SAS|·|12|rue|de|la|Paix|75002|Paris|&)$/.test(w.text));
    assert.deepEqual(intruders.map((w) => w.text), []);
  });
}

test("a batch of N letters starts N distinct pages", async () => {
  const customers = ["C001", "C002", "C003"];
  const actions = customers.flatMap((c) => ["--action", `${c}:lr`]);
  const html = dunning("letters", "--data", "examples/portfolio.json", "--date", "2026-11-22", ...actions);
  const pages = await printed(html, "batch");
  const names = { C001: "Dupont", C002: "Müller", C003: "Brighton" };
  const starts = customers.map((c) => pages.findIndex((words) => words.some((w) => w.text === names[c])));
  assert.ok(starts.every((page) => page >= 0), `every letter printed: ${starts}`);
  assert.equal(new Set(starts).size, customers.length, `distinct start pages: ${starts}`);
  assert.deepEqual([...starts].sort((a, b) => a - b), starts, "in the order given");
  assert.ok(pages.length >= customers.length);
});
