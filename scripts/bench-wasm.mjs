// P2 in wasm: check() of the reference letter through the built package, in Node.
// Prints one JSON line: { median_us, min_round_us, max_round_us, iterations, wasm_bytes, wasm_gzip_bytes }.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { initSync, check } from "../pkg/dunning.js";

const wasm = readFileSync(new URL("../pkg/dunning_bg.wasm", import.meta.url));
initSync({ module: wasm });
const letter = readFileSync(new URL("../examples/templates/reference-letter.md", import.meta.url), "utf8");
const options = { format: "markdown", channel: "email", context: "specific" };
if (check(letter, options).length !== 0) throw new Error("the reference letter should be clean");

// Warm up (V8 tiers wasm up from Liftoff to TurboFan), then time batches so that the timer's
// resolution does not matter. This shared VM's speed drifts between seconds, so five rounds
// run and the report gives the median of their medians and the range.
for (let i = 0; i < 20000; i++) check(letter, options);
const batch = 200;
const rounds = [];
for (let round = 0; round < 5; round++) {
  const samples = [];
  for (let s = 0; s < 50; s++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) check(letter, options);
    samples.push(Number(process.hrtime.bigint() - start) / 1000 / batch);
  }
  samples.sort((a, b) => a - b);
  rounds.push(samples[samples.length >> 1]);
}
rounds.sort((a, b) => a - b);
console.log(JSON.stringify({
  median_us: +rounds[2].toFixed(2),
  min_round_us: +rounds[0].toFixed(2),
  max_round_us: +rounds[4].toFixed(2),
  iterations: batch * 50 * 5,
  wasm_bytes: wasm.length,
  wasm_gzip_bytes: gzipSync(wasm, { level: 9 }).length,
}));
