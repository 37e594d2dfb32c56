// <dunning-preview>: the embeddable preview of a dunning template. A thin custom-element class:
// it forwards attributes and properties to the engine (src/wasm/preview.rs), which renders,
// builds the shadow DOM and dispatches the `diagnostics` event. Importing this module loads the
// engine (dunning_bg.wasm, beside this file) and defines the element:
//
//   <script type="module" src="dunning/dunning-preview.js"></script>
//   <dunning-preview src="portfolio.json" channel="letter" customer="C0001"></dunning-preview>
//   preview.template = "Dear #contact_name, …";
//
// What cannot load (the engine, the portfolio at `src`, the frame under the page's CSP) is said
// in the element and with an `error` event (`event.detail.message`), never left an empty box.
import init, { Portfolio, PreviewElement } from "./dunning.js";

/** The preview's frame document, served beside this module. */
const FRAME = new URL("dunning-frame.html", import.meta.url).href;
const ENGINE = new URL("dunning_bg.wasm", import.meta.url).href;

const ready = init();

/** The elements in the page, to tell them all when the page refuses the engine or the frame. */
const elements = new Set();
/** An element's failure method: not part of its public API. */
const fail = Symbol("fail");

/** Why the engine did not load, in words a portal developer can act on. */
function engineFailure(error) {
  const said = String(error?.message ?? error);
  let hint = `Serve dunning_bg.wasm beside dunning-preview.js (${ENGINE}) as application/wasm; from another origin, with Access-Control-Allow-Origin.`;
  if (/wasm-unsafe-eval|WebAssembly.*(Content Security|not allowed)|Refused to compile/i.test(said)) {
    hint = "The page's Content-Security-Policy must allow WebAssembly: add 'wasm-unsafe-eval' to script-src.";
  }
  return `The preview engine did not load (${said}). ${hint}`;
}

/** The page's Content-Security-Policy refused the engine or the frame: each element says which. */
document.addEventListener("securitypolicyviolation", (event) => {
  let message = null;
  if (event.blockedURI === "wasm-eval") message = "The page's Content-Security-Policy must allow WebAssembly: add 'wasm-unsafe-eval' to script-src.";
  else if (event.blockedURI && FRAME.startsWith(event.blockedURI.replace(/\/$/, ""))) {
    message = `The page's Content-Security-Policy refuses the preview's frame: add ${new URL(FRAME).origin} to frame-src.`;
  }
  if (message) for (const element of elements) element[fail](message);
});

/** Attributes forwarded as they are; `template` and `selected` are properties too; `src` is the
 * portfolio's URL. */
const ATTRIBUTES = ["template", "channel", "customer", "context", "format", "locale", "selected", "show", "mode", "date", "subject", "window"];

export class DunningPreview extends HTMLElement {
  /** `lang` too: the bar speaks the page's language (the closest `lang`). */
  static observedAttributes = [...ATTRIBUTES, "src", "lang"];

  #core = null;
  /** Calls made before the engine is ready, replayed in order once it is. */
  #queue = [];
  #template = "";
  #portfolio = null;
  #selected = [];
  #root;
  /** The `src` being fetched: a later one wins. */
  #fetching = null;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: "open" });
    ready.then(
      () => {
        this.#core = new PreviewElement(this, this.#root, FRAME);
        for (const [method, args] of this.#queue) this.#core[method](...args);
        this.#queue = [];
        if (!this.isConnected) this.#core.disconnect();
      },
      (error) => this[fail](engineFailure(error)),
    );
  }

  /** Shows `message` in place of the preview and fires `error` (the engine is not there, or the
   * page refuses it). */
  [fail](message) {
    const box = document.createElement("p");
    box.setAttribute("role", "alert");
    box.style.cssText = "margin: 0; padding: 12px 14px; color: #b91c1c; font: 14px/1.4 system-ui, sans-serif; white-space: normal;";
    box.textContent = message;
    this.#root.replaceChildren(box);
    this.#core = null;
    this.#queue = [];
    this.dispatchEvent(new CustomEvent("error", { detail: { message } }));
  }

  /** Fetches the portfolio at `url` (relative to the page); a failure is shown in the element. */
  async #load(url) {
    this.#fetching = url;
    let outcome;
    try {
      const response = await fetch(new URL(url, document.baseURI));
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
      outcome = ["setPortfolioJson", await response.text()];
    } catch (error) {
      outcome = ["portfolioFailed", `The portfolio did not load from ${url}: ${error?.message ?? error}`];
    }
    if (this.#fetching === url) this.#call(...outcome);
  }

  #call(method, ...args) {
    if (this.#core) this.#core[method](...args);
    else this.#queue.push([method, args]);
  }

  connectedCallback() {
    elements.add(this);
    if (this.#core) this.#core.connect();
  }

  disconnectedCallback() {
    elements.delete(this);
    this.#core?.disconnect();
  }

  attributeChangedCallback(name, _old, value) {
    if (name === "src") {
      if (value) this.#load(value);
      return;
    }
    if (name === "template") this.#template = value ?? "";
    if (name === "selected") this.#selected = (value ?? "").split(/[\s,]+/).filter(Boolean);
    this.#call("set", name, value ?? undefined);
  }

  /** The template's source. */
  get template() {
    return this.#template;
  }
  set template(source) {
    this.#template = String(source ?? "");
    this.#call("setTemplate", this.#template);
  }

  /** A `Portfolio` (shared: what `complete`/`confirm` change shows), or JSON text. */
  get portfolio() {
    return this.#portfolio;
  }
  set portfolio(value) {
    this.#portfolio = value ?? null;
    if (value == null) this.#call("clearPortfolio");
    else if (value instanceof Portfolio) this.#call("setPortfolio", value);
    else if (typeof value === "string") this.#call("setPortfolioJson", value);
    // A Portfolio of another copy of the engine: its JSON.
    else if (typeof value.toJson === "function") this.#call("setPortfolioJson", value.toJson());
    else this.#call("setPortfolioJson", JSON.stringify(value));
  }

  /** The selected item ids (a specific action's items). */
  get selected() {
    return [...this.#selected];
  }
  set selected(ids) {
    this.#selected = typeof ids === "string" ? ids.split(/[\s,]+/).filter(Boolean) : Array.from(ids ?? [], String);
    this.#call("setSelected", this.#selected);
  }

  /** The HTML document the element shows: what the customer receives, in its page. */
  get page() {
    return this.#core?.page ?? "";
  }

  /** Prints what the element shows (letters: their sheets). */
  print() {
    this.#call("print");
  }

  /** Renders at once instead of once the current task is done. */
  renderNow() {
    this.#call("renderNow");
  }
}

for (const name of [...ATTRIBUTES, "src"].filter((name) => name !== "template" && name !== "selected")) {
  Object.defineProperty(DunningPreview.prototype, name, {
    get() {
      return name === "window" ? this.hasAttribute(name) : this.getAttribute(name);
    },
    set(value) {
      if (name === "window") this.toggleAttribute(name, Boolean(value));
      else if (value == null) this.removeAttribute(name);
      else this.setAttribute(name, value);
    },
  });
}

if (!customElements.get("dunning-preview")) customElements.define("dunning-preview", DunningPreview);
