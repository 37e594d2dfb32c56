// `npx dunning check` against the native `dunning check`: the npm package's command line
// (pkg/bin/dunning.mjs on pkg/cli/'s module) and the native program run on the same files with
// the same arguments must print the same bytes on stdout and on stderr and exit with the same
// status; then the packed package, installed in a project, runs as `npx dunning`.
// Colour is off on both sides (output captured, not a terminal; NO_COLOR set besides), but for
// one test that runs both on a terminal (util-linux's `script`) and compares their colours.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(".");
const NATIVE = resolve(process.env.DUNNING_BIN ?? "target/debug/dunning");
const NODE_BIN = resolve("pkg/bin/dunning.mjs");
const SAMPLE = "www/sample-portfolio.json";
const ENV = { ...process.env, NO_COLOR: "1" };
let dir;

before(() => {
  assert.ok(existsSync(NATIVE), `${NATIVE}: build it (cargo build --bin dunning)`);
  assert.ok(existsSync(NODE_BIN), `${NODE_BIN}: build it (make package)`);
  dir = mkdtempSync(join(tmpdir(), "dunning-npx-"));
  const write = (name, text) => {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  };
  write("errors/letter.md", "Dear #contact_nme,\n\n# Title\nYour items: #items_lst\n\n#items_list_selected\n");
  write("errors/unsafe.html", '<p onclick="x()">Hello #customer_name</p><script>alert(1)</script>\n');
  write("errors/nested/empty.md", "  \n");
  write("errors/notes.json", "{}");
  write("sms/reminder.txt", "Hi #customer_name, **#items_amount_overdue** is overdue: #items_list. Pay: #payment_link\n");
  write("sms/unicode.txt", "Bonjour #contact_name, vous devez #items_amount_overdue. Merci — l’équipe 😊\n");
  writeFileSync(join(dir, "latin1.md"), Buffer.from([0x44, 0xe9, 0x61, 0x72, 0x0a]));
  write("bad-portfolio.json", '{"company": {"name": "X"}, "customers": [{"id": 3}]}\n');
  // A project file: letters by default, SMS for every .txt, the specific actions' context under
  // specific/, and a format for an extension `check` cannot tell.
  write("project/dunning.toml", 'channel = "letter"\n\n[[override]]\nfiles = "*.txt"\nchannel = "sms"\n\n'
    + '[[override]]\nfiles = "specific/**"\ncontext = "specific"\n\n[[override]]\nfiles = "legacy/*.tpl"\nformat = "html"\n');
  write("project/letter.md", "Dear #contact_name, you owe #items_amount_overdue.\n\n#items_table_overdue\n");
  write("project/reminder.txt", "You owe #items_amount_overdue. #items_list\n");
  write("project/deep/er/late.txt", "Hi #customer_name, **#items_amount_overdue** is overdue.\n");
  write("project/specific/promise.md", "You promised to pay #items_amount_selected.\n");
  write("project/legacy/old.tpl", "<p>Dear #customer_name</p>\n");
  write("project/inner/dunning.toml", 'channel = "email"\n');
  write("project/inner/mail.txt", "#items_list_overdue\n");
  // Broken project files: a value that is no channel (line 3), and no TOML at all.
  write("broken/dunning.toml", '# templates\n\nchannel = "fax"\n');
  write("broken/letter.md", "Dear #contact_name,\n");
  write("garbled/dunning.toml", "[[override]\nfiles = 3\n");
  write("garbled/letter.md", "Dear #contact_name,\n");
});

