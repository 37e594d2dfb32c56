// What formatting the toolbar offers a draft: its colours, and why it is off for plain text.
// Apart from the commands (toolbar.js), so that the page draws its controls before CodeMirror loads.
import { PLAIN_CHANNELS } from "./names.js";

/** A few brand colours, as the sample company's letters use them. */
export const COLOURS = [
  ["Brand blue", "#1d4ed8"],
  ["Alert red", "#c00000"],
  ["Success green", "#15803d"],
  ["Amber", "#b45309"],
  ["Slate", "#475569"],
];

/** Why formatting is off for these settings, or null when it is on. */
export function formattingOff({ format, channel }) {
  if (format === "text") return "Plain text: no bold, italic or colour";
  if (PLAIN_CHANNELS.has(channel)) return "This channel shows plain text: no bold, italic or colour";
  return null;
}
