// What the page says after a confirmation or a completion: when the letter or message goes
// out (the engine's `send_at`, said against the agenda's date and "now": "today at 08:30",
// "now", never a past day as if it were to come), and the customer's next step with its state
// (a step already due says so: "due since Sun 22 Nov (1 day late)"). Words in English, dates
// and times in the reader's locale (format.js).
import { element } from "../editor/dom.js";
import { label } from "../editor/names.js";
import { ERRORS, STATES } from "./words.js";
import { daysBetween, longDate, relativeDay, sendAt, time } from "./format.js";

const days = (n) => `${n} ${n === 1 ? "day" : "days"}`;

/**
 * When an automatic action goes out: `value` is its `send_at` (`YYYY-MM-DDTHH:MM`, or a
 * letter's day), `date` the agenda's date (the collector's today), `now` its time or "".
 */
export function goesOut(value, date, now = "") {
  const [day, clock] = value.split("T");
  const at = clock ? `, ${time(clock)}` : "";
  const offset = daysBetween(date, day);
  // The engine never plans a send before the agenda's date; should it, the page says it was missed.
  if (offset < 0) return `was due to go out ${longDate(day)}${at}, ${days(-offset)} ago`;
  if (offset === 0) {
    if (!clock) return `goes out today (${longDate(day)})`;
    return now && clock <= now ? `goes out now (${time(clock)})` : `goes out today at ${time(clock)}`;
  }
  return `goes out ${sendAt(value)} (${relativeDay(day, date)})`;
}

/** An action's date against the agenda's: "due since Sun 22 Nov (1 day late)", "due today". */
export function due(actionDate, date) {
  const offset = daysBetween(date, actionDate);
  if (offset < 0) return `due since ${longDate(actionDate)} (${days(-offset)} late)`;
  if (offset === 0) return `due today (${longDate(actionDate)})`;
  return `${longDate(actionDate)} (${relativeDay(actionDate, date)})`;
}

/** The state of an agenda row as the tables show it: a pill in its colour. */
export function statePill(row) {
  const pill = element("span", `state state-${row.colour}`, element("span", "dot"), label(STATES, row.state));
  pill.dataset.state = row.state;
  return pill;
}

/** When a customer's next step is (its state pill says what it waits for), after a completion. */
export function nextWhen(next, date, now) {
  if (next.error) return `${due(next.date, date)}; it cannot go out: ${label(ERRORS, next.error).toLowerCase()}`;
  if (next.state === "confirmed" && next.send_at) return goesOut(next.send_at, date, now);
  return due(next.date, date);
}

/** The message after a confirmation: the action, and when the engine sends it. */
export function confirmedMessage({ name, who, row, date, now }) {
  const when = row?.send_at ? `: it ${goesOut(row.send_at, date, now)}` : "";
  return element("span", null, `“${name}” for ${who} is confirmed${when}.`);
}

/**
 * The message after a completion: `next` the customer's next action (or none), its `name`
 * and channel's, `where` it is listed; `finished` when the scenario has no step left.
 */
export function completedMessage({ name, who, next, nextName, channel, where, finished, date, now }) {
  if (next) {
    const then = element("span", `next-step colour-${next.colour}`, statePill(next), " ", element("span", "when", nextWhen(next, date, now)));
    then.dataset.state = next.state;
    return element("span", null, `“${name}” for ${who} is done; next: “${nextName}”, ${channel}, `, then, `${where}.`);
  }
  const rest = finished ? "every step of its scenario is done (listed under Cancelled & finished)." : "it has no further action.";
  return element("span", null, `“${name}” for ${who} is done; ${rest}`);
}