/** Both programs on `args` (from the repository's root, or `cwd`). */
function both(args, cwd = ROOT) {
  const run = (command, argv) => {
    const result = spawnSync(command, argv, { cwd, env: ENV, encoding: "utf8", maxBuffer: 64 << 20 });
    assert.equal(result.error, undefined, `${command}: ${result.error}`);
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  return { native: run(NATIVE, args), node: run(process.execPath, [NODE_BIN, ...args]) };
}

/** `args` give the same stdout, stderr and status on both sides; returns the native result. */
function same(args, status, cwd) {
  const { native, node } = both(args, cwd);
  assert.equal(node.stdout, native.stdout, `stdout of dunning ${args.join(" ")}`);
  assert.equal(node.stderr, native.stderr, `stderr of dunning ${args.join(" ")}`);
  assert.equal(node.status, native.status, `status of dunning ${args.join(" ")}`);
  if (status !== undefined) assert.equal(native.status, status, `dunning ${args.join(" ")}: ${native.stderr}`);
  return native;
}

test("the example templates: human and JSON, by directory and by file", () => {
  assert.match(same(["check", "examples/templates"], 1).stdout, /error\[selection-required\]/);
  same(["check", "examples/templates/"], 1);
  same(["check", "--output", "json", "examples/templates"], 1);
  same(["check", "--context", "specific", "examples/templates/formal-notice.md", "examples/templates/promise-of-payment.md",
    "examples/templates/first-reminder.html"], 0);
  same(["check", "--channel", "letter", "--context", "specific", "examples/templates/reference-letter.md"]);
});

test("templates with errors, warnings and unsafe HTML, walked from a directory", () => {
  const native = same(["check", join(dir, "errors")], 1);
  assert.match(native.stdout, /help: write #contact_name/);
  assert.match(native.stderr, /^checked 3 file\(s\): \d+ error\(s\), 1 warning\(s\)\n$/);
  same(["check", "--output", "json", join(dir, "errors")], 1);
  same(["check", "--format", "html", "--channel", "email", join(dir, "errors/notes.json")]);
});

test("SMS text templates", () => {
  same(["check", "--channel", "sms", "examples/templates/reminder-sms.txt", join(dir, "sms")]);
  same(["check", "--channel", "sms", "--output", "json", join(dir, "sms")]);
  same(["check", "--channel", "sms", "--format", "text", join(dir, "errors/letter.md")], 1);
});

test("the reach report over the sample portfolio", { skip: !existsSync(SAMPLE) && `${SAMPLE}: make sample` }, () => {
  const human = same(["check", "--data", SAMPLE, "--date", "2026-11-23"]);
  assert.match(human.stdout, /reaches \d+ customer\(s\)/);
  same(["check", "--data", SAMPLE, "--date", "2026-11-23", "--output", "json"]);
  same(["check", "--data", "examples/portfolio.json", "--date", "2026-11-22"]);
});

test("dunning.toml: the nearest project file sets format, channel and context; the flags override it", () => {
  const project = join(dir, "project");
  const codes = (native) => Object.fromEntries(JSON.parse(native.stdout).files.map((file) => [
    file.path.slice(project.length + 1), file.diagnostics.map((diagnostic) => diagnostic.code),
  ]));
  same(["check", project], 1);
  const json = codes(same(["check", "--output", "json", project, join(project, "legacy/old.tpl")], 1));
  assert.deepEqual(json["reminder.txt"], ["channel-not-supported"], "SMS by the override");
  assert.ok(json["deep/er/late.txt"].length > 0, "a glob without / matches at any depth");
  assert.deepEqual(json["specific/promise.md"], [], "the specific context under specific/");
  assert.deepEqual(json["legacy/old.tpl"], [], "named explicitly, HTML by the project file");
  assert.deepEqual(json["inner/mail.txt"], [], "the nearest project file governs alone");
  const flags = codes(same(["check", "--output", "json", "--channel", "email", "--context", "scenario", project], 1));
  assert.deepEqual(flags["reminder.txt"], [], "the flags override the project file");
  assert.deepEqual(flags["specific/promise.md"], ["selection-required"]);
  // Relative paths, from the templates' directory and from below it: the project file is
  // searched for from the working directory up.
  same(["check", "--output", "json", "reminder.txt", "legacy/old.tpl", "."], 1, project);
  same(["check", "../reminder.txt", "../specific/promise.md"], 1, join(project, "deep"));
  const below = JSON.parse(same(["check", "--output", "json", "../../reminder.txt", "../../specific/promise.md", "late.txt"], 1,
    join(project, "deep/er")).stdout).files.map((file) => file.diagnostics.map((diagnostic) => diagnostic.code));
  assert.deepEqual(below.slice(0, 2), [["channel-not-supported"], []], "dunning.toml found from below");
});

test("a broken dunning.toml: path:line:column, status 2, nothing checked", () => {
  const broken = same(["check", join(dir, "broken")], 2);
  assert.equal(broken.stdout, "");
  assert.match(broken.stderr, /^dunning: .*broken\/dunning\.toml:3:11: unknown channel "fax"/);
  same(["check", "--output", "json", join(dir, "broken/letter.md")], 2);
  same(["check", "--channel", "sms", join(dir, "broken")], 2);
  assert.match(same(["check", join(dir, "garbled")], 2).stderr, /garbled\/dunning\.toml:1:\d+: /);
  same(["check", "letter.md"], 2, join(dir, "garbled"));
});

test("the catalogue, in two languages and as JSON", () => {
  assert.match(same(["catalogue"], 0).stdout, /^#/);
  same(["catalogue", "--locale", "de"], 0);
  same(["catalogue", "--locale", "pt-BR", "--output", "json"], 0);
});

test("missing, unreadable and misnamed files, and a portfolio that does not load", () => {
  const missing = same(["check", "examples/templates/formal-notice.md", join(dir, "missing.md"), join(dir, "errors/letter.md")], 2);
  assert.match(missing.stderr, /missing\.md: No such file or directory \(os error 2\)\n/);
  same(["check", join(dir, "missing-dir")], 2);
  same(["check", join(dir, "latin1.md")], 2);
  same(["check", join(dir, "errors/notes.json")], 2);
  same(["check", "--data", join(dir, "missing.json")], 2);
  assert.match(same(["check", "--data", join(dir, "bad-portfolio.json")], 1).stderr, /bad-portfolio\.json: /);
  same(["check", "--data", "examples/templates/formal-notice.md"], 1);
});

test("usage errors, help and version: clap's own words on both sides", () => {
  for (const args of [
    ["check", "--chanel", "sms", "x.md"], ["check", "--channel", "fax", "x.md"], ["check", "--output", "yaml", "x.md"],
    ["check"], ["check", "--data", SAMPLE, "x.md"], ["check", "--date", "2026-11-23", "x.md"],
    ["check", "--data", SAMPLE, "--date", "2026-02-30"], ["catalogue", "--locale", "xx"], ["catalogue", "extra"],
  ]) {
    assert.match(same(args, 2).stderr, /^error: /);
  }
  assert.match(same(["check", "--help"], 0).stdout, /--channel <CHANNEL>/);
  same(["check", "-h"], 0);
  same(["catalogue", "--help"], 0);
  same(["help", "check"], 0);
  same(["--version"], 0);
});

const SCRIPT = spawnSync("script", ["--version"]).status === 0;

test("on a terminal, both colour the report and clap's messages alike", { skip: !SCRIPT && "no `script` (util-linux)" }, () => {
  // `script` gives the program a terminal and copies what it writes (both streams) to stdout.
  const onTerminal = (command) => spawnSync("script", ["-qec", command, "/dev/null"], {
    cwd: ROOT, env: { ...process.env, NO_COLOR: undefined, TERM: "xterm-256color" }, encoding: "utf8",
  });
  for (const args of ["check examples/templates/promise-of-payment.md", "check --chanel sms x.md", "check --help"]) {
    const native = onTerminal(`${NATIVE} ${args}`);
    const node = onTerminal(`${process.execPath} ${NODE_BIN} ${args}`);
    assert.equal(node.stdout, native.stdout, `dunning ${args} on a terminal`);
    assert.equal(node.status, native.status);
  }
  assert.match(onTerminal(`${NATIVE} check examples/templates/promise-of-payment.md`).stdout, /\x1b\[[0-9;]*merror\[selection-required\]/, "in colour");
});

test("what the package's CLI does not run is said, with status 2", () => {
  const { native, node } = both(["sample", "--date", "2026-11-23", "--customers", "1"]);
  assert.equal(native.status, 0);
  assert.equal(node.status, 2);
  assert.match(node.stderr, /^dunning: `sample` is the native CLI's only/);
  for (const command of ["schema", "import", "lsp"]) {
    const { node: refused } = both([command]);
    assert.equal(refused.status, 2, command);
    assert.match(refused.stderr, new RegExp(`^dunning: \`${command}\` is the native CLI's only`));
  }
});

test("installed from the packed package, `npx dunning check` runs in a project", () => {
  const packed = mkdtempSync(join(tmpdir(), "dunning-npx-pack-"));
  const [tarball] = JSON.parse(execFileSync("npm", ["pack", join(ROOT, "pkg"), "--json", "--pack-destination", packed], { encoding: "utf8" }));
  const project = mkdtempSync(join(tmpdir(), "dunning-npx-project-"));
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "templates-repo", private: true }));
  cpSync("examples/templates", join(project, "templates"), { recursive: true });
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", join(packed, tarball.filename)], { cwd: project, stdio: "pipe" });
  const npx = spawnSync("npx", ["--no-install", "dunning", "check", "templates/"], { cwd: project, env: ENV, encoding: "utf8" });
  const native = spawnSync(NATIVE, ["check", "templates/"], { cwd: project, env: ENV, encoding: "utf8" });
  assert.equal(npx.stdout, native.stdout);
  assert.equal(npx.stderr, native.stderr);
  assert.equal(npx.status, 1);
  const clean = spawnSync("npx", ["--no-install", "dunning", "check", "--context", "specific", "templates/formal-notice.md"], {
    cwd: project, env: ENV, encoding: "utf8",
  });
  assert.equal(clean.status, 0, clean.stderr);
});

test("the README's and the pre-commit hook's `dunning@VERSION` is Cargo.toml's version", () => {
  const version = /^version = "(.*)"$/m.exec(readFileSync("Cargo.toml", "utf8"))[1];
  for (const file of ["README.md", ".pre-commit-hooks.yaml"]) {
    const named = [...readFileSync(file, "utf8").matchAll(/dunning@([0-9][^\s\]"]*)/g)].map((match) => match[1]);
    assert.ok(named.length > 0, `${file} names dunning@VERSION`);
    assert.deepEqual([...new Set(named)], [version], file);
  }
});
