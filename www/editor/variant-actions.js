// The portfolio's actions whose wordings the editor opens side by side: each scenario's steps
// and each specific action, read from the portfolio's JSON as loaded. A key names one
// ("scenario:{scenario}:{step}", "specific:{id}", the ids URI-encoded) and survives a reload,
// so wordings kept in the browser find their action again.

const part = encodeURIComponent;

/** `{ key, kind, scenario, action }` for every step of every scenario, then every specific action. */
export function portfolioActions(json) {
  const steps = (json.scenarios ?? []).flatMap((scenario) =>
    (scenario.actions ?? []).map((action) => ({
      key: `scenario:${part(scenario.id)}:${part(action.id)}`,
      kind: "scenario",
      scenario,
      action,
    })),
  );
  const specific = (json.specific_actions ?? []).map((action) => ({
    key: `specific:${part(action.id)}`,
    kind: "specific",
    scenario: null,
    action,
  }));
  return [...steps, ...specific];
}

/** The action a key names, or undefined (a kept key of another portfolio). */
export function findAction(json, key) {
  return portfolioActions(json).find((entry) => entry.key === key);
}

/**
 * The customers an action goes to: those on the step's scenario, or the specific action's
 * customer. (Another scenario may have a step of the same id: it is not this one.)
 */
export function recipients(json, entry) {
  const customers = json.customers ?? [];
  if (entry.kind === "specific") return customers.filter((customer) => customer.id === entry.action.customer);
  return customers.filter((customer) => customer.scenario === entry.scenario.id);
}

/** The portfolio's JSON with `action` in place of the entry's action (a shallow copy: the rest is shared). */
export function withAction(json, entry, action) {
  if (entry.kind === "specific") {
    return { ...json, specific_actions: json.specific_actions.map((other) => (other === entry.action ? action : other)) };
  }
  const scenarios = json.scenarios.map((scenario) =>
    scenario === entry.scenario
      ? { ...scenario, actions: scenario.actions.map((other) => (other === entry.action ? action : other)) }
      : scenario,
  );
  return { ...json, scenarios };
}
