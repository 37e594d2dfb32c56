// The demo template editor: wires the page to the wasm engine (check, catalogue, hashtags,
// Portfolio, DraftStore) and to <dunning-preview>. Every rule about templates lives in Rust.
// Every word it shows is in the editor's language (words.js, the tables of ./words/).
import init, { check, DraftStore } from "../pkg/dunning.js";
import { $, element, fillSelect, setAttribute } from "./dom.js";
import { CHANNELS, CONTEXTS, FORMATS, LETTERS, LOCALES, WITH_SUBJECT, negotiateLocale } from "./names.js";
import { formattingOff, COLOURS } from "./formatting.js";
import { Notices } from "./notices.js";
import { Problems } from "./problems.js";
import { DraftControls } from "./drafts.js";
import { fetchText, loadPortfolio } from "./portfolio.js";
import { ReachPanel } from "./reach.js";
import { VariantEditor } from "./variants.js";
import { VariantStore } from "./variant-store.js";
import { SAMPLE_DATE } from "./sample.js";
import { READY } from "./ready.js";
import { errorMessage, options, t, useLanguage } from "./words.js";

const PORTFOLIO_URL = "./sample-portfolio.json";

// Both downloads at once: the sample portfolio does not wait for the engine (the page's <link
// rel=preload> started them both before this module was even parsed).
const portfolioText = fetchText(PORTFOLIO_URL);
portfolioText.catch(() => {}); // reported where it is awaited, once the engine is there
// The browser's language's words are loaded meanwhile too: most often the language kept.
const browserLocale = negotiateLocale(navigator.languages ?? [navigator.language]);
useLanguage(browserLocale).catch(() => {}); // if it is the one kept, reported below
// The element's module is async (index.html): it may run after this one.
await Promise.all([init(), customElements.whenDefined("dunning-preview")]);
const notices = new Notices($("notices"), { dismiss: () => t("notice.dismiss") });

/** An error the engine threw, as a notice: its English message, or its code's sentence with the message as tooltip. */
function failed(id, error) {
  notices.show(id, "error", () => errorMessage(error).text, { title: () => errorMessage(error).detail });
}

const preview = $("preview");
/** ./editor.js (CodeMirror) and its view of the draft: null until the first preview is drawn. */
let editing = null;
let view = null;

// ---- Storage ----------------------------------------------------------------------------
let store = null;
try {
  store = DraftStore.open();
} catch (error) {
  notices.show("storage", "error", () => t("notice.storageUnavailable", { message: error.message }));
}
// An action's edited wordings are drafts too, of their own namespace (variant-store.js).
let variantStore = null;
if (store) {
  try {
    variantStore = new VariantStore();
  } catch (error) {
    failed("variants", error);
  }
}
/** Reports the entries a store could not read, each with a way to delete it. */
function reportAside(source) {
  for (const { key, reason } of source?.aside() ?? []) {
    notices.show(`aside-${key}`, "warning", () => t("notice.aside", { reason, key }), {
      actions: [[() => t("notice.deleteIt"), () => source.discard(key)]],
    });
  }
}
reportAside(store);
reportAside(variantStore);

// ---- The editor's language: its words, and the hashtags' descriptions ------------------------
let uiLocale = store?.uiLocale() ?? browserLocale;
try {
  await useLanguage(uiLocale);
} catch (error) {
  uiLocale = "en";
  await useLanguage(uiLocale);
  notices.show("language", "error", () => t("notice.language", { message: error.message }));
}
notices.relabel();
fillSelect($("ui-locale"), LOCALES, uiLocale);

// ---- The portfolio -------------------------------------------------------------------------
let data = { customers: [], itemsOf: () => [], json: {} };
try {
  data = loadPortfolio(await portfolioText);
  preview.portfolio = data.portfolio;
} catch (error) {
  notices.show("portfolio", "error", () => t("notice.portfolio", { message: error.message }));
}

// ---- The draft on screen -----------------------------------------------------------------
/** The ready template's or the user's choices, completed with a customer and items to preview. */
function fields(base) {
  const customer = data.customers[0]?.id ?? "";
  const draft = { customer, selected: [], ...base };
  if (draft.context === "specific" && draft.selected.length === 0) draft.selected = openItemIds(draft.customer);
  return draft;
}

/** By default a specific action is about every item the customer owes. */
function openItemIds(customer) {
  return data.itemsOf(customer).filter((item) => !item.outstanding.startsWith("-")).map((item) => item.id);
}

