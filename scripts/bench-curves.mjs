// Scaling curves (issue 6): runs examples/bench_curves (built by bench.sh: `cargo build --release
// --example bench_curves`), fits each series' growth on log-log axes, prints the JSON that
// scripts/bench-report.mjs turns into BENCHMARKS.md's "Scaling curves" section, and draws each
// series into docs/curves/*.svg (committed: BENCHMARKS.md links them).
//
// The slope is the least-squares fit of log(y) against log(size): 1 is linear, 2 quadratic. It
// is fitted over every point and over the upper half, where fixed costs no longer hide growth;
// a series grows super-linearly when the upper slope exceeds 1.15.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;
const measured = JSON.parse(
  execFileSync(`${root}target/release/examples/bench_curves`, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }),
);

const SUPER_LINEAR = 1.15;

/// Least-squares slope of log(y) against log(x).
function slope(points) {
  const xs = points.map(([x]) => Math.log(x));
  const ys = points.map(([, y]) => Math.log(y));
  const mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const covariance = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0);
  const variance = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return covariance / variance;
}

const round = (x, digits = 2) => Number(x.toFixed(digits));

// --- Tick labels.
const si = (x, units) => {
  for (const [scale, unit] of units) {
    // Whole units from 10 on (64 KB, not 64.1), two digits below.
    const v = x / scale;
    if (x >= scale) return `${v >= 10 ? Math.round(v) : Number(v.toPrecision(2))}${unit}`;
  }
  return String(x);
};
const count = (x) => si(x, [[1e6, "M"], [1e3, "k"], [1, ""]]);
const bytes = (x) => si(x, [[2 ** 20, " MB"], [2 ** 10, " KB"], [1, " B"]]);
const duration = (us) => si(us, [[1e6, " s"], [1e3, " ms"], [1, " µs"], [1e-3, " ns"]]);
const megabytes = (mb) => si(mb, [[1024, " GB"], [1, " MB"], [1 / 1024, " KB"]]);

