// What the agenda page shows: its date, "now", the signed-in user, the open tab and the
// filters. Remembered in localStorage so that a reload shows the same view.

const KEY = "dunning.agenda.view";

const FILTERS = ["collector", "channel", "mode", "state", "field", "value"];

/** The view of a first visit: the sample's reference date, everything shown. */
export function defaultView(date) {
  return { date, now: "", user: "", tab: "manual", filters: Object.fromEntries(FILTERS.map((name) => [name, ""])) };
}

/** The saved view over the defaults; anything not a string is dropped. */
export function loadView(storage, defaults) {
  let saved = {};
  try {
    saved = JSON.parse(storage?.getItem(KEY) ?? "{}") ?? {};
  } catch {
    // A view that does not parse is only a preference: the defaults replace it.
  }
  const pick = (from, base) =>
    Object.fromEntries(Object.entries(base).map(([name, value]) => [name, typeof from?.[name] === "string" ? from[name] : value]));
  const view = pick(saved, defaults);
  view.filters = pick(saved.filters, defaults.filters);
  return view;
}

/** Saves the view; returns false when the browser refuses (the view is only a preference). */
export function saveView(storage, view) {
  try {
    storage?.setItem(KEY, JSON.stringify(view));
    return true;
  } catch {
    return false;
  }
}

/** The view's filters as the engine takes them (`agenda`, `history`, `historyCsv`). */
export function engineFilters({ filters }) {
  const result = {};
  for (const name of ["collector", "channel", "mode", "state"]) {
    if (filters[name]) result[name] = filters[name];
  }
  if (filters.field && filters.value) result.fields = { [filters.field]: filters.value };
  return result;
}
