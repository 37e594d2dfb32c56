// The collection agenda page: a thin shell over the engine — `Portfolio.agenda`, `complete`,
// `confirm`, `history`, `historyCsv`, `letters` — and <dunning-preview>. Who is due what,
// when, in which state and colour is decided in Rust (src/agenda/); this file draws it, sends
// the user's clicks back, and keeps the portfolio in the browser so a reload loses nothing.
// Dates and amounts are written in the reader's locale (format.js): the editor's language.
import init, { DraftStore, Portfolio, SavedPortfolio } from "../pkg/dunning.js";
import { $, element, fillSelect } from "../editor/dom.js";
import { Notices } from "../editor/notices.js";
import { CHANNELS, WITH_SUBJECT, label } from "../editor/names.js";
import { COLOURS, ERRORS, MODES, SERIES, STATES } from "./words.js";
import { Records } from "./records.js";
import { defaultView, engineFilters, loadView, saveView } from "./view.js";
import { SAMPLE_DATE } from "../editor/sample.js";
import { Tabs } from "./tabs.js";
import { actionsTable, alertsTable, closedTables, historyTable, rowKey } from "./tables.js";
import { drawChart, series } from "./chart.js";
import { formatLocale, fullDate, locale, longDate, relativeDay, sendAt, shortDate, useLocale } from "./format.js";
import { completedMessage, confirmedMessage, statePill } from "./outcome.js";
import { LettersDialog } from "./letters.js";


const SAMPLE_URL = "./sample-portfolio.json";

await init();
const notices = new Notices($("notices"));
const preview = $("preview");

// ---- Storage: the saved portfolio, the view --------------------------------------------------
let storage = null;
try {
  storage = window.localStorage;
  void storage.length;
} catch (error) {
  storage = null;
  notices.show("storage", "error", `This browser does not let the page store anything (${error.message}): completions and confirmations will be lost on reload.`);
}

// ---- The reader's locale -----------------------------------------------------------------------
/**
 * The language the editor speaks, as the editor keeps it (the engine's storage rule,
 * src/wasm/drafts.rs), or undefined: the page then follows the browser's languages.
 */
function editorLanguage() {
  if (!storage) return undefined;
  let store = null;
  try {
    store = DraftStore.open();
    return store.uiLocale();
  } catch {
    // No drafts to read (storage refused): the browser's languages decide.
    return undefined;
  } finally {
    store?.free();
  }
}

/** Formats in the reader's locale; true when it changed. */
function chooseLocale() {
  const chosen = formatLocale(editorLanguage(), navigator.languages ?? [navigator.language]);
  if (chosen === locale()) return false;
  useLocale(chosen);
  return true;
}
chooseLocale();

let sampleText;
try {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(`${SAMPLE_URL}: HTTP ${response.status}`);
  sampleText = await response.text();
} catch (error) {
  notices.show("sample", "error", `The sample portfolio could not be loaded (${error.message}). Build it with \`make sample\`.`);
  document.body.dataset.ready = "error";
  throw error;
}

// The engine keeps it (src/wasm/saved_portfolio.rs), under the same storage rule as the
// editor's drafts: versioned, refusals said, an entry that no longer loads set aside.
const saved = storage && SavedPortfolio.open(sampleText);
/** Whether the portfolio on screen differs from what is stored (a save was refused). */
let unsaved = false;

/** The saved portfolio, if there is one that loads; one that does not is set aside and said. */
function restore() {
  let entry = null;
  try {
    entry = saved?.read();
    if (!entry) return null;
    const restored = Portfolio.fromJson(entry.text);
    if (entry.sample !== saved.sample) {
      notices.show("older-sample", "info", "Your saved changes were made on an earlier build of the sample portfolio. “Reset sample” starts again from the current one.");
    }
    return { portfolio: restored, savedAt: entry.savedAt };
  } catch (error) {
    try {
      const aside = saved.setAside();
      notices.show("aside", "warning", `The portfolio saved in this browser could not be loaded (${error.message}). It is kept aside in this site's storage as “${aside}”; the sample is shown.`);
    } catch (asideError) {
      notices.show("aside", "error", `The portfolio saved in this browser could not be loaded (${error.message}) nor set aside (${asideError.message}); your next change will replace it.`);
    }
    return null;
  }
}

