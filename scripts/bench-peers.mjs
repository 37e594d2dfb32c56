// P1 against peers, in one Node process: the reference letter (examples/templates/
// reference-letter.md, #items_list of 50 items, fr, context `specific`) for the one customer
// of `bench_portfolio 1 50`, through our wasm API (check + Portfolio.render, the editor's work
// per keystroke; render alone) beside Handlebars (precompiled; compile + render per call) and
// LiquidJS (parsed; parse + render per call) rendering the same letter from the same portfolio
// text (benches/peers/: the templates, and the view model and cached Intl formatters a user of
// those engines would write). Every output must have our text content (tags stripped, white
// space collapsed), else the benchmark fails. The contenders run interleaved, in a rotating
// order, round after round, so the machine's drift hits them alike; each figure is the median
// over rounds of the per-call time, each ratio the median over rounds of the peer's time over
// ours in the same round. Prints one JSON object.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import { Liquid } from "liquidjs";
import { initSync, check, Portfolio } from "../pkg/dunning.js";
import { format, letterModel, load, textOf } from "../benches/peers/letter.mjs";

const root = new URL("..", import.meta.url).pathname;
initSync({ module: readFileSync(`${root}pkg/dunning_bg.wasm`) });
const read = (path) => readFileSync(`${root}${path}`, "utf8");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);
/** Wall time per batch of calls, once calibrated. */
const BATCH_MS = 8;

const letter = read("examples/templates/reference-letter.md");
const text = execFileSync(`${root}target/release/examples/bench_portfolio`, ["1", "50"], { encoding: "utf8" });
const CUSTOMER = "C000000";
const TODAY = "2026-11-22";

// Ours: the portfolio loaded once and kept in wasm; the template text crosses on every call.
const ours = Portfolio.fromJson(text);
const checkOptions = { format: "markdown", channel: "email", context: "specific" };
const renderOptions = { customer: CUSTOMER, context: "specific", channel: "email", format: "markdown", as: "html", date: TODAY };

// Peers: the same text parsed once into JS objects with their lookups (as ours is loaded once).
const index = load(text);
const handlebars = Handlebars.create();
for (const [name, helper] of Object.entries(format)) handlebars.registerHelper(name, (value) => helper(value));
const hbsSource = read("benches/peers/reference-letter.hbs");
// Precompiled as a build step would (`handlebars` CLI): the template spec as JS source, loaded.
const precompiled = handlebars.template(new Function(`return ${handlebars.precompile(hbsSource)}`)());
// LiquidJS escapes output as Handlebars and our engine do; no cache, so parse means parse.
const liquid = new Liquid({ outputEscape: "escape", cache: false });
for (const [name, filter] of Object.entries(format)) liquid.registerFilter(name, filter);
const liquidSource = read("benches/peers/reference-letter.liquid");
const parsed = liquid.parse(liquidSource);
const model = letterModel(index, CUSTOMER, TODAY);

const contenders = {
  ours_check_render: () => {
    if (check(letter, checkOptions).length !== 0) throw new Error("the reference letter should be clean");
    return ours.render(letter, renderOptions).output;
  },
  ours_render: () => ours.render(letter, renderOptions).output,
  handlebars_precompiled: () => precompiled(letterModel(index, CUSTOMER, TODAY)),
  handlebars_compile_render: () => handlebars.compile(hbsSource)(letterModel(index, CUSTOMER, TODAY)),
  liquid_parsed: () => liquid.renderSync(parsed, letterModel(index, CUSTOMER, TODAY)),
  liquid_parse_render: () => liquid.parseAndRenderSync(liquidSource, letterModel(index, CUSTOMER, TODAY)),
  // The floor: the view model built once, only the template engines' own work timed.
  handlebars_precompiled_model_ready: () => precompiled(model),
  liquid_parsed_model_ready: () => liquid.renderSync(parsed, model),
  // The peers' domain code alone (the view model: sorting, sums, penalties).
  view_model_only: () => JSON.stringify(letterModel(index, CUSTOMER, TODAY)),
};

// The same output content, or no benchmark.
const expected = textOf(contenders.ours_check_render());
if (!expected.includes("Total") || (contenders.ours_render().match(/<tr/g) ?? []).length !== 52) {
  throw new Error("our letter should have a header row, 50 rows and a total");
}
for (const [name, call] of Object.entries(contenders)) {
  if (name === "view_model_only") continue;
  const got = textOf(call());
  if (got !== expected) {
    const at = [...got].findIndex((c, i) => c !== expected[i]);
    throw new Error(`${name}: not the same text as ours at ${at}:\n ours: …${expected.slice(at - 60, at + 60)}\n ${name}: …${got.slice(at - 60, at + 60)}`);
  }
}

// Warm up every contender (V8's JIT tiers, wasm tier-up, the Intl caches), then size each
// contender's batch to BATCH_MS.
const run = (call, ms) => {
  const start = performance.now();
  let calls = 0;
  while (performance.now() - start < ms) (call(), calls++);
  return calls / (performance.now() - start);
};
for (const call of Object.values(contenders)) run(call, 500);
const batches = Object.fromEntries(
  Object.entries(contenders).map(([name, call]) => [name, Math.max(1, Math.round(BATCH_MS * run(call, 200)))]),
);

const names = Object.keys(contenders);
const times = Object.fromEntries(names.map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (let k = 0; k < names.length; k++) {
    const name = names[(round + k) % names.length];
    const call = contenders[name];
    const batch = batches[name];
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) call();
    times[name].push(Number(process.hrtime.bigint() - start) / 1000 / batch);
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round2 = (x) => +x.toFixed(2);
const results = Object.fromEntries(
  names.map((name) => [name, { median_us: round2(median(times[name])), calls: batches[name] * ROUNDS }]),
);
/** Median over rounds of `name`'s time over `base`'s in the same round. */
const ratio = (name, base) => round2(median(times[name].map((t, round) => t / times[base][round])));
const peers = names.filter((name) => !name.startsWith("ours") && name !== "view_model_only");
console.log(
  JSON.stringify({
    rounds: ROUNDS,
    output_text_chars: expected.length,
    same_text: true,
    versions: {
      handlebars: Handlebars.VERSION,
      liquidjs: JSON.parse(read("node_modules/liquidjs/package.json")).version,
      node: process.version,
    },
    results,
    ratios_vs_check_render: Object.fromEntries(peers.map((name) => [name, ratio(name, "ours_check_render")])),
    ratios_vs_render: Object.fromEntries(peers.map((name) => [name, ratio(name, "ours_render")])),
  }),
);
