/**
 * Personal data out of what leaves the process for an inspector (the hosted
 * Stately inspector, a WebSocket bridge): the `sanitizeContext` and
 * `sanitizeEvent` options of `@statelyai/inspect`, built on the privacy
 * module's redactor (`facts.person` dropped, personal fields redacted, employer
 * names replaced by pseudonyms). Being key-based and recursive, they also
 * cover the `input` (facts) carried by XState's `xstate.init` event.
 */
import type { AnyEventObject, MachineContext } from 'xstate';
import { createRedactor, type Redactor } from '../privacy/redact';
import { refusedArguments } from '../guard';

/**
 * The two sanitizer options of an `@statelyai/inspect` inspector.
 *
 * @example
 * ```ts
 * const options: InspectorSanitizers = inspectorSanitizers();
 * createWebSocketInspector({ url, ...options });
 * ```
 * @category Diagrams
 */
export interface InspectorSanitizers {
  sanitizeContext: (context: MachineContext) => MachineContext;
  sanitizeEvent: (event: AnyEventObject) => AnyEventObject;
}

function sanitizersOf(redactor: Redactor): InspectorSanitizers {
  return {
    sanitizeContext: (context) => redactor.redact(context),
    sanitizeEvent: (event) => redactor.redact(event),
  };
}

/**
 * Sanitizers for one inspector session. They share one redactor, so an
 * employer keeps the same pseudonym (`employer-1`, ...) in every event and
 * snapshot of the session and a change of employer stays visible.
 *
 * @example
 * ```ts
 * import { createWebSocketInspector } from '@statelyai/inspect';
 * const inspector = createWebSocketInspector({ url: 'ws://127.0.0.1:8080', ...inspectorSanitizers() });
 * const actor = createActor(seasonalWorkerMachine, { input, inspect: inspector.inspect });
 * ```
 * @category Diagrams
 */
export function inspectorSanitizers(): InspectorSanitizers {
  try {
  return sanitizersOf(createRedactor());
  } catch (error) {
    throw refusedArguments('inspectorSanitizers', error);
  }
}

/**
 * The `sanitizeContext` option of `@statelyai/inspect`, for a single call: a
 * machine context without personal data. Pseudonyms restart at `employer-1`
 * on each call; prefer {@link inspectorSanitizers} for a session.
 *
 * @example
 * ```ts
 * sanitizeContext({ facts: { person: { fullName: 'A. Example' }, visaRequired: true }, binding: { employer: 'X SARL' } });
 * // { facts: { visaRequired: true }, binding: { employer: 'employer-1' } }
 * ```
 * @category Diagrams
 */
export function sanitizeContext(context: MachineContext): MachineContext {
  try {
  return createRedactor().redact(context);
  } catch (error) {
    throw refusedArguments('sanitizeContext', error);
  }
}

/**
 * The `sanitizeEvent` option of `@statelyai/inspect`, for a single call: an
 * event without personal data, including the facts in the `input` of
 * XState's `xstate.init` event and the employer named in events such as
 * `application.submitted`.
 *
 * @example
 * ```ts
 * sanitizeEvent({ type: 'renewal.applied', at: '2026-06-15', employer: 'Domaine Example SARL' });
 * // { type: 'renewal.applied', at: '2026-06-15', employer: 'employer-1' }
 * ```
 * @category Diagrams
 */
export function sanitizeEvent(event: AnyEventObject): AnyEventObject {
  try {
  return createRedactor().redact(event);
  } catch (error) {
    throw refusedArguments('sanitizeEvent', error);
  }
}