const restored = restore();
let portfolio = restored?.portfolio ?? Portfolio.fromJson(sampleText);
let records = new Records(portfolio);
preview.portfolio = portfolio;

function showSaved(state, title = "") {
  const text = { sample: "Sample, unchanged", saved: "Saved in this browser", unsaved: "Not saved" }[state];
  $("save-state").textContent = text;
  $("save-state").className = `save-state ${state}`;
  $("save-state").title = title;
}
if (!storage) showSaved("unsaved", "This browser does not let the page store anything");
else if (restored) showSaved("saved", `Last saved ${new Date(restored.savedAt).toLocaleString(locale())}`);
else showSaved("sample");

/** Stores the portfolio after a change; a refusal is shown and the change stays on screen. */
function persist() {
  if (!saved) {
    unsaved = true;
    return;
  }
  try {
    saved.save(portfolio.toJson());
    unsaved = false;
    notices.clear("save");
    showSaved("saved", `Last saved ${new Date().toLocaleString(locale())}`);
  } catch (error) {
    unsaved = true;
    showSaved("unsaved", error.message);
    notices.show("save", "error", `Your change is on screen, but ${error.message} It will be lost when this page is closed or reloaded.`, {
      actions: [["Try again", persist], ["Download the portfolio", downloadPortfolio]],
    });
  }
}

window.addEventListener("beforeunload", (event) => {
  if (unsaved) event.preventDefault();
});

