// Messages above the workspace: a portfolio that failed to load, drafts set aside, a save the
// browser refused, an undo after deleting. Each has an id, so it is replaced, not stacked.
import { element } from "./dom.js";

export class Notices {
  constructor(container) {
    this.container = container;
    this.timers = new Map();
  }

  /** kind: "error" | "warning" | "info"; actions: `[[label, onClick]]`; timeout in ms. */
  show(id, kind, text, { actions = [], timeout } = {}) {
    this.clear(id);
    const notice = element("div", `notice ${kind}`, element("span", "notice-text", text));
    notice.dataset.notice = id;
    notice.setAttribute("role", kind === "error" ? "alert" : "status");
    for (const [label, onClick] of actions) {
      const button = element("button", "notice-action", label);
      button.type = "button";
      button.addEventListener("click", () => {
        this.clear(id);
        onClick();
      });
      notice.append(button);
    }
    const close = element("button", "notice-close", "×");
    close.type = "button";
    close.title = "Dismiss";
    close.addEventListener("click", () => this.clear(id));
    notice.append(close);
    this.container.append(notice);
    if (timeout) this.timers.set(id, setTimeout(() => this.clear(id), timeout));
  }

  clear(id) {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.container.querySelector(`[data-notice="${id}"]`)?.remove();
  }
}
