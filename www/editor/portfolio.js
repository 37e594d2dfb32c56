// The sample portfolio the preview renders: loaded once, validated by the engine
// (Portfolio.fromJson names the JSON path of any problem), and read for the pickers.
import { Portfolio } from "../pkg/dunning.js";

/** The body of `url` as text; an HTTP error is an error. */
export async function fetchText(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`.trim());
  return response.text();
}

/** The portfolio's JSON text: the engine's Portfolio, what the pickers show, and the JSON itself (parsed). */
export function loadPortfolio(text) {
  const portfolio = Portfolio.fromJson(text);
  const data = JSON.parse(text);
  const customers = (data.customers ?? []).map(({ id, name, locale, country }) => ({
    id,
    name,
    locale: locale ?? data.company?.locale,
    country,
  }));
  // Open items: whatever still has an amount outstanding (a string of the exact decimal).
  const open = (data.items ?? []).filter((item) => !/^-?0*(\.0*)?$/.test(item.outstanding));
  return { portfolio, customers, itemsOf: (customer) => open.filter((item) => item.customer === customer), json: data };
}
