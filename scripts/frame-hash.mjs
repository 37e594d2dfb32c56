// Writes the SHA-256 of dunning-frame.html's one script into the frame's own policy: run it
// after editing the script (`make frame-hash`); a test fails while the two disagree.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";

const path = new URL("../www/shell/dunning-frame.html", import.meta.url);
const frame = readFileSync(path, "utf8");
const script = /<script>([\s\S]*)<\/script>/.exec(frame)[1];
const hash = createHash("sha256").update(script).digest("base64");
writeFileSync(path, frame.replace(/script-src 'sha256-[^']+'/, `script-src 'sha256-${hash}'`));
console.log(`script-src 'sha256-${hash}'`);
