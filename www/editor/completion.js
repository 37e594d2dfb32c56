// Hashtag completion from the engine's catalogue: type, description (in the UI language) and,
// for hashtags the current channel or context cannot use, why, in a section of their own.
import { hashtags, catalogue } from "../pkg/dunning.js";
import { settingsField } from "./settings.js";
import { CHANNELS, label } from "./names.js";

const cache = new Map();
function entries(locale) {
  if (!cache.has(locale)) cache.set(locale, catalogue(locale));
  return cache.get(locale);
}

/** Why `entry` cannot be used here, or null. */
function unusable(entry, { channel, context }) {
  if (!entry.channels.includes(channel)) return `not in ${label(CHANNELS, channel)}`;
  if (entry.scope === "selected" && context !== "specific") return "specific actions only";
  return null;
}

function info(entry, reason) {
  return () => {
    const box = document.createElement("div");
    box.className = "hashtag-info";
    const description = document.createElement("p");
    description.textContent = entry.description;
    const facts = document.createElement("p");
    facts.className = "hashtag-facts";
    facts.textContent = `${entry.type} · scope ${entry.scope}`;
    box.append(description, facts);
    if (reason) {
      const warning = document.createElement("p");
      warning.className = "hashtag-unusable";
      warning.textContent = `Cannot be used here: ${reason}.`;
      box.append(warning);
    }
    return box;
  };
}

const USABLE = { name: "Hashtags", rank: 0 };
const UNUSABLE = { name: "Not usable here", rank: 1 };

/**
 * Whether the `#` at `from` starts a hashtag, as the engine parses the document (not in code,
 * not after a letter, `/` or `&`, not escaped); an attribute value or link destination being
 * typed (`href="#pay`, `](#pay`) counts too, since it only becomes one once complete.
 */
function startsHashtag(state, from, to, format) {
  const before = state.sliceDoc(from - 1, from);
  if (before === '"' || before === "'" || before === "(") return true;
  const name = to - from > 1 ? "" : "x";
  const text = state.sliceDoc(0, to) + name + state.sliceDoc(to);
  return hashtags(text, format).some((span) => span.start === from);
}

export function hashtagCompletion(context) {
  const word = context.matchBefore(/#[A-Za-z0-9_]*/);
  if (!word) return null;
  const settings = context.state.field(settingsField);
  if (!startsHashtag(context.state, word.from, word.to, settings.format)) return null;
  const options = entries(settings.locale).map((entry) => {
    const reason = unusable(entry, settings);
    return {
      label: `#${entry.name}`,
      detail: reason ? `${entry.type} · ${reason}` : entry.type,
      info: info(entry, reason),
      type: reason ? "hashtag-unusable" : `hashtag-${entry.type}`,
      section: reason ? UNUSABLE : USABLE,
      boost: reason ? -50 : 0,
    };
  });
  return { from: word.from, options, validFor: /^#[A-Za-z0-9_]*$/ };
}
