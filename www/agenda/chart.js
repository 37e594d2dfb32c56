// The chart of actions per day around the agenda's date, drawn as inline SVG. `series` is a
// pure function of what the engine returned (the agenda's actions and the history), so the
// chart shows exactly the rows of the tables; `drawChart` only draws it.
import { SERIES } from "./words.js";
import { count, longDate, shortDate } from "./format.js";

const DAY = 86_400_000;
const SVG = "http://www.w3.org/2000/svg";

/** `YYYY-MM-DD` plus `days`. */
export function addDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/**
 * Counts per day from `date - before` to `date + after`: `done` (history entries by their day),
 * and the agenda's actions by their date: `late` before the date, `due` on it, `upcoming`
 * after it. Actions dated outside the window are counted in `earlier` and `later`.
 */
export function series(agenda, history, date, { before = 14, after = 14 } = {}) {
  const first = addDays(date, -before);
  const last = addDays(date, after);
  const days = [];
  const byDay = new Map();
  for (let offset = -before; offset <= after; offset++) {
    const day = { day: addDays(date, offset), done: 0, late: 0, due: 0, upcoming: 0 };
    days.push(day);
    byDay.set(day.day, day);
  }
  let earlier = 0;
  let later = 0;
  for (const action of agenda.actions) {
    if (action.date < first) earlier++;
    else if (action.date > last) later++;
    else byDay.get(action.date)[action.date < date ? "late" : action.date === date ? "due" : "upcoming"]++;
  }
  for (const entry of history) {
    const day = byDay.get(entry.done_on);
    if (day) day.done++;
  }
  return { days, earlier, later };
}

function node(name, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  element.append(...children);
  return element;
}

/** A round top for the axis at or above `value`: 4, or 1, 2, 3, 4, 5, 6, 8 × 10^n. */
function niceMax(value) {
  if (value <= 4) return 4;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 3, 4, 5, 6, 8, 10].map((step) => step * power).find((step) => step >= value);
}

/** Draws `data` (from `series`) into `svg` at its current size; `date` is marked. */
export function drawChart(svg, data, date) {
  const width = Math.max(svg.clientWidth, 200);
  const height = Math.max(svg.clientHeight, 80);
  const pad = { left: 28, right: 8, top: 8, bottom: 20 };
  const plotWidth = width - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  const totals = data.days.map((day) => SERIES.reduce((sum, [key]) => sum + day[key], 0));
  const max = niceMax(Math.max(...totals, 1));
  const y = (value) => pad.top + plotHeight - (value / max) * plotHeight;
  const slot = plotWidth / data.days.length;
  const barWidth = Math.max(3, Math.min(18, slot * 0.62));

  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const title = svg.querySelector("title");
  const parts = [];
  for (const value of [0, max / 2, max].filter(Number.isInteger)) {
    parts.push(node("line", { class: "grid", x1: pad.left, x2: width - pad.right, y1: y(value), y2: y(value) }));
    parts.push(node("text", { class: "tick", x: pad.left - 6, y: y(value) + 4, "text-anchor": "end" }, count(value)));
  }
  data.days.forEach((day, index) => {
    const x = pad.left + slot * index + (slot - barWidth) / 2;
    const isDate = day.day === date;
    if (isDate) {
      parts.push(node("rect", { class: "today", x: pad.left + slot * index, y: pad.top, width: slot, height: plotHeight }));
    }
    const group = node("g", { class: "day", "data-day": day.day });
    const counts = SERIES.filter(([key]) => day[key] > 0).map(([key, name]) => `${day[key]} ${name.toLowerCase()}`);
    group.append(node("title", {}, `${longDate(day.day)}: ${counts.join(", ") || "nothing"}`));
    let base = 0;
    for (const [key, , colour] of SERIES) {
      if (!day[key]) continue;
      group.dataset[key] = day[key];
      const top = y(base + day[key]);
      group.append(node("rect", { x, y: top, width: barWidth, height: y(base) - top, fill: colour, rx: 1.5 }));
      base += day[key];
    }
    // An invisible column over the whole day, so the title shows wherever the pointer is.
    group.append(node("rect", { x: pad.left + slot * index, y: pad.top, width: slot, height: plotHeight, fill: "transparent" }));
    parts.push(group);
    const offset = index - (data.days.length - 1) / 2;
    if (offset % 7 === 0) {
      const label = node("text", { class: isDate ? "tick date" : "tick", x: x + barWidth / 2, y: height - 5, "text-anchor": "middle" }, shortDate(day.day));
      parts.push(label);
    }
  });
  svg.replaceChildren(title, ...parts);
}
