// P1 against peers, in one Node process: the reference letter (examples/templates/
// reference-letter.md, #items_list of 50 items, fr, context `specific`) for the one customer
// of `bench_portfolio 1 50`, through our wasm API (check + Portfolio.render, the editor's work
// per keystroke; render alone) beside Handlebars (precompiled; compile + render per call) and
// LiquidJS (parsed; parse + render per call) rendering the same letter from the same portfolio
// text (benches/peers/: the templates, and the view model and cached Intl formatters a user of
// those engines would write). Every output must have our text content (tags stripped,
// character references decoded, white space collapsed), else the benchmark fails. The
// contenders run interleaved, round after round (scripts/interleave.mjs says how, and which
// figures it gives). Prints one JSON object.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import { Liquid } from "liquidjs";
import { initSync, check, Portfolio } from "../pkg/dunning.js";
import { format, letterModel, load, textOf } from "../benches/peers/letter.mjs";
import { interleave, ratios } from "./interleave.mjs";

const root = new URL("..", import.meta.url).pathname;
initSync({ module: readFileSync(`${root}pkg/dunning_bg.wasm`) });
const read = (path) => readFileSync(`${root}${path}`, "utf8");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100);

const letter = read("examples/templates/reference-letter.md");
const text = execFileSync(`${root}target/release/examples/bench_portfolio`, ["1", "50"], { encoding: "utf8" });
const CUSTOMER = "C000000";
const TODAY = "2026-11-22";

// Ours: the portfolio loaded once and kept in wasm; the template text crosses on every call.
const ours = Portfolio.fromJson(text);
const checkOptions = { format: "markdown", channel: "email", context: "specific" };
const renderOptions = { customer: CUSTOMER, context: "specific", channel: "letter", format: "markdown", as: "html", date: TODAY };

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
  view_model_only: () => letterModel(index, CUSTOMER, TODAY),
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
    let at = 0;
    while (got[at] === expected[at]) at++;
    throw new Error(`${name}: not the same text as ours at ${at}:\n ours: …${expected.slice(at - 60, at + 60)}\n ${name}: …${got.slice(at - 60, at + 60)}`);
  }
}

const figures = interleave(contenders, ROUNDS);
const peers = Object.keys(contenders).filter((name) => !name.startsWith("ours") && name !== "view_model_only");
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
    results: figures,
    ratios_vs_check_render: ratios(figures, peers, "ours_check_render"),
    ratios_vs_render: ratios(figures, peers, "ours_render"),
  }),
);
