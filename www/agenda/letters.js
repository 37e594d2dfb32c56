// The batch of selected letters: the engine's one printable document (`Portfolio.letters`),
// shown in a sandboxed frame (no scripts, no same origin) and printed from a second,
// temporary frame, as <dunning-preview> prints: still without scripts, but of this origin so
// that the page may call its print().
import { $ } from "../editor/dom.js";

export class LettersDialog {
  constructor() {
    this.dialog = $("letters-dialog");
    this.frame = $("letters-frame");
    $("letters-close").addEventListener("click", () => this.dialog.close());
    $("letters-print").addEventListener("click", () => this.print());
    this.dialog.addEventListener("close", () => this.frame.removeAttribute("srcdoc"));
  }

  /** Shows the document; `caption` says what it holds. */
  show(document, caption) {
    this.document = document;
    $("letters-caption").textContent = caption;
    this.frame.srcdoc = document;
    this.dialog.showModal();
  }

  print() {
    const frame = window.document.createElement("iframe");
    frame.setAttribute("sandbox", "allow-same-origin allow-modals");
    frame.setAttribute("aria-hidden", "true");
    frame.style.cssText = "position: fixed; width: 0; height: 0; border: 0; visibility: hidden";
    frame.addEventListener("load", () => {
      frame.contentWindow?.print();
      frame.remove();
    }, { once: true });
    frame.srcdoc = this.document;
    this.dialog.append(frame);
  }
}
