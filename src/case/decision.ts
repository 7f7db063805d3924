/**
 * An application waiting for an authority's decision, with the deemed
 * rejection that the pages attach to the authority's silence, as one
 * reusable pair of states.
 *
 * Every page that has one says the answer comes "generally" within a
 * period, and that silence then counts as a rejection. So the deemed
 * rejection is what the applicant may rely on (it denies the rights, and
 * opens the appeal the page gives, where it gives one), not the end of the
 * file: an express decision that arrives later is recorded and takes over,
 * through the same transitions as one that arrived in time (DESIGN.md,
 * "Record reality").
 */
import { appealableRefusal, type AppealableRefusalOptions } from './appeals';
import { denied } from './rights';
import type { StateMeta, TransitionMeta } from './types';
import type { SourceRef } from '../law';

const laterDecisionAssumption =
  'The page says a decision comes "generally" within the period and lets the applicant take silence as a rejection; it does not forbid a later answer. An express decision that arrives later is recorded and takes over.';

/**
 * Options of {@link decisionPeriod}.
 *
 * @example
 * ```ts
 * const options: DecisionPeriodOptions<{ 'permit.granted': { target: 'permitValid' } }, {}> = {
 *   machineId: 'protectionApplicantWorkPermit',
 *   awaiting: { description: 'ADEM and the minister examine the application.', phase: 'decision', rights },
 *   decisions: { 'permit.granted': { target: 'permitValid' } },
 *   deemed: { guard: 'isDecisionPeriodOver', source, description: 'No answer in time.', outcome: 'The application is deemed rejected.' },
 * };
 * ```
 */
export interface DecisionPeriodOptions<TDecisions extends Record<string, unknown>, TWhileAwaiting extends Record<string, unknown>> {
  /** The machine's id, for the absolute target of the deemed rejection. */
  machineId: string;
  /** The meta of the state in which the authority has the application. */
  awaiting: StateMeta;
  /** The authority's express decisions (event type → transition or transitions), taken in time or late. */
  decisions: TDecisions;
  /** Other transitions of the waiting state only (documents, events of another title). */
  whileAwaiting?: TWhileAwaiting;
  /** `clock.advanced` transitions of the waiting state tried before the deemed rejection (another lapse). */
  earlierLapses?: readonly unknown[];
  deemed: {
    /** The guard that says the decision period is over (a `decisionPeriod` deadline passed). */
    guard: string;
    /** Actions on the way to the deemed rejection (closing the period). */
    actions?: string | readonly string[];
    /** The sentence that lets silence count as a rejection. */
    source: SourceRef;
    description: string;
    outcome: string;
    assumption?: string;
    /** The appeal the page gives against the rejection, if any: the deemed rejection is then an appealable refusal. */
    appeal?: Omit<AppealableRefusalOptions<string>, 'on' | 'description' | 'source' | 'finalOutcome'>;
  };
}

/**
 * The states `awaitingDecision` and `deemedRejected`, to spread into a
 * machine's `states`: the first takes the express decisions and, once the
 * period is over, the deemed rejection; the second denies the rights with
 * the page's sentence and still takes the express decisions.
 *
 * @example
 * ```ts
 * states: {
 *   ...decisionPeriod({
 *     machineId: 'seasonalWorker',
 *     awaiting: stateMeta({ description: 'The ministry examines the application.', phase: 'authorisation', rights }),
 *     decisions: { 'authorisation.granted': { target: 'awaitingVisa' }, 'authorisation.refused': { target: 'authorisationRefused' } },
 *     deemed: { guard: 'isDecisionPeriodOver', actions: 'closeAllDeadlines', source, description: 'No answer in time.', outcome: 'Deemed rejected.' },
 *   }),
 * }
 * ```
 */
export function decisionPeriod<const TDecisions extends Record<string, unknown>, const TWhileAwaiting extends Record<string, unknown> = {}>(
  options: DecisionPeriodOptions<TDecisions, TWhileAwaiting>,
) {
  const deemed = options.deemed;
  const toDeemed = {
    guard: deemed.guard,
    target: `#${options.machineId}.deemedRejected`,
    ...(deemed.actions ? { actions: deemed.actions } : {}),
    meta: { source: deemed.source, description: 'No answer within the processing period: the application counts as rejected.' } satisfies TransitionMeta,
  };
  const assumption = deemed.assumption ? `${deemed.assumption} ${laterDecisionAssumption}` : laterDecisionAssumption;
  const rejection = denied({ source: deemed.source });
  const deemedRejected = deemed.appeal
    ? appealableRefusal({
        ...deemed.appeal,
        description: deemed.description,
        source: deemed.source,
        assumption: deemed.appeal.assumption ? `${deemed.appeal.assumption} ${laterDecisionAssumption}` : laterDecisionAssumption,
        finalOutcome: deemed.outcome,
        rights: deemed.appeal.rights ?? { reside: rejection, work: rejection },
        on: options.decisions,
      })
    : {
        meta: {
          description: deemed.description,
          phase: 'closed',
          rights: { reside: rejection, work: rejection },
          source: deemed.source,
          assumption,
          outcome: deemed.outcome,
        } satisfies StateMeta,
        on: options.decisions,
      };
  return {
    awaitingDecision: {
      meta: options.awaiting,
      on: {
        ...options.decisions,
        ...(options.whileAwaiting ?? ({} as TWhileAwaiting)),
        'clock.advanced': [...(options.earlierLapses ?? []), toDeemed],
      },
    },
    deemedRejected,
  } as const;
}
