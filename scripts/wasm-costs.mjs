// P5's cost table: what each part of the package's wasm costs, in bytes and in gzip -9 bytes.
//
// The shipped module (pkg/dunning_bg.wasm, `make wasm`) is rebuilt here with two additions
// that do not change a byte of it: wasm-ld's link map (`-C link-arg=--Map`: every data symbol
// with its address) and wasm-opt's `-g` (the function names kept in a `name` section, which is
// then dropped again: the script checks that what remains is the shipped file, byte for byte).
// Each function body is attributed by its (demangled) name, each data byte by the map's symbol
// at its address: named symbols by their crate; anonymous constants (`.Lanon.HASH.N`) by the
// crate whose object code defines HASH (found in target/ and the sysroot's rlibs); ours further
// by content: the string and byte literals of our sources (the catalogue's text, the product's
// words, the baked ICU4X data of src/locale/data/ and ICU4X's compiled data crates, each module's
// messages), else by what a table of pointers points to.
//
// A part's gzip cost is marginal: the `gzip -9` size of the module minus that of the module
// without the part's bytes (what removing it would save, compression context included); the
// marginal costs do not add up to the total, and the table says by how much.
//
// `node scripts/wasm-costs.mjs` prints one JSON object (with a Markdown table);
// `node scripts/wasm-costs.mjs check` does the same for the checker-only entry, pkg/check/
// (feature check-only).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;
const out = `${root}target/wasm-costs`;
mkdirSync(out, { recursive: true });
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
const entry = process.argv[2] === "check"
  ? { dir: "pkg/check", profile: "wasm-check", features: ["--features", "check-only"], js: ["dunning.js"] }
  : { dir: "pkg", profile: "wasm", features: [], js: ["dunning.js", "dunning-preview.js"] };
const target = `${root}target/wasm32-unknown-unknown/${entry.profile}`;

// --- The build, as `make wasm` makes pkg/, with the link map and the names.
run("cargo", [
  "rustc", "--profile", entry.profile, "--lib", "--target", "wasm32-unknown-unknown", "--no-default-features", ...entry.features, "--",
  "-C", `link-arg=--Map=${out}/dunning.map`,
]);
run(`${root}.tools/bin/wasm-bindgen`, ["--target", "web", "--out-dir", `${out}/bindgen`, `${target}/dunning.wasm`]);
const optFlags = readFileSync(`${root}pkg-config/wasm-opt.flags`, "utf8").trim().split(/\s+/);
run(`${root}node_modules/.bin/wasm-opt`, [...optFlags, "-g", `${out}/bindgen/dunning_bg.wasm`, "-o", `${out}/named.wasm`]);

// --- The module's sections, function bodies, names and data segments.
const named = readFileSync(`${out}/named.wasm`);
function parse(bytes) {
  let at = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const module = { sections: [], bodies: [], names: new Map(), segments: [], importedFunctions: 0 };
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    let custom = null;
    if (id === 0) {
      const length = leb();
      custom = bytes.subarray(at, at + length).toString();
      at += length;
    }
    module.sections.push({ id, custom, start, end });
    if (id === 2) {
      for (let count = leb(), i = 0; i < count; i++) {
        for (let field = 0; field < 2; field++) {
          const length = leb(); // the module's name, then the import's
          at += length;
        }
        const kind = bytes[at++];
        if (kind === 0) (leb(), module.importedFunctions++);
        else if (kind === 1) (at++, bytes[at++] & 1 ? (leb(), leb()) : leb());
        else if (kind === 2) (bytes[at++] & 1 ? (leb(), leb()) : leb());
        else if (kind === 3) at += 2;
        else if (kind === 4) (at++, leb());
      }
    } else if (id === 10) {
      for (let count = leb(), i = 0; i < count; i++) {
        const size = leb();
        module.bodies.push({ index: module.importedFunctions + i, start: at, end: at + size });
        at += size;
      }
    } else if (id === 11) {
      for (let count = leb(), i = 0; i < count; i++) {
        const flags = leb();
        if (flags === 2) leb();
        let offset = null;
        if (flags !== 1) {
          if (bytes[at++] !== 0x41) throw new Error("a data segment's offset is not i32.const");
          offset = leb(); // addresses are below 2^31 here: the signed LEB reads as unsigned
          at++; // end
        }
        const size = leb();
        module.segments.push({ address: offset, start: at, end: at + size });
        at += size;
      }
    } else if (custom === "name") {
      while (at < end) {
        const sub = bytes[at++];
        const subEnd = leb() + at;
        if (sub === 1) {
          for (let count = leb(), i = 0; i < count; i++) {
            const index = leb();
            const length = leb();
            module.names.set(index, bytes.subarray(at, at + length).toString());
            at += length;
          }
        }
        at = subEnd;
      }
    }
    at = end;
  }
  return module;
}
const module = parse(named);

