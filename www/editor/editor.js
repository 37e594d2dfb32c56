// The CodeMirror 6 editor: the template's language for syntax colours, the engine's hashtags,
// completion and diagnostics, formatting keys. Everything it knows about templates comes from
// the wasm engine.
import { EditorView, keymap, drawSelection, highlightActiveLine, lineNumbers, placeholder } from "@codemirror/view";
import { EditorState, Compartment } from "@codemirror/state";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { autocompletion, closeCompletion, completionKeymap } from "@codemirror/autocomplete";
import { linter, lintGutter, lintKeymap } from "@codemirror/lint";
import { HighlightStyle, LanguageSupport, LRLanguage, syntaxHighlighting } from "@codemirror/language";
import { markdownLanguage } from "@codemirror/lang-markdown";
import { parser as htmlParser } from "@lezer/html";
import { tags } from "@lezer/highlight";
import { settingsField, setSettings, settingsChanged } from "./settings.js";
import { hashtagCompletion } from "./completion.js";
import { hashtagLint } from "./lint.js";
import { hashtagMarks } from "./hashtag-marks.js";
import { bold, italic } from "./toolbar.js";
import { t } from "./words.js";

// What the page uses of CodeMirror, loaded as one piece after the first preview (main.js).
export { EditorView };
export { bold, italic, colour, insertHashtag } from "./toolbar.js";

// HTML without the CSS and JavaScript nesting of @codemirror/lang-html (about 56 KB gzip).
const htmlLanguage = LRLanguage.define({ name: "html", parser: htmlParser });

const LANGUAGES = {
  markdown: () => new LanguageSupport(markdownLanguage),
  html: () => new LanguageSupport(htmlLanguage),
  text: () => [],
};

const highlight = HighlightStyle.define([
  { tag: tags.heading, fontWeight: "700", color: "#0f172a" },
  { tag: tags.strong, fontWeight: "700" },
  { tag: tags.emphasis, fontStyle: "italic" },
  { tag: tags.strikethrough, textDecoration: "line-through" },
  { tag: [tags.link, tags.url], color: "#1d4ed8" },
  { tag: [tags.processingInstruction, tags.contentSeparator, tags.list, tags.quote], color: "#64748b" },
  { tag: tags.monospace, fontFamily: "var(--mono)", color: "#9a3412" },
  { tag: [tags.tagName, tags.angleBracket], color: "#7c3aed" },
  { tag: tags.attributeName, color: "#b45309" },
  { tag: tags.attributeValue, color: "#0f766e" },
  { tag: tags.comment, color: "#94a3b8", fontStyle: "italic" },
  { tag: tags.meta, color: "#64748b" },
]);

const theme = EditorView.theme({
  "&": { height: "100%", fontSize: "14px", backgroundColor: "#fff" },
  ".cm-scroller": { fontFamily: "var(--mono)", lineHeight: "1.6" },
  ".cm-content": { padding: "12px 0" },
  ".cm-line": { padding: "0 16px 0 8px" },
  ".cm-gutters": { backgroundColor: "#f8fafc", color: "#94a3b8", borderRight: "1px solid #e2e8f0" },
  ".cm-activeLine": { backgroundColor: "#f8fafc" },
  "&.cm-focused": { outline: "none" },
  ".cm-tooltip": { border: "1px solid #cbd5e1", borderRadius: "8px", boxShadow: "0 8px 24px rgb(15 23 42 / 0.12)", overflow: "hidden" },
  ".cm-tooltip-autocomplete > ul": { fontFamily: "var(--mono)", maxHeight: "18em" },
  ".cm-tooltip-autocomplete > ul > li": { padding: "3px 10px" },
  ".cm-completionDetail": { fontFamily: "var(--sans)", fontStyle: "normal", color: "#64748b", marginLeft: "1.5em" },
  ".cm-completionInfo": { fontFamily: "var(--sans)", maxWidth: "22em", padding: "8px 12px" },
  "completion-section": { fontFamily: "var(--sans)", fontSize: "11px", textTransform: "uppercase", letterSpacing: ".05em", color: "#64748b", padding: "6px 10px 2px" },
  ".cm-diagnostic": { fontFamily: "var(--sans)" },
  ".cm-diagnosticAction": { backgroundColor: "#1d4ed8", borderRadius: "4px", padding: "2px 8px" },
});

const language = new Compartment();
/** What the editor itself says (its placeholder), in the editor's language. */
const words = new Compartment();
const ownWords = () => placeholder(t("editor.placeholder"));

/**
 * The editor state of one draft. `onDocChange(text)` is called on every edit, `onChecked`
 * with the engine's diagnostics after each check.
 */
export function editorState({ doc, settings, onDocChange, onChecked }) {
  return EditorState.create({
    doc,
    extensions: [
      settingsField.init(() => settings),
      lineNumbers(),
      history(),
      drawSelection(),
      highlightActiveLine(),
      EditorView.lineWrapping,
      words.of(ownWords()),
      language.of(LANGUAGES[settings.format]()),
      syntaxHighlighting(highlight),
      hashtagMarks,
      autocompletion({ override: [hashtagCompletion], activateOnTyping: true, icons: false }),
      linter(hashtagLint(onChecked), { delay: 0, needsRefresh: settingsChanged }),
      lintGutter(),
      keymap.of([
        { key: "Mod-b", run: bold },
        { key: "Mod-i", run: italic },
        ...completionKeymap,
        ...lintKeymap,
        ...historyKeymap,
        ...defaultKeymap,
      ]),
      theme,
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onDocChange(update.state.doc.toString());
      }),
    ],
  });
}

/**
 * Applies new settings (format, channel, context, locale): language, lint and completion follow;
 * a new locale redraws the editor's own words (words.js has the new table by then).
 */
export function applySettings(view, settings) {
  const current = view.state.field(settingsField);
  const changed = Object.keys(settings).some((key) => settings[key] !== current[key]);
  if (!changed) return;
  const effects = [setSettings.of(settings)];
  if (settings.format !== undefined && settings.format !== current.format) {
    effects.push(language.reconfigure(LANGUAGES[settings.format]()));
  }
  if (settings.locale !== undefined && settings.locale !== current.locale) effects.push(words.reconfigure(ownWords()));
  view.dispatch({ effects });
  // What the open completion offers was for the old channel, context or language.
  if (settings.channel !== current.channel || settings.context !== current.context || settings.locale !== current.locale) {
    closeCompletion(view);
  }
}
