// The engine's public surface: what the CLI, the add-in (in its Web Worker) and tests may call.
export * from './types';
export { review, type ReviewInput } from './review';
export { detectTables } from './detect/detectTables';
export { defaultSettings, resolveSettings, DEFAULT_THRESHOLDS } from './settings/defaults';
export { validateSettings, type SettingsProblem } from './settings/validate';
