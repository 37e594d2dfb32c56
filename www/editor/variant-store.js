// Where edited wordings are kept: each tab is a draft of a second DraftStore namespace,
// "dunning-variants", so the engine's one storage rule holds for them as for drafts (versioned
// entries, a refusal said, an unreadable entry set aside and reported) and they stay out of
// the draft list. A tab's draft name says which action and language it is (variant-set.js).
import { DraftStore } from "../pkg/dunning.js";
import { parseTabName } from "./variant-set.js";

export const NAMESPACE = "dunning-variants";

export class VariantStore {
  /** Throws as DraftStore.open does when the browser keeps nothing. */
  constructor() {
    this.drafts = DraftStore.open(NAMESPACE);
  }

  /** Entries that could not be read: `[{ key, reason }]`, as DraftStore reports them. */
  aside() {
    return this.drafts.aside();
  }

  discard(key) {
    this.drafts.discard(key);
  }

  /** The keys of the actions that have kept wordings. */
  keptKeys() {
    return new Set(this.drafts.list().map(({ name }) => parseTabName(name)?.key).filter(Boolean));
  }

  /**
   * The kept tabs of the action `key`, the own one first (in `ownLanguage`, the action's
   * declared one: a draft's locale is only the preview's), else undefined.
   */
  load(key, ownLanguage) {
    const tabs = [];
    for (const { id, name } of this.drafts.list()) {
      const which = parseTabName(name);
      if (which?.key !== key) continue;
      const draft = this.drafts.get(id);
      tabs.push({ own: which.own, language: which.own ? ownLanguage : which.language, draft });
    }
    const own = tabs.filter((tab) => tab.own);
    if (own.length === 0) return undefined;
    return [own[0], ...tabs.filter((tab) => !tab.own)];
  }

  /** Stores a tab's draft: a new entry the first time, the same one after; returns it stored. */
  save(draft) {
    return draft.id ? this.drafts.save(draft) : this.drafts.create(withoutId(draft));
  }

  /** Deletes a tab's entry; returns it (saving it again restores it, in its place). */
  remove(id) {
    return this.drafts.remove(id);
  }
}

function withoutId({ id, ...fields }) {
  return fields;
}
