// The headline of BENCHMARKS.md: after scripts/bench.sh has written its sections, inserts the
// summary (each P of quality.md, its budget, our figure, the peers' ratios, met or missed) after
// the opening notes, and appends the sections of the peer, size and page benchmarks and of the
// scaling curves, from the JSON the benchmarks left in target/bench/ (bench.sh says which
// command wrote which file).
import { readFileSync, writeFileSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;
const json = (name) => JSON.parse(readFileSync(`${root}target/bench/${name}.json`, "utf8"));
const criterion = (id) => JSON.parse(readFileSync(`${root}target/criterion/${id}/new/estimates.json`, "utf8")).median.point_estimate / 1000;
const wasm = json("wasm");
const peers = json("peers");
const minijinja = json("minijinja");
const costs = json("costs");
const checkCosts = json("costs-check");
const optLevel = json("opt-level");
const page = json("page");
const curves = json("curves");
const keystroke = json("keystroke");
// P4: bench.sh writes the native figures to p4.json; bench-wasm.mjs measures the wasm ones.
const p4Native = json("p4");
const p4Wasm = wasm.p4;

const budget = Number(readFileSync(`${root}pkg-config/size.conf`, "utf8").match(/^BUDGET=(\d+)/m)[1]);
const us = (x) => `${x < 100 ? x.toFixed(1) : Math.round(x)} µs`;
const ms = (x) => `${Math.round(x)} ms`;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const times = (x) => `${x.toFixed(1)}×`;
const status = (ok) => (ok ? "**met**" : "**missed**");
const fig = (f) => `${us(f.p10_us)} (median ${us(f.median_us)})`;

// --- The summary.
const r = peers.results;
// P1 is one `render()` call: it checks the template too and returns its diagnostics with the
// output, which is the editor's whole per-keystroke work; `check()` then `render()` (checking
// twice) is shown beside it.
const ratio = peers.ratios_vs_render;
const p1 = r.ours_render.p10_us;
const p1Met = p1 <= 100 && ratio.handlebars_precompiled >= 2 && ratio.liquid_parsed >= 2;
const shipped = optLevel.variants.find((v) => v.name === "shipped");
const p2 = shipped.p2_check.p10_us;
const p2Native = criterion("P2/check reference letter (native)");
const p3Wasm = wasm.p3.median_us / 1000; // ms
const p3Native = criterion("P3/10,000 letters into one document (native)") / 1000; // ms
const p5 = costs.wasm_gzip + Object.values(costs.js_gzip).reduce((a, b) => a + b, 0);
const checkEntry = checkCosts.wasm_gzip + Object.values(checkCosts.js_gzip).reduce((a, b) => a + b, 0);
const checkBudget = Number(readFileSync(`${root}pkg-config/size.conf`, "utf8").match(/^CHECK_BUDGET=(\d+)/m)[1]);
const pages = Object.entries(page.pages).filter(([, p]) => p.measured);
const rows = [
  [
    "P1",
    "check + render of the reference letter (one `render()` call, which checks), wasm in Node",
    "≤ 100 µs; ≥ 2× faster than Handlebars (precompiled) and LiquidJS",
    `${fig(r.ours_render)}; \`check()\` then \`render()\` ${us(r.ours_check_render.p10_us)}`,
    `Handlebars precompiled ${times(ratio.handlebars_precompiled)}, compiled per call ${times(ratio.handlebars_compile_render)}; ` +
      `LiquidJS parsed ${times(ratio.liquid_parsed)}, parsed per call ${times(ratio.liquid_parse_render)}; ` +
      `MiniJinja (native, against our native) ${times(minijinja.ratios_vs_render.minijinja_model_render)}`,
    `${status(p1Met)}${p1 > 100 ? ` (${us(p1)} > 100 µs)` : ""}${ratio.handlebars_precompiled < 2 || ratio.liquid_parsed < 2 ? " (a peer within 2×)" : ""}`,
  ],
  ["P2", "check alone of the same letter, wasm in Node", "≤ 20 µs", `${fig(shipped.p2_check)}; native ${us(p2Native)}`, "—", status(p2 <= 20)],
  [
    "P3",
    "`letters`: 10,000 one-page letters into one document",
    "≤ 1 s in wasm; native ≥ 2× faster",
    `${ms(p3Wasm)} in wasm; native ${ms(p3Native)} (${times(p3Wasm / p3Native)} faster)`,
    "—",
    status(p3Wasm <= 1000 && p3Wasm / p3Native >= 2),
  ],
  [
    "P4",
    "`agenda` from JSON text: 100,000 customers / 1,000,000 items native; 20,000 / 200,000 in wasm",
    "≤ 3 s and ≤ 1.5 GB native; ≤ 1 s in wasm",
    `native ${ms(p4Native.median_total_ms)}, ${p4Native.peak_rss_mb} MB peak; wasm ${ms(p4Wasm.median_total_ms)}`,
    "—",
    status(p4Native.median_total_ms <= 3000 && p4Native.peak_rss_mb * 2 ** 20 <= 1.5e9 && p4Wasm.median_total_ms <= 1000),
  ],
  [
    "Reach",
    `\`Portfolio.reach\` of the reference letter over the demo's sample (${wasm.reach.customers} customers), wasm in Node (issue 16)`,
    "≤ 50 ms",
    `${ms(wasm.reach.median_us / 1000)}`,
    "—",
    status(wasm.reach.median_us <= 50000),
  ],
  [
    "P5",
    "the npm package (`.wasm` + JS), gzip -9",
    `≤ ${kib(budget)}`,
    `${kib(p5)}; the checker-only entry \`dunning/check\` ${kib(checkEntry)} (${(100 * checkEntry / p5).toFixed(0)} % of the engine; issue 19 asks ≤ ${kib(checkBudget)})`,
    "—",
    `${status(p5 <= budget)}${p5 > budget ? ` (${kib(p5 - budget)} over; see P5 for what each part costs)` : ""}; \`dunning/check\` ${status(checkEntry <= checkBudget)}`,
  ],
  [
    "P6",
    "page load to first preview, headless Chromium, 127.0.0.1",
    "≤ 300 ms",
    pages.map(([name, p]) => `\`${name}\` ${ms(p.first_preview_ms)}`).join("; "),
    "—",
    pages.map(([name, p]) => `\`${name}\` ${status(p.first_preview_ms <= 300)}`).join("; "),
  ],
  [
    "P7",
    "keystroke to preview painted, demo editor, headless Chromium (`scripts/bench-keystroke.mjs`)",
    "p95 ≤ 16 ms",
    Object.entries(keystroke).map(([channel, k]) => `${channel} p50 ${k.p50_ms} ms, p95 ${k.p95_ms} ms`).join("; "),
    `the editor's own echo of the key (same run): ${Object.entries(keystroke).map(([channel, k]) => `${channel} p95 ${k.editor_p95_ms} ms`).join("; ")}; the preview painted no later than the echo for ${Object.entries(keystroke).map(([channel, k]) => `${k.with_the_editors_frame}/${k.keys} ${channel}`).join(", ")} keys`,
    Object.entries(keystroke).map(([channel, k]) => `${channel} ${status(k.p95_ms <= 16)}`).join("; "),
  ],
];
const summary = `## Summary

Ratios are the headline: a peer's time divided by ours, measured in the same process (Node) or
the same run (native), so that this shared machine's drift cancels out. Timed figures in wasm are
the 10th percentile of many interleaved batches (the calls that ran while the machine was
quiet: other jobs only ever add time), with the median of the batches beside them; see each
section for how it was measured.

| | what | budget | ours | peers: their time ÷ ours | |
|---|---|---|---|---|---|
${rows.map((row) => `| ${row.join(" | ")} |`).join("\n")}
`;

// --- P1 against peers in Node.
const peerRows = [
  ["ours_check_render", "ours: `check()` + `Portfolio.render()` (the editor's work per keystroke)"],
  ["ours_render", "ours: `Portfolio.render()` alone (it checks too, and returns the diagnostics)"],
  ["handlebars_precompiled", "Handlebars, precompiled template; view model built per call"],
  ["handlebars_compile_render", "Handlebars, `compile` + render per call (an editor recompiles per keystroke)"],
  ["liquid_parsed", "LiquidJS, parsed template; view model built per call"],
  ["liquid_parse_render", "LiquidJS, `parse` + render per call"],
  ["handlebars_precompiled_model_ready", "Handlebars precompiled, view model built once (the template engine's own work)"],
  ["liquid_parsed_model_ready", "LiquidJS parsed, view model built once (the template engine's own work)"],
  ["view_model_only", "the peers' view model alone (lookups, sorting, totals, penalties)"],
];
const peersSection = `## P1 against Handlebars and LiquidJS, in the same Node process

Command: \`node scripts/bench-peers.mjs\` (Handlebars ${peers.versions.handlebars}, LiquidJS
${peers.versions.liquidjs}, Node ${peers.versions.node}; ${peers.rounds} interleaved rounds, scripts/interleave.mjs).
The reference letter for the one customer of \`bench_portfolio 1 50\` (50 open invoices), fr,
2026-11-22. The peers render \`benches/peers/reference-letter.{hbs,liquid}\`, the HTML our engine
writes for the Markdown, from the same portfolio text (parsed once, as ours is loaded once).
Their integration is in \`benches/peers/letter.mjs\`: per call, a view model (customer, contact,
collector, open items sorted by due date then reference, days late, totals per currency, late
interest by day over the rate schedule and recovery costs, in integer cents), as a collection
product would compute its legal sums in code rather than in template expressions; the
presentation in helpers/filters over cached \`Intl.NumberFormat\` / \`Intl.DateTimeFormat\`
(fr, EUR; \`dateStyle\` long and short). LiquidJS escapes output (\`outputEscape: "escape"\`) as
Handlebars and our engine do. Every output has the same text as ours (tags stripped, entities
decoded, white space collapsed: ${peers.output_text_chars} characters), or the benchmark fails.

| contender | time per call | peer ÷ ours (check + render) | peer ÷ ours (render) |
|---|---|---|---|
${peerRows
  .map(([name, label]) => {
    const f = r[name];
    const a = peers.ratios_vs_check_render[name];
    const b = peers.ratios_vs_render[name];
    return `| ${label} | ${fig(f)} | ${a === undefined ? "" : times(a)} | ${b === undefined ? "" : times(b)} |`;
  })
  .join("\n")}
`;

// --- P1 against MiniJinja, natively.
const mj = minijinja.results;
const mjRows = [
  ["ours_check_render", "ours: `check` + `render`"],
  ["ours_render", "ours: `render` alone"],
  ["minijinja_model_render", "MiniJinja: view model + render of the loaded template"],
  ["minijinja_model_compile_render", "MiniJinja: view model + compile + render per call"],
  ["minijinja_render_model_ready", "MiniJinja: render, view model built once"],
];
const minijinjaSection = `## P1 against MiniJinja, natively in the same run

Command: \`node scripts/bench-minijinja.mjs\` (\`cargo bench --bench minijinja\`, MiniJinja
${minijinja.minijinja} with its \`serde\` and \`speedups\` features; ${minijinja.rounds} interleaved rounds; then
callgrind). MiniJinja renders \`benches/peers/reference-letter.html.j2\` from a view model built
with our public API (\`Account\`, \`penalty\`), its filters calling our CLDR formatting
(\`locale::cldr\`); same text asserted. Instructions per call (callgrind: calls of one contender
less a run without them) are this machine's stable measure.

| contender | time per call | instructions per call | peer ÷ ours (check + render): time, instructions | peer ÷ ours (render): time, instructions |
|---|---|---|---|---|
${mjRows
  .map(([name, label]) => {
    const peer = !name.startsWith("ours");
    const cell = (t, i) => (peer ? `${times(t[name])}, ${times(i[name])}` : "");
    return `| ${label} | ${fig(mj[name])} | ${minijinja.instructions_per_call[name].toLocaleString("en")} | ${cell(
      minijinja.ratios_vs_check_render,
      minijinja.instruction_ratios_vs_check_render,
    )} | ${cell(minijinja.ratios_vs_render, minijinja.instruction_ratios_vs_render)} |`;
  })
  .join("\n")}
`;

// --- P5.
const largest = costs.parts.slice().sort((a, b) => b.gzip_marginal - a.gzip_marginal);
const THIRD_PARTY = ["std", "markdown", "markdown_entities", "html_parser", "html_parser_data", "serde", "icu_code", "icu_data", "bindgen"];
const thirdParty = costs.parts.filter((p) => THIRD_PARTY.includes(p.part));
const ours = costs.parts.filter((p) => !THIRD_PARTY.includes(p.part) && p.part !== "other");
const sum = (parts) => parts.reduce((total, p) => total + p.gzip_marginal, 0);
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const sizeSection = `## P5 — the package, and what each part of it costs

\`make package\` (scripts/package.sh, \`gzip -9\`): \`dunning_bg.wasm\` ${costs.wasm_bytes} bytes, ${costs.wasm_gzip}
gzipped; JS ${Object.entries(costs.js_gzip)
  .map(([file, bytes]) => `\`${file}\` ${bytes}`)
  .join(", ")}; total **${kib(p5)}** against a budget of ${kib(budget)}.

