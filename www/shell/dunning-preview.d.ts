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

/** `event.detail` of the `error` event: the engine, the frame or the portfolio did not load. */
export interface PreviewError {
  /** What did not load and what to do about it; the element shows the same. */
  message: string;
}

/**
 * `<dunning-preview>`: a faithful preview of a template for one customer, in a sandboxed frame.
 * Attributes (and properties of the same names): `channel`, `customer`, `context`, `format`,
 * `locale`, `selected` (space-separated item ids), `mode` (`sample` | `names`), `date`
 * (YYYY-MM-DD), `subject`, `window` (boolean: outline a letter's envelope window), `template`,
 * `src` (the portfolio's URL, fetched). The changes made in one task are coalesced into one render, before the next paint.
 * The frame is `dunning-frame.html`, served beside the module (a page's CSP: `frame-src`).
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
  /** The portfolio's URL (relative to the page): fetched, and a failure shown in the element. */
  src: string | null;
  /** The HTML document the element shows (what the customer receives), "" before the first render. */
  readonly page: string;
  /** Prints what the element shows (a letter: its sheets). */
  print(): void;
  /** Renders now instead of once the current task is done. */
  renderNow(): void;
  addEventListener(type: "diagnostics", listener: (event: CustomEvent<PreviewDiagnostics>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: "error", listener: (event: CustomEvent<PreviewError>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "dunning-preview": DunningPreview;
  }
}
