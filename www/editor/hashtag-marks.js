// Hashtags highlighted where the engine's parser finds them (known ones and unknown ones apart),
// so the editor never disagrees with the checker about what is a hashtag.
import { Decoration, ViewPlugin } from "@codemirror/view";
import { hashtags } from "../pkg/dunning.js";
import { settingsField, settingsChanged } from "./settings.js";

const KNOWN = Decoration.mark({ class: "cm-hashtag" });
const UNKNOWN = Decoration.mark({ class: "cm-hashtag cm-hashtag-unknown" });

function marks(state) {
  const length = state.doc.length;
  const spans = hashtags(state.doc.toString(), state.field(settingsField).format);
  return Decoration.set(
    spans.filter((span) => span.end <= length).map((span) => (span.known ? KNOWN : UNKNOWN).range(span.start, span.end)),
    true,
  );
}

export const hashtagMarks = ViewPlugin.fromClass(
  class {
    constructor(view) {
      this.decorations = marks(view.state);
    }
    update(update) {
      if (update.docChanged || settingsChanged(update)) this.decorations = marks(update.state);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);
