// An action's wordings side by side. The toolbar's picker opens a step of a scenario (or a
// specific action) of the portfolio; a tab bar above the editor then holds one tab per
// language, the action's own first, with "+ Language", a remove button on the open
// translation, "Copy action JSON", "Revert" and "Close"; under it, the customers the open tab's
// wording reaches. The editor shows a tab as it shows a draft (main.js: `show`); this module holds the
// tabs (variant-set.js), asks the engine who gets which (variant-readers.js) and keeps edited
// wordings (variant-store.js).
import { $, element } from "./dom.js";
import { LOCALES, label } from "./names.js";
import { findAction, portfolioActions } from "./variant-actions.js";
import { actionJson, portfolioTabs, translationTab, unchanged } from "./variant-set.js";
import { WordingReaders } from "./variant-readers.js";
import { t } from "./words.js";

/** How many customers' ids a line shows before "…". */
const FIRST_IDS = 6;

const autonym = (tag) => label(LOCALES, tag);

export class VariantEditor {
  /**
   * `json`: the portfolio's JSON, parsed; `store`: a VariantStore, or null (kept on screen
   * only); `current()`: the draft on screen; `show(draft, saved)`: the editor shows a tab's
   * draft; `back()`: the editor shows the plain draft again; `preview(id)`: previews a customer;
   * `failed(id, error)`: an engine error as a notice.
   */
  constructor({ json, store, notices, current, show, back, preview, failed }) {
    Object.assign(this, { json, store, notices, current, showDraft: show, back, previewCustomer: preview, failed });
    this.readers = new WordingReaders(json);
    this.customerNames = new Map((json.customers ?? []).map(({ id, name }) => [id, name]));
    this.entry = null;
    this.tabs = [];
    this.active = 0;
    /** Who gets each tab's wording (`WordingReaders.of`), or why it is not known. */
    this.who = [];
    this.whoError = null;
    /** The tabs differ from the portfolio (and are kept, if the browser keeps anything). */
    this.edited = false;
    this.saved = true;
    $("variants-action").addEventListener("change", (event) => (event.target.value ? this.open(event.target.value) : this.close()));
    $("variants-close").addEventListener("click", () => this.close());
    $("variants-copy").addEventListener("click", () => this.copy());
    $("variants-revert").addEventListener("click", () => this.revert());
    this.fillPicker();
  }

  get isOpen() {
    return this.entry !== null;
  }

  /** The picker: "Edit an action's languages…", then each scenario's steps, then the specific actions. */
  fillPicker() {
    const kept = this.keptKeys();
    const groups = new Map();
    for (const entry of portfolioActions(this.json)) {
      const group = entry.kind === "scenario" ? entry.scenario.name ?? entry.scenario.id : t("variants.specificGroup");
      if (!groups.has(group)) groups.set(group, element("optgroup"));
      groups.get(group).label = group;
      const name = this.optionLabel(entry);
      groups.get(group).append(new Option(kept.has(entry.key) ? t("variants.edited", { name }) : name, entry.key));
    }
    $("variants-action").replaceChildren(new Option(t("variants.choose"), ""), ...groups.values());
    $("variants-action").value = this.entry?.key ?? "";
  }

  keptKeys() {
    try {
      return this.store?.keptKeys() ?? new Set();
    } catch {
      return new Set();
    }
  }

  /** "First reminder email · E-mail · 8 languages"; a specific action: "Its customer · Phone call (C0013-S1)". */
  optionLabel({ kind, action }) {
    const channel = t(`channel.${action.channel}`);
    if (kind === "specific") return `${this.customerNames.get(action.customer) ?? action.customer} · ${channel} (${action.id})`;
    const languages = 1 + (action.translations?.length ?? 0);
    const parts = [action.name ?? action.id, channel];
    if (languages > 1) parts.push(t("variants.languageCount", { count: languages }));
    return parts.join(" · ");
  }

  /** Opens the action `key`: its kept wordings, else the portfolio's; the first tab on screen. */
  open(key) {
    const entry = findAction(this.json, key);
    if (!entry) return;
    const preview = this.isOpen ? this.tabs[this.active].draft : this.current();
    let kept;
    try {
      kept = this.store?.load(key, entry.action.locale ?? "");
    } catch (error) {
      this.failed("variants", error);
    }
    this.entry = entry;
    this.tabs = kept ?? portfolioTabs(entry, preview);
    this.edited = Boolean(kept);
    this.saved = true;
    this.askWho();
    this.select(0);
  }

