// Timing several contenders on a shared, drifting machine (the peers' and the opt-level
// benchmarks): each is warmed up, its batch sized to BATCH_MS, then the contenders run one
// batch each per round, in an order that rotates every round, so that drift hits them alike.
//
// Other jobs on this machine only ever add time, and they come in bursts that can slow a batch
// five-fold: a contender's figure is the 10th percentile of its batches' mean call time (the
// calls run when the machine was quiet), given with the median of the batches (what the load
// made of it). Ratios compare the 10th percentiles.

const BATCH_MS = 3;

/** Calls per millisecond of `call`, over `ms` milliseconds. */
function rate(call, ms) {
  const start = performance.now();
  let calls = 0;
  while (performance.now() - start < ms) (call(), calls++);
  return calls / (performance.now() - start);
}

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
}

const round2 = (x) => +x.toFixed(2);

/** Times `contenders` ({ name: () => any }) over `rounds` rounds; returns per name
 * { p10_us, median_us, calls }. */
export function interleave(contenders, rounds) {
  const entries = Object.entries(contenders);
  for (const [, call] of entries) rate(call, 400);
  const batches = entries.map(([, call]) => Math.max(1, Math.round(BATCH_MS * rate(call, 150))));
  const times = entries.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < entries.length; k++) {
      const at = (round + k) % entries.length;
      const call = entries[at][1];
      const start = process.hrtime.bigint();
      for (let i = 0; i < batches[at]; i++) call();
      times[at].push(Number(process.hrtime.bigint() - start) / 1000 / batches[at]);
    }
  }
  return Object.fromEntries(
    entries.map(([name], at) => [
      name,
      { p10_us: round2(quantile(times[at], 0.1)), median_us: round2(quantile(times[at], 0.5)), calls: batches[at] * rounds },
    ]),
  );
}

/** `figures[name].p10_us / figures[base].p10_us`, for every name of `names`. */
export function ratios(figures, names, base) {
  return Object.fromEntries(names.map((name) => [name, round2(figures[name].p10_us / figures[base].p10_us)]));
}
