// Letters where users see them: printed to PDF by headless Chromium, then read back with
// poppler's `pdftotext -bbox-layout`. The recipient must sit inside the envelope window
// (DIN 5008 left, French right), and a batch of N letters must start N distinct pages.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
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

/**
 * Prints `html` to PDF and returns the words with their boxes, per page. With `frame`, the
 * document is shown as the preview and the agenda show it, in `dunning-frame.html`, which lays
 * out its sheets (`duplex` as given) and says each letter's count: `pages.sheets`.
 */
async function printed(html, name, frame) {
  const page = await browser.newPage();
  let sheets;
  if (frame) {
    // The frame's document at the top: its script takes the page posted by its parent, itself.
    await page.goto(pathToFileURL(resolve("www/shell/dunning-frame.html")).href);
    sheets = await page.evaluate(([html, duplex]) => new Promise((done) => {
      addEventListener("message", (event) => event.data.shown === 1 && done(event.data.sheets));
      postMessage({ page: html, seq: 1, duplex }, "*");
    }), [html, frame.duplex === true]);
  } else {
    await page.setContent(html, { waitUntil: "load" });
  }
  const pdf = join(OUT, `${name}.pdf`);
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  await page.setViewportSize({ width: 900, height: 1300 });
  const shot = join(screenshotDir(), `${name}.png`);
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`pdf: ${pdf}\nscreenshot: ${shot}`);
  await page.close();
  const layout = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 256 << 20 });
  const pages = [];
  for (const [, body] of layout.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)) {
    const words = [...body.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map(([, x0, y0, x1, y1, text]) => ({ x0: +x0, y0: +y0, x1: +x1, y1: +y1, text: unescapeXml(text) }));
    pages.push(words);
  }
  pages.sheets = sheets;
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
  // The logo is in the document once (its style sheet) and prints on every letter.
  assert.equal(html.split("data:image/png;base64,").length - 1, 1, "one copy of the logo's data");
  const images = execFileSync("pdfimages", ["-list", join(OUT, "batch.pdf")], { encoding: "utf8" }).split("\n").slice(2)
    .filter((line) => /^\s*\d+\s+\d+\s+image\b/.test(line)).map((line) => Number(line.trim().split(/\s+/)[0]));
  for (const start of starts) assert.ok(images.includes(start + 1), `the logo prints on page ${start + 1} (images on pages ${images})`);
});

// ---- Letters as the credit manager prints them (issue 15) --------------------------------------

const SAMPLE = "www/sample-portfolio.json";
const SAMPLE_DATE = "2026-11-23";

/** Words of `words` that form `phrase` (split on spaces), as the first word of each match. */
function occurrences(words, phrase) {
  const parts = phrase.split(" ");
  return words.filter((_, at) => parts.every((part, k) => words[at + k]?.text === part)).map((w, _, all) => w);
}

/** The page's footer words: below the page's body, in the bottom margin. */
function footer(words, paperHeightMm) {
  return words.filter((w) => w.y0 > (paperHeightMm - 14) * MM);
}

/**
 * Checks a printed batch: per letter (customer `code`, collector's `signer`), its pages carry
 * its own page numbers from 1, the signer's name prints once, and the page holding the
 * signature also holds the body's last lines. Returns each letter's page count.
 */
function checkLetters(pages, letters, paperHeightMm) {
  const counts = [];
  for (const { code, signer } of letters) {
    const own = pages.filter((words) => footer(words, paperHeightMm).some((w) => w.text === code));
    assert.ok(own.length >= 1, `${code}: printed`);
    own.forEach((words, index) => {
      const numbers = footer(words, paperHeightMm).map((w) => w.text).filter((t) => /^\d+$/.test(t) && t !== code);
      assert.ok(numbers.includes(String(index + 1)), `${code}: its page ${index + 1} is numbered so (${numbers})`);
    });
    const signatures = own.flatMap((words) => occurrences(words, signer).map((w) => ({ words, w })));
    assert.equal(signatures.length, 1, `${code}: ${signer} signs once (${signatures.length})`);
    const { words, w } = signatures[0];
    const above = words.filter((x) => x.y1 <= w.y0 && x.y0 > 15 * MM);
    assert.ok(above.length >= 12, `${code}: the signature's page holds the body's last lines, not the signature alone (${above.length} words above it)`);
    counts.push(own.length);
  }
  return counts;
}

