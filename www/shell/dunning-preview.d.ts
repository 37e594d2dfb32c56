import type { Diagnostic, Portfolio, SmsLength } from "./dunning.js";

/** `event.detail` of the `diagnostics` event, dispatched after every render. */
export interface PreviewDiagnostics {
  /** The template's diagnostics and the data's (as `Portfolio.render` returns them). */
  diagnostics: Diagnostic[];
  /** For the `sms` channel: length, encoding and segments. */
  sms?: SmsLength;
  /** When a subject is set: the rendered subject line and its own diagnostics. */
  subject?: { text: string; diagnostics: Diagnostic[] };
  /** Why nothing could be rendered (no portfolio, an unknown customer, a bad attribute). */
  error?: string;
}

/**
 * `<dunning-preview>`: a faithful preview of a template for one customer, in a sandboxed frame.
 * Attributes (and properties of the same names): `channel`, `customer`, `context`, `format`,
 * `locale`, `selected` (space-separated item ids), `mode` (`sample` | `names`), `date`
 * (YYYY-MM-DD), `subject`, `window` (boolean: outline a letter's envelope window), `template`.
 * Changes are coalesced to one render per animation frame.
 */
export declare class DunningPreview extends HTMLElement {
  template: string;
  /** A loaded `Portfolio` (shared with the page) or portfolio JSON text. */
  portfolio: Portfolio | string | null;
  selected: string[];
  channel: string | null;
  customer: string | null;
  context: "scenario" | "specific" | null;
  format: "markdown" | "html" | "text" | null;
  locale: string | null;
  mode: "sample" | "names" | null;
  date: string | null;
  subject: string | null;
  window: boolean;
  /** Prints what the element shows (a letter: its sheets). */
  print(): void;
  /** Renders now instead of at the next animation frame. */
  renderNow(): void;
  addEventListener(type: "diagnostics", listener: (event: CustomEvent<PreviewDiagnostics>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "dunning-preview": DunningPreview;
  }
}
