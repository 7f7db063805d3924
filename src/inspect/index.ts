/**
 * Watching a case's machine in the Stately inspector without sending personal
 * data: sanitizers for the `sanitizeContext` / `sanitizeEvent` options of
 * `@statelyai/inspect`. See `examples/inspect/`.
 *
 * @module
 */
export { inspectorSanitizers, sanitizeContext, sanitizeEvent, type InspectorSanitizers } from './sanitize';
