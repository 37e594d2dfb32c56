// The e-mail as mail clients get it (`dunning render --as email`): judged against caniemail.com's
// data (the doiuse-email package, someone else's reading of what Gmail, Outlook for Windows and
// Apple Mail support), then looked at in Chromium at a phone's width and at 600 px.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { doIUseEmail } from "doiuse-email";
import { launch, screenshotDir } from "./browser.mjs";

const DUNNING = resolve(process.env.DUNNING_BIN ?? "target/debug/dunning");
const SAMPLE = "www/sample-portfolio.json";
const sample = JSON.parse(readFileSync(SAMPLE, "utf8"));
/** The clients the issue names, every version caniemail.com knows. */
const CLIENTS = ["gmail.*", "outlook.windows", "outlook.windows-mail", "apple-mail.*"];

/**
 * Every e-mail template we ship: the ready ones and the sample scenarios' e-mail steps, each
 * in every language it is worded in (its own and its translations).
 */
function templates() {
  const dir = mkdtempSync(join(tmpdir(), "dunning-email-"));
  const ready = JSON.parse(readFileSync("examples/templates/ready.json", "utf8"))
    .filter((entry) => entry.channel === "email")
    .map((entry) => ({ name: entry.file, path: join("examples/templates", entry.file), format: entry.format, subject: entry.subject }));
  const steps = sample.scenarios.flatMap((scenario) =>
    scenario.actions.filter((action) => action.channel === "email").flatMap((action) =>
      [{ locale: action.locale ?? "own", subject: action.subject, body: action.body }, ...(action.translations ?? [])].map((wording) => {
        const name = `${scenario.id}-${action.id}-${wording.locale}`;
        const path = join(dir, `${name}.${action.format === "markdown" ? "md" : action.format}`);
        writeFileSync(path, wording.body);
        return { name, path, format: action.format, subject: wording.subject ?? "" };
      })),
  );
  return [...ready, ...steps];
}

/** Customers in several languages and scripts, and the ones with the most items. */
const CUSTOMERS = ["C0001", "C0002", "C0013", "C0018", "C0019", "C0085", "C0099"];

function email(template, customer) {
  return execFileSync(
    DUNNING,
    ["render", template.path, "--data", SAMPLE, "--customer", customer, "--date", "2026-11-23", "--format", template.format,
      "--channel", "email", "--as", "email", "--subject", template.subject],
    { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
  );
}

test("every e-mail we ship uses nothing Gmail, Outlook for Windows or Apple Mail lacks (caniemail.com's data)", () => {
  let checked = 0;
  const failures = [];
  for (const template of templates()) {
    for (const customer of CUSTOMERS) {
      const html = email(template, customer);
      assert.match(html, /^<!doctype html><html lang="[a-zA-Z-]+"><head>/);
      assert.doesNotMatch(html, /<style|<link /, "no style sheet: mail clients keep inline styles only");
      const result = doIUseEmail(html, { emailClients: CLIENTS });
      if (!result.success) failures.push(`${template.name} for ${customer}: ${result.errors.join("; ")}`);
      checked += 1;
    }
  }
  console.log(`doiuse-email: ${checked} e-mails against ${CLIENTS.join(", ")}`);
  assert.ok(checked >= 100, `${checked} e-mails checked`);
  assert.deepEqual(failures, []);
});

test("a control that uses what Outlook lacks is caught by the same check", () => {
  const result = doIUseEmail('<!doctype html><html><head><style>@media (max-width: 480px) { td { display: block } }</style></head><body><div style="display: flex; white-space: nowrap">x</div></body></html>', { emailClients: CLIENTS });
  assert.equal(result.success, false);
  assert.ok(result.errors.some((error) => /@media/.test(error) && /outlook\.windows/.test(error)), result.errors.join("\n"));
});

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("the e-mail with the most items fits a 320 px phone and a 600 px column, and is seen at 360 and 600 px", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "dunning-email-")), "statement.md");
  writeFileSync(path, "Dear #contact_name{Sir or Madam},\n\nYour account #customer_code:\n\n#items_list\n\nPay by transfer to:\n\n#company_bank_details\n\nKind regards,\n#user_name");
  const html = email({ path, format: "markdown", subject: "Your account #customer_code" }, "C0085");
  for (const width of [320, 360, 600, 1000]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    // As a webmail shows it: the message's document as it is, scripts off.
    await page.setContent(html, { waitUntil: "load" });
    const layout = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      column: document.querySelector("table.dunning-email").getBoundingClientRect().width,
      table: document.querySelector("table.dunning-items")?.getBoundingClientRect().width ?? 0,
      rows: document.querySelectorAll("table.dunning-items tbody tr").length,
      text: document.body.innerText,
    }));
    assert.ok(layout.scroll <= width, `${width} px: the document is ${layout.scroll} px wide`);
    assert.ok(layout.column <= 600, `${width} px: the column is ${layout.column} px wide`);
    assert.ok(layout.table > 0 && layout.table <= Math.min(width, 600), `${width} px: the items table is ${layout.table} px wide`);
    assert.ok(layout.rows > 15, `every open item listed, on two lines each (${layout.rows} rows)`);
    assert.match(layout.text, /Total/);
    assert.match(layout.text, /IBAN/);
    if (width === 360 || width === 600) {
      const shot = join(screenshotDir(), `email-${width}.png`);
      await page.screenshot({ path: shot, fullPage: true });
      console.log(`screenshot: ${shot}`);
    }
    await page.close();
  }
});
