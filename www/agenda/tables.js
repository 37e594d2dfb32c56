// The agenda's tables, built from the engine's rows (always as text, never as HTML): actions
// with their colour, state, dates and buttons; history; alerts; cancelled and finished.
import { element } from "../editor/dom.js";
import { CHANNELS, LETTERS, label } from "../editor/names.js";
import { ERRORS, MODES, STATES } from "./words.js";
import { count, longDate, money, relativeDay, sendAt, shortDate } from "./format.js";

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

/** A `<time>` of `date` (`YYYY-MM-DD`), written by `format`. */
function timeOf(date, format = longDate, className = "main") {
  const node = element("time", className, format(date));
  node.dateTime = date;
  return node;
}

function dateCell(date, from) {
  const time = timeOf(date, shortDate);
  time.title = longDate(date);
  return cell("cell-date", time, element("div", "sub", relativeDay(date, from)));
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

/** An amount as the reader writes it, the engine's exact one kept as its machine value. */
function value(text, machine) {
  const node = element("data", "value", text);
  node.value = machine;
  return node;
}

/** What a history row's items past due on its day still owe, one amount per currency. */
function amounts(overdue) {
  if (!overdue?.length) return ["—"];
  return overdue.map(({ amount, currency }) => element("div", null, value(money(amount, currency), `${amount} ${currency}`)));
}

export function historyTable(rows, { records }) {
  const body = rows.map((row) => {
    const tr = element("tr", "history-row");
    Object.assign(tr.dataset, { customer: row.customer, action: row.action, doneOn: row.done_on });
    // The items' own numbers, from the engine (an internal id only for an item it no longer knows).
    const references = row.references ?? records.references(row.items);
    tr.append(
      cell("cell-date", timeOf(row.done_on)),
      cell("cell-customer", ...lines(row.customer_name, row.customer)),
      cell("cell-action", ...lines(row.kind === "specific" ? records.actionName(row) : row.action_name ?? row.action,
        row.kind === "specific" ? "Specific action" : null)),
      cell(null, row.channel ? label(CHANNELS, row.channel) : "—"),
      cell("cell-items cell-references", ...lines(references.join(", ") || "—", null, "main mono")),
      cell("cell-amount", ...amounts(row.overdue)),
      cell(null, row.by_name ?? row.by ?? "—"),
    );
    return tr;
  });
  const overdue = element("span", null, "Overdue");
  overdue.title = "What the items past due on that day still owe (as the portfolio stands)";
  return table("History, newest first", [["Done on"], ["Customer"], ["Action"], ["Channel"], ["Items"], [overdue, "cell-amount"], ["By"]], body,
    "Nothing done yet under these filters.");
}

/**
 * An alert's finding (the engine's `findings`) as a short sentence, its amounts, dates and
 * counts in the reader's locale; `null` for a condition this page does not know yet.
 */
export function finding(found, date) {
  const days = (n) => `${count(n)} ${n === 1 ? "day" : "days"}`;
  const reference = (text) => element("span", "mono", text);
  switch (found.condition) {
    case "field":
      return [`${found.name}: `, element("span", "value", found.value)];
    case "overdue_above":
      return ["Overdue: ", value(money(found.amount, found.currency), `${found.amount} ${found.currency}`)];
    case "outstanding_above":
      return ["Outstanding: ", value(money(found.amount, found.currency), `${found.amount} ${found.currency}`)];
    case "days_overdue_above":
      return [reference(found.reference), ` is ${days(found.days)} overdue`];
    case "status":
      return [reference(found.reference), ` in “${found.label}” for ${days(found.days)}`];
    case "due_within_days":
      return [reference(found.reference), " due ", timeOf(found.due_date, longDate, "value"), ` (${relativeDay(found.due_date, date)})`];
    default:
      return null;
  }
}

export function alertsTable(alerts, { records, date }) {
  const body = alerts.map((alert) => {
    const tr = element("tr", "alert-row");
    // The engine's English words stay with the row; the cell says its findings for the reader.
    Object.assign(tr.dataset, { rule: alert.rule, customer: alert.customer, detail: alert.detail });
    const customer = records.customers.get(alert.customer);
    const sentences = (alert.findings ?? []).map((found) => finding(found, date));
    const detail = sentences.length && sentences.every(Boolean)
      ? element("ul", "findings", ...sentences.map((parts) => element("li", null, ...parts)))
      : alert.detail;
    tr.append(
      cell("cell-rule", element("span", "alert-icon", "!"), alert.name),
      cell("cell-customer", ...lines(customer?.name ?? alert.customer, [alert.customer, records.userName(customer?.collector)].filter(Boolean).join(" · "))),
      cell("cell-detail", detail),
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
