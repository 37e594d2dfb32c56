// The draft switcher: choose, rename, create (blank or from a ready template), duplicate and
// delete (with undo). Storage is the engine's DraftStore (Rust, src/wasm/storage.rs's rule); this module
// only draws it and reports what it refuses. The ready templates keep their names (sample data).
import { $, element, fillSelect } from "./dom.js";
import { READY } from "./ready.js";
import { errorMessage, t } from "./words.js";

export class DraftControls {
  /** `open(draft)` shows a draft; `current()` is the draft on screen; `fields(base)` fills defaults. */
  constructor({ store, notices, open, current, fields }) {
    Object.assign(this, { store, notices, open, current, fields });
    $("draft").addEventListener("change", (event) => this.switchTo(event.target.value));
    $("draft-name").addEventListener("input", (event) => this.rename(event.target.value));
    $("draft-name").addEventListener("blur", () => this.refresh());
    $("draft-duplicate").addEventListener("click", () => this.run(() => this.duplicate()));
    $("draft-delete").addEventListener("click", () => this.remove());
    this.relabel();
    if (!store) {
      for (const id of ["draft", "draft-name", "draft-duplicate", "draft-delete"]) $(id).disabled = true;
      $("new-menu").classList.add("disabled");
    }
  }

  /** The "New" menu: a blank draft, then the ready templates; drawn again on a language switch. */
  relabel() {
    const choices = [[t("drafts.blank"), {}], ...READY.map((ready) => [ready.name, ready])];
    $("new-list").replaceChildren(
      ...choices.map(([name, base], index) => {
        const button = element("button", "menu-item", name);
        button.type = "button";
        button.dataset.ready = String(index);
        button.addEventListener("click", () => {
          $("new-menu").open = false;
          this.create(index === 0 ? { name: t("drafts.untitled") } : base);
        });
        return button;
      }),
    );
  }

  /** A refusal of the store (storage full…) as a notice: the engine's words, or its code's sentence. */
  failed(error) {
    this.notices.show("draft-error", "error", () => errorMessage(error).text, { title: () => errorMessage(error).detail });
  }

  /** Runs a store operation; a refusal becomes a notice. */
  run(operation) {
    try {
      operation();
      this.notices.clear("draft-error");
    } catch (error) {
      this.failed(error);
    }
    this.refresh();
  }

  /** The drafts on first open: one per ready template. */
  seed() {
    for (const ready of READY) this.store.create(this.fields(ready));
    const first = this.store.list()[0];
    this.store.select(first.id);
    return this.store.get(first.id);
  }

  create(base) {
    this.run(() => this.open(this.store.create(this.fields(base))));
  }

  /** A copy of the draft on screen, named in the editor's language. */
  duplicate() {
    const name = t("drafts.copy", { name: this.current().name });
    const copy = this.store.duplicate(this.current().id);
    this.open(copy);
    // The engine names it "… (copy)"; a refused rename leaves that name (and says why).
    if (copy.name !== name) this.current().name = this.store.rename(copy.id, name).name;
  }

  switchTo(id) {
    this.run(() => {
      this.store.select(id);
      this.open(this.store.get(id));
    });
  }

  rename(name) {
    if (!this.store || !name.trim()) return;
    try {
      const renamed = this.store.rename(this.current().id, name);
      this.current().name = renamed.name;
      this.notices.clear("draft-error");
    } catch (error) {
      this.failed(error);
    }
    const option = [...$("draft").options].find((o) => o.value === this.current().id);
    if (option) option.textContent = name.trim();
  }

  remove() {
    const draft = this.current();
    this.run(() => {
      const removed = this.store.remove(draft.id);
      if (this.store.list().length === 0) this.store.create(this.fields({ name: t("drafts.untitled") }));
      this.open(this.store.current());
      this.notices.show("deleted", "info", () => t("notice.deleted", { name: removed.name }), {
        timeout: 15000,
        actions: [[() => t("notice.undo"), () => this.run(() => {
          this.store.save(removed);
          this.store.select(removed.id);
          this.open(this.store.get(removed.id));
        })]],
      });
    });
  }

  /** Redraws the switcher from the store. */
  refresh() {
    const draft = this.current();
    if (!this.store || !draft) return;
    fillSelect($("draft"), this.store.list().map(({ id, name }) => [id, name]), draft.id);
    if (document.activeElement !== $("draft-name")) $("draft-name").value = draft.name;
  }
}
