// A static file server for the end-to-end tests and benchmarks: serves a folder on
// 127.0.0.1 (a free port), with `.wasm` as application/wasm so streaming compilation works.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { extname, join, normalize, resolve } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/**
 * Serves `root`; resolves to { url, origin, close() }. `headers(path)` adds response headers
 * (CORS, a Content-Security-Policy) to the files it names; `host` is the name to listen on and
 * to put in the URL (127.0.0.1 and localhost are two origins for the browser). With `gzip`,
 * a client that accepts it gets each file gzip-compressed, as a real deployment serves them
 * (the P6 benchmark: issue 19); the compressed bytes are made once per file.
 */
export async function serve(root, { headers = () => ({}), host = "127.0.0.1", gzip = false } = {}) {
  const base = resolve(root);
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    const file = normalize(join(base, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      const head = { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...headers(path) };
      if (gzip && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
        if (!compressed.has(file)) compressed.set(file, gzipSync(body, { level: 9 }));
        body = compressed.get(file);
        Object.assign(head, { "content-encoding": "gzip", vary: "Accept-Encoding" });
      }
      response.writeHead(200, head);
      response.end(body);
    } catch {
      response.writeHead(404, headers(path)).end("not found");
    }
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const origin = `http://${host}:${server.address().port}`;
  return { url: `${origin}/`, origin, close: () => new Promise((done) => server.close(done)) };
}