let draft = {
  id: "unsaved", name: t("drafts.unsaved"), template: "", format: "markdown", channel: "email", context: "scenario",
  customer: "", selected: [], locale: "", subject: "", mode: "sample", date: "", window: false,
};

/** Whether the draft on screen is saved, as last shown (null: not said, without storage). */
let savedShown = null;

function showSaved(saved) {
  savedShown = saved;
  $("save-state").textContent = t(saved ? "drafts.saved" : "drafts.notSaved");
  $("save-state").className = `save-state ${saved ? "saved" : "unsaved"}`;
}

/** Saves the draft on screen; a refusal (storage full) is shown, and the next change retries. */
function persist() {
  // An action's wording (a tab) is kept with its action's other wordings.
  if (variants.isOpen) {
    const saved = variants.keep(draft);
    if (store) showSaved(saved);
    return saved;
  }
  if (!store) return false;
  try {
    Object.assign(draft, store.save(draft));
    notices.clear("save");
    showSaved(true);
    return true;
  } catch (error) {
    failed("save", error);
    showSaved(false);
    return false;
  }
}

/** Applies a change of settings: stored at once, then shown everywhere. */
function change(patch) {
  Object.assign(draft, patch);
  persist();
  show();
}

const problems = new Problems({
  onSelect(diagnostic, where) {
    if (where === "subject") {
      $("subject").focus();
      $("subject").setSelectionRange(diagnostic.start, diagnostic.end);
      return;
    }
    if (!view) return;
    view.dispatch({ selection: { anchor: diagnostic.start, head: diagnostic.end }, scrollIntoView: true });
    view.focus();
  },
  onFix(diagnostic, where) {
    const insert = `#${diagnostic.suggestion}`;
    if (where === "subject") {
      const subject = draft.subject;
      change({ subject: subject.slice(0, diagnostic.start) + insert + subject.slice(diagnostic.end) });
      return;
    }
    if (!view) return;
    view.dispatch({ changes: { from: diagnostic.start, to: diagnostic.end, insert } });
    view.focus();
  },
});

function settings() {
  return { format: draft.format, channel: draft.channel, context: draft.context, locale: uiLocale };
}

function newState() {
  return editing.editorState({
    doc: draft.template,
    settings: settings(),
    onDocChange(text) {
      draft.template = text;
      persist();
      preview.template = text;
    },
    onChecked: (diagnostics) => problems.set("body", diagnostics),
  });
}

/** Makes `next` the draft on screen; false if a repair could not be saved. */
function adopt(next) {
  draft = next;
  // A draft saved with another portfolio may name a customer that is not in this one.
  if (data.customers.length && !data.customers.some((customer) => customer.id === draft.customer)) {
    Object.assign(draft, fields({ context: draft.context }));
    return persist();
  }
  return true;
}

/** Shows another draft: a fresh editor state (its own undo history) and its settings. */
function open(next) {
  if (variants.isOpen) {
    variants.leave();
    plain = null;
  }
  const saved = adopt(next);
  view?.setState(newState());
  showDraft(saved);
}

// ---- An action's wordings, a tab per language (variants.js) ---------------------------------
/** The draft behind the tabs while an action's wordings are open; null otherwise. */
let plain = null;
let plainSaved = true;
/** Each tab's editor state (its undo history), kept while the page is open. */
const editorStates = new WeakMap();

/** Puts `next` (a draft, or a tab's draft) on screen, with the editor state it had. */
function showOnScreen(next, saved) {
  if (view) editorStates.set(draft, view.state);
  draft = next;
  view?.setState(editorStates.get(draft) ?? newState());
  showDraft(saved);
}

function showTab(tabDraft, saved) {
  if (!plain) {
    plain = draft;
    plainSaved = savedShown ?? true;
  }
  showOnScreen(tabDraft, saved);
}

function backToDraft() {
  const back = plain;
  plain = null;
  showOnScreen(back, plainSaved);
}

/** Every control and the preview show the draft. */
function showDraft(saved) {
  problems.set("preview", []);
  problems.setSms(null);
  preview.template = draft.template;
  show();
  drafts.refresh();
  if (store) showSaved(saved);
}

const drafts = new DraftControls({ store, notices, open, current: () => plain ?? draft, fields });
const variants = new VariantEditor({
  json: data.json,
  store: variantStore,
  notices,
  current: () => draft,
  show: showTab,
  back: backToDraft,
  preview: (customer) => change({ customer }),
  failed,
});

