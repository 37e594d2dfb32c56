// Which customers get which wording of an action. The rule (the customer's language, else the
// company's, else the action's own) is the engine's, asked through `Portfolio.wording` of a
// portfolio built from the loaded JSON with the action's languages as the editor has them.
// That portfolio is built again only when the languages change, not as a tab's text is typed:
// its bodies are placeholders, since only which wording a customer gets is asked of it.
import { Portfolio } from "../pkg/dunning.js";
import { recipients, withAction } from "./variant-actions.js";
import { languagesKey } from "./variant-set.js";

const PLACEHOLDER = "…";

export class WordingReaders {
  /** `json`: the portfolio's JSON, parsed. */
  constructor(json) {
    this.json = json;
    this.built = null;
    this.portfolio = null;
  }

  /**
   * For each tab, `{ readers, fallback }` (each `[{ id, locale }]`): the customers the action
   * goes to whose wording is the tab's, and those of them who read another language (they get
   * it because their own has no wording: the engine's `language-mismatch`). Throws when the
   * engine refuses the portfolio.
   */
  of(entry, tabs) {
    const portfolio = this.portfolioWith(entry, tabs);
    const company = this.json.company?.locale;
    const found = tabs.map(() => ({ readers: [], fallback: [] }));
    for (const customer of recipients(this.json, entry)) {
      const wording = portfolio.wording(customer.id, entry.action.id);
      if (!wording) continue;
      const translation = tabs.findIndex((tab) => !tab.own && tab.language === wording.locale);
      const index = translation === -1 ? 0 : translation;
      const reader = { id: customer.id, locale: customer.locale ?? company };
      found[index].readers.push(reader);
      if (tabs[index].language && tabs[index].language !== reader.locale) found[index].fallback.push(reader);
    }
    return found;
  }

  /** The engine's portfolio with the action's translations in the tabs' languages. */
  portfolioWith(entry, tabs) {
    const built = `${entry.key} ${languagesKey(tabs)}`;
    if (this.built === built) return this.portfolio;
    const action = { ...entry.action, body: PLACEHOLDER };
    const translations = tabs.filter((tab) => !tab.own).map((tab) => ({ locale: tab.language, body: PLACEHOLDER }));
    if (translations.length > 0) action.translations = translations;
    else delete action.translations;
    const portfolio = Portfolio.fromJson(JSON.stringify(withAction(this.json, entry, action)));
    this.portfolio?.free();
    this.portfolio = portfolio;
    this.built = built;
    return portfolio;
  }
}
