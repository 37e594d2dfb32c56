// The date the demo's sample portfolio is generated for (the Makefile's SAMPLE_DATE, which the
// agenda's e2e test reads): its accounts' stories are told around it, so every state, error and
// alert shows on that day. The editor previews on it and the agenda opens on it.
export const SAMPLE_DATE = "2026-11-23";