// ---- Pickers ----------------------------------------------------------------------------
/** The pickers whose options are the engine's names, in the editor's language. */
function fillNamePickers() {
  fillSelect($("format"), options("format", FORMATS), draft.format);
  fillSelect($("channel"), options("channel", CHANNELS), draft.channel);
  fillSelect($("context"), options("context", CONTEXTS), draft.context);
}
fillNamePickers();
fillSelect($("customer"), data.customers.map(({ id, name }) => [id, `${name} (${id})`]));
$("customer").disabled = data.customers.length === 0;

for (const id of ["format", "channel", "context"]) {
  $(id).addEventListener("change", (event) => {
    const patch = { [id]: event.target.value };
    if (id === "context" && patch.context === "specific" && draft.selected.length === 0) patch.selected = openItemIds(draft.customer);
    change(patch);
  });
}
$("customer").addEventListener("change", (event) => {
  const customer = event.target.value;
  change({ customer, selected: draft.context === "specific" ? openItemIds(customer) : [] });
});
$("locale").addEventListener("change", (event) => change({ locale: event.target.value }));
$("date").addEventListener("change", (event) => change({ date: event.target.value }));
for (const radio of document.querySelectorAll('input[name="mode"]')) {
  radio.addEventListener("change", () => change({ mode: radio.value }));
}
$("window").addEventListener("change", (event) => change({ window: event.target.checked }));
$("subject").addEventListener("input", (event) => change({ subject: event.target.value }));
$("items").addEventListener("change", () => {
  const selected = [...$("items").querySelectorAll("input:checked")].map((box) => box.value);
  change({ selected });
});

// ---- Toolbar ----------------------------------------------------------------------------
$("bold").addEventListener("click", () => view && editing.bold(view));
$("italic").addEventListener("click", () => view && editing.italic(view));
$("insert-hashtag").addEventListener("click", () => view && editing.insertHashtag(view));
function drawColours() {
  $("colour-list").replaceChildren(...COLOURS.map(colourButton));
}

function colourButton([key, value]) {
  const button = element("button", "swatch", element("span", "swatch-chip"), t(key));
  button.type = "button";
  button.firstChild.style.background = value;
  button.dataset.colour = value;
  button.addEventListener("click", () => {
    $("colour-menu").open = false;
    if (view) editing.colour(view, value);
  });
  return button;
}
drawColours();

// ---- Drawing the draft --------------------------------------------------------------------
function customerLocale() {
  return data.customers.find((customer) => customer.id === draft.customer)?.locale;
}

function showItems() {
  const items = data.itemsOf(draft.customer);
  const specific = draft.context === "specific";
  $("items-field").hidden = !specific;
  $("items").replaceChildren(
    ...items.map((item) => {
      const box = element("input");
      box.type = "checkbox";
      box.value = item.id;
      box.checked = draft.selected.includes(item.id);
      const status = item.status ? ` · ${item.status}` : "";
      return element(
        "label",
        "item",
        box,
        element("span", "item-reference", item.reference),
        element("span", "item-meta", `${t("items.due", { date: item.due_date })}${status}`),
        element("span", "item-amount", `${item.outstanding} ${item.currency}`),
      );
    }),
  );
  if (items.length === 0) $("items").append(element("p", "empty", t("items.none")));
  const count = draft.selected.length;
  $("items-summary").textContent = count === 0 ? t("items.noneSelected") : t("items.selected", { count, total: items.length });
}

function showSubject() {
  const withSubject = WITH_SUBJECT.has(draft.channel);
  $("subject-row").hidden = !withSubject;
  if ($("subject").value !== draft.subject) $("subject").value = draft.subject;
  const found = withSubject && draft.subject
    ? check(draft.subject, { format: "text", channel: "subject", context: draft.context })
    : [];
  problems.set("subject", found);
}

function showToolbar() {
  const reason = formattingOff(draft);
  for (const id of ["bold", "italic", "colour-button"]) {
    $(id).disabled = Boolean(reason);
    $(id).title = t(reason ?? $(id).dataset.tTitle);
  }
  $("colour-menu").classList.toggle("disabled", Boolean(reason));
  $("format-note").textContent = reason ? t(reason) : "";
}

