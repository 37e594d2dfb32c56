// The reference letter as a Handlebars or LiquidJS user would produce it: the portfolio as a
// plain JS object (JSON.parse of the same text our engine loads), the account's figures computed
// by domain code into a view model (lookups, open and overdue items sorted by due date, totals
// per currency, days late, late-payment penalties), and the presentation left to the template
// with formatting helpers/filters over *cached* `Intl` formatters (fr, EUR). Why a view model:
// both engines are logic-light by design (Handlebars "logic-less"), and a collection product
// keeps legal sums (interest by day over a rate schedule, recovery costs) in tested code, not in
// template expressions; formatting, as in handlebars-intl or Shopify's `money` filter, stays in
// the template.
//
// Money is exact: amounts become integer minor units (cents), interest is one integer division
// rounded half away from zero, as in our `penalty` module.

const LOCALE = "fr";
const TIME_ZONE = "UTC";

/** Cached formatters: one per currency, one per date style, one for percentages. */
const moneyFormats = new Map();
const moneyFormat = (currency) => {
  let format = moneyFormats.get(currency);
  if (!format) moneyFormats.set(currency, (format = new Intl.NumberFormat(LOCALE, { style: "currency", currency })));
  return format;
};
const percentFormat = new Intl.NumberFormat(LOCALE, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });
const longDateFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: "long", timeZone: TIME_ZONE });
const shortDateFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: "short", timeZone: TIME_ZONE });
const MINOR_DIGITS = { JPY: 0, KRW: 0, CLP: 0, ISK: 0, KWD: 3, BHD: 3, TND: 3 };
const digits = (currency) => MINOR_DIGITS[currency] ?? 2;

/** The formatting helpers (Handlebars) and filters (LiquidJS), over the cached formatters. */
export const format = {
  /** One amount `{ minor, currency }`, or a list of per-currency totals joined by ` + `. */
  money(value) {
    if (Array.isArray(value)) return value.map(format.money).join(" + ");
    return moneyFormat(value.currency).format(value.minor / 10 ** digits(value.currency));
  },
  /** An annual rate in percent: `12,00 %`. */
  percent: (rate) => percentFormat.format(rate / 100),
  /** ISO dates: `22 novembre 2026`, `22/11/2026`. */
  long_date: (iso) => longDateFormat.format(Date.parse(iso)),
  short_date: (iso) => (iso ? shortDateFormat.format(Date.parse(iso)) : ""),
};

const WORDS = {
  kinds: { invoice: "Facture", debit_note: "Note de débit", credit_note: "Avoir", payment: "Règlement non affecté" },
  overdue: "Échu",
  not_due: "À échoir",
};

/** Decimal text as an integer at `places` decimals, exactly: `fixed("1234.5", 2)` = 123450. */
function fixed(text, places) {
  const [whole, fraction = ""] = text.split(".");
  const units = Number(whole.replace("-", "")) * 10 ** places + Number(fraction.padEnd(places, "0").slice(0, places) || 0);
  return whole.startsWith("-") ? -units : units;
}
const minor = (text, currency) => fixed(text, digits(currency));

const DAY = 86_400_000;
const days = (iso) => Math.floor(Date.parse(iso) / DAY);

/** Integer a / b rounded half away from zero (b > 0). */
function divideHalfAway(a, b) {
  const q = Math.trunc(a / b);
  const r = a - q * b;
  return 2 * Math.abs(r) >= b ? q + Math.sign(a) : q;
}

/** The portfolio's lookups, built once at load (as our `Portfolio.fromJson` builds its index). */
export function load(text) {
  const portfolio = JSON.parse(text);
  const itemsOf = new Map();
  for (const item of portfolio.items) {
    if (!itemsOf.has(item.customer)) itemsOf.set(item.customer, []);
    itemsOf.get(item.customer).push(item);
  }
  return {
    portfolio,
    customers: new Map(portfolio.customers.map((c) => [c.id, c])),
    users: new Map(portfolio.users.map((u) => [u.id, u])),
    statuses: new Map((portfolio.item_statuses ?? []).map((s) => [s.code, s])),
    itemsOf,
  };
}

/** A fixed rate or rate steps, as [{ from (days), rate (integer at `scale` decimals) }]. */
function schedule(rates) {
  const steps = typeof rates === "string" ? [{ from: "1970-01-01", rate: rates }] : rates;
  const scale = Math.max(...steps.map((s) => (s.rate.split(".")[1] ?? "").length));
  return { scale, steps: steps.map((s) => ({ from: days(s.from), rate: fixed(s.rate, scale) })) };
}

function rateOn({ steps }, day) {
  let rate = steps[0].rate;
  for (const step of steps) if (step.from <= day) rate = step.rate;
  return rate;
}

