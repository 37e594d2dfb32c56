// The portfolio as this browser last saved it: `Portfolio.toJson()` after every completion and
// confirmation, restored on load, so a reload loses nothing. One localStorage entry holds a
// header line (version, which sample it grew from, when) and the portfolio's JSON, so the two
// are written together or not at all. An entry that no longer loads is set aside, never deleted.

export const KEY = "dunning.agenda.portfolio";
export const ASIDE = "dunning.agenda.aside";
const VERSION = 1;

/** A short fingerprint of the sample's text (FNV-1a, 32 bits, and its length). */
export function fingerprint(text) {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, "0")}-${text.length}`;
}

export class SavedPortfolio {
  /** `storage`: localStorage; `sample`: the fingerprint of the sample this page was built with. */
  constructor(storage, sample) {
    this.storage = storage;
    this.sample = sample;
  }

  /** The saved entry, `{ text, sample, savedAt }`, or null; throws when it cannot be read. */
  read() {
    const entry = this.storage.getItem(KEY);
    if (entry === null) return null;
    const end = entry.indexOf("\n");
    let header = null;
    try {
      header = JSON.parse(entry.slice(0, end));
    } catch {
      // Reported below.
    }
    if (end < 0 || header?.version !== VERSION) {
      throw new Error(`the saved entry has no header of version ${VERSION}`);
    }
    return { text: entry.slice(end + 1), sample: header.sample, savedAt: header.saved_at };
  }

  /** Saves the portfolio's JSON; throws an Error that says why when the browser refuses. */
  save(text) {
    const header = JSON.stringify({ version: VERSION, sample: this.sample, saved_at: new Date().toISOString() });
    try {
      this.storage.setItem(KEY, `${header}\n${text}`);
    } catch (error) {
      const full = error?.name === "QuotaExceededError" || /quota/i.test(String(error?.message));
      const size = `${Math.round(text.length / 1024)} KB`;
      throw new Error(full
        ? `the browser's storage for this site is full (the portfolio takes ${size})`
        : `the browser refused to store it (${error?.message ?? error})`);
    }
  }

  /** Moves the saved entry, byte for byte, to ASIDE (where a person can still get it). */
  setAside() {
    const entry = this.storage.getItem(KEY);
    if (entry === null) return;
    this.storage.setItem(ASIDE, entry);
    this.storage.removeItem(KEY);
  }

  clear() {
    this.storage.removeItem(KEY);
  }
}
