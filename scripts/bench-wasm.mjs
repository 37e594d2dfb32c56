// P2 in wasm: check() of the reference letter through the built package, in Node.
// Prints one JSON line: { median_us, p90_us, iterations, wasm_gzip_bytes }.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { initSync, check } from "../pkg/dunning.js";

const wasm = readFileSync(new URL("../pkg/dunning_bg.wasm", import.meta.url));
initSync({ module: wasm });
const letter = readFileSync(new URL("../examples/templates/reference-letter.md", import.meta.url), "utf8");
const options = { format: "markdown", channel: "email", context: "specific" };
if (check(letter, options).length !== 0) throw new Error("the reference letter should be clean");

// Warm up, then time batches so that the timer's resolution does not matter.
for (let i = 0; i < 2000; i++) check(letter, options);
const batch = 200;
const samples = [];
for (let s = 0; s < 100; s++) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < batch; i++) check(letter, options);
  samples.push(Number(process.hrtime.bigint() - start) / 1000 / batch);
}
samples.sort((a, b) => a - b);
const at = (q) => samples[Math.floor(q * (samples.length - 1))];
console.log(JSON.stringify({
  median_us: +at(0.5).toFixed(2),
  p90_us: +at(0.9).toFixed(2),
  iterations: batch * samples.length,
  wasm_bytes: wasm.length,
  wasm_gzip_bytes: gzipSync(wasm, { level: 9 }).length,
}));