test("every letter of the demo's agenda prints on one sheet, signed once, numbered per letter, with the company's own legal mentions", async () => {
  const portfolio = JSON.parse(readFileSync(SAMPLE, "utf8"));
  const agenda = JSON.parse(dunning("agenda", "--data", SAMPLE, "--date", SAMPLE_DATE));
  const rows = agenda.actions.filter((a) => a.channel.includes("letter") && a.state !== "error");
  assert.ok(rows.length >= 20, `the demo has letters to print (${rows.length})`);
  const customers = new Map(portfolio.customers.map((c) => [c.id, c]));
  const users = new Map(portfolio.users.map((u) => [u.id, u]));
  const html = dunning("letters", "--data", SAMPLE, "--date", SAMPLE_DATE, ...rows.flatMap((a) => ["--action", `${a.customer}:${a.action}`]));
  const pages = await printed(html, "demo-agenda-letters");
  execFileSync("pdftoppm", ["-r", "50", "-png", join(OUT, "demo-agenda-letters.pdf"), join(OUT, "demo-agenda-letters")]);
  console.log(`pages as PNG: ${join(OUT, "demo-agenda-letters-*.png")}`);

  const letters = rows.map((a) => ({ code: customers.get(a.customer).code, signer: users.get(customers.get(a.customer).collector).name }));
  const counts = checkLetters(pages, letters, 297);
  assert.deepEqual(counts, rows.map(() => 1), "each letter on one sheet");
  assert.equal(pages.length, rows.length, "pages = letters");

  // The recipient, name to last address line (the country abroad), inside the (right) window
  // on each letter's first page, whatever its number of lines.
  const box = { x0: 110 * MM, y0: 55 * MM, x1: 195 * MM, y1: 88 * MM };
  const inside = (w) => w.x0 >= box.x0 && w.x1 <= box.x1 && w.y0 >= box.y0 && w.y1 <= box.y1;
  for (const [index, row] of rows.entries()) {
    const customer = customers.get(row.customer);
    const contact = customer.contacts?.find((c) => c.address?.length) ?? null;
    const address = (contact?.address ?? customer.address ?? []).filter((line) => line.trim());
    for (const line of [customer.name, address.at(-1)]) {
      const words = pages[index].filter(inside);
      assert.ok(occurrences(words, line.trim().replace(/\s+/g, " ")).length === 1, `${row.customer}: "${line}" in the window`);
    }
  }
  // A Brazilian customer reads the French company's own register, not a "CNPJ".
  const brazilian = rows.findIndex((a) => customers.get(a.customer).locale === "pt-BR");
  assert.ok(brazilian >= 0, "a pt-BR letter is in the batch");
  const legal = footer(pages[brazilian], 297).map((w) => w.text).join(" ");
  assert.match(legal, /RCS Lyon 852 741 963/);
  assert.doesNotMatch(legal, /CNPJ/);
});

test("each ready letter template fits one sheet with 10 open items, or runs on without leaving the signature alone", async () => {
  const ready = JSON.parse(readFileSync("examples/templates/ready.json", "utf8")).filter((t) => t.channel.includes("letter"));
  assert.ok(ready.length >= 2);
  const signer = PORTFOLIO.users.find((u) => u.id === PORTFOLIO.customers.find((c) => c.id === "C002").collector).name;
  for (const [side, paper, height] of [["left", "A4", 297], ["right", "A4", 297], ["left", "Letter", 279.4], ["right", "Letter", 279.4]]) {
    const data = portfolioWith((p) => {
      p.company.letter = { window: side, paper };
      p.items = p.items.filter((i) => i.customer !== "C002");
      for (let n = 0; n < 10; n++) {
        const amount = (1234.5 + n * 111).toFixed(2);
        p.items.push({ id: `t${n}`, customer: "C002", kind: "invoice", reference: `RE-2026-${String(1000 + n).padStart(6, "0")}`,
          issue_date: "2026-07-01", due_date: `2026-${String(8 + (n % 3)).padStart(2, "0")}-${10 + n}`, amount, outstanding: amount, currency: "EUR", status: null });
      }
    });
    for (const template of ready) {
      const name = `ready-${template.file.replace(/\.\w+$/, "")}-${side}-${paper}`;
      const html = dunning("render", `examples/templates/${template.file}`, "--data", data, "--customer", "C002", "--date", "2026-11-22",
        "--channel", template.channel, "--context", template.context, "--subject", template.subject);
      const pages = await printed(html, name);
      const [count] = checkLetters(pages, [{ code: "411MUL", signer }], height);
      console.log(`${name}: ${count} page(s)`);
      if (template.file === "standard-letter.md") assert.equal(count, 1, `${name}: a reminder with 10 items fits one sheet`);
    }
  }
});

// ---- Sheets laid out by the frame, as the preview and the agenda print them (issue 15) ---------

/** The examples' portfolio with `count` open invoices for C002, on `paper` and `side`. */
function withItems(count, { paper = "A4", side = "left", body } = {}) {
  return portfolioWith((p) => {
    p.company.letter = { window: side, paper };
    p.items = p.items.filter((i) => i.customer !== "C002");
    for (let n = 0; n < count; n++) {
      const amount = (1234.5 + n * 111).toFixed(2);
      p.items.push({ id: `t${n}`, customer: "C002", kind: "invoice", reference: `RE-2026-${String(1000 + n).padStart(6, "0")}`,
        issue_date: "2026-07-01", due_date: `2026-${String(8 + (n % 3)).padStart(2, "0")}-${10 + (n % 18)}`, amount, outstanding: amount,
        currency: "EUR", status: null });
    }
    if (body) p.scenarios[0].actions.find((a) => a.id === "lr").body = body;
  });
}

/** The words at the top of a sheet, above its body: a continuation sheet's header. */
const headerOf = (words) => words.filter((w) => w.y1 < 27 * MM).map((w) => w.text).join(" ");