function download(text, name, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = element("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function downloadPortfolio() {
  download(portfolio.toJson(), "portfolio.json", "application/json");
}

/** Shows another portfolio (reset, or another tab's save). */
function replacePortfolio(next) {
  const old = portfolio;
  portfolio = next;
  records = new Records(portfolio);
  preview.portfolio = portfolio;
  old.free();
  fillFilters();
}

// ---- The view: date, now, user, tab, filters ----------------------------------------------------
const view = loadView(storage, defaultView(SAMPLE_DATE));
const remember = () => saveView(storage, view);

function userLabel(user) {
  const role = { collector: "collector", manager: "manager" }[user.role] ?? "no role";
  return `${user.name} (${role})`;
}

function currentUser() {
  return records.users.find((user) => user.id === view.user);
}

function fillFilters() {
  const users = records.users;
  fillSelect($("user"), users.map((user) => [user.id, userLabel(user)]), view.user);
  view.user = $("user").value;
  const me = currentUser();
  const own = me?.role === "collector" ? `My accounts (${me.name})` : "All collectors";
  const collectors = users.filter((user) => [...records.customers.values()].some((customer) => customer.collector === user.id));
  const choices = {
    collector: [["", own], ...collectors.map((user) => [user.id, user.name])],
    channel: [["", "All channels"], ...CHANNELS.filter(([name]) => name !== "subject")],
    mode: [["", "All modes"], ...MODES],
    state: [["", "All states"], ...STATES],
    field: [["", "Any field"], ...[...records.fields.keys()].map((name) => [name, name])],
    value: [["", "Any value"], ...(records.fields.get(view.filters.field) ?? []).map((value) => [value, value])],
  };
  for (const [name, options] of Object.entries(choices)) {
    const select = $(`filter-${name}`);
    fillSelect(select, options, view.filters[name]);
    view.filters[name] = select.value;
    select.classList.toggle("active", select.value !== "");
  }
  $("filter-value").disabled = !view.filters.field;
  $("filters-clear").disabled = Object.values(view.filters).every((value) => !value);
}

$("user").addEventListener("change", (event) => {
  view.user = event.target.value;
  changed();
});
for (const name of Object.keys(view.filters)) {
  $(`filter-${name}`).addEventListener("change", (event) => {
    view.filters[name] = event.target.value;
    if (name === "field") view.filters.value = "";
    changed();
  });
}
$("filters-clear").addEventListener("click", () => {
  for (const name of Object.keys(view.filters)) view.filters[name] = "";
  changed();
});
$("date").addEventListener("change", (event) => {
  // Clearing the field keeps the date shown: the agenda always has one.
  if (!event.target.value) {
    event.target.value = view.date;
    return;
  }
  view.date = event.target.value;
  changed();
});
$("now").addEventListener("change", (event) => {
  view.now = event.target.value;
  changed();
});

/** A control changed: remember the view, show the agenda it asks for. */
function changed() {
  remember();
  fillFilters();
  refresh();
}

function showDateNote() {
  const note = $("date-note");
  const reference = fullDate(SAMPLE_DATE);
  if (view.date === SAMPLE_DATE) {
    note.replaceChildren(`The sample portfolio is generated for ${reference}: every state shows on this date.`);
    return;
  }
  const back = element("button", "link", `Back to ${shortDate(SAMPLE_DATE)}`);
  back.type = "button";
  back.addEventListener("click", () => {
    view.date = SAMPLE_DATE;
    changed();
  });
  note.replaceChildren(`The sample portfolio is generated for ${reference}. `, back);
}

// ---- Tabs, legend --------------------------------------------------------------------------
const tabs = new Tabs(document.querySelector("[role=tablist]"), (name) => {
  view.tab = name;
  remember();
  // The preview is an action's: the other tabs take the whole width.
  if (name !== "manual" && name !== "automatic") closePreview();
  showFooter();
});

$("legend").replaceChildren(...COLOURS.map(([colour, text, meaning]) => {
  const item = element("li", `state state-${colour}`, element("span", "dot"), text, element("span", "visually-hidden", `: ${meaning}`));
  item.dataset.colour = colour;
  item.title = meaning;
  return item;
}));

/** The footer under the table: the legend and letters of the action tabs, the history's CSV. */
function showFooter() {
  const actions = view.tab === "manual" || view.tab === "automatic";
  $("legend-block").hidden = !actions;
  $("print-letters").hidden = !actions;
  $("history-csv").hidden = view.tab !== "history";
  const count = selection.size;
  $("print-letters").disabled = count === 0;
  $("print-letters").textContent = count ? `Print selected letters (${count})` : "Print selected letters";
  let note = "";
  if (actions) note = count ? `${count} ${count === 1 ? "letter" : "letters"} selected` : "Tick letters to print them together";
  else if (view.tab === "history") note = "Newest first, under the filters";
  $("footer-note").textContent = note;
  $("footer-note").classList.toggle("selected", actions && count > 0);
}

// ---- The agenda ------------------------------------------------------------------------------
let agenda = null;
let history = [];
let chartData = null;
/** The ticked letter actions (row keys), printed in agenda order. */
const selection = new Set();
/** The row shown in the preview. */
let opened = null;

function engineOptions() {
  return { user: view.user || undefined, filters: engineFilters(view) };
}

/** Asks the engine for the agenda and history of the view, and draws them. */
function refresh() {
  const options = engineOptions();
  try {
    agenda = portfolio.agenda(view.date, { ...options, now: view.now || undefined });
    history = portfolio.history(options);
    notices.clear("agenda");
  } catch (error) {
    notices.show("agenda", "error", `The agenda could not be computed: ${error.message}`);
    return;
  }
  const keys = new Set(agenda.actions.map(rowKey));
  for (const key of selection) if (!keys.has(key)) selection.delete(key);
  draw();
}

const handlers = {
  open: (row) => openPreview(row),
  confirm: (row) => confirmAction(row),
  complete: (row) => completeAction(row),
  select(row, checked) {
    if (checked) selection.add(rowKey(row));
    else selection.delete(rowKey(row));
    draw();
  },
  selectAll(rows, checked) {
    for (const row of rows) {
      if (checked) selection.add(rowKey(row));
      else selection.delete(rowKey(row));
    }
    draw();
  },
};

/** Replaces a panel's content, keeping its scroll position and the focus of a row's control. */
function fill(panel, ...content) {
  const active = document.activeElement;
  const row = panel.contains(active) ? active.closest("tr[data-customer]") : null;
  const focus = row && { customer: row.dataset.customer, action: row.dataset.action, role: active.dataset.role };
  const top = panel.scrollTop;
  panel.replaceChildren(...content);
  panel.scrollTop = top;
  if (!focus) return;
  const rows = [...panel.querySelectorAll("tr[data-customer]")];
  const same = rows.find((tr) => tr.dataset.customer === focus.customer && tr.dataset.action === focus.action)
    ?? rows.find((tr) => tr.dataset.customer === focus.customer);
  // A confirmed row's Confirm became Complete: its action button takes the focus.
  const target = same?.querySelector(`[data-role="${focus.role}"]`) ?? same?.querySelector(".cell-act button") ?? panel;
  target.focus({ preventScroll: true });
}

function draw() {
  const manual = agenda.actions.filter((row) => row.mode === "manual");
  const automatic = agenda.actions.filter((row) => row.mode !== "manual");
  const context = { records, date: agenda.date, selected: selection, opened, handlers };
  $("scheduled").textContent = agenda.indicators.scheduled;
  $("to-complete").textContent = agenda.indicators.to_complete;
  $("alert-count").textContent = agenda.alerts.length;
  const counts = {
    manual: manual.length, automatic: automatic.length, history: history.length,
    alerts: agenda.alerts.length, closed: agenda.cancelled.length + agenda.finished.length,
  };
  for (const [name, count] of Object.entries(counts)) $(`count-${name}`).textContent = count;

  fill($("panel-manual"), actionsTable(manual, { ...context, caption: "Manual actions" }));
  fill($("panel-automatic"), actionsTable(automatic, { ...context, caption: "Automatic actions" }));
  fill($("panel-history"), historyTable(history, { records }));
  fill($("panel-alerts"), alertsTable(agenda.alerts, { records, date: agenda.date }));
  fill($("panel-closed"), ...closedTables(agenda, { records }));

  showFooter();

  $("date").value = view.date;
  $("now").value = view.now;
  showDateNote();
  chartData = series(agenda, history, agenda.date);
  drawChart($("chart"), chartData, agenda.date);
  const outside = [
    chartData.earlier && `${chartData.earlier} earlier`,
    chartData.later && `${chartData.later} later`,
  ].filter(Boolean);
  const days = chartData.days;
  $("chart-range").textContent = `${shortDate(days[0].day)} – ${shortDate(days.at(-1).day)}${outside.length ? ` · not shown: ${outside.join(", ")}` : ""}`;

  const shown = agenda.actions.find((row) => rowKey(row) === opened);
  if (shown) openPreview(shown);
  else closePreview();
}

new ResizeObserver(() => chartData && drawChart($("chart"), chartData, agenda.date)).observe($("chart"));
$("chart-keys").replaceChildren(...SERIES.map(([, name, colour]) => {
  const key = element("span", "chart-key", element("span", "swatch-chip"), name);
  key.firstChild.style.background = colour;
  return key;
}));

// ---- Confirm, complete ------------------------------------------------------------------------
function actionWords(row) {
  return { name: records.actionName(row), who: records.customerName(row.customer) };
}

function confirmAction(row) {
  const { name, who } = actionWords(row);
  try {
    portfolio.confirm(row.customer, row.action, view.date);
  } catch (error) {
    notices.show("action", "error", `“${name}” for ${who} could not be confirmed: ${error.message}`);
    return;
  }
  persist();
  refresh();
  // When it goes out is the engine's `send_at` of the confirmed row (letters: a sending day on
  // or after the agenda's date), said against that date: "today", never a past day.
  // From the whole agenda: a filter (state: to confirm) may hide the row now that it is confirmed.
  const confirmed = wholeAgenda().actions.find((next) => rowKey(next) === rowKey(row));
  const message = () => confirmedMessage({ name, who, row: confirmed, date: view.date, now: view.now });
  notices.show("done", "info", message, { timeout: 10_000 });
  // The shared portfolio changed, not a property of the preview: it renders again.
  if (opened) preview.renderNow();
}

/** The agenda of the view's date and time without its filters. */
function wholeAgenda() {
  return portfolio.agenda(view.date, { now: view.now || undefined });
}

/** The customer's action after a completion, from the whole agenda (not the filtered one). */
function following(customer) {
  const whole = wholeAgenda();
  return {
    next: whole.actions.find((row) => row.customer === customer),
    finished: whole.finished.some((row) => row.customer === customer),
  };
}

function completeAction(row) {
  const { name, who } = actionWords(row);
  try {
    portfolio.complete(row.customer, row.action, view.date, view.user || undefined);
  } catch (error) {
    notices.show("action", "error", `“${name}” for ${who} could not be completed: ${error.message}`);
    return;
  }
  persist();
  const { next, finished } = following(row.customer);
  if (opened === rowKey(row)) opened = next ? rowKey(next) : null;
  refresh();
  let where = "";
  if (next) {
    const visible = agenda.actions.some((shown) => rowKey(shown) === rowKey(next));
    where = !visible ? " (hidden by the filters)" : next.mode === "manual" ? "" : " (under Automatic actions)";
  }
  const message = () => completedMessage({
    name, who, next, finished, where, date: view.date, now: view.now,
    nextName: next && records.actionName(next), channel: next && label(CHANNELS, next.channel),
  });
  notices.show("done", "info", message, { timeout: 12_000 });
  // The shared portfolio changed, not a property of the preview: it renders again.
  if (opened) preview.renderNow();
  if (next) {
    for (const tr of document.querySelectorAll("tr.action-row")) {
      if (tr.dataset.customer === next.customer && tr.dataset.action === next.action) tr.classList.add("flash");
    }
  }
}

// ---- The preview of a row: a drawer over the page ------------------------------------------------
// A modal dialog at the right: the table under it keeps its width and every column; Escape or
// the close button closes it, and the focus goes back to the row it was opened from.
const drawer = $("action-preview");

/** The rows the drawer steps through: the list (manual or automatic) of `row`. */
function listOf(row) {
  const manual = row.mode === "manual";
  return agenda.actions.filter((each) => (each.mode === "manual") === manual);
}

function openPreview(row) {
  const template = records.template(row);
  const customer = records.customers.get(row.customer);
  opened = rowKey(row);
  // The table behind shows the row's list, so that closing comes back to it.
  const tab = row.mode === "manual" ? "manual" : "automatic";
  if (view.tab !== tab) {
    view.tab = tabs.select(tab);
    remember();
    showFooter();
  }
  for (const tr of document.querySelectorAll("tr.action-row")) {
    tr.classList.toggle("opened", tr.dataset.customer === row.customer && tr.dataset.action === row.action);
  }
  $("preview-title").textContent = records.actionName(row);
  $("preview-caption").textContent = [customer?.name ?? row.customer, label(CHANNELS, row.channel), `${longDate(row.date)} (${relativeDay(row.date, agenda.date)})`].join(" · ");
  const list = listOf(row);
  const at = list.findIndex((each) => rowKey(each) === opened);
  $("preview-position").textContent = `${at + 1} / ${list.length}`;
  $("preview-previous").disabled = at <= 0;
  $("preview-next").disabled = at >= list.length - 1;
  const references = records.references(row.items);
  const facts = [
    statePill(row),
    row.error ? element("span", "error-chip", label(ERRORS, row.error)) : null,
    row.send_at && !row.error ? element("span", null, `Sending ${sendAt(row.send_at)}`) : null,
    element("span", "mono", references.join(", ")),
  ];
  $("preview-facts").replaceChildren(...facts.filter(Boolean));
  // The row's own button, so that a collector can act on what they read.
  const unconfirmed = row.state === "overdue_unconfirmed" || row.state === "upcoming_unconfirmed";
  const act = element("button", unconfirmed ? "button primary small" : "button small", unconfirmed ? "Confirm" : "Complete");
  act.type = "button";
  act.dataset.role = unconfirmed ? "confirm" : "complete";
  act.addEventListener("click", () => (unconfirmed ? confirmAction(row) : completeAction(row)));
  $("preview-act").replaceChildren(act);
  if (!drawer.open) drawer.showModal();
  if (!template) return;
  Object.assign(preview, {
    channel: row.channel,
    customer: row.customer,
    context: row.kind === "specific" ? "specific" : "scenario",
    format: template.format,
    selected: template.selected,
    date: view.date,
    subject: WITH_SUBJECT.has(row.channel) ? template.subject : "",
    template: template.body,
  });
}

/** Forgets the opened row (the drawer is closed). */
function forget() {
  opened = null;
  for (const tr of document.querySelectorAll("tr.opened")) tr.classList.remove("opened");
}

function closePreview() {
  if (drawer.open) drawer.close();
  else forget();
}

drawer.addEventListener("close", () => {
  const key = opened;
  forget();
  // Back to the row the drawer showed last (its Preview button), else to its list.
  const panel = $(`panel-${view.tab}`);
  const tr = [...panel.querySelectorAll("tr.action-row")].find((each) => rowKey(each.dataset) === key);
  (tr?.querySelector('[data-role="open"]') ?? panel).focus();
});

function step(by) {
  const shown = agenda.actions.find((row) => rowKey(row) === opened);
  if (!shown) return;
  const list = listOf(shown);
  const next = list[list.findIndex((row) => rowKey(row) === opened) + by];
  if (next) openPreview(next);
  // At an end of the list its button is disabled: the focus goes to the other one.
  const [pressed, other] = by < 0 ? ["preview-previous", "preview-next"] : ["preview-next", "preview-previous"];
  if ($(pressed).disabled && document.activeElement === $(pressed)) $(other).focus();
}
$("preview-previous").addEventListener("click", () => step(-1));
$("preview-next").addEventListener("click", () => step(1));
$("preview-close").addEventListener("click", closePreview);

// ---- History CSV, letters -------------------------------------------------------------------
$("history-csv").addEventListener("click", () => {
  try {
    download(portfolio.historyCsv(engineOptions()), `history-${view.date}.csv`, "text/csv;charset=utf-8");
  } catch (error) {
    notices.show("csv", "error", `The history could not be exported: ${error.message}`);
  }
});

const letters = new LettersDialog();
$("print-letters").addEventListener("click", () => {
  const pairs = agenda.actions.filter((row) => selection.has(rowKey(row))).map((row) => [row.customer, row.action]);
  try {
    const document = portfolio.letters(view.date, pairs);
    const count = pairs.length === 1 ? "1 letter" : `${pairs.length} letters`;
    letters.show(document, (laid) => {
      const of = `${count} of ${longDate(view.date)}, in agenda order`;
      if (!laid) return `${of}…`;
      const pages = laid.pages === 1 ? "1 page" : `${laid.pages} pages`;
      if (!laid.duplex) return `${of}: ${pages}, each letter on new sheets`;
      const blanks = laid.blanks === 1 ? "1 blank back" : `${laid.blanks} blank backs`;
      return `${of}: ${pages} (${blanks}) on ${Math.ceil(laid.pages / 2)} sheets, printed on both sides`;
    });
  } catch (error) {
    notices.show("letters", "error", `The letters could not be rendered: ${error.message}`);
  }
});

// ---- Reset, other tabs -----------------------------------------------------------------------
$("reset").addEventListener("click", () => {
  // A dialog keeps its last return value when closed with Escape: start from none.
  $("reset-dialog").returnValue = "";
  $("reset-dialog").showModal();
});
$("reset-dialog").addEventListener("close", () => {
  if ($("reset-dialog").returnValue !== "reset") return;
  try {
    saved?.clear();
  } catch {
    // Removing never exceeds a quota; a browser that refuses shows it at the next save.
  }
  replacePortfolio(Portfolio.fromJson(sampleText));
  unsaved = false;
  selection.clear();
  showSaved(storage ? "sample" : "unsaved");
  refresh();
  notices.show("done", "info", "The sample portfolio is restored: every completion and confirmation made here is gone.", { timeout: 10_000 });
});

// Another tab of this page saved (or reset): show its portfolio, unless this tab holds a change
// it could not save (then the next save here wins, as the user last saw it).
window.addEventListener("storage", (event) => {
  if (event.storageArea !== storage || (event.key !== saved?.key && event.key !== null) || unsaved) return;
  const other = restore();
  replacePortfolio(other?.portfolio ?? Portfolio.fromJson(sampleText));
  showSaved(other ? "saved" : "sample");
  refresh();
  notices.show("other-tab", "info", "Updated with the changes made in another tab.", { timeout: 8000 });
});

// The editor's language changed in another tab: dates and amounts follow it here.
window.addEventListener("storage", (event) => {
  if (event.storageArea === storage && event.key !== saved?.key && agenda && chooseLocale()) draw();
});

// ---- Start ----------------------------------------------------------------------------------
fillFilters();
view.tab = tabs.select(view.tab);
refresh();
document.body.dataset.ready = "true";
