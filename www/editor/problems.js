// The list under the editor: the template's diagnostics, the subject's, and the preview's
// data warnings, with a status line, so problems are visible without hovering.
import { $, element } from "./dom.js";

/** The render-time codes about the data (the TypeScript `RenderCode`s but `sms-segments`, which
 * the SMS meter shows); the template's own diagnostics come from check() as you type. */
const DATA_CODES = new Set(["missing-value", "no-penalty-rate", "non-positive-amount"]);

function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/**
 * `onSelect(diagnostic, where)` and `onFix(diagnostic, where)` act on the editor or the subject
 * field (`where` is "body" or "subject").
 */
export class Problems {
  constructor({ onSelect, onFix }) {
    this.onSelect = onSelect;
    this.onFix = onFix;
    this.parts = { body: [], subject: [], preview: [] };
    this.sms = null;
  }

  set(part, diagnostics) {
    this.parts[part] = diagnostics;
    this.draw();
  }

  setSms(sms) {
    this.sms = sms;
    this.draw();
  }

  item(diagnostic, where) {
    const place = where === "body" ? `${diagnostic.line}:${diagnostic.column}` : where === "subject" ? "subject" : "data";
    const item = element(
      "li",
      `diagnostic ${diagnostic.severity}`,
      element("span", "where", place),
      element("span", "code", diagnostic.code),
      element("span", "message", diagnostic.message),
    );
    item.dataset.code = diagnostic.code;
    item.dataset.where = where;
    if (where !== "preview") {
      item.tabIndex = 0;
      item.addEventListener("click", () => this.onSelect(diagnostic, where));
    }
    if (diagnostic.suggestion && where !== "preview") {
      const fix = element("button", "fix", `Fix: #${diagnostic.suggestion}`);
      fix.type = "button";
      fix.addEventListener("click", (event) => {
        event.stopPropagation();
        this.onFix(diagnostic, where);
      });
      item.append(fix);
    }
    return item;
  }

  draw() {
    const { body, subject } = this.parts;
    const preview = this.parts.preview.filter((d) => DATA_CODES.has(d.code));
    $("diagnostics").replaceChildren(
      ...subject.map((d) => this.item(d, "subject")),
      ...body.map((d) => this.item(d, "body")),
      ...preview.map((d) => this.item(d, "preview")),
    );
    const all = [...subject, ...body];
    const errors = all.filter((d) => d.severity === "error").length;
    const warnings = all.filter((d) => d.severity === "warning").length;
    const status = $("status");
    status.className = errors ? "status has-errors" : warnings ? "status has-warnings" : "status clean";
    status.textContent =
      errors + warnings === 0
        ? "No problems: every hashtag is known and fits this channel"
        : [errors && plural(errors, "error"), warnings && plural(warnings, "warning")].filter(Boolean).join(", ");
    const sms = this.sms;
    $("sms-meter").textContent = sms
      ? `${plural(sms.length, "character")} · ${sms.encoding.toUpperCase()} · ${plural(sms.segments, "segment")}`
      : "";
  }
}
