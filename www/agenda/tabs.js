// Tabs as the WAI-ARIA pattern has them: one tab in the tab order, arrows and Home/End move
// between tabs, and each tab shows its panel.

export class Tabs {
  /** `list`: the [role=tablist]; `onSelect(name)` after a tab is chosen. */
  constructor(list, onSelect) {
    this.tabs = [...list.querySelectorAll("[role=tab]")];
    this.onSelect = onSelect;
    for (const tab of this.tabs) tab.addEventListener("click", () => this.choose(tab.dataset.tab));
    list.addEventListener("keydown", (event) => {
      const at = this.tabs.indexOf(document.activeElement);
      if (at < 0) return;
      const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: this.tabs.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      const tab = this.tabs[(next + this.tabs.length) % this.tabs.length];
      tab.focus();
      this.choose(tab.dataset.tab);
    });
  }

  /** Shows `name`'s panel (the first tab's when `name` is unknown). */
  select(name) {
    const chosen = this.tabs.find((tab) => tab.dataset.tab === name) ?? this.tabs[0];
    for (const tab of this.tabs) {
      const selected = tab === chosen;
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
      document.getElementById(tab.getAttribute("aria-controls")).hidden = !selected;
    }
    return chosen.dataset.tab;
  }

  choose(name) {
    this.onSelect(this.select(name));
  }
}
