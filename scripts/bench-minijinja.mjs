// P1's native peer: runs benches/minijinja.rs (our render beside MiniJinja, interleaved; it
// asserts the same text), then counts each contender's instructions per call under callgrind,
// the one measure this shared machine keeps stable: (instructions of N calls − of none) / N.
// Prints one JSON object.
import { execFileSync } from "node:child_process";

const root = new URL("..", import.meta.url).pathname;
const CALLS = 20;

const build = execFileSync("cargo", ["bench", "--bench", "minijinja", "--no-run", "--message-format=json"], {
  cwd: root,
  encoding: "utf8",
  stdio: ["ignore", "pipe", "inherit"],
});
const binary = build
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line))
  .find((message) => message.reason === "compiler-artifact" && message.target?.name === "minijinja" && message.executable)?.executable;
if (!binary) throw new Error("cargo built no minijinja benchmark");

const timed = JSON.parse(execFileSync(binary, ["--bench"], { cwd: root, encoding: "utf8" }).trim().split("\n").at(-1));

const names = Object.keys(timed.results);
/** Instructions callgrind collects over the whole program with `calls` calls of `name`. */
const count = (name, calls) => {
  const result = execFileSync(
    "sh",
    ["-c", 'valgrind --tool=callgrind --callgrind-out-file=/dev/null "$0" --bench 2>&1 >/dev/null | sed -n "s/.*Collected : //p"', binary],
    { cwd: root, encoding: "utf8", env: { ...process.env, BENCH_ONLY: name, BENCH_CALLS: String(calls) } },
  );
  return Number(result.trim());
};
const base = count(names[0], 0);
const perCall = Object.fromEntries(names.map((name) => [name, Math.round((count(name, CALLS) - base) / CALLS)]));
const ratio = (name, of) => +(perCall[name] / perCall[of]).toFixed(2);
const peers = names.filter((name) => !name.startsWith("ours"));
console.log(
  JSON.stringify({
    ...timed,
    minijinja: execFileSync("cargo", ["tree", "--edges", "dev", "--depth", "1", "--prefix", "none"], { cwd: root, encoding: "utf8" })
      .split("\n")
      .find((line) => line.startsWith("minijinja "))
      ?.split(" ")[1],
    instructions_per_call: perCall,
    instruction_ratios_vs_check_render: Object.fromEntries(peers.map((name) => [name, ratio(name, "ours_check_render")])),
    instruction_ratios_vs_render: Object.fromEntries(peers.map((name) => [name, ratio(name, "ours_render")])),
  }),
);