  /** Shows tab `index`: its text in the editor, the preview in its language for one of its readers. */
  select(index) {
    this.active = index;
    const tab = this.tabs[index];
    tab.draft.locale = tab.language;
    tab.draft.customer = this.readerToPreview(index, tab.draft.customer);
    this.draw();
    this.showDraft(tab.draft, this.saved);
  }

  /** Who to preview in tab `index`: the customer shown if they read its language, else its first such reader, else anyone it reaches. */
  readerToPreview(index, customer) {
    const { readers, fallback } = this.who[index] ?? { readers: [], fallback: [] };
    const natives = readers.filter((reader) => !fallback.includes(reader));
    const chosen = natives.find((reader) => reader.id === customer) ?? natives[0] ?? readers.find((reader) => reader.id === customer) ?? readers[0];
    return chosen?.id ?? customer;
  }

  askWho() {
    try {
      this.who = this.readers.of(this.entry, this.tabs);
      this.whoError = null;
    } catch (error) {
      this.who = [];
      this.whoError = error;
    }
  }

  /**
   * Keeps the tab on screen after a change (main.js calls it for every edit while a tab is
   * open); returns whether it is saved. Nothing is written while the tabs say what the
   * portfolio says; the first change keeps them all.
   */
  keep(draft) {
    const shared = this.tabs.filter((tab) => tab.draft.format !== draft.format || tab.draft.channel !== draft.channel);
    // One action has one format and one channel: a change in one tab is a change in all.
    for (const { draft: other } of shared) Object.assign(other, { format: draft.format, channel: draft.channel });
    if (!this.edited) {
      if (unchanged(this.entry, this.tabs)) return true;
      this.markEdited();
      return this.write(this.tabs.map((tab) => tab.draft));
    }
    return this.write([draft, ...shared.map((tab) => tab.draft)]);
  }

  markEdited() {
    this.edited = true;
    $("variants-revert").hidden = false;
    this.fillPicker();
  }

  /** Stores drafts of tabs; false (and a notice) if the browser refuses. */
  write(drafts) {
    if (!this.store) return (this.saved = false);
    try {
      for (const draft of drafts) Object.assign(draft, this.store.save(draft));
      this.notices.clear("save");
      this.saved = true;
    } catch (error) {
      this.failed("save", error);
      this.saved = false;
    }
    return this.saved;
  }

  /** Adds a translation into `language`, starting from the own wording's text, and opens it. */
  addLanguage(language) {
    this.tabs.push(translationTab(this.entry, this.tabs, language));
    this.changedLanguages();
    this.select(this.tabs.length - 1);
  }

  /** Removes the translation of tab `index` (with an undo for 15 s). */
  removeLanguage(index) {
    const key = this.entry.key;
    const [removed] = this.tabs.splice(index, 1);
    if (removed.draft.id) {
      try {
        Object.assign(removed.draft, this.store.remove(removed.draft.id));
      } catch (error) {
        this.failed("save", error);
      }
    }
    this.changedLanguages();
    const language = autonym(removed.language);
    this.notices.show("variant-removed", "info", () => t("variants.removed", { language }), {
      timeout: 15000,
      actions: [[() => t("notice.undo"), () => this.restore(key, index, removed)]],
    });
    this.select(this.active === index ? index - 1 : this.active > index ? this.active - 1 : this.active);
  }

  /** Puts a removed translation back: in the store, and on screen if its action is open. */
  restore(key, index, removed) {
    if (this.entry?.key !== key) {
      if (removed.draft.id) this.write([removed.draft]);
      return;
    }
    if (this.tabs.some((tab) => tab.language === removed.language)) return;
    this.tabs.splice(Math.min(index, this.tabs.length), 0, removed);
    this.changedLanguages();
    this.select(this.tabs.indexOf(removed));
  }

  /** The languages changed: who gets which is asked again, and the tabs are kept. */
  changedLanguages() {
    this.askWho();
    if (!this.edited) this.markEdited();
    this.write(this.tabs.map((tab) => tab.draft));
  }

