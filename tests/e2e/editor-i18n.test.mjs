// The demo editor in its 15 languages: the word tables of www/editor/words/ are complete and
// consistent (a plain Node check), and in headless Chromium switching the editor's language
// shows that language's words in labels, buttons, diagnostics and completion at once, throws
// nothing, and is kept across a reload.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { serve } from "./serve.mjs";
import { launch, screenshotDir } from "./browser.mjs";
import { CHANNELS, CONTEXTS, FORMATS, LOCALES } from "../../www/editor/vocabulary.js";

const WORDS_DIR = "www/editor/words";
const TAGS = LOCALES.map(([tag]) => tag);
const words = Object.fromEntries(TAGS.map((tag) => [tag, JSON.parse(readFileSync(join(WORDS_DIR, `${tag}.json`), "utf8"))]));
const en = words.en;

/** The placeholders of a text, sorted (`{count} of {total}` → ["count", "total"]). */
const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/** A union of string literals in src/wasm/vocabularies.d.ts (`DiagnosticCode`, `ErrorCode`). */
function union(name) {
  const text = readFileSync("src/wasm/vocabularies.d.ts", "utf8");
  const body = text.match(new RegExp(`export type ${name} = ([^;]+);`))[1];
  return [...body.matchAll(/"([^"]+)"/g)].map((match) => match[1]);
}

test("every language has a word table with exactly the English keys, placeholders and its plural forms", () => {
  assert.deepEqual(
    readdirSync(WORDS_DIR).filter((file) => file.endsWith(".json")).map((file) => file.slice(0, -5)).sort(),
    [...TAGS].sort(),
    "one file per locale of LOCALES, no other",
  );
  for (const tag of TAGS) {
    const table = words[tag];
    assert.deepEqual(Object.keys(table).filter((key) => !(key in en)), [], `${tag}: keys English does not have`);
    assert.deepEqual(Object.keys(en).filter((key) => !(key in table)), [], `${tag}: keys missing`);
    const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories.sort();
    for (const [key, english] of Object.entries(en)) {
      const entry = table[key];
      assert.equal(typeof entry, typeof english, `${tag} ${key}: a plural entry in one language is a plural entry in all`);
      const expected = placeholders(typeof english === "string" ? english : english.other);
      const forms = typeof entry === "string" ? { text: entry } : entry;
      if (typeof entry === "object") {
        assert.deepEqual(Object.keys(entry).sort(), categories, `${tag} ${key}: the language's plural forms`);
      }
      for (const [form, text] of Object.entries(forms)) {
        assert.equal(typeof text, "string", `${tag} ${key} ${form}`);
        assert.ok(text.trim().length > 0, `${tag} ${key} ${form}: empty`);
        assert.deepEqual(placeholders(text), expected, `${tag} ${key} ${form}: placeholders ${text}`);
      }
    }
  }
});

test("the word tables name every channel, format, context, diagnostic code and error code", () => {
  for (const [prefix, table] of [["channel", CHANNELS], ["format", FORMATS], ["context", CONTEXTS]]) {
    for (const [name, title] of table) {
      assert.equal(en[`${prefix}.${name}`], title, `English ${prefix}.${name} is the engine's title`);
    }
  }
  for (const code of union("DiagnosticCode")) assert.ok(`diagnostic.${code}` in en, `a sentence for diagnostic ${code}`);
  for (const code of union("ErrorCode")) assert.ok(`error.${code}` in en, `a sentence for error ${code}`);
});

// ---- In Chromium -------------------------------------------------------------------------

let server;
let browser;

before(async () => {
  server = await serve("www");
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openEditor(locale = "en-GB") {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error));
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]");
  return { page, errors, context };
}

async function setTemplate(page, text) {
  await page.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  if (text) await page.keyboard.insertText(text);
}

/** Switches the editor's language and waits until its words are on the page. */
async function switchTo(page, tag) {
  await page.selectOption("#ui-locale", tag);
  await page.waitForSelector(`html[lang="${tag}"]`);
}