What each part costs, by \`node scripts/wasm-costs.mjs\`: the shipped module rebuilt with a
link map and wasm-opt's \`-g\` (checked byte for byte against \`pkg/dunning_bg.wasm\` once the
names are dropped); functions attributed by their demangled names (methods and drop glue to the
type's crate, serde's instantiations to serde), data by the link map's symbol at each address
(anonymous constants to the crate whose object code defines them, ours further by matching the
string and byte literals of our sources, and tables by what they point to). The gzip cost of a
part is what removing its bytes from the module saves (\`gzip -9\`, the rest of the module kept
as context), so the costs do not add up to the total exactly. Sizes in bytes; costs in KB
(1,000 bytes).

${costs.markdown}

Largest functions (bytes of code, after wasm-opt's inlining):
${costs.largest_functions
  .slice(0, 10)
  .map((f) => `\`${f.name.replace(/`/g, "")}\` ${f.bytes}`)
  .join("; ")}. The standard library's stable sort is instantiated ${costs.sort_instantiations.functions} times
(one per element type and comparison: ${costs.sort_instantiations.bytes} bytes of code, ${kb(costs.sort_instantiations.gzip_marginal)} gzip).

Why the budget does not hold: third-party code and data (${thirdParty.map((p) => p.label.split(" (")[0]).join(", ")})
cost ${kb(sum(thirdParty))} of gzip together, against ${kb(sum(ours))} for the engine's own code and data;
the largest parts alone (${largest
  .slice(0, 4)
  .map((p) => `${p.label.split(" (")[0]} ${kb(p.gzip_marginal)}`)
  .join(", ")}) make ${kb(sum(largest.slice(0, 4)))}, against a budget of ${kib(budget)}.

