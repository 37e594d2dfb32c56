// The editor's own words in its 15 languages: one table per language in ./words/ (JSON, the
// same keys in every file, `{name}` placeholders, plural forms by CLDR category), English
// bundled, the others loaded when chosen. Every string the page shows goes through `t`; the
// static page's text through `applyWords` (its `data-t…` attributes). The hashtags'
// descriptions are the engine's (catalogue(locale)); the diagnostics' English is the engine's.
import en from "./words/en.json";
import { LOCALES } from "./vocabulary.js";

const TAGS = new Set(LOCALES.map(([tag]) => tag));
const tables = new Map([["en", en]]);
let current = "en";
let table = en;
let plurals = new Intl.PluralRules("en");
let wanted = null;

/** The language the page is shown in now. */
export function language() {
  return current;
}

/** The table of `locale`, loaded once (each language is a chunk of its own). */
export async function load(locale) {
  if (!TAGS.has(locale)) throw new Error(`no editor words for "${locale}"`);
  if (!tables.has(locale)) {
    // esbuild makes one chunk per file of ./words/ from this pattern.
    const module = await import(`./words/${locale}.json`);
    tables.set(locale, module.default);
  }
  return tables.get(locale);
}

/**
 * Shows the page in `locale`: the table loaded, `<html lang>` and the static text set. Resolves
 * to false when a later call overtook this one (the last choice wins); rejects when the table
 * cannot be loaded, and the page stays in its language.
 */
export async function useLanguage(locale) {
  wanted = locale;
  const words = await load(locale);
  if (wanted !== locale) return false;
  current = locale;
  table = words;
  plurals = new Intl.PluralRules(locale);
  document.documentElement.lang = locale;
  applyWords(document);
  return true;
}

/** Whether the tables have words for `key` (a name the engine may add before the tables do). */
export function has(key) {
  return key in en;
}

/**
 * The words of `key` in the page's language, placeholders filled from `args`; a plural entry
 * (`{one, other…}`) picks its form by `args.count`.
 */
export function t(key, args = {}) {
  let entry = table[key] ?? en[key];
  if (entry === undefined) return key;
  if (typeof entry === "object") entry = entry[plurals.select(Number(args.count))] ?? entry.other;
  return fill(entry, args);
}

function fill(text, args) {
  return text.replace(/\{(\w+)\}/g, (whole, name) => (args[name] === undefined ? whole : String(args[name])));
}

/** The placeholders a text uses (`{hashtag}` → "hashtag"). */
function placeholders(text) {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
}

const ATTRIBUTES = [
  ["tTitle", "title"],
  ["tAriaLabel", "aria-label"],
  ["tPlaceholder", "placeholder"],
];

/** Sets the text (`data-t`), title, aria-label and placeholder (`data-t-title`…) of `root`'s elements. */
export function applyWords(root) {
  for (const node of root.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
  for (const [data, attribute] of ATTRIBUTES) {
    const selector = `[data-${data.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}]`;
    for (const node of root.querySelectorAll(selector)) node.setAttribute(attribute, t(node.dataset[data]));
  }
}

/** `[value, label]` pairs for a select, the labels from `prefix.value`. */
export function options(prefix, names) {
  return names.map(([value]) => [value, t(`${prefix}.${value}`)]);
}

/**
 * A diagnostic's message in the page's language: the engine's own in English (detailed), else
 * the sentence of its code (with its suggestion when it has one), or the engine's if the
 * sentence needs a value the diagnostic lacks. `english` says whether it is the engine's.
 */
export function diagnosticMessage(diagnostic) {
  const engine = { text: diagnostic.message, english: true };
  if (current === "en") return engine;
  const key = `diagnostic.${diagnostic.code}`;
  const withSuggestion = `${key}.suggestion`;
  const chosen = diagnostic.suggestion && table[withSuggestion] !== undefined ? withSuggestion : key;
  const sentence = table[chosen];
  if (typeof sentence !== "string") return engine;
  const args = { hashtag: diagnostic.hashtag, suggestion: diagnostic.suggestion };
  if (placeholders(sentence).some((name) => args[name] === undefined)) return engine;
  return { text: fill(sentence, args), english: false };
}

/**
 * What to say of an error the engine threw (a JS `Error` with a `code`): its message in
 * English, else the sentence of its code; `detail` is the engine's message, for a tooltip.
 */
export function errorMessage(error) {
  if (current === "en" || !error?.code) return { text: error?.message ?? String(error), detail: "" };
  const key = table[`error.${error.code}`] === undefined ? "error.internal" : `error.${error.code}`;
  return { text: t(key), detail: error.message };
}
