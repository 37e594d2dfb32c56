// The ready templates offered on first open and in the "New" menu: the files of
// examples/templates/ (checked clean by tests/ready_templates.rs), bundled as text.
import manifest from "../../examples/templates/ready.json";
import firstReminder from "../../examples/templates/first-reminder.html";
import reminderSms from "../../examples/templates/reminder-sms.txt";
import standardLetter from "../../examples/templates/standard-letter.md";
import formalNotice from "../../examples/templates/formal-notice.md";
import promiseOfPayment from "../../examples/templates/promise-of-payment.md";

const SOURCES = {
  "first-reminder.html": firstReminder,
  "reminder-sms.txt": reminderSms,
  "standard-letter.md": standardLetter,
  "formal-notice.md": formalNotice,
  "promise-of-payment.md": promiseOfPayment,
};

/** `[{ name, template, format, channel, context, subject }]`, in the manifest's order. */
export const READY = manifest.map(({ file, ...settings }) => {
  const template = SOURCES[file];
  if (template === undefined) throw new Error(`ready template ${file} is listed but not bundled (www/editor/ready.js)`);
  return { ...settings, template };
});
