// The words and colours the agenda page shows for the engine's codes: labels only. Which state
// and colour an action has is the engine's business (scenarios-agenda.md); these tables name them.

/** Each state's label (its colour comes with each row, from the engine). */
export const STATES = [
  ["late", "Late"],
  ["current", "Due today"],
  ["upcoming", "Upcoming"],
  ["confirmed", "Confirmed"],
  ["overdue_unconfirmed", "To confirm, overdue"],
  ["upcoming_unconfirmed", "To confirm"],
  ["error", "Error"],
];

/** The colour codes of the spec, as the legend names and explains them. */
export const COLOURS = [
  ["red", "Late or due", "Manual actions dated today or earlier; unconfirmed actions already due"],
  ["blue", "Upcoming", "Manual actions still to come"],
  ["green", "Confirmed", "Automatic actions that will be sent"],
  ["white", "To confirm", "Automatic actions waiting for a confirmation, still to come"],
  ["yellow", "Error", "Automatic actions that cannot be sent: the customer's data needs fixing"],
];

export const MODES = [
  ["manual", "Manual"],
  ["automatic", "Automatic"],
  ["automatic_to_confirm", "Automatic, to confirm"],
];

/** The error codes, as a collector reads them. */
export const ERRORS = [
  ["no_collection_contact", "No collection contact"],
  ["contact_missing_email", "The contact has no e-mail address"],
  ["contact_missing_mobile", "The contact has no mobile number"],
  ["contact_missing_address", "No postal address"],
  ["no_collector", "No collector to send from"],
];

/** The series of the chart of actions per day, in stacking order, with their colours. */
export const SERIES = [
  ["done", "Done", "#0f766e"],
  ["late", "Late", "#dc2626"],
  ["due", "Due", "#f59e0b"],
  ["upcoming", "Upcoming", "#3b82f6"],
];
