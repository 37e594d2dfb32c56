// The wasm benchmarks, in Node, through the built package (pkg/, the JS API):
// - P2: check() of the reference letter;
// - P1 (engine half): Portfolio.render() of the reference letter (check + render, #items_list
//   of 50 items, fr), the portfolio loaded once;
// - P3: Portfolio.letters() of 10,000 one-page letters into one document;
// - reach (issue 16): Portfolio.reach() of the reference letter over the demo's sample;
// - P4: Portfolio.fromJson() + agenda() on the sample portfolio of 20,000 customers / 200,000
//   items (`dunning sample`), in a child process of its own so that its wasm memory is its own.
// The P1–P3 portfolios come from `examples/bench_portfolio.rs` (the native benchmarks'
// generator). Prints one JSON object.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { initSync, check, Portfolio } from "../pkg/dunning.js";

const root = new URL("..", import.meta.url).pathname;
const wasm = readFileSync(`${root}pkg/dunning_bg.wasm`);
const exports = initSync({ module: wasm });

if (process.argv[2] === "p4") {
  // P4 alone: the sample at 20,000 / 200,000, loaded and planned three times.
  const text = execFileSync(`${root}target/release/dunning`,
    ["sample", "--seed", "1", "--date", "2026-11-23", "--customers", "20000", "--items", "200000"],
    { encoding: "utf8", maxBuffer: 1 << 30 });
  const rounds = [];
  let rows = 0;
  for (let round = 0; round < 3; round++) {
    const start = process.hrtime.bigint();
    const portfolio = Portfolio.fromJson(text);
    const loaded = process.hrtime.bigint();
    rows = portfolio.agenda("2026-11-23").actions.length;
    const done = process.hrtime.bigint();
    portfolio.free();
    rounds.push({ load_ms: Number(loaded - start) / 1e6, agenda_ms: Number(done - loaded) / 1e6 });
  }
  const median = (values) => +values.sort((a, b) => a - b)[1].toFixed(1);
  console.log(JSON.stringify({
    customers: 20000, items: 200000, json_bytes: text.length, rows,
    median_load_ms: median(rounds.map((r) => r.load_ms)),
    median_agenda_ms: median(rounds.map((r) => r.agenda_ms)),
    median_total_ms: median(rounds.map((r) => r.load_ms + r.agenda_ms)),
    wasm_memory_mb: +(exports.memory.buffer.byteLength / 2 ** 20).toFixed(0),
    node_rss_mb: +(process.memoryUsage().rss / 2 ** 20).toFixed(0),
  }));
  process.exit(0);
}
const letter = readFileSync(`${root}examples/templates/reference-letter.md`, "utf8");
const generated = (customers, items) =>
  execFileSync(`${root}target/release/examples/bench_portfolio`, [customers, items], { encoding: "utf8", maxBuffer: 1 << 30 });

/** Median per call over five rounds of timed batches (this shared VM drifts): the median of
 * the rounds' medians, with their range. */
function measure(call, { warmup, batch, samples }) {
  for (let i = 0; i < warmup; i++) call();
  const rounds = [];
  for (let round = 0; round < 5; round++) {
    const times = [];
    for (let s = 0; s < samples; s++) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < batch; i++) call();
      times.push(Number(process.hrtime.bigint() - start) / 1000 / batch);
    }
    times.sort((a, b) => a - b);
    rounds.push(times[times.length >> 1]);
  }
  rounds.sort((a, b) => a - b);
  const round = (x) => +x.toFixed(2);
  return { median_us: round(rounds[2]), min_round_us: round(rounds[0]), max_round_us: round(rounds[4]), runs: 5 * samples * batch };
}

const checkOptions = { format: "markdown", channel: "email", context: "specific" };
if (check(letter, checkOptions).length !== 0) throw new Error("the reference letter should be clean");
const p2 = measure(() => check(letter, checkOptions), { warmup: 20000, batch: 200, samples: 50 });

const one = Portfolio.fromJson(generated(1, 50));
const renderOptions = { customer: "C000000", context: "specific", channel: "letter", format: "markdown", as: "html", date: "2026-11-22" };
const rendered = one.render(letter, renderOptions);
if ((rendered.output.match(/<tr/g) ?? []).length <= 50) throw new Error("50 rows expected");
const p1 = measure(() => one.render(letter, renderOptions), { warmup: 2000, batch: 20, samples: 25 });

const many = Portfolio.fromJson(generated(10000, 3));
const actions = Array.from({ length: 10000 }, (_, c) => [`C${String(c).padStart(6, "0")}`, "lr"]);
const p3 = measure(() => many.letters("2026-11-22", actions), { warmup: 1, batch: 1, samples: 2 });
const document = many.letters("2026-11-22", actions);

const p4 = JSON.parse(execFileSync(process.execPath, [new URL(import.meta.url).pathname, "p4"], { encoding: "utf8" }));

// Issue 16: the reach of the reference letter over the demo's sample (about 200 customers):
// what the editor computes after each preview.
const sample = Portfolio.fromJson(execFileSync(`${root}target/release/dunning`,
  ["sample", "--seed", "1", "--date", "2026-11-23"], { encoding: "utf8", maxBuffer: 1 << 30 }));
const reachOptions = { channel: "letter", format: "markdown", context: "specific", date: "2026-11-23" };
const reached = sample.reach(letter, reachOptions).customers;
const reach = { ...measure(() => sample.reach(letter, reachOptions), { warmup: 5, batch: 1, samples: 10 }), customers: reached };

console.log(JSON.stringify({
  p2,
  p4,
  p1_render: p1,
  reach,
  p3: { ...p3, letters: (document.match(/<section class="letter"/g) ?? []).length, document_bytes: document.length },
  wasm_bytes: wasm.length,
  wasm_gzip_bytes: gzipSync(wasm, { level: 9 }).length,
  js_gzip_bytes: gzipSync(readFileSync(`${root}pkg/dunning.js`), { level: 9 }).length,
}));