function showPreview() {
  setAttribute(preview, "format", draft.format);
  setAttribute(preview, "channel", draft.channel);
  setAttribute(preview, "context", draft.context);
  setAttribute(preview, "customer", draft.customer);
  setAttribute(preview, "selected", draft.context === "specific" ? draft.selected.join(" ") : "");
  setAttribute(preview, "locale", draft.locale);
  setAttribute(preview, "show", draft.mode);
  setAttribute(preview, "date", draft.date || SAMPLE_DATE);
  setAttribute(preview, "subject", WITH_SUBJECT.has(draft.channel) ? draft.subject : "");
  $("window-field").hidden = !LETTERS.has(draft.channel);
  preview.toggleAttribute("window", Boolean(draft.window));
  const customer = data.customers.find((c) => c.id === draft.customer);
  $("preview-caption").textContent = [customer?.name, draft.locale || customer?.locale]
    .filter(Boolean)
    .join(" · ");
}


/** Every control shows the draft's settings. */
function show() {
  $("format").value = draft.format;
  $("channel").value = draft.channel;
  $("context").value = draft.context;
  $("customer").value = draft.customer;
  const own = customerLocale();
  const customers = own ? t("settings.customerLocaleOf", { locale: own }) : t("settings.customerLocale");
  fillSelect($("locale"), [["", customers], ...LOCALES], draft.locale);
  $("date").value = draft.date || SAMPLE_DATE;
  $("window").checked = Boolean(draft.window);
  for (const radio of document.querySelectorAll('input[name="mode"]')) radio.checked = radio.value === draft.mode;
  // A tab is an action's wording: its context is the action's, and the draft controls wait.
  $("context").disabled = variants.isOpen;
  for (const id of ["draft-name", "draft-duplicate", "draft-delete"]) $(id).disabled = !store || variants.isOpen;
  showItems();
  showSubject();
  showToolbar();
  showPreview();
  if (view) editing.applySettings(view, settings());
}

const reach = new ReachPanel((customer) => change({ customer }));

/** After a switch of the editor's language (the static text is done by useLanguage): the rest. */
function relabel() {
  // The preview's bar (print button, channel, SMS count) speaks the editor's language too.
  preview.lang = document.documentElement.lang;
  fillNamePickers();
  drawColours();
  drafts.relabel();
  notices.relabel();
  problems.draw();
  reach.draw();
  variants.relabel();
  if (savedShown !== null) showSaved(savedShown);
  show();
}

$("ui-locale").addEventListener("change", async (event) => {
  const chosen = event.target.value;
  try {
    // false: a later choice overtook this one while its words were loading.
    if (!(await useLanguage(chosen))) return;
  } catch (error) {
    $("ui-locale").value = uiLocale;
    notices.show("language", "error", () => t("notice.language", { message: error.message }));
    return;
  }
  uiLocale = chosen;
  notices.clear("language");
  try {
    store?.setUiLocale(uiLocale);
  } catch (error) {
    failed("draft-error", error);
  }
  relabel();
});

preview.addEventListener("diagnostics", (event) => {
  problems.set("preview", event.detail?.diagnostics ?? []);
  problems.setSms(event.detail?.sms ?? null);
  if (data?.portfolio) {
    const subject = WITH_SUBJECT.has(draft.channel) && draft.subject ? { subject: draft.subject } : {};
    const date = { date: draft.date || SAMPLE_DATE };
    reach.schedule(data.portfolio, draft.template, { format: draft.format, channel: draft.channel, context: draft.context, ...date, ...subject });
  }
});

// ---- Start: the last open draft, or the ready templates on first open ------------------------
// The preview is drawn before the editor is built: the page is ready to read as soon as the
// engine and the portfolio are (P6); the editor, its first check and the pickers follow.
// On first open (or without storage) that is the first ready template, stored as a draft with
// the others just after.
const firstOpen = store !== null && store.list().length === 0;
let saved = adopt(store && !firstOpen ? store.current() : { ...draft, ...fields(READY[0]) });
preview.template = draft.template;
showPreview();
preview.renderNow();
if (firstOpen) saved = adopt(drafts.seed());

// CodeMirror, most of the page's script, is loaded now: imported any earlier, its evaluation
// would fall in the middle of the above (measured: 50 ms later to the first preview).
try {
  editing = await import("./editor.js");
  view = new editing.EditorView({ state: newState(), parent: $("editor") });
} catch (error) {
  notices.show("editor", "error", () => t("notice.editor", { message: error.message }));
}
showDraft(saved);
if (firstOpen) notices.show("welcome", "info", () => t("notice.welcome"), { timeout: 12000 });
document.body.dataset.ready = "true";
