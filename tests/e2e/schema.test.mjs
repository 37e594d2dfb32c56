// The portfolio's JSON Schema (schema/portfolio.schema.json, generated from the Rust types) as
// an integrator uses it: Ajv, an independent validator, accepts the documents the engine
// accepts (the examples' portfolio, the demo's sample, the spec's own example), and rejects a
// handful of broken ones that the engine's loader rejects too, each for the same reason.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const DUNNING = resolve(process.env.DUNNING_BIN ?? "target/debug/dunning");
const schema = JSON.parse(readFileSync("schema/portfolio.schema.json", "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(schema);

/** What the engine's loader says of `document`: its exit status and first line. */
function load(document) {
  const path = join(mkdtempSync(join(tmpdir(), "dunning-schema-")), "portfolio.json");
  writeFileSync(path, JSON.stringify(document));
  const run = spawnSync(DUNNING, ["agenda", "--data", path, "--date", "2026-11-23"], { encoding: "utf8" });
  return { status: run.status, said: run.stderr.split("\n")[0] };
}

for (const [name, path] of [
  ["the examples' portfolio", "examples/portfolio.json"],
  ["the demo's sample", "www/sample-portfolio.json"],
  ["the spec's example (data-model.md)", "tests/data/spec-portfolio.json"],
]) {
  test(`${name} is valid by the schema and loads`, () => {
    const document = JSON.parse(readFileSync(path, "utf8"));
    assert.ok(validate(document), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    assert.equal(load(document).status, 0);
  });
}

const base = () => JSON.parse(readFileSync("examples/portfolio.json", "utf8"));
const broken = [
  ["an unknown field", (p) => (p.company.nmae = "Acme"), "/company", /unknown field `nmae`/],
  ["a missing required field", (p) => delete p.company.name, "/company", /missing field `name`/],
  ["a date that is no date", (p) => (p.items[0].due_date = "2026-02-30"), "/items/0/due_date", /items\[0\]\.due_date/],
  ["an amount with a decimal comma", (p) => (p.items[0].amount = "1200,50"), "/items/0/amount", /items\[0\]\.amount/],
  ["a language the engine does not know", (p) => (p.customers[0].locale = "tlh"), "/customers/0/locale", /customers\[0\]\.locale/],
  ["a channel the engine does not know", (p) => (p.scenarios[0].actions[0].channel = "fax"), "/scenarios/0/actions/0/channel", /channel/],
  ["an alert condition of no known shape", (p) => (p.alert_rules = [{ id: "r", when: [{ field: "segment" }] }]), "/alert_rules/0/when/0", /alert_rules\[0\]\.when\[0\]/],
  ["a currency that is no ISO code", (p) => (p.company.currency = "euro"), "/company/currency", /company\.currency/],
];
for (const [what, edit, where, said] of broken) {
  test(`${what} is rejected by the schema and by the engine's loader`, () => {
    const document = base();
    edit(document);
    assert.equal(validate(document), false, `Ajv accepted ${what}`);
    assert.ok(validate.errors.some((error) => error.instancePath.startsWith(where)), `Ajv's errors name ${where}: ${JSON.stringify(validate.errors)}`);
    const loaded = load(document);
    assert.equal(loaded.status, 1, loaded.said);
    assert.match(loaded.said, said);
  });
}
