// What the page names things with: customers, users, items, scenario steps and specific actions
// of the loaded portfolio (its JSON, read once per load). Lookups only; the agenda itself — who
// is due what, when, in which state — always comes from the engine.

const key = (...parts) => parts.join("\u001f");

export class Records {
  /** `portfolio`: the loaded `Portfolio`, read through its JSON (`toJson()`). */
  constructor(portfolio) {
    this.portfolio = portfolio;
    /** Specific actions' subjects as rendered, by customer and action. */
    this.subjects = new Map();
    const data = JSON.parse(portfolio.toJson());
    this.users = data.users ?? [];
    this.customers = new Map((data.customers ?? []).map((customer) => [customer.id, customer]));
    this.items = new Map((data.items ?? []).map((item) => [item.id, item]));
    this.steps = new Map();
    for (const scenario of data.scenarios ?? []) {
      for (const step of scenario.actions) this.steps.set(key(scenario.id, step.id), step);
    }
    this.specific = new Map((data.specific_actions ?? []).map((action) => [key(action.customer, action.id), action]));
    /** Every customer field's name, with its values, sorted: what the field filter offers. */
    const fields = new Map();
    for (const customer of this.customers.values()) {
      for (const [name, value] of Object.entries(customer.fields ?? {})) {
        if (!fields.has(name)) fields.set(name, new Set());
        fields.get(name).add(value);
      }
    }
    this.fields = new Map([...fields].sort(([a], [b]) => a.localeCompare(b)).map(([name, values]) => [name, [...values].sort()]));
  }

  customerName(id) {
    return this.customers.get(id)?.name ?? id;
  }

  userName(id) {
    return this.users.find((user) => user.id === id)?.name ?? id ?? "";
  }

  /** The template behind an agenda row: `{ name, body, subject, format, selected }`, in the
   * words the customer receives (the engine picks the translation: `Portfolio.wording`). */
  template(row) {
    const words = this.portfolio.wording(row.customer, row.action);
    if (row.kind === "specific") {
      const action = this.specific.get(key(row.customer, row.action));
      return action && {
        name: action.subject || action.id,
        body: words?.body ?? action.body,
        subject: words?.subject ?? "",
        format: action.format ?? "markdown",
        selected: action.items,
      };
    }
    const scenario = this.customers.get(row.customer)?.scenario;
    const step = this.steps.get(key(scenario, row.action));
    return step && {
      name: step.name || step.id,
      body: words?.body ?? step.body,
      subject: words?.subject ?? "",
      format: step.format ?? "markdown",
      selected: [],
    };
  }

  /** An action's name as the tables show it: a scenario step's name, or a specific action's
   * subject rendered by the engine (it is a template: `Formal notice: account #customer_code`). */
  actionName(row) {
    const template = this.template(row);
    if (!template) return row.action;
    if (row.kind !== "specific" || !template.subject) return template.name;
    const id = key(row.customer, row.action);
    if (!this.subjects.has(id)) {
      let name = template.name;
      try {
        const options = { customer: row.customer, selected: template.selected, channel: "subject", format: "text" };
        name = this.portfolio.render(template.subject, options).output.trim() || name;
      } catch {
        // The raw subject names the action well enough.
      }
      this.subjects.set(id, name);
    }
    return this.subjects.get(id);
  }

  /** Item references, in the engine's order. */
  references(ids) {
    return ids.map((id) => this.items.get(id)?.reference ?? id);
  }
}
