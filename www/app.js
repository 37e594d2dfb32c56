// The thin shell of the demo: it wires the page to the wasm engine and draws what it returns.
// Every rule lives in Rust; nothing here knows what a hashtag is.
import init, { check, catalogue } from "./pkg/dunning.js";

const $ = (id) => document.getElementById(id);
const editor = $("template");
const pickers = ["format", "channel", "context"].map($);

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function showDiagnostics(diagnostics) {
  const list = $("diagnostics");
  list.replaceChildren(
    ...diagnostics.map((d) => {
      const item = element("li", `diagnostic ${d.severity}`);
      item.dataset.code = d.code;
      item.append(
        element("span", "where", `${d.line}:${d.column}`),
        element("span", "code", d.code),
        element("span", "message", d.message),
      );
      item.addEventListener("click", () => {
        editor.focus();
        editor.setSelectionRange(d.start, d.end);
      });
      return item;
    }),
  );
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  $("status").textContent = diagnostics.length === 0
    ? "No problems: every hashtag is known and fits this channel."
    : `${errors} error(s), ${diagnostics.length - errors} warning(s)`;
}

// One check per animation frame, however fast the typing.
let scheduled = false;
function scheduleCheck() {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    const [format, channel, context] = pickers.map((picker) => picker.value);
    showDiagnostics(check(editor.value, { format, channel, context }));
  });
}

function showCatalogue() {
  const locale = (navigator.language || "en").startsWith("fr") ? "fr" : "en";
  $("catalogue").replaceChildren(
    ...catalogue(locale).map((entry) => {
      const item = element("li");
      item.title = entry.description;
      item.append(element("code", null, `#${entry.name}`), element("span", "type", entry.type));
      return item;
    }),
  );
}

await init();
editor.addEventListener("input", scheduleCheck);
pickers.forEach((picker) => picker.addEventListener("change", scheduleCheck));
showCatalogue();
scheduleCheck();
document.body.dataset.ready = "true";
