// The reach panel under the diagnostics: what the draft does to every customer of the sample
// portfolio with open items (`Portfolio.reach`: missing values, SMS segments, the amount
// asked, who the channel cannot reach). Computed once the author pauses, in idle time: over
// the sample's customers it takes 20–40 ms, and a key pressed while it runs would wait for it
// (issue 19, P7: that was the slowest tenth of keystrokes). Each customer id previews that
// customer. Drawn again from the last reach on a language switch.
import { $, element } from "./dom.js";
import { t } from "./words.js";

/** How long typing must pause before the reach is computed again: longer than the gap
 * between an author's keys. */
const QUIET_MS = 400;

/** The reach's reasons a customer cannot be reached, each a plural sentence of words/*.json. */
const REASONS = new Set(["no_collection_contact", "contact_missing_email", "contact_missing_mobile", "contact_missing_address", "no_collector"]);

export class ReachPanel {
  /** `onCustomer(id)` previews a customer. */
  constructor(onCustomer) {
    this.onCustomer = onCustomer;
    this.pending = null;
    this.quiet = null;
    this.ran = 0;
    /** What was drawn last: `{ reach }` or `{ error }`. */
    this.last = null;
  }

  /** Computes the reach of `template` with `options` once typing has paused and the page is
   * idle; the last call wins. */
  schedule(portfolio, template, options) {
    const idle = window.requestIdleCallback ?? ((run) => setTimeout(run, 0));
    const cancel = window.cancelIdleCallback ?? clearTimeout;
    clearTimeout(this.quiet);
    if (this.pending !== null) cancel(this.pending);
    this.pending = null;
    this.quiet = setTimeout(() => {
      this.pending = idle(() => {
        this.pending = null;
        this.compute(portfolio, template, options);
      });
    }, QUIET_MS);
  }

  compute(portfolio, template, options) {
    const list = $("reach");
    try {
      const started = performance.now();
      const reach = portfolio.reach(template, options);
      list.dataset.ms = String(Math.round(performance.now() - started));
      this.last = { reach };
    } catch (error) {
      this.last = { error };
      this.draw();
      return;
    }
    this.ran += 1;
    list.dataset.runs = String(this.ran);
    this.draw();
  }

  /** One line: how many of the customers, the sentence, and the first few customers' ids. */
  customers(key, { count, first }, args) {
    const ids = first.map((id) => {
      const button = element("button", "reach-customer", id);
      button.type = "button";
      button.title = t("reach.previewCustomer", { id });
      button.addEventListener("click", () => this.onCustomer(id));
      return button;
    });
    const more = count > first.length ? element("span", "reach-more", "…") : null;
    const text = t(key, { count, total: this.last.reach.customers, ...args });
    return element("li", "reach-line", element("span", "reach-text", text), ...ids, more);
  }

  /** Draws the last reach (or why there is none) in the page's language. */
  draw() {
    const list = $("reach");
    if (!this.last) return;
    const { reach, error } = this.last;
    if (error) {
      list.replaceChildren(element("li", "reach-line error", t("reach.failed", { message: error.message })));
      return;
    }
    const lines = [element("li", "reach-line reach-head", t("reach.head", { count: reach.customers }))];
    for (const { hashtag, customers: who } of reach.missing_values) {
      lines.push(this.customers("reach.missing", who, { hashtag }));
    }
    if (reach.sms) {
      const { min_segments: min, max_segments: max, max_length: length, longest, ucs2 } = reach.sms;
      const range = min === max ? `${min}` : `${min}–${max}`;
      lines.push(element("li", "reach-line", t("reach.sms", { count: max, range, length, longest })));
      if (ucs2.count) lines.push(this.customers("reach.ucs2", ucs2));
    }
    if (reach.amount?.non_positive.count) {
      lines.push(this.customers("reach.nonPositive", reach.amount.non_positive, { hashtag: reach.amount.hashtag }));
    }
    for (const { reason, customers: who } of reach.undeliverable) {
      lines.push(REASONS.has(reason) ? this.customers(`reach.${reason}`, who) : this.customers("reach.unreachable", who, { reason }));
    }
    if (lines.length === 1) lines.push(element("li", "reach-line clean", t("reach.clean")));
    list.replaceChildren(...lines);
  }
}