/** Late-payment interest: outstanding × Σ rate × days / 365, day by rate period. */
function interest(outstanding, due, today, rates) {
  if (today <= due || outstanding === 0) return 0;
  let rateDays = 0;
  let start = due + 1;
  for (const change of [...rates.steps.map((s) => s.from).filter((d) => d > start && d <= today), today + 1]) {
    rateDays += rateOn(rates, start) * (change - start);
    start = change;
  }
  return divideHalfAway(outstanding * rateDays, 100 * 365 * 10 ** rates.scale);
}

function recoveryCost(company, amount, currency) {
  const cost = company.recovery_cost?.[currency];
  if (cost === undefined) return undefined;
  if (typeof cost === "string") return minor(cost, currency);
  const tier = cost.find((t) => t.below === undefined || amount < minor(t.below, currency));
  return tier && minor(tier.amount, currency);
}

/** Sums per currency, in currency-code order, as `[{ minor, currency }]`. */
class Totals {
  #by = new Map();
  add(minorUnits, currency) {
    this.#by.set(currency, (this.#by.get(currency) ?? 0) + minorUnits);
    return this;
  }
  addAll(other) {
    for (const { minor: m, currency } of other.list()) this.add(m, currency);
    return this;
  }
  list(fallback) {
    if (this.#by.size === 0 && fallback) return [{ minor: 0, currency: fallback }];
    return [...this.#by].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, m]) => ({ minor: m, currency }));
  }
}

/** The view model of one customer's letter on `today` (ISO): what the templates read. */
export function letterModel(index, customerId, today) {
  const { portfolio } = index;
  const { company } = portfolio;
  const customer = index.customers.get(customerId);
  const contact = customer.contacts.find((c) => c.collection);
  const user = index.users.get(customer.collector);
  const day = days(today);
  const open = (index.itemsOf.get(customerId) ?? [])
    .map((item) => ({ item, outstanding: minor(item.outstanding, item.currency), due: days(item.due_date) }))
    .filter((entry) => entry.outstanding !== 0)
    .sort((a, b) => a.due - b.due || (a.item.reference < b.item.reference ? -1 : a.item.reference > b.item.reference ? 1 : 0));
  const all = new Totals();
  const overdue = new Totals();
  const penalties = new Totals();
  const rates = company.late_penalty_rate && schedule(company.late_penalty_rate);
  const enabled = customer.penalties ?? {};
  const rows = open.map(({ item, outstanding, due }) => {
    const late = due < day;
    const amount = minor(item.amount, item.currency);
    all.add(outstanding, item.currency);
    if (late) overdue.add(outstanding, item.currency);
    const status = item.status && index.statuses.get(item.status);
    const penalised = late && (item.kind === "invoice" || item.kind === "debit_note") && !status?.excluded_from_scenario;
    if (penalised && enabled.interest && rates) penalties.add(interest(outstanding, due, day, rates), item.currency);
    if (penalised && enabled.recovery_cost) {
      const cost = recoveryCost(company, amount, item.currency);
      if (cost !== undefined) penalties.add(cost, item.currency);
    }
    return {
      reference: item.reference,
      kind: WORDS.kinds[item.kind],
      issue_date: item.issue_date,
      due_date: item.due_date,
      amount: { minor: amount, currency: item.currency },
      outstanding: { minor: outstanding, currency: item.currency },
      days_late: late ? day - due : "",
      status: item.status ? (status?.label ?? item.status) : late ? WORDS.overdue : WORDS.not_due,
      overdue: late,
    };
  });
  const code = customer.code ?? customer.id;
  const link = (template) => template.replace("{customer}", encodeURIComponent(code).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
  const iban = company.bank.iban.replace(/\s/g, "").replace(/(.{4})(?=.)/g, "$1 ");
  return {
    customer: { code, name: customer.name },
    contact: { last_name: contact.last_name },
    user: { name: user.name, title: user.title, phone: user.phone, email: user.email },
    company: {
      name: company.name,
      registration: company.registration,
      late_penalty_rate: rates && rateOn(rates, day) / 10 ** rates.scale,
      recovery_cost: { minor: recoveryCost(company, 0, company.currency), currency: company.currency },
      bank: { name: company.bank.name, iban, bic: company.bank.bic },
    },
    today,
    items: {
      rows,
      totals: all.list(),
      amount: all.list(company.currency),
      amount_overdue: overdue.list(company.currency),
      late_penalties: penalties.list(company.currency),
      include_late_penalties: new Totals().addAll(overdue).addAll(penalties).list(company.currency),
    },
    payment_link: link(company.payment_url),
    interactive_link: link(company.interactive_url),
  };
}

/** Text content for the same-output assertion: tags stripped, entities decoded, white space
 * (including CLDR's no-break spaces) collapsed to one space. */
export function textOf(html) {
  const named = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&(?:#x([0-9a-f]+)|#([0-9]+)|(\w+));/gi, (whole, hex, decimal, name) =>
      hex ? String.fromCodePoint(parseInt(hex, 16)) : decimal ? String.fromCodePoint(Number(decimal)) : (named[name] ?? whole),
    )
    .replace(/\s+/g, " ")
    .trim();
}
