/**
 * Who makes an event happen, for the kinds of edges the diagrams draw (and
 * their legend): the person (or the employer, or a family member) acts, an
 * authority acts, or time passes. One small table, so that every renderer and
 * the machine pages classify an event the same way.
 */
import { refusedArguments } from '../guard';

/**
 * Who makes an event happen: `person` (the applicant, the employer, a family
 * member: a party to the case), `authority` (a ministry, ADEM, a commune, a
 * court, a doctor issuing a certificate: a decision, grant, refusal, issue,
 * judgment or revocation), or `time` (a date passes: `clock.advanced`).
 *
 * @example
 * ```ts
 * const actor: EventActor = eventActor('decision.granted'); // 'authority'
 * ```
 * @category Diagrams
 */
export type EventActor = 'person' | 'authority' | 'time';

/** The last word of an event type that says an authority acted: decisions, grants, refusals, issues, judgments, revocations. */
const AUTHORITY_VERBS = new Set([
  'granted',
  'refused',
  'issued',
  'approved',
  'authorised',
  'judged',
  'revoked',
  'withdrawn',
  'renewed',
  'replaced',
  'proposed',
  'cancelled',
  'rejectedAtFirstInstance',
  'definitivelyRejected',
]);

/**
 * Event types whose last word alone would mislead: a residence permit that
 * "ended" was withdrawn or cut short by the authority (the person's own
 * endings, such as `employment.ended`, stay with the person).
 */
const AUTHORITY_EVENTS = new Set(['residencePermit.ended']);

/** Event types that are time passing: the host's clock, and XState's eventless and done transitions. */
const TIME_EVENTS = new Set(['clock.advanced', 'always', 'done']);

/**
 * Who makes an event of this type happen. `clock.advanced` is time; an event
 * whose last word is a decision (`granted`, `refused`, `approved`,
 * `authorised`, `withdrawn`, `cancelled`, ...), an issue (`issued`,
 * `renewed`, `replaced`, ADEM's `candidate.proposed`), a judgment (`judged`)
 * or a revocation (`revoked`) is the authority's; everything else (submitted,
 * declared, supplied, entered, started, ended, lodged, ...) is the person's
 * or the employer's.
 *
 * @example
 * ```ts
 * eventActor('clock.advanced'); // 'time'
 * eventActor('tribunal.judged'); // 'authority'
 * eventActor('application.submitted'); // 'person'
 * ```
 * @category Diagrams
 */
export function eventActor(eventType: string): EventActor {
  try {
  if (TIME_EVENTS.has(eventType)) return 'time';
  if (AUTHORITY_EVENTS.has(eventType)) return 'authority';
  const verb = eventType.slice(eventType.lastIndexOf('.') + 1);
  return AUTHORITY_VERBS.has(verb) ? 'authority' : 'person';
  } catch (error) {
    throw refusedArguments('eventActor', error);
  }
}

/**
 * What the legend says for each kind of edge, in the order it lists them.
 *
 * @example
 * ```ts
 * EVENT_ACTOR_LEGEND.authority; // 'the authority acts'
 * ```
 * @category Diagrams
 */
export const EVENT_ACTOR_LEGEND: Readonly<Record<EventActor, string>> = {
  person: 'the person or employer acts',
  authority: 'the authority acts',
  time: 'time passes',
};