### The checker-only entry, \`dunning/check\`

\`node scripts/wasm-costs.mjs check\`: pkg/check/ (feature \`check-only\`, profile \`wasm-check\`, all
\`opt-level = "z"\`): \`dunning_bg.wasm\` ${checkCosts.wasm_bytes} bytes, ${checkCosts.wasm_gzip} gzipped; with its
JS **${kib(checkEntry)}**, ${(100 * checkEntry / p5).toFixed(0)} % of the engine's ${kib(p5)}, against the ${kib(checkBudget)} issue 19 asks for.

${checkCosts.markdown}

### The opt-level trade-off

\`node scripts/bench-opt-level.mjs\`: the module rebuilt with Cargo.toml's \`opt-level = 3\`
overrides of the wasm profile set back to \`"z"\`, measured in one Node process (${optLevel.rounds} interleaved
rounds).

| build | \`.wasm\` gzip -9 | P2: \`check()\` | P1: \`check()\` + \`render()\` |
|---|---|---|---|
${optLevel.variants
  .map(
    (v) =>
      `| ${v.label} | ${v.wasm_gzip}${v === shipped ? "" : ` (${v.wasm_gzip > shipped.wasm_gzip ? "+" : ""}${kb(v.wasm_gzip - shipped.wasm_gzip)})`} | ${fig(v.p2_check)}, ${times(v.p2_check_vs_shipped)} | ${fig(v.p1_check_render)}, ${times(v.p1_check_render_vs_shipped)} |`,
  )
  .join("\n")}
`;

