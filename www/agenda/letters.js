// The batch of selected letters: the engine's one printable document (`Portfolio.letters`),
// shown and printed in the preview's frame (`dunning-frame.html`: sandboxed, no same origin,
// running its own script only), which lays the letters out on their sheets as the printer
// will and answers how many each takes; duplex adds a blank back after a letter of odd count.
import { $ } from "../editor/dom.js";

const FRAME = new URL("../pkg/dunning-frame.html", import.meta.url).href;

export class LettersDialog {
  constructor() {
    this.dialog = $("letters-dialog");
    this.frame = $("letters-frame");
    this.duplex = $("letters-duplex");
    this.sent = 0;
    this.ready = new Promise((resolve) => this.frame.addEventListener("load", resolve, { once: true }));
    this.frame.src = FRAME;
    $("letters-close").addEventListener("click", () => this.dialog.close());
    $("letters-print").addEventListener("click", () => this.frame.contentWindow?.postMessage({ print: true }, "*"));
    this.duplex.addEventListener("change", () => this.post());
    window.addEventListener("message", (event) => {
      if (event.source !== this.frame.contentWindow || event.data?.shown !== this.sent) return;
      this.laidOut(event.data.sheets ?? []);
    });
  }

  /** Shows the document of `count` letters; `caption(pages)` says what it holds. */
  show(document, caption) {
    this.document = document;
    this.caption = caption;
    $("letters-caption").textContent = caption(null);
    $("letters-print").disabled = true;
    this.dialog.showModal();
    this.post();
  }

  async post() {
    await this.ready;
    this.sent += 1;
    this.frame.dataset.sent = this.sent;
    $("letters-print").disabled = true;
    this.frame.contentWindow.postMessage({ page: this.document, seq: this.sent, duplex: this.duplex.checked }, "*");
  }

  /** The frame laid the letters out: `sheets` holds each letter's count of sheets. */
  laidOut(sheets) {
    const letters = sheets.reduce((sum, count) => sum + count, 0);
    // A blank back follows each letter of odd count but the last.
    const blanks = this.duplex.checked ? sheets.slice(0, -1).filter((count) => count % 2).length : 0;
    const pages = letters + blanks;
    this.frame.dataset.pages = pages;
    this.frame.dataset.shown = this.sent;
    $("letters-caption").textContent = this.caption({ pages, blanks, duplex: this.duplex.checked });
    $("letters-print").disabled = false;
  }
}
