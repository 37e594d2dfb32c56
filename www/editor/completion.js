// Hashtag completion from the engine's catalogue: type, description (in the UI language) and,
// for hashtags the current channel or context cannot use, why, in a section of their own. The
// descriptions are the engine's (catalogue(locale)); the rest is the editor's words (words.js).
import { hashtags, catalogue } from "../pkg/dunning.js";
import { settingsField } from "./settings.js";
import { has, t } from "./words.js";

/** A type's or scope's name in the editor's language (the engine's name if the tables lack it). */
const named = (prefix, name) => (has(`${prefix}.${name}`) ? t(`${prefix}.${name}`) : name);

const cache = new Map();
function entries(locale) {
  if (!cache.has(locale)) cache.set(locale, catalogue(locale));
  return cache.get(locale);
}

/** Why `entry` cannot be used here, or null. */
function unusable(entry, { channel, context }) {
  if (!entry.channels.includes(channel)) return t("completion.notIn", { channel: named("channel", channel) });
  if (entry.scope === "selected" && context !== "specific") return t("completion.specificOnly");
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
    facts.textContent = t("completion.facts", { type: named("type", entry.type), scope: named("scope", entry.scope) });
    box.append(description, facts);
    if (reason) {
      const warning = document.createElement("p");
      warning.className = "hashtag-unusable";
      warning.textContent = t("completion.cannotUse", { reason });
      box.append(warning);
    }
    return box;
  };
}

/** The list's two sections, named in the editor's language (made again when it changes). */
const sections = new Map();
function section(key, rank) {
  const name = t(key);
  if (sections.get(key)?.name !== name) sections.set(key, { name, rank });
  return sections.get(key);
}

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
  const usable = section("completion.usable", 0);
  const notUsable = section("completion.unusable", 1);
  const options = entries(settings.locale).map((entry) => {
    const reason = unusable(entry, settings);
    const type = named("type", entry.type);
    return {
      label: `#${entry.name}`,
      detail: reason ? `${type} · ${reason}` : type,
      info: info(entry, reason),
      type: reason ? "hashtag-unusable" : `hashtag-${entry.type}`,
      section: reason ? notUsable : usable,
      boost: reason ? -50 : 0,
    };
  });
  return { from: word.from, options, validFor: /^#[A-Za-z0-9_]*$/ };
}