// --- P6.
const pageSection = `## P6 — page load to first preview

Command: \`node scripts/bench-page.mjs\` (Chromium ${page.chromium}, headless, \`www/\` served on
127.0.0.1 by tests/e2e/serve.mjs, gzip-compressed as a deployment serves it): ${page.loads} cold loads
per page, each in a new browser context (empty HTTP cache, no compiled-wasm cache), after one
uncounted load; medians. "First preview": navigation start to the first \`diagnostics\` event of
a \`<dunning-preview>\` without \`error\`; "on screen": to its frame showing that page;
"transferred": the page and everything it fetched, compressed.

| page | first preview | range | on screen | DOMContentLoaded | \`.wasm\` received | transferred | budget |
|---|---|---|---|---|---|---|---|
${Object.entries(page.pages)
  .map(([name, p]) =>
    p.measured
      ? `| \`${name}\` | ${ms(p.first_preview_ms)} | ${ms(p.first_preview_range_ms[0])}–${ms(p.first_preview_range_ms[1])} | ${p.frame_loaded_ms === null ? "—" : ms(p.frame_loaded_ms)} | ${ms(p.dom_content_loaded_ms)} | ${p.wasm_received_ms === null ? "—" : ms(p.wasm_received_ms)} | ${p.transferred_kib ?? "—"} KiB | ≤ 300 ms |`
      : `| \`${name}\` | not measured: ${p.reason} | | | | | | |`,
  )
  .join("\n")}