const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/// A log-log plot: gridlines at each decade (and lighter ones at 2–9 × the decade), the
/// measured points joined, and a dashed line of slope 1 through the first point, which the
/// points follow when growth is linear.
function svg({ title, xTitle, yTitle, points, xLabel, yLabel }) {
  const [width, height] = [640, 420];
  const [left, right, top, bottom] = [80, 24, 48, 56];
  const [x0, y0] = points[0];
  const xMax = points.at(-1)[0];
  const linear = [
    [x0, y0],
    [xMax, (y0 * xMax) / x0],
  ];
  const ys = [...points, ...linear].map(([, y]) => y);
  // The domains, padded by a fifth of a decade on each side, in log10.
  const pad = 0.2;
  const [lx0, lx1] = [Math.log10(x0) - pad, Math.log10(xMax) + pad];
  const [ly0, ly1] = [Math.log10(Math.min(...ys)) - pad, Math.log10(Math.max(...ys)) + pad];
  const px = (x) => left + ((Math.log10(x) - lx0) / (lx1 - lx0)) * (width - left - right);
  const py = (y) => height - bottom - ((Math.log10(y) - ly0) / (ly1 - ly0)) * (height - top - bottom);
  const f = (n) => n.toFixed(1);

  const grid = [];
  const gridlines = (l0, l1, line) => {
    for (let decade = Math.floor(l0); decade <= Math.ceil(l1); decade++) {
      for (let m = 1; m < 10; m++) {
        const at = Math.log10(m) + decade;
        if (at >= l0 && at <= l1) line(10 ** at, m === 1);
      }
    }
  };
  gridlines(lx0, lx1, (x, major) =>
    grid.push(`<line x1="${f(px(x))}" y1="${top}" x2="${f(px(x))}" y2="${height - bottom}" class="${major ? "major" : "minor"}"/>`),
  );
  // Decades are labelled; 2 and 5 too when fewer than two decades show.
  const labelled = Math.floor(ly1) - Math.ceil(ly0) < 1 ? [1, 2, 5] : [1];
  gridlines(ly0, ly1, (y, major) => {
    grid.push(`<line x1="${left}" y1="${f(py(y))}" x2="${width - right}" y2="${f(py(y))}" class="${major ? "major" : "minor"}"/>`);
    const m = Math.round(y / 10 ** Math.floor(Math.log10(y) + 1e-9));
    if (labelled.includes(m)) grid.push(`<text x="${left - 6}" y="${f(py(y) + 4)}" text-anchor="end">${escape(yLabel(y))}</text>`);
  });
  // The x axis is labelled at the measured sizes, which are what the tables list.
  const xTicks = points.map(
    ([x]) =>
      `<line x1="${f(px(x))}" y1="${height - bottom}" x2="${f(px(x))}" y2="${height - bottom + 5}" class="axis"/>` +
      `<text x="${f(px(x))}" y="${height - bottom + 18}" text-anchor="middle">${escape(xLabel(x))}</text>`,
  );
  const path = (pts) => pts.map(([x, y]) => `${f(px(x))},${f(py(y))}`).join(" ");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">
<title>${escape(title)}</title>
<style>.major{stroke:#c8c8c8}.minor{stroke:#ececec}.axis{stroke:#333}</style>
<rect width="${width}" height="${height}" fill="#fff"/>
<text x="${width / 2}" y="24" text-anchor="middle" font-size="14" font-weight="bold">${escape(title)}</text>
${grid.join("\n")}
${xTicks.join("\n")}
<rect x="${left}" y="${top}" width="${width - left - right}" height="${height - top - bottom}" fill="none" class="axis"/>
<text x="${(left + width - right) / 2}" y="${height - 14}" text-anchor="middle">${escape(xTitle)}</text>
<text transform="translate(18 ${(top + height - bottom) / 2}) rotate(-90)" text-anchor="middle">${escape(yTitle)}</text>
<polyline points="${path(linear)}" fill="none" stroke="#888" stroke-width="1.5" stroke-dasharray="6 4"/>
<polyline points="${path(points)}" fill="none" stroke="#1f6fb4" stroke-width="2"/>
${points.map(([x, y]) => `<circle cx="${f(px(x))}" cy="${f(py(y))}" r="4" fill="#1f6fb4"><title>${escape(`${xLabel(x)}: ${yLabel(y)}`)}</title></circle>`).join("\n")}
<g transform="translate(${left + 12} ${top + 16})">
<line x1="0" y1="-4" x2="24" y2="-4" stroke="#1f6fb4" stroke-width="2"/><circle cx="12" cy="-4" r="4" fill="#1f6fb4"/><text x="32" y="0">measured</text>
<line x1="0" y1="14" x2="24" y2="14" stroke="#888" stroke-width="1.5" stroke-dasharray="6 4"/><text x="32" y="18">linear (slope 1) through the first point</text>
</g>
</svg>
`;
}

/// One series: its points, its slopes, its verdict, and its plot written to `plot`.
function series({ points: raw, y, plot, what, xTitle, yTitle, xLabel, yLabel }) {
  const points = raw.map((p) => [p.size, p[y]]);
  const upper = points.slice(-Math.max(3, Math.ceil(points.length / 2)));
  const all = round(slope(points));
  const upperSlope = round(slope(upper));
  const growth = upperSlope > SUPER_LINEAR ? "super-linear" : upperSlope < 0.85 ? "sub-linear" : "linear";
  const title = `${what}: fitted slope ${all.toFixed(2)}, ${upperSlope.toFixed(2)} from ${xLabel(upper[0][0])} on`;
  mkdirSync(`${root}docs/curves`, { recursive: true });
  writeFileSync(`${root}${plot}`, svg({ title, xTitle, yTitle, points, xLabel, yLabel }));
  return { points: raw, y, slope: all, upper_slope: upperSlope, upper_from: upper[0][0], growth, plot };
}

const curves = {
  render: series({
    points: measured.render.points,
    y: "time_us",
    plot: "docs/curves/render-items.svg",
    what: "render of the reference letter",
    xTitle: "items in the #items_list table",
    yTitle: "time per render",
    xLabel: count,
    yLabel: duration,
  }),
  check: series({
    points: measured.check.points,
    y: "time_us",
    plot: "docs/curves/check-size.svg",
    what: "check",
    xTitle: "template size (the reference letter repeated)",
    yTitle: "time per check",
    xLabel: bytes,
    yLabel: duration,
  }),
  agenda: series({
    points: measured.agenda.points,
    y: "time_us",
    plot: "docs/curves/agenda-items.svg",
    what: "Portfolio::from_json + agenda",
    xTitle: "items in the portfolio (customers: a tenth)",
    yTitle: "time (load + agenda)",
    xLabel: count,
    yLabel: duration,
  }),
  agenda_memory: series({
    points: measured.agenda.points,
    y: "memory_mb",
    plot: "docs/curves/agenda-memory.svg",
    what: "memory of load + agenda",
    xTitle: "items in the portfolio (customers: a tenth)",
    yTitle: "peak resident memory added",
    xLabel: count,
    yLabel: megabytes,
  }),
};
console.log(JSON.stringify({ super_linear_above: SUPER_LINEAR, ...curves }, null, 2));
