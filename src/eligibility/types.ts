/**
 * The shapes of eligibility rules and of the answer of `whichProcedure`.
 */
import type { IsoDate } from '../calendar';
import type { ProcedureId } from '../case/types';
import type { SourceRef } from '../law';
import type { Profile } from './profile';

/**
 * What a rule found for a profile: whether its condition is met (`null`:
 * undetermined, because a fact it needs is not stated; `missingFacts` names it), a
 * detail for the person, and, for a waiting period, the first day it will be met.
 *
 * @example
 * ```ts
 * const outcome: RuleOutcome = { met: false, detail: 'planned stay: 2 months', availableFrom: null };
 * const unknown: RuleOutcome = { met: null, detail: 'not stated', availableFrom: null, missingFacts: ['hasWorkedInLuxembourg'] };
 * ```
 * @category Eligibility
 */
export interface RuleOutcome {
  met: boolean | null;
  detail: string | null;
  availableFrom: IsoDate | null;
  /** When `met` is null: the profile fields (dot paths) that must be stated to decide. */
  missingFacts?: string[];
  /** The sentence that decided, when it is not the rule's own (e.g. an exemption). */
  source?: SourceRef;
}

/**
 * One condition of a procedure, with the sentence of the page behind it.
 *
 * @example
 * ```ts
 * const rule: EligibilityRule = {
 *   id: 'ancillaryWorkPermit.ancillaryActivity', procedure: 'ancillaryWorkPermit',
 *   condition: 'The paid work is an ancillary activity, not the main one',
 *   source: { file: '002_023e4c502a131ddc.txt', section: 'Who is concerned?',
 *             quote: 'who wish to carry out a salaried activity on an ancillary basis' },
 *   check: (profile) => ({ met: !profile.job.mainActivity, detail: null, availableFrom: null }),
 * };
 * ```
 * @category Eligibility
 */
export interface EligibilityRule {
  /** `<procedure>.<condition>`, stable. */
  id: string;
  procedure: ProcedureId;
  /** The condition, as a sentence that is true when the rule is met. */
  condition: string;
  source: SourceRef;
  /** What was assumed where the page is silent, and why. */
  assumption?: string;
  check: (profile: Profile) => RuleOutcome;
}

/**
 * A reason in an answer: a rule, whether it is met, and its source.
 *
 * @example
 * ```ts
 * const reason: EligibilityReason = whichProcedure(profile).applies[0]!.reasons[0]!;
 * console.log(reason.text, reason.source.file, reason.source.quote);
 * ```
 * @category Eligibility
 */
export interface EligibilityReason {
  rule: string;
  /** `null`: undetermined, the profile does not state a fact the rule needs (see `missingFacts`). */
  met: boolean | null;
  /** The profile fields (dot paths) to state before the rule can be decided; empty unless `met` is null. */
  missingFacts: string[];
  /** The condition, followed by what was found in the profile. */
  text: string;
  source: SourceRef;
  assumption: string | null;
}

/**
 * The verdict on one procedure: the reasons it applies (every condition met),
 * does not (the conditions not met), or is undetermined (no condition unmet,
 * some not decidable from the profile: those are listed, with the facts to state).
 *
 * @example
 * ```ts
 * const verdict: ProcedureVerdict = whichProcedure(profile).doesNotApply[0]!;
 * console.log(verdict.procedure, verdict.reasons.map((reason) => reason.text));
 * ```
 * @category Eligibility
 */
export interface ProcedureVerdict {
  procedure: ProcedureId;
  title: string;
  seed: SourceRef['file'];
  /** Whether this version of the library has a machine for the procedure. */
  modelled: boolean;
  reasons: EligibilityReason[];
  /** For a procedure that will apply once a waiting period is over: its first day. */
  availableFrom: IsoDate | null;
  /** For an undetermined procedure: every profile field (dot path) to state before it can be decided. */
  missingFacts: string[];
}

/**
 * The answer of `whichProcedure`.
 *
 * @example
 * ```ts
 * const answer: EligibilityResult = whichProcedure(profile);
 * if (answer.noPermitNeeded) console.log(answer.noPermitNeeded.reasons[0]?.text);
 * for (const verdict of answer.undetermined) console.log(verdict.procedure, 'state:', verdict.missingFacts);
 * ```
 * @category Eligibility
 */
export interface EligibilityResult {
  asOf: IsoDate;
  applies: ProcedureVerdict[];
  doesNotApply: ProcedureVerdict[];
  /**
   * Procedures no condition rules out but that the profile cannot decide: a
   * fact they need is not stated (never read as "no"). Each names the facts.
   */
  undetermined: ProcedureVerdict[];
  /** Set when the person needs none of these permits, with why. */
  noPermitNeeded: { reasons: EligibilityReason[] } | null;
  /**
   * Set when the person's situation is one the pages leave open (for example
   * a family member of an EU citizen living in Luxembourg who does not live
   * there): what the pages cover, and why it does not reach this person.
   */
  notDecidedHere: { reasons: EligibilityReason[] } | null;
  /** Said when no procedure applies and no exemption is known either. */
  note: string | null;
}
