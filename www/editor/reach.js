// The reach panel under the diagnostics: what the draft does to every customer of the sample
// portfolio with open items (`Portfolio.reach`: missing values, SMS segments, the amount
// asked, who the channel cannot reach). Computed after the preview, in idle time, so typing
// never waits for it; each customer id previews that customer.
import { $, element } from "./dom.js";

const REASONS = {
  no_collection_contact: "have no collection contact",
  contact_missing_email: "have no e-mail address",
  contact_missing_mobile: "have no mobile number",
  contact_missing_address: "have no postal address",
  no_collector: "have no collector to send from",
};

function customers(label, { count, first }, of, onCustomer) {
  const ids = first.map((id) => {
    const button = element("button", "reach-customer", id);
    button.type = "button";
    button.title = `Preview ${id}`;
    button.addEventListener("click", () => onCustomer(id));
    return button;
  });
  const more = count > first.length ? element("span", "reach-more", "…") : null;
  return element("li", "reach-line", element("span", "reach-text", `${count} of ${of} customers ${label}`), ...ids, more);
}

export class ReachPanel {
  /** `onCustomer(id)` previews a customer. */
  constructor(onCustomer) {
    this.onCustomer = onCustomer;
    this.pending = null;
    this.ran = 0;
  }

  /** Computes the reach of `template` with `options` once the page is idle; the last call wins. */
  schedule(portfolio, template, options) {
    const idle = window.requestIdleCallback ?? ((run) => setTimeout(run, 50));
    const cancel = window.cancelIdleCallback ?? clearTimeout;
    if (this.pending !== null) cancel(this.pending);
    this.pending = idle(() => {
      this.pending = null;
      this.draw(portfolio, template, options);
    });
  }

  draw(portfolio, template, options) {
    const list = $("reach");
    let reach;
    try {
      const started = performance.now();
      reach = portfolio.reach(template, options);
      list.dataset.ms = String(Math.round(performance.now() - started));
    } catch (error) {
      list.replaceChildren(element("li", "reach-line error", `The reach could not be computed: ${error.message}`));
      return;
    }
    this.ran += 1;
    list.dataset.runs = String(this.ran);
    const of = reach.customers;
    const lines = [element("li", "reach-line reach-head", `Over the sample's ${of} customers with open items:`)];
    for (const { hashtag, customers: who } of reach.missing_values) {
      lines.push(customers(`have no #${hashtag}`, who, of, this.onCustomer));
    }
    if (reach.sms) {
      const { min_segments: min, max_segments: max, max_length: length, longest, ucs2 } = reach.sms;
      const range = min === max ? `${min}` : `${min}–${max}`;
      lines.push(element("li", "reach-line", `SMS: ${range} segment${max === 1 ? "" : "s"}, up to ${length} characters (${longest})`));
      if (ucs2.count) lines.push(customers("get it in UCS-2 (70 characters a message)", ucs2, of, this.onCustomer));
    }
    if (reach.amount?.non_positive.count) {
      lines.push(customers(`would be asked for zero or less (#${reach.amount.hashtag})`, reach.amount.non_positive, of, this.onCustomer));
    }
    for (const { reason, customers: who } of reach.undeliverable) {
      lines.push(customers(REASONS[reason] ?? reason, who, of, this.onCustomer));
    }
    if (lines.length === 1) lines.push(element("li", "reach-line clean", "Every value is there for every customer."));
    list.replaceChildren(...lines);
  }
}
