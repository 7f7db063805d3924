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
import { denied, type RightsDeclaration } from './rights';
import type { StateMeta, TransitionMeta } from './types';
import type { SourceRef } from '../law';

const laterDecisionAssumption =
  'The page says a decision comes "generally" within the period and lets the applicant take silence as a rejection; it does not forbid a later answer. An express decision that arrives later is recorded and takes over.';

/**
 * The transition to the deemed rejection, as the kernel's `decisionPeriod` builder makes it.
 *
 * @example
 * ```ts
 * const lapse: DeemedRejection<'seasonalWorker', 'isDecisionPeriodOver', 'closeAllDeadlines'> = {
 *   guard: 'isDecisionPeriodOver', target: '#seasonalWorker.deemedRejected', actions: 'closeAllDeadlines', meta: { source },
 * };
 * ```
 * @category Case API
 */
export interface DeemedRejection<TId extends string, TGuard extends string, TActions extends string | readonly string[]> {
  guard: TGuard;
  target: `#${TId}.deemedRejected`;
  actions?: TActions;
  meta: TransitionMeta;
}

/**
 * Options of {@link decisionPeriod}.
 *
 * @example
 * ```ts
 * const options: DecisionPeriodOptions<'protectionApplicantWorkPermit', { 'permit.granted': { target: 'permitValid' } }, {}, readonly [], 'isDecisionPeriodOver', never> = {
 *   machineId: 'protectionApplicantWorkPermit',
 *   awaiting: { description: 'ADEM and the minister examine the application.', phase: 'decision', rights },
 *   decisions: { 'permit.granted': { target: 'permitValid' } },
 *   deemed: { guard: 'isDecisionPeriodOver', source, description: 'No answer in time.', outcome: 'The application is deemed rejected.' },
 * };
 * ```
 * @category Case API
 */
export interface DecisionPeriodOptions<
  TId extends string,
  TDecisions extends Record<string, unknown>,
  TWhileAwaiting extends Record<string, unknown>,
  TEarlier extends readonly unknown[],
  TGuard extends string,
  TActions extends string | readonly string[],
> {
  /** The machine's id, for the absolute target of the deemed rejection. */
  machineId: TId;
  /** The meta of the state in which the authority has the application. */
  awaiting: StateMeta;
  /** The authority's express decisions (event type → transition or transitions), taken in time or late. */
  decisions: TDecisions;
  /** Other transitions of the waiting state only (documents, events of another title). */
  whileAwaiting?: TWhileAwaiting;
  /** `clock.advanced` transitions of the waiting state tried before the deemed rejection (another lapse). */
  earlierLapses?: TEarlier;
  deemed: {
    /** The guard that says the decision period is over (a `decisionPeriod` deadline passed). */
    guard: TGuard;
    /** Actions on the way to the deemed rejection (closing the period). */
    actions?: TActions;
    /** The sentence that lets silence count as a rejection. */
    source: SourceRef;
    description: string;
    outcome: string;
    assumption?: string;
    /**
     * The rights once rejected (default: both denied, citing `source`). A
     * procedure that decides work only names the title that governs
     * residence instead.
     */
    rights?: RightsDeclaration;
  };
}

/**
 * The states `awaitingDecision` and `deemedRejected`, to spread into a
 * machine's `states`: the first takes the express decisions and, once the
 * period is over, the deemed rejection; the second denies the rights with
 * the page's sentence and still takes the express decisions. The page gives
 * no appeal against the silence itself (the salaried page's runs from the
 * notification of a decision): a late express refusal goes where a refusal
 * in time goes, with its appeal.
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
 * @category Case API
 */
export function decisionPeriod<
  const TId extends string,
  const TDecisions extends Record<string, unknown>,
  const TGuard extends string,
  const TWhileAwaiting extends Record<string, unknown> = {},
  const TEarlier extends readonly unknown[] = [],
  const TActions extends string | readonly string[] = never,
>(options: DecisionPeriodOptions<TId, TDecisions, TWhileAwaiting, TEarlier, TGuard, TActions>) {
  const deemed = options.deemed;
  const toDeemed: DeemedRejection<TId, TGuard, TActions> = {
    guard: deemed.guard,
    target: `#${options.machineId}.deemedRejected`,
    ...(deemed.actions === undefined ? {} : { actions: deemed.actions }),
    meta: { source: deemed.source, description: 'No answer within the processing period: the application counts as rejected.' },
  };
  const rejection = denied({ source: deemed.source });
  const lapses = [...(options.earlierLapses ?? []), toDeemed] as unknown as readonly [...TEarlier, DeemedRejection<TId, TGuard, TActions>];
  const meta: StateMeta = {
    description: deemed.description,
    phase: 'closed',
    rights: deemed.rights ?? { reside: rejection, work: rejection },
    source: deemed.source,
    assumption: deemed.assumption ? `${deemed.assumption} ${laterDecisionAssumption}` : laterDecisionAssumption,
    outcome: deemed.outcome,
  };
  return {
    awaitingDecision: {
      meta: options.awaiting,
      on: { ...options.decisions, ...(options.whileAwaiting ?? ({} as TWhileAwaiting)), 'clock.advanced': lapses },
    },
    deemedRejected: { meta, on: options.decisions },
  };
}
