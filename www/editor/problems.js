// The list under the editor: the template's diagnostics, the subject's, and the preview's
// data warnings, with a status line, so problems are visible without hovering. Messages follow
// the editor's language (words.js); a translated one keeps the engine's English as its tooltip.
import { $, element } from "./dom.js";
import { diagnosticMessage, t } from "./words.js";

/** The render-time codes about the data (the TypeScript `RenderCode`s but `sms-segments`, which
 * the SMS meter shows); the template's own diagnostics come from check() as you type. */
const DATA_CODES = new Set(["missing-value", "no-penalty-rate", "non-positive-amount"]);

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
    const place = where === "body" ? `${diagnostic.line}:${diagnostic.column}` : t(where === "subject" ? "problems.subject" : "problems.data");
    const { text, english } = diagnosticMessage(diagnostic);
    const message = element("span", "message", text);
    if (!english) message.title = diagnostic.message;
    const item = element(
      "li",
      `diagnostic ${diagnostic.severity}`,
      element("span", "where", place),
      element("span", "code", diagnostic.code),
      message,
    );
    item.dataset.code = diagnostic.code;
    item.dataset.where = where;
    if (where !== "preview") {
      item.tabIndex = 0;
      item.addEventListener("click", () => this.onSelect(diagnostic, where));
    }
    if (diagnostic.suggestion && where !== "preview") {
      const fix = element("button", "fix", t("problems.fix", { suggestion: diagnostic.suggestion }));
      fix.type = "button";
      fix.addEventListener("click", (event) => {
        event.stopPropagation();
        this.onFix(diagnostic, where);
      });
      item.append(fix);
    }
    return item;
  }

  /** Draws the list, the status line and the SMS meter (again on a language switch). */
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
    const said = {
      errors: errors && t("problems.errors", { count: errors }),
      warnings: warnings && t("problems.warnings", { count: warnings }),
    };
    status.textContent =
      errors + warnings === 0
        ? t("problems.none")
        : errors && warnings
          ? t("problems.both", said)
          : said.errors || said.warnings;
    const sms = this.sms;
    $("sms-meter").textContent = sms
      ? [t("sms.characters", { count: sms.length }), sms.encoding.toUpperCase(), t("sms.segments", { count: sms.segments })].join(" · ")
      : "";
  }
}
