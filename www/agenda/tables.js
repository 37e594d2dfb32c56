// The agenda's tables, built from the engine's rows (always as text, never as HTML): actions
// with their colour, state, dates and buttons; history; alerts; cancelled and finished.
import { element } from "../editor/dom.js";
import { CHANNELS, LETTERS, label } from "../editor/names.js";
import { ERRORS, MODES, STATES } from "./words.js";
import { longDate, shortDate } from "./chart.js";

const DAY = 86_400_000;

/** The key of an agenda row: a customer's action. */
export const rowKey = (row) => `${row.customer}\u001f${row.action}`;

function table(caption, headers, rows, empty, className = "") {
  if (rows.length === 0) return element("p", "empty-state", empty);
  const head = element("tr", null, ...headers.map(([text, className]) => {
    const th = element("th", className, text);
    th.scope = "col";
    return th;
  }));
  return element("table", `grid-table ${className}`.trim(), element("caption", "visually-hidden", caption), element("thead", null, head), element("tbody", null, ...rows));
}

function cell(className, ...children) {
  return element("td", className, ...children);
}

function lines(main, sub, mainClass = "main") {
  return [element("div", mainClass, main), sub ? element("div", "sub", sub) : null];
}

/** "today", "in 3 days", "5 days ago": an action's date against the agenda's. */
function relative(date, from) {
  const days = Math.round((Date.parse(date) - Date.parse(from)) / DAY);
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

function dateCell(date, from) {
  const time = element("time", "main", shortDate(date));
  time.dateTime = date;
  time.title = longDate(date);
  return cell("cell-date", time, element("div", "sub", relative(date, from)));
}

/** `YYYY-MM-DDTHH:MM` (or a date) as "Mon 23 Nov, 09:00". */
export function sendAt(value) {
  const [date, time] = value.split("T");
  return time ? `${longDate(date)}, ${time}` : longDate(date);
}

function button(text, className, onClick, ariaLabel) {
  const node = element("button", className, text);
  node.type = "button";
  if (ariaLabel) node.setAttribute("aria-label", ariaLabel);
  node.addEventListener("click", (event) => {
    event.stopPropagation();
    onClick();
  });
  return node;
}

/**
 * The actions of a tab. `handlers`: `open(row)`, `confirm(row)`, `complete(row)`,
 * `select(row, checked)`, `selectAll(rows, checked)`; `selected`: the keys of ticked letters;
 * `opened`: the key of the row in the preview.
 */
export function actionsTable(rows, { records, date, selected, opened, handlers, caption }) {
  // A letter in error (no address) cannot be posted: it is not offered for printing.
  const printable = (row) => LETTERS.has(row.channel) && row.state !== "error";
  const letters = rows.filter(printable);
  const all = element("input");
  all.type = "checkbox";
  all.setAttribute("aria-label", "Select every letter of this list");
  all.disabled = letters.length === 0;
  all.checked = letters.length > 0 && letters.every((row) => selected.has(rowKey(row)));
  all.indeterminate = !all.checked && letters.some((row) => selected.has(rowKey(row)));
  all.addEventListener("change", () => handlers.selectAll(letters, all.checked));

  // Manual actions are never sent by the engine: their tab has no sending column.
  const sends = rows.some((row) => row.send_at || row.error);
  const body = rows.map((row) => {
    const customer = records.customers.get(row.customer);
    const name = records.actionName(row);
    const tr = element("tr", `action-row colour-${row.colour}`);
    Object.assign(tr.dataset, {
      customer: row.customer, action: row.action, state: row.state, colour: row.colour,
      date: row.date, channel: row.channel, mode: row.mode, kind: row.kind, error: row.error ?? "",
    });
    if (rowKey(row) === opened) tr.classList.add("opened");
    tr.addEventListener("click", () => handlers.open(row));

    const pick = cell("cell-select");
    if (LETTERS.has(row.channel)) {
      const box = element("input");
      box.type = "checkbox";
      box.dataset.role = "select";
      box.checked = selected.has(rowKey(row));
      box.disabled = !printable(row);
      box.title = box.disabled ? "Fix the error before printing this letter" : "";
      box.setAttribute("aria-label", `Select the letter “${name}” to ${customer?.name ?? row.customer}`);
      box.addEventListener("click", (event) => event.stopPropagation());
      box.addEventListener("change", () => handlers.select(row, box.checked));
      pick.append(box);
    }

    const state = element("span", `state state-${row.colour}`, element("span", "dot"), label(STATES, row.state));
    const collector = records.userName(customer?.collector);
    const open = button(name, "link", () => handlers.open(row), `Preview “${name}” for ${customer?.name ?? row.customer}`);
    open.dataset.role = "open";
    const mode = row.mode === "manual" ? null : element("span", "mode-text", ` · ${label(MODES, row.mode)}`);
    const items = records.references(row.items);

    let sending = "—";
    if (row.error) {
      const chip = element("span", "error-chip", label(ERRORS, row.error));
      chip.title = row.error;
      sending = chip;
    } else if (row.send_at) {
      sending = sendAt(row.send_at);
    }

    const act = cell("cell-act");
    const who = customer?.name ?? row.customer;
    if (row.state === "overdue_unconfirmed" || row.state === "upcoming_unconfirmed") {
      const confirm = button("Confirm", "button primary small", () => handlers.confirm(row), `Confirm “${name}” for ${who}`);
      confirm.dataset.role = "confirm";
      act.append(confirm);
    } else {
      const complete = button("Complete", "button small", () => handlers.complete(row), `Complete “${name}” for ${who}`);
      complete.dataset.role = "complete";
      act.append(complete);
    }

    tr.append(...[
      pick,
      cell("cell-state", state),
      dateCell(row.date, date),
      cell("cell-customer", ...lines(who, [row.customer, collector].filter(Boolean).join(" · "))),
      cell("cell-action", open, element("div", "sub", label(CHANNELS, row.channel), mode, row.kind === "specific" ? element("span", "badge", "Specific") : null)),
      cell("cell-items", ...lines(items[0] ?? "—", items.length > 1 ? `+ ${items.length - 1} more` : null, "main mono")),
      sends ? cell("cell-send", sending) : null,
      act,
    ].filter(Boolean));
    return tr;
  });
  const headers = [[all, "cell-select"], ["State"], ["Date"], ["Customer"], ["Action"], ["Items", "cell-items"],
    sends ? ["Sending", "cell-send"] : null, [element("span", "visually-hidden", "Do"), "cell-act"]].filter(Boolean);
  return table(caption, headers, body, "No action matches the date and filters.", "action-table");
}

export function historyTable(rows, { records }) {
  const body = rows.map((row) => {
    const tr = element("tr", "history-row");
    Object.assign(tr.dataset, { customer: row.customer, action: row.action, doneOn: row.done_on });
    const time = element("time", "main", longDate(row.done_on));
    time.dateTime = row.done_on;
    tr.append(
      cell("cell-date", time),
      cell("cell-customer", ...lines(row.customer_name, row.customer)),
      cell("cell-action", ...lines(row.kind === "specific" ? records.actionName(row) : row.action_name ?? row.action,
        row.kind === "specific" ? "Specific action" : null)),
      cell(null, row.channel ? label(CHANNELS, row.channel) : "—"),
      cell("cell-items", ...lines(records.references(row.items).join(", ") || "—", null, "main mono")),
      cell(null, row.by_name ?? row.by ?? "—"),
    );
    return tr;
  });
  return table("History, newest first", [["Done on"], ["Customer"], ["Action"], ["Channel"], ["Items"], ["By"]], body,
    "Nothing done yet under these filters.");
}

export function alertsTable(alerts, { records }) {
  const body = alerts.map((alert) => {
    const tr = element("tr", "alert-row");
    Object.assign(tr.dataset, { rule: alert.rule, customer: alert.customer });
    const customer = records.customers.get(alert.customer);
    tr.append(
      cell("cell-rule", element("span", "alert-icon", "!"), alert.name),
      cell("cell-customer", ...lines(customer?.name ?? alert.customer, [alert.customer, records.userName(customer?.collector)].filter(Boolean).join(" · "))),
      cell("cell-detail", alert.detail),
    );
    return tr;
  });
  return table("Customers flagged by the alert rules", [["Rule"], ["Customer"], ["Why"]], body,
    "No customer is flagged by the alert rules on this date.");
}

export function closedTables(agenda, { records }) {
  const cancelled = agenda.cancelled.map((row) => {
    const tr = element("tr", "cancelled-row");
    Object.assign(tr.dataset, { customer: row.customer, action: row.action });
    tr.append(
      cell("cell-customer", ...lines(records.customerName(row.customer), row.customer)),
      cell("cell-action", records.actionName({ ...row, kind: "specific" })),
      dateCell(row.date, agenda.date),
    );
    return tr;
  });
  const finished = agenda.finished.map((row) => {
    const tr = element("tr", "finished-row");
    tr.dataset.customer = row.customer;
    const customer = records.customers.get(row.customer);
    tr.append(
      cell("cell-customer", ...lines(customer?.name ?? row.customer, row.customer)),
      cell(null, records.userName(customer?.collector) || "—"),
    );
    return tr;
  });
  return [
    element("section", "closed-section",
      element("h3", null, "Cancelled specific actions"),
      element("p", "hint", "Every item of these actions was cleared by their date, so they are not in the agenda."),
      table("Cancelled specific actions", [["Customer"], ["Action"], ["Date"]], cancelled, "No specific action is cancelled.")),
    element("section", "closed-section",
      element("h3", null, "Finished scenarios"),
      element("p", "hint", "Every step of these customers' scenarios is done: a person decides what comes next."),
      table("Customers whose scenario is finished", [["Customer"], ["Collector"]], finished, "No customer has finished a scenario.")),
  ];
}
