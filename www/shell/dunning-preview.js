// <dunning-preview>: the embeddable preview of a dunning template. A thin custom-element class:
// it forwards attributes and properties to the engine (src/wasm/preview.rs), which renders,
// builds the shadow DOM and dispatches the `diagnostics` event. Importing this module loads the
// engine and defines the element:
//
//   <script type="module" src="dunning/dunning-preview.js"></script>
//   <dunning-preview channel="letter" customer="C0001"></dunning-preview>
//   preview.portfolio = jsonText;  preview.template = "Dear #contact_name, …";
import init, { Portfolio, PreviewElement } from "./dunning.js";

const ready = init();

/** Attributes forwarded as they are; `template` and `selected` are properties too. */
const ATTRIBUTES = ["template", "channel", "customer", "context", "format", "locale", "selected", "show", "mode", "date", "subject", "window"];

export class DunningPreview extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #core = null;
  /** Calls made before the engine is ready, replayed in order once it is. */
  #queue = [];
  #template = "";
  #portfolio = null;
  #selected = [];

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    ready.then(
      () => {
        this.#core = new PreviewElement(this, root);
        for (const [method, args] of this.#queue) this.#core[method](...args);
        this.#queue = [];
        if (!this.isConnected) this.#core.disconnect();
      },
      (error) => {
        root.textContent = `The preview engine did not load: ${error}`;
      },
    );
  }

  #call(method, ...args) {
    if (this.#core) this.#core[method](...args);
    else this.#queue.push([method, args]);
  }

  connectedCallback() {
    if (this.#core) this.#core.connect();
  }

  disconnectedCallback() {
    this.#core?.disconnect();
  }

  attributeChangedCallback(name, _old, value) {
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

  /** Prints what the element shows (letters: their sheets). */
  print() {
    this.#call("print");
  }

  /** Renders at once instead of at the next animation frame. */
  renderNow() {
    this.#call("renderNow");
  }
}

for (const name of ATTRIBUTES.filter((name) => name !== "template" && name !== "selected")) {
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