`;

// --- P7.
const keystrokeSection = `## P7 — keystroke to the preview painted

Command: \`node scripts/bench-keystroke.mjs 60\` (Chromium ${page.chromium}, headless, the demo editor
on 127.0.0.1): the reference letter typed into the editor for each channel, then 60 keys at the
end of it, one every 200 ms or so (an author's pace); for each, from the \`keydown\` event's
timestamp to the first animation frame of the preview's frame after it has put the key's page
in place. Same-run baseline: from the same \`keydown\` to the editor page's own next animation
frame, where the typed character appears (no preview can show a key before the page does).
The frame is a document of its own (sandboxed, another process), so both times are read on the
clock documents share (\`timeOrigin\` + time).

| channel | p50 | p95 | max | painted within one frame (16.7 ms) | no later than the editor's frame | the editor's own frame: p50, p95 |
|---|---|---|---|---|---|---|
${Object.entries(keystroke)
  .map(([channel, k]) => `| ${channel} | ${k.p50_ms} ms | ${k.p95_ms} ms | ${k.max_ms} ms | ${k.within_one_frame} of ${k.keys} | ${k.with_the_editors_frame} of ${k.keys} | ${k.editor_p50_ms} ms, ${k.editor_p95_ms} ms |`)
  .join("\n")}

How the preview gets there (docs/security.md, "The preview frame"; issue 19): the element renders
once the keystroke's task is done (a microtask, not the next animation frame), sends the page on
a \`MessagePort\` (a window's \`postMessage\` to the out-of-process frame left only after the
host had painted), and the frame merges it into the page shown instead of replacing its
document, parsing only its body when its head is the one shown (a letter's head is its style
sheet with the logo, four fifths of its page); the editor's reach panel waits for a pause in
typing.
`;

// --- Scaling curves (scripts/bench-curves.mjs).
const size = { items: (n) => n.toLocaleString("en"), bytes: (n) => `${n.toLocaleString("en")} bytes` };
const time = (micros) =>
  micros >= 1e6 ? `${(micros / 1e6).toFixed(2)} s` : micros >= 1e3 ? `${(micros / 1e3).toFixed(1)} ms` : us(micros);
