// The draft switcher: choose, rename, create (blank or from a ready template), duplicate and
// delete (with undo). Storage is the engine's DraftStore (Rust, src/wasm/storage.rs's rule); this module
// only draws it and reports what it refuses.
import { $, element, fillSelect } from "./dom.js";
import { READY } from "./ready.js";

export class DraftControls {
  /** `open(draft)` shows a draft; `current()` is the draft on screen; `fields(base)` fills defaults. */
  constructor({ store, notices, open, current, fields }) {
    Object.assign(this, { store, notices, open, current, fields });
    $("draft").addEventListener("change", (event) => this.switchTo(event.target.value));
    $("draft-name").addEventListener("input", (event) => this.rename(event.target.value));
    $("draft-name").addEventListener("blur", () => this.refresh());
    $("draft-duplicate").addEventListener("click", () => this.run(() => this.open(this.store.duplicate(this.current().id))));
    $("draft-delete").addEventListener("click", () => this.remove());
    const menu = $("new-list");
    const choices = [["Blank draft", {}], ...READY.map((ready) => [ready.name, ready])];
    menu.replaceChildren(
      ...choices.map(([name, base], index) => {
        const button = element("button", "menu-item", name);
        button.type = "button";
        button.dataset.ready = String(index);
        button.addEventListener("click", () => {
          $("new-menu").open = false;
          this.create(index === 0 ? { name: "Untitled draft" } : base);
        });
        return button;
      }),
    );
    if (!store) {
      for (const id of ["draft", "draft-name", "draft-duplicate", "draft-delete"]) $(id).disabled = true;
      $("new-menu").classList.add("disabled");
    }
  }

  /** Runs a store operation; a refusal (storage full…) becomes a notice. */
  run(operation) {
    try {
      operation();
      this.notices.clear("draft-error");
    } catch (error) {
      this.notices.show("draft-error", "error", error.message);
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
      this.notices.show("draft-error", "error", error.message);
    }
    const option = [...$("draft").options].find((o) => o.value === this.current().id);
    if (option) option.textContent = name.trim();
  }

  remove() {
    const draft = this.current();
    this.run(() => {
      const removed = this.store.remove(draft.id);
      if (this.store.list().length === 0) this.store.create(this.fields({ name: "Untitled draft" }));
      this.open(this.store.current());
      this.notices.show("deleted", "info", `Deleted “${removed.name}”.`, {
        timeout: 15000,
        actions: [["Undo", () => this.run(() => {
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