/** Every `data-t…` text, title, aria-label and placeholder of the page, as [key, shown]. */
function staticWords(page) {
  return page.evaluate(() => {
    const found = [];
    for (const node of document.querySelectorAll("[data-t]")) found.push([node.dataset.t, node.textContent]);
    for (const [data, attribute] of [["tTitle", "title"], ["tAriaLabel", "aria-label"], ["tPlaceholder", "placeholder"]]) {
      const selector = `[data-${data.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}]`;
      for (const node of document.querySelectorAll(selector)) {
        // The toolbar's titles say why formatting is off when it is: not a static text then.
        if (attribute === "title" && node.disabled) continue;
        found.push([node.dataset[data], node.getAttribute(attribute)]);
      }
    }
    return found;
  });
}

/** Real words of each language the test reads, written here rather than read from the tables. */
const EXPECTED = {
  fr: { duplicate: "Dupliquer", channel: "Canal", letter: "Lettre", unknown: /^Hashtag inconnu\s: #custmer_name\. Vouliez-vous dire #customer_name\s\?/, status: "1 erreur", completion: /pièces/, type: "tableau" },
  de: { duplicate: "Duplizieren", channel: "Kanal", letter: "Brief", unknown: /^Unbekannter Hashtag #custmer_name\. Meinten Sie #customer_name\?/, status: "1 Fehler", completion: /offenen Posten/, type: "Tabelle" },
  ja: { duplicate: "複製", channel: "チャネル", letter: "郵便", unknown: /^不明なハッシュタグ #custmer_name です。#customer_name のことですか？/, status: "エラー1件", completion: /明細/, type: "表" },
  pl: { duplicate: "Powiel", channel: "Kanał", letter: "List", unknown: /^Nieznany hashtag #custmer_name\. Czy chodziło o #customer_name\?/, status: "1 błąd", completion: /pozycje/, type: "tabela" },
  "pt-BR": { duplicate: "Duplicar", channel: "Canal", letter: "Carta", unknown: /^Hashtag desconhecida: #custmer_name\. Você quis dizer #customer_name\?/, status: "1 erro", completion: /títulos/, type: "tabela" },
};

for (const [tag, expected] of Object.entries(EXPECTED)) {
  test(`the editor in ${tag}: labels, a diagnostic and a completion in ${tag}, kept after a reload`, async () => {
    const { page, errors, context } = await openEditor();
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    await switchTo(page, tag);
    const table = words[tag];

    // Labels and buttons: the real words, and every static text from the table.
    assert.equal(await page.locator("#draft-duplicate").textContent(), expected.duplicate);
    assert.equal(await page.locator('[data-t="settings.channel"]').textContent(), expected.channel);
    assert.equal(await page.locator('#channel option[value="letter"]').textContent(), expected.letter);
    for (const [key, shown] of await staticWords(page)) assert.equal(shown, table[key], `${key} in ${tag}`);
    assert.equal(await page.title(), table["page.title"]);

    // A diagnostic: the sentence of its code in the language, the engine's English as tooltip.
    await page.locator("#new-menu summary").click();
    const blank = page.locator('#new-list [data-ready="0"]');
    assert.equal(await blank.textContent(), table["drafts.blank"]);
    await blank.click();
    assert.equal(await page.locator("#draft-name").inputValue(), table["drafts.untitled"]);
    await setTemplate(page, "");
    assert.equal(await page.locator(".cm-placeholder").textContent(), table["editor.placeholder"]);
    await page.keyboard.insertText("Dear #custmer_name,"); // one input: no half-typed name checked
    const listed = page.locator('#diagnostics li[data-code="unknown-hashtag"]');
    await listed.waitFor();
    const message = listed.locator(".message");
    assert.match(await message.textContent(), expected.unknown);
    assert.match(await message.getAttribute("title"), /unknown hashtag #custmer_name; did you mean #customer_name\?/);
    assert.equal(await listed.locator(".fix").textContent(), table["problems.fix"].replace("{suggestion}", "customer_name"));
    assert.equal(await page.locator("#status").textContent(), expected.status);

    // A completion: the engine's description and the editor's words, in the language.
    await setTemplate(page, "");
    await page.keyboard.type("#items_list_ov");
    const info = page.locator(".cm-completionInfo");
    await info.waitFor();
    assert.match(await info.locator("p").first().textContent(), expected.completion);
    assert.match(await info.locator(".hashtag-facts").textContent(), new RegExp(`^${expected.type} · `));
    const sections = await page.locator(".cm-tooltip-autocomplete completion-section").allTextContents();
    assert.equal(sections[0], table["completion.usable"]);
    await page.keyboard.press("Escape");

    // No key shown as such anywhere on the page.
    const text = await page.evaluate(() => document.body.innerText);
    for (const key of Object.keys(en)) assert.ok(!text.includes(key), `"${key}" shown as a key`);

    if (tag === "fr" || tag === "ja") {
      await setTemplate(page, "Dear #custmer_name, you owe #items_amount_overdue.\n\n#items_list_overdue\n");
      await listed.waitFor();
      await page.locator("#reach .reach-head").waitFor();
      const path = join(screenshotDir(), `editor-i18n-${tag}.png`);
      await page.screenshot({ path });
      copyFileSync(path, `/tmp/editor-${tag}.png`);
      console.log(`screenshot: ${path}`);
    }

    // The choice is kept.
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    assert.equal(await page.locator("#ui-locale").inputValue(), tag);
    assert.equal(await page.locator("html").getAttribute("lang"), tag);
    assert.equal(await page.locator("#draft-duplicate").textContent(), expected.duplicate);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("switching through all 15 languages throws nothing; each shows its own words and its own diagnostics", async () => {
  const { page, errors, context } = await openEditor();
  await page.locator("#new-menu summary").click();
  await page.locator('#new-list [data-ready="0"]').click();
  await setTemplate(page, "#custmer_name\n\nTotal: #items_amount_overdue #items_list");
  await page.locator('#diagnostics li[data-code="unknown-hashtag"]').waitFor();
  const englishMessage = await page.locator('#diagnostics li[data-code="unknown-hashtag"] .message').textContent();
  assert.match(englishMessage, /^unknown hashtag #custmer_name; did you mean #customer_name\?$/, "English shows the engine's message");
  for (const tag of TAGS) {
    await switchTo(page, tag);
    const table = words[tag];
    for (const [key, shown] of await staticWords(page)) assert.equal(shown, table[key], `${key} in ${tag}`);
    const message = page.locator('#diagnostics li[data-code="unknown-hashtag"] .message');
    const sentence = tag === "en" ? englishMessage : table["diagnostic.unknown-hashtag.suggestion"].replace("{hashtag}", "custmer_name").replace("{suggestion}", "customer_name");
    assert.equal(await message.textContent(), sentence, `the diagnostic in ${tag}`);
    const blockInline = page.locator('#diagnostics li[data-code="block-inline"] .message');
    if (tag !== "en") assert.equal(await blockInline.textContent(), table["diagnostic.block-inline"].replace("{hashtag}", "items_list"));
    const status = await page.locator("#status").textContent();
    assert.equal(status, table["problems.both"].replace("{errors}", pick(tag, "problems.errors", 1)).replace("{warnings}", pick(tag, "problems.warnings", 1)));
  }
  // Quick successive choices: the last one wins.
  await page.selectOption("#ui-locale", "sv");
  await page.selectOption("#ui-locale", "tr");
  await page.waitForSelector('html[lang="tr"]');
  assert.equal(await page.locator("#draft-duplicate").textContent(), words.tr["drafts.duplicate"]);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The plural entry `key` of language `tag` for `count`. */
function pick(tag, key, count) {
  const entry = words[tag][key];
  return (entry[new Intl.PluralRules(tag).select(count)] ?? entry.other).replace("{count}", String(count));
}