const perUnit = (micros) => (micros < 0.1 ? `${(micros * 1000).toFixed(1)} ns` : `${micros.toFixed(2)} µs`);
const verdict = (s) =>
  `fitted slope ${s.slope.toFixed(2)} over every size, ${s.upper_slope.toFixed(2)} from ${s.upper_from.toLocaleString("en")} on: ` +
  `**${s.growth}**${s.growth === "super-linear" ? ' (docs/decisions.md, "Scaling curves", says why)' : ""}.`;
const curvesSection = `## Scaling curves

Command: \`node scripts/bench-curves.mjs\` (it runs \`target/release/examples/bench_curves\`, fits
and plots). Each time is a median of repeated calls in one process after a warm-up call, as P1
and P2 are measured (the engine redoing work it has seen: its memos and the CPU caches warm):
batches of about 1 ms, at least 5 of them and 200 ms in all. **render**: the reference letter
(P1's: context \`specific\`, fr, e-mail HTML) for the one customer of \`bench_portfolio 1 N\`, whose
N open invoices fill \`#items_list\`. **check**: the reference letter's paragraphs repeated up to
the size. **agenda**: P4's sample portfolio (seed 1, 2026-11-23) of N items and N/10 customers,
each size in a fresh process (\`bench_curves agenda N\`), medians of at least 3 rounds of
\`Portfolio::from_json\` + \`agenda\`; its memory is the process's peak resident memory (Linux's
VmHWM) less what it held before generating the JSON text, that is the text, the portfolio and
the agenda. Page faults per call count the fresh pages the allocator had from the kernel
(Linux's minflt), a cost the engine's code does not show. The slope is the least-squares fit of
log(time) against log(size), over every size and over the upper half, where fixed costs no
longer hide growth: 1 is linear, 2 quadratic; growth is called super-linear when the upper slope
exceeds ${curves.super_linear_above}. Each plot's dashed line has slope 1 through the first point.

### render against the items of \`#items_list\`

![render time against items](${curves.render.plot})

| items | time per render | per item | page faults per render |
|---|---|---|---|
${curves.render.points.map((p) => `| ${size.items(p.size)} | ${time(p.time_us)} | ${perUnit(p.time_us / p.size)} | ${p.page_faults_per_call} |`).join("\n")}

Time: ${verdict(curves.render)}

### check against the template's size

![check time against template size](${curves.check.plot})

| template | time per check | per KB | page faults per check |
|---|---|---|---|
${curves.check.points.map((p) => `| ${size.bytes(p.size)} | ${time(p.time_us)} | ${perUnit((p.time_us / p.size) * 1024)} | ${p.page_faults_per_call} |`).join("\n")}

Time: ${verdict(curves.check)}

### load + agenda against the portfolio's items

![load + agenda time against items](${curves.agenda.plot})
![memory against items](${curves.agenda_memory.plot})

| items | customers | JSON | load | agenda | total | per item | memory added | per item |
|---|---|---|---|---|---|---|---|---|
${curves.agenda.points
  .map(
    (p) =>
      `| ${size.items(p.size)} | ${size.items(p.customers)} | ${(p.json_bytes / 1e6).toFixed(1)} MB | ${time(p.load_us)} | ${time(p.agenda_us)} | ${time(p.time_us)} | ${perUnit(p.time_us / p.size)} | ${p.memory_mb} MB (the JSON text alone ${(p.text_peak_rss_mb - p.baseline_rss_mb).toFixed(1)} MB) | ${((p.memory_mb * 1024) / p.size).toFixed(2)} KB |`,
  )
  .join("\n")}

Time: ${verdict(curves.agenda)} Memory: ${verdict(curves.agenda_memory)}
`;

const path = `${root}BENCHMARKS.md`;
const text = readFileSync(path, "utf8");
const firstSection = text.indexOf("\n## ");
const report = `${text.slice(0, firstSection + 1)}${summary}\n${text.slice(firstSection + 1).trimEnd()}\n\n${peersSection}\n${minijinjaSection}\n${sizeSection}\n${pageSection}\n${keystrokeSection}\n${curvesSection}`;
writeFileSync(path, report);
