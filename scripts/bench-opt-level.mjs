// P5 against P1/P2: what Cargo.toml's `[profile.wasm.package.*] opt-level = 3` buys and costs.
// Builds the package's module (as `make wasm` builds pkg/) with some of those overrides set
// back to the profile's "z" (into target/opt-level/; `make wasm` rebuilds what it needs), then
// measures each variant in one Node process: gzip -9 size, and P2 (check) and P1 (check +
// render of the reference letter), interleaved round after round (scripts/interleave.mjs).
// Prints one JSON object.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { interleave, ratios } from "./interleave.mjs";

const root = new URL("..", import.meta.url).pathname;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"] });

// The packages Cargo.toml raises to opt-level 3 in the wasm profile.
const raised = [...readFileSync(`${root}Cargo.toml`, "utf8").matchAll(/^\[profile\.wasm\.package\.([\w-]+)\]\s*\nopt-level = 3/gm)].map((m) => m[1]);
const VARIANTS = [
  { name: "shipped", label: `as shipped (pkg/): ${raised.join(", ")} at 3, the rest at "z"`, dir: `${root}pkg` },
  { name: "ours_markdown_z", label: 'dunning and pulldown-cmark at "z" (the others still at 3)', z: ["dunning", "pulldown-cmark"] },
  {
    name: "icu_z",
    label: 'ICU4X at "z" (the others still at 3)',
    z: raised.filter((name) => /^(icu_|fixed_decimal$|writeable$|zerovec$)/.test(name)),
  },
  { name: "all_z", label: 'everything at "z"', z: raised },
];

const optFlags = readFileSync(`${root}pkg-config/wasm-opt.flags`, "utf8").trim().split(/\s+/);
for (const variant of VARIANTS.filter((v) => !v.dir)) {
  const dir = `${root}target/opt-level/${variant.name}`;
  mkdirSync(dir, { recursive: true });
  const config = variant.z.flatMap((name) => ["--config", `profile.wasm.package.${name}.opt-level="z"`]);
  run("cargo", ["build", "--profile", "wasm", "--lib", "--target", "wasm32-unknown-unknown", "--no-default-features", ...config]);
  run(`${root}.tools/bin/wasm-bindgen`, ["--target", "web", "--out-dir", dir, `${root}target/wasm32-unknown-unknown/wasm/dunning.wasm`]);
  run(`${root}node_modules/.bin/wasm-opt`, [...optFlags, `${dir}/dunning_bg.wasm`, "-o", `${dir}/dunning_bg.wasm`]);
  variant.dir = dir;
}

const letter = readFileSync(`${root}examples/templates/reference-letter.md`, "utf8");
const portfolio = execFileSync(`${root}target/release/examples/bench_portfolio`, ["1", "50"], { encoding: "utf8" });
const checkOptions = { format: "markdown", channel: "email", context: "specific" };
const renderOptions = { customer: "C000000", context: "specific", channel: "letter", format: "markdown", as: "html", date: "2026-11-22" };

const contenders = {};
for (const variant of VARIANTS) {
  const api = await import(`${variant.dir}/dunning.js`);
  const wasm = readFileSync(`${variant.dir}/dunning_bg.wasm`);
  api.initSync({ module: wasm });
  const loaded = api.Portfolio.fromJson(portfolio);
  variant.wasm_bytes = wasm.length;
  variant.wasm_gzip = execFileSync("gzip", ["-9c"], { input: wasm, maxBuffer: 1 << 26 }).length;
  contenders[`${variant.name}/p2_check`] = () => api.check(letter, checkOptions);
  contenders[`${variant.name}/p1_check_render`] = () => (api.check(letter, checkOptions), loaded.render(letter, renderOptions));
}
const figures = interleave(contenders, ROUNDS);
console.log(
  JSON.stringify({
    rounds: ROUNDS,
    variants: VARIANTS.map(({ name, label, wasm_bytes, wasm_gzip }) => ({
      name,
      label,
      wasm_bytes,
      wasm_gzip,
      ...Object.fromEntries(
        ["p2_check", "p1_check_render"].flatMap((measure) => [
          [measure, figures[`${name}/${measure}`]],
          [`${measure}_vs_shipped`, ratios(figures, [`${name}/${measure}`], `shipped/${measure}`)[`${name}/${measure}`]],
        ]),
      ),
    })),
  }),
);