// The shipped module is this one without its name section: check, byte for byte.
const nameSection = module.sections.find((s) => s.custom === "name");
const shippedHere = Buffer.concat([named.subarray(0, nameSection.start), named.subarray(nameSection.end)]);
const shipped = readFileSync(`${root}${entry.dir}/dunning_bg.wasm`);
if (!shippedHere.equals(shipped)) {
  throw new Error(`the analysed module is not ${entry.dir}/dunning_bg.wasm (${shippedHere.length} vs ${shipped.length} bytes): run \`make wasm\` first`);
}

// --- The parts, and how names and paths map to them.
const PARTS = [
  ["markdown", "pulldown-cmark (Markdown parser and HTML writer)"],
  ["markdown_entities", "pulldown-cmark's table of HTML named character references (`&amp;AElig;`…)"],
  ["html_parser", "html5ever (WHATWG HTML tokenizer and tree builder) with markup5ever, tendril, string_cache, phf"],
  ["html_parser_data", "html5ever's data: its 2,231 named character references, sorted (vendor/web_atoms), and interned element names"],
  ["safety", "the HTML rebuild: src/safety/ (allowlist, tree, canonical writer; html5ever's generic code inlined)"],
  ["icu_code", "ICU4X code (decimal, currency, date formatting; locale fallback)"],
  ["icu_data", "ICU4X data for the 15 locales (baked, src/locale/data/)"],
  ["cldr", "our CLDR layer (src/locale/cldr.rs: formatter caches, with ICU4X's generic code inlined)"],
  ["serde", "serde + serde_json (JSON parsing and writing, instantiated for the portfolio's types)"],
  ["portfolio", "portfolio loading (our types' derived (de)serializers, JSON paths)"],
  ["catalogue_text", "catalogue: names and descriptions in 15 languages (data)"],
  ["catalogue", "catalogue (code)"],
  ["words", "the product's own words in 15 languages (table headers, letters; data)"],
  ["checker", "checker: template scanning, HTML, diagnostics, suggestions"],
  ["renderers", "renderers: HTML, text, letters, tables, SMS, values"],
  ["domain", "money, dates, penalties, accounts"],
  ["agenda", "agenda, alerts, history"],
  ["preview", "<dunning-preview> (DOM work, web-sys, gloo)"],
  ["api", "JS API: src/wasm/mod.rs and portfolio.rs, and the export shims (with what wasm-opt inlined into them)"],
  ["bindgen", "wasm-bindgen glue (wasm-bindgen, js-sys, serde-wasm-bindgen)"],
  ["std", "std, core, alloc (allocator, formatting, collections, Unicode tables)"],
  ["ours_other", "our other constants (messages, tables)"],
  ["other", "unattributed (unnamed functions, linker-merged constants)"],
];
const CRATES = [
  [/^(pulldown_cmark|pulldown_cmark_escape|unicase|memchr)$/, "markdown"],
  [/^(html5ever|markup5ever|tendril|string_cache|phf|phf_shared|precomputed_hash|new_debug_unreachable|debug_unreachable|log|utf8|futf|mac)$/, "html_parser"],
  [/^web_atoms$/, "html_parser_data"],
  [/^(icu_\w+|fixed_decimal|zerovec|zerotrie|writeable|tinystr|yoke|zerofrom|potential_utf|litemap|calendrical_calculations|stable_deref_trait|smallvec)$/, "icu_code"],
  [/^(serde|serde_core|serde_json|zmij|itoa|ryu)$/, "serde"],
  [/^(wasm_bindgen|js_sys|serde_wasm_bindgen|wasm_bindgen_shared)$/, "bindgen"],
  [/^(web_sys|gloo_\w+)$/, "preview"],
  [/^(core|alloc|std|dlmalloc|compiler_builtins|hashbrown|rustc_demangle|panic_abort|cfg_if)$/, "std"],
];
const MODULES = [
  [/^dunning::locale::data\b/, "icu_code"],
  [/^dunning::locale::cldr\b/, "cldr"],
  [/^dunning::locale\b/, "words"],
  [/^dunning::portfolio\b/, "portfolio"],
  [/^dunning::catalogue\b/, "catalogue"],
  [/^dunning::safety\b/, "safety"],
  [/^dunning::(check|template|suggestion|diagnostic|source|channel|escape)\b/, "checker"],
  [/^dunning::(render|sms)\b/, "renderers"],
  [/^dunning::(money|date|penalty|account)\b/, "domain"],
  [/^dunning::(agenda|alert|history)\b/, "agenda"],
  [/^dunning::wasm::preview\b/, "preview"],
  [/^dunning::wasm\b/, "api"],
];
const crateOf = (path) => path.replace(/^[<&*\s]+|(mut |const |dyn )/g, "").match(/^(\w+)/)?.[1];
function partOfPath(path) {
  const clean = path.replace(/^[<&*\s]+|(mut |const |dyn )/g, "").replace(/\[[0-9a-f]+\]/g, "");
  for (const [pattern, part] of MODULES) if (pattern.test(clean)) return part;
  const crate = crateOf(clean);
  for (const [pattern, part] of CRATES) if (crate && pattern.test(crate)) return part;
  return crate === "dunning" ? "ours_other" : null;
}
/** A function's part: by the type a method or drop glue is for, else by the path. */
function partOfFunction(name) {
  if (/^__wbg|^__wbindgen|^__externref|wasm_bindgen::/.test(name)) return "bindgen";
  // wasm-bindgen's export shims, with what wasm-opt inlined into them: the API's entry points.
  if (/ (externref|multivalue) shim/.test(name) || /^(check|catalogue|hashtags|portfolio_\w+|previewelement_\w+)$/.test(name)) {
    return name.startsWith("previewelement_") ? "preview" : "api";
  }
  // Compiler builtins (`__divti3`), the allocator shims (`__rdl_alloc`), primitives' methods.
  if (/^__rustc\[|^__rdl|^__rg|^__[a-z]+[0-9]+$|^<(char|str|bool|[iuf](8|16|32|64|128|size))>|^<\[/.test(name)) return "std";
  let subject = name.replace(/\[[0-9a-f]+\]/g, "");
  const drop = subject.match(/^core::ptr::drop_in_place<(.*)>$/);
  if (drop) subject = drop[1];
  const impl = subject.match(/^<(.+?) as ([\w:]+)/);
  if (impl) {
    const [, type, trait] = impl;
    const byType = partOfPath(type);
    // A std type's impl of another crate's trait is that crate's code (serde for String).
    return byType && byType !== "std" ? byType : (partOfPath(trait) ?? byType ?? "other");
  }
  // `_::<impl serde::Deserialize for dunning::portfolio::Item>`: derived code, the type's.
  const derived = subject.match(/<impl [\w:]+(?:<[^>]*>)? for ([\w:]+)/);
  if (derived && partOfPath(derived[1])) return partOfPath(derived[1]);
  return partOfPath(subject) ?? "other";
}

// --- Functions.
const bytesOf = Object.fromEntries(PARTS.map(([part]) => [part, { code: 0, data: 0, functions: 0, ranges: [] }]));
const unattributed = new Map();
const functions = [];
for (const body of module.bodies) {
  const name = module.names.get(body.index) ?? `function ${body.index}`;
  const part = partOfFunction(name);
  const entry = bytesOf[part];
  entry.code += body.end - body.start;
  entry.functions++;
  entry.ranges.push([body.start, body.end]);
  if (part === "other") unattributed.set(name, body.end - body.start);
  const plain = name.replace(/::h[0-9a-f]{16}$/, "").replace(/\[[0-9a-f]{16}\]/g, "");
  functions.push({ name: plain, part, bytes: body.end - body.start, range: [body.start, body.end] });
}

// --- Data: the map's symbols by address.
const map = readFileSync(`${out}/dunning.map`, "utf8").split("\n");
const symbols = [];
let section = null;
for (const line of map.slice(1)) {
  const fields = line.trim().split(/\s+/);
  if (fields.length < 4) continue;
  const [address, , size, name] = fields;
  // The map's columns: output sections at 27, input sections at 35, symbols at 43.
  const column = line.indexOf(name, 26);
  if (column === 27) section = name;
  const inData = section === ".rodata" || section === ".data";
  if (inData && address !== "-" && (column === 43 || (column === 35 && name.startsWith("<internal>")))) {
    symbols.push({ address: parseInt(address, 16), size: parseInt(size, 16), name });
  }
}
symbols.sort((a, b) => a.address - b.address);

// Which crate each anonymous-constant hash comes from: the rlib that mentions it.
const sysroot = execFileSync("rustc", ["--print", "sysroot"], { encoding: "utf8" }).trim();
const rlibs = [
  ...readdirSync(`${target}/deps`).filter((f) => f.endsWith(".rlib")).map((f) => `${target}/deps/${f}`),
  ...readdirSync(`${sysroot}/lib/rustlib/wasm32-unknown-unknown/lib`).filter((f) => f.endsWith(".rlib")).map((f) => `${sysroot}/lib/rustlib/wasm32-unknown-unknown/lib/${f}`),
];
const hashes = new Set(symbols.map((s) => s.name.match(/^\.Lanon\.([0-9a-f]+)\./)?.[1]).filter(Boolean));
const crateOfHash = new Map();
for (const rlib of rlibs) {
  const text = readFileSync(rlib).toString("latin1");
  const crate = rlib.match(/lib(\w+?)(-[0-9a-f]+)?\.rlib$/)[1];
  for (const hash of hashes) if (!crateOfHash.has(hash) && text.includes(hash)) crateOfHash.set(hash, crate);
}

// Our literals, by the file that holds them: a constant with exactly these bytes is theirs.
function literals(file) {
  const text = readFileSync(file.startsWith("/") ? file : `${root}${file}`, "utf8");
  const found = [];
  for (const match of text.matchAll(/(b?)"((?:[^"\\]|\\.)*)"/gs)) {
    const [, isBytes, body] = match;
    const parts = [];
    const re = /\\x([0-9a-fA-F]{2})|\\u\{([0-9a-fA-F]+)\}|\\n|\\t|\\r|\\0|\\\\|\\"|\\'|\\\n\s*|([^\\]+)/gy;
    for (const piece of body.matchAll(re)) {
      if (piece[1]) parts.push(isBytes ? Buffer.from([parseInt(piece[1], 16)]) : Buffer.from(String.fromCodePoint(parseInt(piece[1], 16))));
      else if (piece[2]) parts.push(Buffer.from(String.fromCodePoint(parseInt(piece[2], 16))));
      else if (piece[3] !== undefined) parts.push(Buffer.from(piece[3], isBytes ? "latin1" : "utf8"));
      else {
        const escape = { "\\n": "\n", "\\t": "\t", "\\r": "\r", "\\0": "\0", "\\\\": "\\", '\\"': '"', "\\'": "'" }[piece[0]];
        parts.push(Buffer.from(escape ?? ""));
      }
    }
    found.push(Buffer.concat(parts).toString("latin1"));
  }
  return found;
}
// Every source file of ours (and ICU4X's compiled data crates) gives its literals to a part:
// the baked data and ICU's data crates to icu_data, the catalogue's text to catalogue_text,
// the rest as their module's code is attributed.
function sources(dir) {
  return readdirSync(`${root}${dir}`, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(`${dir}/${entry.name}`) : /\.rs(\.data)?$/.test(entry.name) ? [`${dir}/${entry.name}`] : [],
  );
}
function partOfSource(file) {
  if (file.startsWith("src/locale/data/") || file.startsWith("/")) return "icu_data";
  if (file === "src/catalogue.rs") return "catalogue_text";
  const path = `dunning::${file.replace(/^src\//, "").replace(/(\/mod)?\.rs$/, "").replaceAll("/", "::")}`;
  return partOfPath(path) ?? "ours_other";
}
const metadata = JSON.parse(execFileSync("cargo", ["metadata", "--format-version", "1", "--filter-platform", "wasm32-unknown-unknown"], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 }));
const icuDataCrates = metadata.packages.filter((p) => /^icu_\w+_data$/.test(p.name)).map((p) => p.manifest_path.replace(/Cargo\.toml$/, "data"));
const ourLiterals = new Map();
const literalParts = [];
for (const file of [...sources("src"), ...icuDataCrates.flatMap((dir) => readdirSync(dir).map((f) => `${dir}/${f}`))]) {
  const part = partOfSource(file);
  for (const literal of literals(file)) {
    if (literal.length < 4 || ourLiterals.has(literal)) continue;
    ourLiterals.set(literal, part);
    // Format strings are stored as their pieces between `{…}` arguments, `{{` as `{`.
    for (const piece of literal.split(/(?<!\{)\{(?!\{)[^{}]*\}/)) {
      const text = piece.replaceAll("{{", "{").replaceAll("}}", "}");
      if (text.length >= 12) literalParts.push([text, part]);
    }
  }
}
/** A constant of ours: the part of its exact literal, else of the literals it holds most of,
 * else (a table of pointers, as `[&str; 15]`) of the constants it points to. */
function partOfContent(content, bytes) {
  const exact = ourLiterals.get(content);
  if (exact) return exact;
  if (bytes.length % 4 === 0 && bytes.length >= 8) {
    const targets = new Map();
    for (let at = 0; at < bytes.length; at += 4) {
      const symbol = symbolAt(bytes.readUInt32LE(at));
      const part = symbol && symbol.size < 1 << 16 && symbol.name.startsWith(".Lanon") ? literalPartOf(symbol) : null;
      if (part && part !== "ours_other") targets.set(part, (targets.get(part) ?? 0) + 1);
    }
    const [best] = [...targets].sort((a, b) => b[1] - a[1]);
    if (best) return best[0];
  }
  const covered = new Map();
  for (const [literal, part] of literalParts) {
    if (literal.length <= content.length && content.includes(literal)) covered.set(part, (covered.get(part) ?? 0) + literal.length);
  }
  return [...covered].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "ours_other";
}

/** The symbol at an address, if any (binary search in the sorted symbols). */
function symbolAt(address) {
  let low = 0;
  let high = symbols.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const symbol = symbols[middle];
    if (address < symbol.address) high = middle - 1;
    else if (address >= symbol.address + Math.max(symbol.size, 1)) low = middle + 1;
    else return symbol;
  }
  return null;
}
/** What a pointed-to constant of ours is, by its literal only (no further pointers). */
function literalPartOf(symbol) {
  const content = readMemory(symbol.address, symbol.size).toString("latin1");
  return ourLiterals.get(content) ?? null;
}
// pulldown-cmark's entity table: [(name, value); N] as (pointer, length) pairs, the first
// entry `AElig`; it and the strings it points to are a part of their own.
const entitySymbols = new Set();
for (const symbol of symbols) {
  if (symbol.size < 16_000 || symbol.size % 16) continue;
  const table = readMemory(symbol.address, symbol.size);
  const first = readMemory(table.readUInt32LE(0), table.readUInt32LE(4)).toString("latin1");
  if (first !== "AElig") continue;
  entitySymbols.add(symbol);
  for (let at = 0; at < table.length; at += 8) {
    const target = symbolAt(table.readUInt32LE(at));
    if (target) entitySymbols.add(target);
  }
}

function partOfSymbol(symbol) {
  const { name } = symbol;
  if (entitySymbols.has(symbol)) return "markdown_entities";
  if (name.startsWith("<internal>")) return "other";
  const anon = name.match(/^\.Lanon\.([0-9a-f]+)\./);
  if (anon) {
    const crate = crateOfHash.get(anon[1]);
    if (crate === "dunning") {
      const bytes = readMemory(symbol.address, symbol.size);
      return partOfContent(bytes.toString("latin1"), bytes);
    }
    for (const [pattern, part] of CRATES) if (crate && pattern.test(crate)) return part;
    return "other";
  }
  // The catalogue's table (names and descriptions, by pointer) is its text's.
  if (/^_ZN7dunning9catalogue7ENTRIES/.test(name)) return "catalogue_text";
  // A mangled name (legacy `_ZN7dunning6locale…`, v0 `_RNv…4core…`): its length-prefixed
  // identifiers, the first known crate's (ours by module).
  const identifiers = [];
  for (let rest = name; ; ) {
    const match = rest.match(/(\d+)([A-Za-z_][A-Za-z0-9_$]*)/);
    if (!match) break;
    identifiers.push(match[2].slice(0, Number(match[1])));
    rest = rest.slice(match.index + match[1].length + Math.min(Number(match[1]), match[2].length));
  }
  for (const [at, identifier] of identifiers.entries()) {
    if (identifier === "dunning") return partOfPath(`dunning::${identifiers[at + 1] ?? ""}`) ?? "ours_other";
    for (const [pattern, part] of CRATES) if (pattern.test(identifier)) return part;
  }
  return "other";
}
/** Memory as the data segments leave it: their bytes, zeros elsewhere (wasm-opt drops zeros). */
function readMemory(address, size) {
  const bytes = Buffer.alloc(size);
  for (const segment of module.segments) {
    const from = Math.max(address, segment.address);
    const to = Math.min(address + size, segment.address + (segment.end - segment.start));
    if (from < to) named.copy(bytes, from - address, segment.start + (from - segment.address), segment.start + (to - segment.address));
  }
  return bytes;
}

// Each segment's bytes go to the symbols that cover them.
let dataAttributed = 0;
for (const segment of module.segments) {
  const length = segment.end - segment.start;
  let cursor = 0;
  let index = symbols.findIndex((s) => s.address + s.size > segment.address);
  while (cursor < length) {
    const address = segment.address + cursor;
    while (index >= 0 && index < symbols.length && symbols[index].address + symbols[index].size <= address) index++;
    const symbol = symbols[index];
    let take;
    let part;
    if (!symbol || symbol.address > address) {
      take = Math.min(length - cursor, symbol ? symbol.address - address : length - cursor);
      part = "other";
    } else {
      take = Math.min(length - cursor, symbol.address + symbol.size - address);
      part = partOfSymbol(symbol);
    }
    bytesOf[part].data += take;
    bytesOf[part].ranges.push([segment.start + cursor, segment.start + cursor + take]);
    dataAttributed += take;
    cursor += take;
  }
}

// --- Gzip: the module, and the module without each part.
// gzip(1) -9, as scripts/package.sh measures P5 (zlib's level 9 differs by some bytes).
const gzip = (buffer) => execFileSync("gzip", ["-9c"], { input: buffer, maxBuffer: 1 << 26 }).length;
const total = gzip(shipped);
function without(ranges) {
  // Ranges are in `named` (which has the name section): cut them, and the name section.
  const cuts = [...ranges, [nameSection.start, nameSection.end]].sort((a, b) => a[0] - b[0]);
  const pieces = [];
  let at = 0;
  for (const [start, end] of cuts) {
    pieces.push(named.subarray(at, start));
    at = end;
  }
  pieces.push(named.subarray(at));
  return Buffer.concat(pieces);
}
const parts = PARTS.map(([part, label]) => {
  const entry = bytesOf[part];
  const marginal = entry.ranges.length ? total - gzip(without(entry.ranges)) : 0;
  return { part, label, code_bytes: entry.code, data_bytes: entry.data, functions: entry.functions, gzip_marginal: marginal };
});
// The standard library's sorts, instantiated once per element type and comparison (in std).
const sorts = functions.filter((f) => /^core::slice::sort::/.test(f.name));
const codeSection = module.sections.find((s) => s.id === 10);
const dataSection = module.sections.find((s) => s.id === 11);
const js = entry.js.map((file) => ({ file, gzip: gzip(readFileSync(`${root}${entry.dir}/${file}`)) }));
const sumMarginal = parts.reduce((sum, p) => sum + p.gzip_marginal, 0);
const kb = (bytes) => (bytes / 1000).toFixed(1);
const markdown = [
  "| part | code bytes | data bytes | gzip -9 cost (KB) |",
  "|---|---:|---:|---:|",
  ...parts
    .filter((p) => p.code_bytes + p.data_bytes > 0)
    .sort((a, b) => b.gzip_marginal - a.gzip_marginal)
    .map((p) => `| ${p.label.replace(/</g, "&lt;")} | ${p.code_bytes} | ${p.data_bytes} | ${kb(p.gzip_marginal)} |`),
  `| compression shared between parts (total − Σ costs) | | | ${kb(total - sumMarginal)} |`,
  `| **\`dunning_bg.wasm\`** | ${codeSection.end - codeSection.start} (code section) | ${dataSection.end - dataSection.start} (data section) | **${kb(total)}** |`,
  ...js.map(({ file, gzip: g }) => `| \`${file}\` (JS) | | | ${kb(g)} |`),
].join("\n");
console.log(
  JSON.stringify({
    wasm_bytes: shipped.length,
    wasm_gzip: total,
    js_gzip: Object.fromEntries(js.map(({ file, gzip: g }) => [file, g])),
    code_section_bytes: codeSection.end - codeSection.start,
    data_section_bytes: dataSection.end - dataSection.start,
    data_attributed_bytes: dataAttributed,
    parts,
    unattributed_functions: [...unattributed].sort((a, b) => b[1] - a[1]).slice(0, 20),
    largest_functions: functions.sort((a, b) => b.bytes - a.bytes).slice(0, 15).map(({ name, part, bytes }) => ({ name, part, bytes })),
    sort_instantiations: {
      functions: sorts.length,
      bytes: sorts.reduce((sum, f) => sum + f.bytes, 0),
      gzip_marginal: total - gzip(without(sorts.map((f) => f.range))),
    },
    markdown,
  }),
);
