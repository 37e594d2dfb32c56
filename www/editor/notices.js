// Messages above the workspace: a portfolio that failed to load, drafts set aside, a save the
// browser refused, an undo after deleting. Each has an id, so it is replaced, not stacked. Its
// words may be functions (of the page's language): `relabel()` calls them again after a switch.
import { element } from "./dom.js";

/** A notice's text: words (a function, called again on a language switch) or a fixed string. */
const say = (text) => (typeof text === "function" ? text() : text ?? "");

export class Notices {
  /** `dismiss`: the close button's label (a string, or a function of the page's language). */
  constructor(container, { dismiss = "Dismiss" } = {}) {
    this.container = container;
    this.dismiss = dismiss;
    this.timers = new Map();
    this.shown = new Map();
  }

  /**
   * kind: "error" | "warning" | "info"; text: `() => string` or a string; actions:
   * `[[label, onClick]]`; title: a tooltip (the engine's own words); timeout in ms.
   */
  show(id, kind, text, { actions = [], title, timeout } = {}) {
    this.clear(id);
    const notice = element("div", `notice ${kind}`);
    notice.dataset.notice = id;
    notice.setAttribute("role", kind === "error" ? "alert" : "status");
    this.shown.set(id, { notice, kind, text, actions, title });
    this.draw(id);
    this.container.append(notice);
    if (timeout) this.timers.set(id, setTimeout(() => this.clear(id), timeout));
  }

  draw(id) {
    const { notice, text, actions, title } = this.shown.get(id);
    const words = element("span", "notice-text", say(text));
    const detail = say(title);
    if (detail) words.title = detail;
    const buttons = actions.map(([label, onClick]) => {
      const button = element("button", "notice-action", say(label));
      button.type = "button";
      button.addEventListener("click", () => {
        this.clear(id);
        onClick();
      });
      return button;
    });
    const close = element("button", "notice-close", "×");
    close.type = "button";
    close.title = say(this.dismiss);
    close.setAttribute("aria-label", say(this.dismiss));
    close.addEventListener("click", () => this.clear(id));
    notice.replaceChildren(words, ...buttons, close);
  }

  /** Redraws every notice on screen in the page's language. */
  relabel() {
    for (const id of this.shown.keys()) this.draw(id);
  }

  clear(id) {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.shown.get(id)?.notice.remove();
    this.shown.delete(id);
    this.container.querySelector(`[data-notice="${id}"]`)?.remove();
  }
}