  /** Forgets the edits: the portfolio's wordings again (with an undo for 15 s). */
  revert() {
    const { key } = this.entry;
    const before = { tabs: this.tabs, active: this.active };
    for (const { draft } of this.tabs) {
      if (!draft.id) continue;
      try {
        this.store.remove(draft.id);
      } catch (error) {
        this.failed("save", error);
      }
    }
    this.tabs = portfolioTabs(this.entry, this.tabs[this.active].draft);
    this.edited = false;
    this.saved = true;
    this.fillPicker();
    this.askWho();
    this.notices.show("variant-reverted", "info", () => t("variants.reverted"), {
      timeout: 15000,
      actions: [[() => t("notice.undo"), () => this.unrevert(key, before)]],
    });
    this.select(0);
  }

  unrevert(key, before) {
    const drafts = before.tabs.map((tab) => tab.draft).filter((draft) => draft.id);
    if (this.entry?.key !== key) {
      this.write(drafts);
      this.fillPicker();
      return;
    }
    this.tabs = before.tabs;
    this.markEdited();
    this.write(this.tabs.map((tab) => tab.draft));
    this.askWho();
    this.select(Math.min(before.active, this.tabs.length - 1));
  }

  /** Copies the action with its translations as JSON (downloaded if the browser refuses). */
  async copy() {
    const text = `${JSON.stringify(actionJson(this.entry, this.tabs), null, 2)}\n`;
    const count = this.tabs.length;
    try {
      await navigator.clipboard.writeText(text);
      this.notices.show("variant-copy", "info", () => t("variants.copied", { count }), { timeout: 8000 });
    } catch (error) {
      download(`${this.entry.action.id}.json`, text);
      const message = error?.message ?? String(error);
      this.notices.show("variant-copy", "warning", () => t("variants.copyFailed", { message }));
    }
  }

  /** Back to the plain draft. */
  close() {
    if (!this.isOpen) return;
    this.leave();
    this.back();
  }

  /** Closes the tabs without showing anything else (another draft is being opened). */
  leave() {
    this.entry = null;
    this.tabs = [];
    this.who = [];
    this.draw();
  }

  /** After a switch of the editor's language. */
  relabel() {
    this.fillPicker();
    this.draw();
  }

  /** The tab bar and the readers of the open tab, or nothing when closed. */
  draw() {
    $("variants").hidden = !this.isOpen;
    $("variants-action").value = this.entry?.key ?? "";
    if (!this.isOpen) return;
    $("variants-title").textContent = this.title();
    $("variants-title").title = $("variants-title").textContent;
    $("variants-revert").hidden = !this.edited;
    $("variant-tabs").replaceChildren(...this.tabs.map((tab, index) => this.tabElement(tab, index)));
    $("variant-add").replaceChildren(this.addMenu());
    this.drawReaders();
  }

  title() {
    const { kind, scenario, action } = this.entry;
    const channel = t(`channel.${action.channel}`);
    if (kind === "specific") {
      return `${t("variants.specificFor", { customer: this.customerNames.get(action.customer) ?? action.customer })} · ${channel} (${action.id})`;
    }
    return `${scenario.name ?? scenario.id} › ${action.name ?? action.id} · ${channel}`;
  }

  tabElement(tab, index) {
    const count = this.who[index]?.readers.length;
    // The language's code keeps the tabs on one row; its name is the tooltip.
    const name = tab.language ? autonym(tab.language) : t("variants.default");
    const shown = tab.language ? element("span", "variant-code", tab.language) : element("span", "variant-name", name);
    const own = tab.own ? element("span", "variant-own", t("variants.own")) : null;
    const badge = count === undefined ? null : element("span", "variant-count", String(count));
    const button = element("button", "variant-tab-button", shown, own, badge);
    button.type = "button";
    button.setAttribute("role", "tab");
    button.setAttribute("aria-selected", String(index === this.active));
    button.title = tab.own ? `${name}: ${t("variants.ownTitle")}` : name;
    button.addEventListener("click", () => this.select(index));
    // Only the open translation can be removed from its tab: the others' room goes to the row.
    const remove = tab.own || index !== this.active ? null : element("button", "variant-remove", "×");
    if (remove) {
      remove.type = "button";
      remove.title = t("variants.remove", { language: name });
      remove.setAttribute("aria-label", remove.title);
      remove.addEventListener("click", () => this.removeLanguage(index));
    }
    const wrapper = element("span", `variant-tab${index === this.active ? " active" : ""}`, button, remove);
    wrapper.setAttribute("role", "presentation");
    wrapper.dataset.locale = tab.language;
    if (tab.own) wrapper.dataset.own = "true";
    if (count !== undefined) wrapper.dataset.readers = String(count);
    return wrapper;
  }

