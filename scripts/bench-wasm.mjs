// The wasm benchmarks, in Node, through the built package (pkg/, the JS API):
// - P2: check() of the reference letter;
// - P1 (engine half): Portfolio.render() of the reference letter (check + render, #items_list
//   of 50 items, fr), the portfolio loaded once;
// - P3: Portfolio.letters() of 10,000 one-page letters into one document.
// The portfolios come from `examples/bench_portfolio.rs` (the native benchmarks' generator).
// Prints one JSON object.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { initSync, check, Portfolio } from "../pkg/dunning.js";

const root = new URL("..", import.meta.url).pathname;
const wasm = readFileSync(`${root}pkg/dunning_bg.wasm`);
initSync({ module: wasm });
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
const renderOptions = { customer: "C000000", context: "specific", channel: "email", format: "markdown", as: "html", date: "2026-11-22" };
const rendered = one.render(letter, renderOptions);
if ((rendered.output.match(/<tr/g) ?? []).length <= 50) throw new Error("50 rows expected");
const p1 = measure(() => one.render(letter, renderOptions), { warmup: 2000, batch: 20, samples: 25 });

const many = Portfolio.fromJson(generated(10000, 3));
const actions = Array.from({ length: 10000 }, (_, c) => [`C${String(c).padStart(6, "0")}`, "lr"]);
const p3 = measure(() => many.letters("2026-11-22", actions), { warmup: 1, batch: 1, samples: 2 });
const document = many.letters("2026-11-22", actions);

console.log(JSON.stringify({
  p2,
  p1_render: p1,
  p3: { ...p3, letters: (document.match(/<section class="letter">/g) ?? []).length, document_bytes: document.length },
  wasm_bytes: wasm.length,
  wasm_gzip_bytes: gzipSync(wasm, { level: 9 }).length,
  js_gzip_bytes: gzipSync(readFileSync(`${root}pkg/dunning.js`), { level: 9 }).length,
}));
