// Formatting commands: bold, italic and colour written in the template's own markup (Markdown
// or HTML; a colour is an inline <span> in both), and "insert hashtag".
import { EditorSelection } from "@codemirror/state";
import { startCompletion } from "@codemirror/autocomplete";
import { settingsField } from "./settings.js";

const MARKUP = {
  markdown: { bold: ["**", "**"], italic: ["*", "*"] },
  html: { bold: ["<strong>", "</strong>"], italic: ["<em>", "</em>"] },
};

/** Surrounds each selection with `open` … `close`, or removes them if they are already there. */
function wrap(view, open, close) {
  const { state } = view;
  view.dispatch(
    state.changeByRange((range) => {
      const before = state.sliceDoc(range.from - open.length, range.from);
      const after = state.sliceDoc(range.to, range.to + close.length);
      if (before === open && after === close) {
        return {
          changes: [
            { from: range.from - open.length, to: range.from },
            { from: range.to, to: range.to + close.length },
          ],
          range: EditorSelection.range(range.from - open.length, range.to - open.length),
        };
      }
      return {
        changes: [
          { from: range.from, insert: open },
          { from: range.to, insert: close },
        ],
        range: EditorSelection.range(range.from + open.length, range.to + open.length),
      };
    }),
    { userEvent: "input.format", scrollIntoView: true },
  );
  view.focus();
  return true;
}

function markup(view, kind) {
  const pair = MARKUP[view.state.field(settingsField).format]?.[kind];
  return pair ? wrap(view, ...pair) : false;
}

export const bold = (view) => markup(view, "bold");
export const italic = (view) => markup(view, "italic");

export function colour(view, value) {
  if (!MARKUP[view.state.field(settingsField).format]) return false;
  return wrap(view, `<span style="color: ${value}">`, "</span>");
}

/** Types `#` (after a space if a word precedes it) and opens the hashtag list. */
export function insertHashtag(view) {
  view.dispatch(
    view.state.changeByRange((range) => {
      const before = view.state.sliceDoc(range.from - 1, range.from);
      const insert = /[\p{L}\p{N}_/&]/u.test(before) ? " #" : "#";
      return {
        changes: { from: range.from, to: range.to, insert },
        range: EditorSelection.cursor(range.from + insert.length),
      };
    }),
    { userEvent: "input.type", scrollIntoView: true },
  );
  view.focus();
  startCompletion(view);
  return true;
}
