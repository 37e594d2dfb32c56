// The engine's check() as a CodeMirror lint source: every diagnostic underlined, with a quick
// fix where the engine suggests a name. `onChecked` receives the engine's own diagnostics (for
// the list under the editor). Messages follow the editor's language; a translated one keeps
// the engine's English as its tooltip.
import { check } from "../pkg/dunning.js";
import { settingsField } from "./settings.js";
import { diagnosticMessage, t } from "./words.js";

/** The quick fix of an engine diagnostic, or none. */
export function quickFix(diagnostic) {
  if (!diagnostic.suggestion) return [];
  const insert = `#${diagnostic.suggestion}`;
  return [{ name: t("problems.replace", { suggestion: diagnostic.suggestion }), apply: (view, from, to) => view.dispatch({ changes: { from, to, insert } }) }];
}

export function hashtagLint(onChecked) {
  return (view) => {
    const { format, channel, context } = view.state.field(settingsField);
    const found = check(view.state.doc.toString(), { format, channel, context });
    onChecked(found);
    const length = view.state.doc.length;
    const clamp = (offset) => Math.min(Math.max(offset, 0), length);
    return found.map((diagnostic) => {
      const { text, english } = diagnosticMessage(diagnostic);
      return {
        from: clamp(diagnostic.start),
        to: clamp(diagnostic.end),
        severity: diagnostic.severity,
        source: diagnostic.code,
        message: text,
        renderMessage: english ? undefined : () => {
          const node = document.createElement("span");
          node.textContent = text;
          node.title = diagnostic.message;
          return node;
        },
        actions: quickFix(diagnostic),
      };
    });
  };
}
