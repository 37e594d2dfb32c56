// Writes the npm package's TypeScript type of the portfolio input (pkg/portfolio.d.ts) from the
// committed JSON Schema (schema/portfolio.schema.json, generated from the Rust types), with
// json-schema-to-typescript: `import type { Portfolio } from "dunning/portfolio"`.
import { readFileSync, writeFileSync } from "node:fs";
import { compile } from "json-schema-to-typescript";

const [from = "schema/portfolio.schema.json", to = "pkg/portfolio.d.ts"] = process.argv.slice(2);
const schema = JSON.parse(readFileSync(from, "utf8"));
const banner = "/**\n * The portfolio document (`Portfolio.fromJson`'s input), generated from portfolio.schema.json:\n * do not edit.\n */";
const types = await compile(schema, "Portfolio", { bannerComment: banner, additionalProperties: false, unreachableDefinitions: false });
writeFileSync(to, types);
console.log(`${to}: ${types.length} bytes`);