test("a letter's sheets are where the printer breaks: the frame's count is the PDF's, each continuation sheet has its header and the table's", async () => {
  const signer = PORTFOLIO.users.find((u) => u.id === PORTFOLIO.customers.find((c) => c.id === "C002").collector).name;
  const cases = [
    ...[10, 14, 18, 22, 26, 34, 48, 80].flatMap((items) => ["standard-letter", "formal-notice"].map((template) => ({ items, template }))),
    { items: 30, template: "standard-letter", paper: "Letter", side: "right", height: 279.4 },
    { items: 50, template: "formal-notice", paper: "Letter", side: "right", height: 279.4 },
  ];
  const counts = new Set();
  for (const { items, template, paper = "A4", side = "left", height = 297 } of cases) {
    const name = `sheets-${template}-${items}-${paper}`;
    const html = dunning("render", `examples/templates/${template}.md`, "--data", withItems(items, { paper, side }), "--customer", "C002",
      "--date", "2026-11-22", "--channel", "letter", "--context", "specific", "--subject", "Zahlungserinnerung");
    const pages = await printed(html, name, { duplex: false });
    assert.deepEqual(pages.sheets, [pages.length], `${name}: the frame said ${pages.sheets} sheet(s), the printer made ${pages.length}`);
    counts.add(pages.length);
    checkLetters(pages, [{ code: "411MUL", signer }], height);
    pages.slice(1).forEach((words, at) => {
      const header = headerOf(words);
      assert.match(header, /^Acme Industries SAS · Müller & Söhne GmbH \(411MUL\)/, `${name}: sheet ${at + 2}'s header names who and whom`);
      assert.match(header, new RegExp(`Seite ${at + 2} von ${pages.length}$`), `${name}: sheet ${at + 2} says its number in the letter's language`);
      // A sheet that goes on with the items table repeats its header row.
      if (words.findIndex((w) => /^RE-2026-/.test(w.text)) >= 0) {
        const first = words.find((w) => /^RE-2026-/.test(w.text));
        assert.ok(words.some((w) => w.text === "Belegnummer" && w.y1 <= first.y0), `${name}: sheet ${at + 2} repeats the table's header`);
      }
    });
    if (pages.length === 1) assert.equal(headerOf(pages[0]).includes("Seite"), false, `${name}: a one-sheet letter has no continuation header`);
  }
  assert.ok(counts.has(1) && counts.has(2) && counts.has(3), `one, two and three sheets were laid out (${[...counts]})`);
  execFileSync("pdftoppm", ["-r", "50", "-png", join(OUT, "sheets-formal-notice-80-A4.pdf"), join(OUT, "sheets-formal-notice-80")]);
  console.log(`a three-sheet letter as PNG: ${join(OUT, "sheets-formal-notice-80-*.png")}`);
});

test("a batch printed for duplex gives every letter its own sheets: a blank back after a letter of odd count, each letter starting on a front", async () => {
  const body = readFileSync("examples/templates/formal-notice.md", "utf8");
  const data = withItems(45, { body });
  const html = dunning("letters", "--data", data, "--date", "2026-11-22", ...["C001", "C002", "C003"].flatMap((c) => ["--action", `${c}:lr`]));
  const simplex = await printed(html, "batch-simplex", { duplex: false });
  const pages = await printed(html, "batch-duplex", { duplex: true });
  assert.deepEqual(pages.sheets, simplex.sheets);
  assert.equal(simplex.length, simplex.sheets.reduce((sum, n) => sum + n, 0), "simplex: pages = the letters' sheets");
  const blanks = pages.sheets.slice(0, -1).filter((n) => n % 2).length;
  assert.ok(blanks >= 1 && pages.sheets.some((n) => n % 2 === 0), `odd and even letters in the batch (${pages.sheets})`);
  assert.equal(pages.length, simplex.length + blanks, "duplex: one blank back per odd letter but the last");
  // Each letter starts on a front (an odd page), and the backs left blank carry nothing.
  let at = 0;
  for (const [index, count] of pages.sheets.entries()) {
    assert.equal(at % 2, 0, `letter ${index + 1} starts on a front (page ${at + 1})`);
    at += count;
    if (count % 2 && index < pages.sheets.length - 1) {
      assert.deepEqual(pages[at].map((w) => w.text), [], `page ${at + 1}, the back of letter ${index + 1}, is blank`);
      at += 1;
    }
  }
  assert.equal(at, pages.length);
  const codes = ["411DUP", "411MUL", "411BRI"];
  const signers = codes.map((_, i) => PORTFOLIO.users.find((u) => u.id === PORTFOLIO.customers[i].collector).name);
  assert.deepEqual(checkLetters(pages, codes.map((code, i) => ({ code, signer: signers[i] })), 297), pages.sheets, "page numbers per letter");
  execFileSync("pdftoppm", ["-r", "40", "-png", join(OUT, "batch-duplex.pdf"), join(OUT, "batch-duplex")]);
  console.log(`the duplex batch as PNG: ${join(OUT, "batch-duplex-*.png")}`);
});
