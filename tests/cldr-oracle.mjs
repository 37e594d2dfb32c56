// The oracle of tests/cldr.rs: what Node's Intl prints for each case (rendering.md, "Locales").
//
// Reads a JSON array of cases on stdin and prints a JSON array of the same length: the string
// Intl prints, or {"error": message} when Intl throws. A case is one of
//   {"kind": "money", "locale": "fr", "value": "1234.5", "currency": "EUR"}
//   {"kind": "percent", "locale": "fr", "value": "12.15"}          (percent units)
//   {"kind": "date", "locale": "fr", "year": 2026, "month": 11, "day": 22, "style": "long"}
// as the product's spec writes them:
//   new Intl.NumberFormat(tag, {style: "currency", currency}).format(value)
//   new Intl.NumberFormat(tag, {style: "percent", minimumFractionDigits: 2}).format(value / 100)
//   new Intl.DateTimeFormat(tag, {dateStyle, timeZone: "UTC"}).format(Date.UTC(y, m - 1, d))
// Values travel as decimal strings and reach Intl as strings, which Intl.NumberFormat (v3, Node
// 19+) formats exactly: the amounts of src/locale/cldr.rs are exact decimals. A Number would
// round its binary value instead (12.155 / 100 is 0.12154999..., "12.15 %"; "0.12155" is
// "12.16 %"); for values with at most 2 decimals (percent) or the currency's digits, both agree.
//
// Usage: node tests/cldr-oracle.mjs < cases.json

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const cases = JSON.parse(Buffer.concat(chunks).toString("utf8"));

/** The decimal string `value` divided by 100, exactly ("12.15" -> "0.1215"). */
function divideBy100(value) {
  const negative = value.startsWith("-");
  const [int, frac = ""] = value.replace(/^-/, "").split(".");
  const padded = int.padStart(3, "0");
  return `${negative ? "-" : ""}${padded.slice(0, -2)}.${padded.slice(-2)}${frac}`;
}

const numberFormats = new Map();
function numberFormat(locale, options) {
  const key = JSON.stringify([locale, options]);
  if (!numberFormats.has(key)) numberFormats.set(key, new Intl.NumberFormat(locale, options));
  return numberFormats.get(key);
}

function run(c) {
  switch (c.kind) {
    case "money":
      return numberFormat(c.locale, { style: "currency", currency: c.currency }).format(c.value);
    case "percent":
      return numberFormat(c.locale, { style: "percent", minimumFractionDigits: 2 }).format(divideBy100(c.value));
    case "date":
      return new Intl.DateTimeFormat(c.locale, { dateStyle: c.style, timeZone: "UTC" })
        .format(Date.UTC(c.year, c.month - 1, c.day));
    default:
      throw new Error(`unknown kind ${c.kind}`);
  }
}

const results = cases.map((c) => {
  try {
    return run(c);
  } catch (error) {
    return { error: String(error) };
  }
});
process.stdout.write(JSON.stringify(results));
process.stdout.write("\n");
