// One action's wordings as the editor holds them: a tab per language, the action's own first
// (in its declared language, or none), then its translations. Each tab's text is a draft-shaped
// record (template = the body, subject, and the preview's settings), so the editor shows a tab
// as it shows a draft. Pure data: nothing here touches the page or the storage.

/** The format an action without one is written in (the engine's default). */
const DEFAULT_FORMAT = "markdown";

/**
 * The tabs of an action as the portfolio has it. `preview`: the settings a tab is previewed
 * with at first (customer, date, mode, window), from the draft on screen.
 */
export function portfolioTabs(entry, preview) {
  const { action } = entry;
  const own = tab(entry, { own: true, language: action.locale ?? "", subject: action.subject, body: action.body }, preview);
  const translations = (action.translations ?? []).map((translation) =>
    tab(entry, { own: false, language: translation.locale, subject: translation.subject, body: translation.body }, preview),
  );
  return [own, ...translations];
}

/** A new translation into `language`, starting from the own wording's text as edited. */
export function translationTab(entry, tabs, language) {
  const own = tabs[0].draft;
  return tab(entry, { own: false, language, subject: own.subject, body: own.template }, { ...own, locale: language });
}

function tab(entry, { own, language, subject, body }, preview) {
  const specific = entry.kind === "specific";
  const draft = {
    id: "",
    name: tabName(entry.key, { own, language }),
    template: body ?? "",
    subject: subject ?? "",
    format: entry.action.format ?? DEFAULT_FORMAT,
    channel: entry.action.channel,
    context: specific ? "specific" : "scenario",
    selected: specific ? [...(entry.action.items ?? [])] : [],
    customer: preview.customer ?? "",
    locale: language,
    mode: preview.mode ?? "sample",
    date: preview.date ?? "",
    window: Boolean(preview.window),
  };
  return { own, language, draft };
}

// A kept tab is a draft of its own store: its name says whose wording it is, as
// "{action key}|own" or "{action key}|{language}" (a key's ids are URI-encoded: no "|").

export function tabName(key, { own, language }) {
  return `${key}|${own ? "own" : language}`;
}

/** `{ key, own, language }` of a kept tab's name; undefined for a name of no tab. */
export function parseTabName(name) {
  const at = name.lastIndexOf("|");
  if (at <= 0) return undefined;
  const which = name.slice(at + 1);
  return { key: name.slice(0, at), own: which === "own", language: which === "own" ? undefined : which };
}

/** The tabs' languages in order, as one string: the engine's answer changes only with it. */
export function languagesKey(tabs) {
  return tabs.map(({ own, language }) => `${own ? "=" : ""}${language}`).join(",");
}

/**
 * The action as a portfolio holds it, with the tabs' words: the own tab's subject and body,
 * one translation per other tab (no subject when it is empty), the format and channel as set.
 * The action's other fields stay as they were.
 */
export function actionJson(entry, tabs) {
  const [own, ...others] = tabs;
  const action = { ...entry.action, format: own.draft.format, channel: own.draft.channel, body: own.draft.template };
  const subject = subjectOf(own.draft);
  if (subject !== undefined) action.subject = subject;
  else if (entry.action.subject !== null) delete action.subject;
  delete action.translations;
  if (others.length > 0) {
    action.translations = others.map(({ language, draft }) => {
      const translation = { locale: language };
      const text = subjectOf(draft);
      if (text !== undefined) translation.subject = text;
      translation.body = draft.template;
      return translation;
    });
  }
  return action;
}

const subjectOf = (draft) => (draft.subject === "" ? undefined : draft.subject);

/** Whether the tabs say what the portfolio says: nothing to keep then. */
export function unchanged(entry, tabs) {
  const portfolio = JSON.stringify(actionJson(entry, portfolioTabs(entry, {})));
  return JSON.stringify(actionJson(entry, tabs)) === portfolio;
}
