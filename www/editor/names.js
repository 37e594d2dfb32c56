// The words the page shows for the engine's names (channels, formats, locales). The tables are
// generated from the engine's (vocabulary.js, `make vocabularies`); this file adds the lookups.

export { CHANNELS, CONTEXTS, FORMATS, LETTERS, LOCALES, PLAIN_CHANNELS, WITH_SUBJECT } from "./vocabulary.js";
import { LOCALES } from "./vocabulary.js";

export function label(table, value) {
  return table.find(([name]) => name === value)?.[1] ?? value;
}

/**
 * The first of the browser's languages that is one of the 15 (exactly, else by language:
 * `fr-CA` → `fr`, `pt` → `pt-PT`, `zh-Hans` → `zh-CN`), else English.
 */
export function negotiateLocale(languages) {
  const tags = LOCALES.map(([tag]) => tag);
  const byLanguage = { pt: "pt-PT", zh: "zh-CN" };
  for (const language of languages ?? []) {
    const exact = tags.find((tag) => tag.toLowerCase() === language.toLowerCase());
    if (exact) return exact;
    const [primary, script] = language.toLowerCase().split("-");
    if (primary === "zh" && script !== undefined && !["hans", "cn", "sg"].includes(script)) continue;
    const match = byLanguage[primary] ?? tags.find((tag) => tag === primary);
    if (match) return match;
  }
  return "en";
}
