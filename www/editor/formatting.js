// What formatting the toolbar offers a draft: its colours, and why it is off for plain text.
// Apart from the commands (toolbar.js), so that the page draws its controls before CodeMirror loads.
import { PLAIN_CHANNELS } from "./names.js";

/** A few brand colours, as the sample company's letters use them: `[words key, value]`. */
export const COLOURS = [
  ["colour.brandBlue", "#1d4ed8"],
  ["colour.alertRed", "#c00000"],
  ["colour.successGreen", "#15803d"],
  ["colour.amber", "#b45309"],
  ["colour.slate", "#475569"],
];

/** Why formatting is off for these settings (a words key), or null when it is on. */
export function formattingOff({ format, channel }) {
  if (format === "text") return "toolbar.plainText";
  if (PLAIN_CHANNELS.has(channel)) return "toolbar.plainChannel";
  return null;
}
