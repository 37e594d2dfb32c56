// The words the page shows for the engine's names (channels, formats, locales): labels only;
// which channel accepts what is the engine's business.

export const FORMATS = [
  ["markdown", "Markdown"],
  ["html", "HTML"],
  ["text", "Plain text"],
];

export const CHANNELS = [
  ["email", "E-mail"],
  ["sms", "SMS"],
  ["letter", "Letter"],
  ["registered_letter", "Registered letter"],
  ["electronic_registered_letter", "Electronic registered letter"],
  ["subject", "E-mail subject"],
  ["phone_call", "Phone call"],
  ["task", "Task"],
];

export const CONTEXTS = [
  ["scenario", "Scenario action"],
  ["specific", "Specific action"],
];

/** The product's 15 locales, each named in its own language. */
export const LOCALES = [
  ["en", "English"],
  ["fr", "Français"],
  ["de", "Deutsch"],
  ["es", "Español"],
  ["it", "Italiano"],
  ["nl", "Nederlands"],
  ["pl", "Polski"],
  ["pt-PT", "Português"],
  ["pt-BR", "Português (Brasil)"],
  ["ro", "Română"],
  ["sv", "Svenska"],
  ["tr", "Türkçe"],
  ["hr", "Hrvatski"],
  ["ja", "日本語"],
  ["zh-CN", "中文（简体）"],
];

/** The channels whose message has a subject line (e-mails and letters). */
export const WITH_SUBJECT = new Set(["email", "letter", "registered_letter", "electronic_registered_letter"]);

/** Printed letters: the preview can outline the envelope window. */
export const LETTERS = new Set(["letter", "registered_letter", "electronic_registered_letter"]);

/** Shows plain text only: formatting buttons are off. */
export const PLAIN_CHANNELS = new Set(["sms", "subject"]);

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
