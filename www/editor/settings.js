// What the editor's extensions need to know besides the text: the template's format, channel
// and context, and the language hashtags are described in. Changed by `setSettings` effects,
// so the linter, the completion and the highlighting follow the pickers.
import { StateEffect, StateField } from "@codemirror/state";

export const setSettings = StateEffect.define();

export const settingsField = StateField.define({
  create: () => ({ format: "markdown", channel: "email", context: "scenario", locale: "en" }),
  update(settings, transaction) {
    for (const effect of transaction.effects) {
      if (effect.is(setSettings)) settings = { ...settings, ...effect.value };
    }
    return settings;
  },
});

export const settingsChanged = (update) => update.startState.field(settingsField) !== update.state.field(settingsField);
