// Dates, times, amounts and counts as the reader writes them: every one the agenda page shows
// goes through here, in one locale (`useLocale`). The labels stay English (words.js); only the
// formats follow the reader. Pure (Intl only), so Node's tests import it too.
import { negotiateLocale } from "../editor/names.js";

const DAY = 86_400_000;

/**
 * The locale the page formats in: the language the editor speaks (`chosen`, the editor's
 * choice kept by the engine's storage, else undefined), else the browser's languages
 * negotiated against the product's 15. A language without a region takes the browser's own
 * region when the browser speaks it (`en` + `en-GB` → `en-GB`, so a British reader sees
 * "Mon 23 Nov", not "Mon, Nov 23"); a tag with its region (`pt-BR`, `zh-CN`) is kept.
 */
export function formatLocale(chosen, languages = []) {
  const language = chosen || negotiateLocale(languages);
  if (language.includes("-")) return language;
  const regional = languages.find((tag) => tag.toLowerCase().split("-")[0] === language && tag.includes("-"));
  if (regional) {
    try {
      return Intl.getCanonicalLocales(regional)[0];
    } catch {
      // A tag Intl does not take: the language alone.
    }
  }
  return language;
}

let tag = "en-GB";
let formats = null;

/** Formats from now on in `locale` (a BCP 47 tag). */
export function useLocale(locale) {
  tag = locale;
  const date = (options) => new Intl.DateTimeFormat(tag, { timeZone: "UTC", ...options });
  formats = {
    short: date({ day: "numeric", month: "short" }),
    long: date({ weekday: "short", day: "numeric", month: "short" }),
    year: date({ weekday: "short", day: "numeric", month: "short", year: "numeric" }),
    dateTime: date({ weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }),
    time: date({ hour: "2-digit", minute: "2-digit" }),
    relative: new Intl.RelativeTimeFormat(tag, { numeric: "auto" }),
    number: new Intl.NumberFormat(tag),
    money: new Map(),
  };
}
useLocale(tag);

/** The locale the page formats in. */
export const locale = () => tag;

const utc = (date) => new Date(`${date}T00:00:00Z`);

/** `YYYY-MM-DD` as "23 Nov". */
export const shortDate = (date) => formats.short.format(utc(date));
/** `YYYY-MM-DD` as "Mon 23 Nov". */
export const longDate = (date) => formats.long.format(utc(date));
/** `YYYY-MM-DD` as "Mon 23 Nov 2026". */
export const fullDate = (date) => formats.year.format(utc(date));
/** `HH:MM` as the reader writes a time. */
export const time = (value) => formats.time.format(new Date(`1970-01-01T${value}:00Z`));
/** A count, with the reader's digit grouping. */
export const count = (value) => formats.number.format(value);

/** Days from `from` to `date` (both `YYYY-MM-DD`): negative when `date` is earlier. */
export function daysBetween(from, date) {
  return Math.round((Date.parse(date) - Date.parse(from)) / DAY);
}

/** "today", "in 3 days", "5 days ago": `date` against `from`. */
export function relativeDay(date, from) {
  return formats.relative.format(daysBetween(from, date), "day");
}

/** A send time, `YYYY-MM-DDTHH:MM` or a date (letters), as "Mon 23 Nov, 09:00". */
export function sendAt(value) {
  const [date, clock] = value.split("T");
  return clock ? formats.dateTime.format(new Date(`${date}T${clock}:00Z`)) : longDate(date);
}

/**
 * An engine amount (a decimal string with a `.`, exact) in `currency`, as "150 259,89 €". The
 * string goes to Intl as it is: no binary float on the way. An unknown currency code shows as
 * the engine wrote it.
 */
export function money(amount, currency) {
  let format = formats.money.get(currency);
  if (!format) {
    try {
      format = new Intl.NumberFormat(tag, { style: "currency", currency });
    } catch {
      return `${amount} ${currency}`;
    }
    formats.money.set(currency, format);
  }
  return format.format(amount);
}
