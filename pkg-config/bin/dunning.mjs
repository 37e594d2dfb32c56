#!/usr/bin/env node
// `npx dunning check templates/`: the native CLI's `check` and `catalogue` in Node, without
// Rust. The code that parses the arguments (clap), walks the templates and writes the reports
// (codespan-reporting, the JSON) is the native CLI's own (src/cli.rs), compiled into the
// package's CLI module, cli/ (not the module a browser loads); this file only gives it the files
// and prints what it returns, then exits with its status: 0 no errors, 1 the input has errors,
// 2 a usage or I/O error. tests/e2e/npx.test.mjs holds it to the native program, byte for byte.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { initSync, runCli } from "../cli/dunning.js";

// The C library's words for an error, as the native program prints them ("No such file or
// directory (os error 2)"); Node's own are libuv's ("no such file or directory").
const STRERROR = {
  EPERM: "Operation not permitted",
  ENOENT: "No such file or directory",
  EIO: "Input/output error",
  ENXIO: "No such device or address",
  EAGAIN: "Resource temporarily unavailable",
  ENOMEM: "Cannot allocate memory",
  EACCES: "Permission denied",
  EBUSY: "Device or resource busy",
  ENOTDIR: "Not a directory",
  EISDIR: "Is a directory",
  EINVAL: "Invalid argument",
  ENFILE: "Too many open files in system",
  EMFILE: "Too many open files",
  EFBIG: "File too large",
  ENAMETOOLONG: "File name too long",
  ELOOP: "Too many levels of symbolic links",
};

function systemMessage(error) {
  const uv = /^[A-Z]+: ([^,]*)/.exec(error.message ?? "")?.[1] ?? String(error.message ?? error);
  const words = STRERROR[error.code] ?? uv.charAt(0).toUpperCase() + uv.slice(1);
  return typeof error.errno === "number" ? `${words} (os error ${Math.abs(error.errno)})` : words;
}

/** `read` throwing the system's message in place of Node's error. */
const saying = (read) => (path) => {
  try {
    return read(path);
  } catch (error) {
    throw systemMessage(error);
  }
};

/** Colour only on a terminal, never when NO_COLOR is set or TERM is unset or `dumb` (the native rule). */
const colour = (stream) => Boolean(stream.isTTY) && process.env.NO_COLOR === undefined
  && process.env.TERM !== undefined && process.env.TERM !== "dumb";

// `npx dunning check . | head`: the reader has what it wanted (as the native program).
process.stdout.on("error", (error) => process.exit(error.code === "EPIPE" ? 0 : 2));

try {
  initSync({ module: readFileSync(new URL("../cli/dunning_bg.wasm", import.meta.url)) });
  const outcome = runCli(process.argv.slice(2), {
    isDir: saying((path) => statSync(path).isDirectory()),
    isFile: (path) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false,
    readDir: saying((path) => readdirSync(path)),
    read: saying((path) => readFileSync(path)),
    cwd: () => process.cwd(),
    stdoutColor: colour(process.stdout),
    stderrColor: colour(process.stderr),
  });
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.status;
} catch (error) {
  process.stderr.write(`dunning: ${error.message ?? error}\n`);
  process.exitCode = 2;
}