  /** "+ Language": the locales the action has no wording in yet. */
  addMenu() {
    const used = new Set(this.tabs.map((tab) => tab.language));
    const menu = element("details", "menu variant-add");
    const summary = element("summary", "variant-add-button", t("variants.addLanguage"));
    summary.title = t("variants.addTitle");
    const list = element("div", "menu-list");
    list.setAttribute("role", "menu");
    for (const [tag, name] of LOCALES.filter(([tag]) => !used.has(tag))) {
      const item = element("button", "menu-item", name, element("span", "variant-menu-code", tag));
      item.type = "button";
      item.dataset.locale = tag;
      item.addEventListener("click", () => {
        menu.open = false;
        this.addLanguage(tag);
      });
      list.append(item);
    }
    menu.append(summary, list);
    if (list.childElementCount === 0) menu.classList.add("disabled");
    return menu;
  }

  /**
   * Who gets the open tab's wording: how many, the first of them (those of its language
   * first); then, marked, how many get it in place of their own language, by language, each
   * language previewing its first such customer.
   */
  drawReaders() {
    const list = $("variant-readers");
    if (this.whoError) {
      list.replaceChildren(element("li", "reach-line error", t("variants.failed", { message: this.whoError.message })));
      return;
    }
    const { readers, fallback } = this.who[this.active] ?? { readers: [], fallback: [] };
    if (readers.length === 0) {
      list.replaceChildren(element("li", "reach-line variant-nobody", t("variants.nobody")));
      return;
    }
    const inOrder = [...readers.filter((reader) => !fallback.includes(reader)), ...fallback];
    const ids = inOrder.slice(0, FIRST_IDS).map((reader) => this.customerButton(reader, fallback.includes(reader)));
    const more = readers.length > FIRST_IDS ? element("span", "reach-more", "…") : null;
    const text = element("span", "reach-text", t("variants.readers", { count: readers.length }));
    const lines = [element("li", "reach-line variant-readers-line", text, ...ids, more)];
    if (fallback.length > 0) {
      const languages = byLanguage(fallback).map(([tag, first]) => this.languageButton(tag, first));
      const mark = element("span", "variant-mismatch", "language-mismatch");
      const said = element("span", "reach-text", t("variants.fallback", { count: fallback.length }));
      lines.push(element("li", "reach-line variant-fallback", mark, said, ...languages));
    }
    list.replaceChildren(...lines);
  }

  /** A customer's id, previewing them; marked when they read another language. */
  customerButton({ id, locale }, fallback) {
    const current = id === this.tabs[this.active].draft.customer;
    const button = element("button", `reach-customer${current ? " current" : ""}${fallback ? " fallback" : ""}`, id);
    button.type = "button";
    button.dataset.customer = id;
    button.title = `${t("reach.previewCustomer", { id })}: ${this.customerNames.get(id) ?? id} (${autonym(locale)})`;
    button.addEventListener("click", () => this.preview(id));
    return button;
  }

  /** "Polski 8": the customers of a language who get this wording in place of theirs; previews the first. */
  languageButton(tag, readers) {
    const button = element("button", "variant-language", autonym(tag), element("span", "variant-count", String(readers.length)));
    button.type = "button";
    button.dataset.locale = tag;
    button.dataset.customer = readers[0].id;
    button.title = t("reach.previewCustomer", { id: readers[0].id });
    button.addEventListener("click", () => this.preview(readers[0].id));
    return button;
  }

  preview(id) {
    this.previewCustomer(id);
    this.drawReaders();
  }
}

/** `[[language, its readers]]`, the language with most first. */
function byLanguage(readers) {
  const groups = new Map();
  for (const reader of readers) groups.set(reader.locale, [...(groups.get(reader.locale) ?? []), reader]);
  return [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

function download(name, text) {
  const link = element("a");
  link.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}
