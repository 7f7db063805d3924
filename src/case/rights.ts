/**
 * Who decides a right, and what `status` answers about it.
 *
 * Every state of a procedure declares, for the right to reside and the right
 * to work, one of four answers (DESIGN.md, "Legal modelling rules"):
 * - `granted` by this procedure (until a date, bound to an employer, a
 *   profession, a sector);
 * - `denied` by this procedure because its page says so, with that sentence
 *   (or, where the page only implies it, a recorded assumption);
 * - `notDecidedHere`: another title governs the right, which the answer names;
 * - `undetermined`: the page is silent, and the assumption says so.
 *
 * No answer other than `granted` may be read as "may": and no answer other
 * than `denied` may be read as "may not".
 */
import type { IsoDate } from '../calendar';
import type { SourceRef } from '../law';
import type { Binding, CaseContext } from './types';
import { refusedArguments } from '../guard';

/**
 * The four answers about a right.
 *
 * @example
 * ```ts
 * const verdict: RightVerdict = 'notDecidedHere';
 * ```
 * @category Case API
 */
export type RightVerdict = 'granted' | 'denied' | 'notDecidedHere' | 'undetermined';

/**
 * The reason behind an answer: the page's sentence, or what was assumed
 * where the page is silent (at least one of the two).
 *
 * @example
 * ```ts
 * const reason: RightReason = { source: law.seasonalStayMaxMonths.source };
 * ```
 * @category Case API
 */
export interface RightReason {
  source?: SourceRef;
  assumption?: string;
}

/**
 * What a state declares about one right, in its `meta.rights`. Build it with
 * {@link granted}, {@link denied}, {@link notDecidedHere} or
 * {@link undetermined}.
 *
 * `granted` may name what follows once the right held has run out
 * (`afterValidity`), for states where a running permit ends on its own date
 * (a renewal refused while the permit still runs); it applies too when the
 * case records no validity at all.
 *
 * `notDecidedHere` may read the end of the governing title from the case
 * (`until`), when the case knows it (the "private reasons" residence permit).
 *
 * @example
 * ```ts
 * const work: RightDeclaration = denied({ source: src('Declaration of arrival', 'both serve as a seasonal work permit') });
 * ```
 * @category Case API
 */
export type RightDeclaration =
  | ({ verdict: 'granted'; afterValidity?: RightDeclaration; exception?: RightException } & RightReason)
  | ({ verdict: 'denied'; exception?: RightException } & RightReason)
  | ({ verdict: 'notDecidedHere'; governedBy: string; until?: (context: CaseContext) => IsoDate | null; exception?: RightException } & RightReason)
  | ({ verdict: 'undetermined'; assumption: string; source?: SourceRef; exception?: RightException });

/**
 * A case the page treats apart, inside one state: when `applies` holds for
 * the case (a fact known when it was opened, such as a person who already
 * resides in Luxembourg under another title), `then` is the answer instead
 * of the state's own. Build it with {@link except}.
 *
 * @example
 * ```ts
 * const exception: RightException = {
 *   when: 'the person already resides legally in Luxembourg',
 *   applies: (context) => context.facts.residesLegallyInLuxembourg === true,
 *   then: notDecidedHere('the title under which the person resides in Luxembourg', { source }),
 * };
 * ```
 * @category Case API
 */
export interface RightException {
  /** When the exception applies, in words a reviewer reads on the machine page. */
  when: string;
  applies: (context: CaseContext) => boolean;
  then: RightDeclaration;
}

/**
 * What a state declares about both rights.
 *
 * @example
 * ```ts
 * const rights: RightsDeclaration = { reside: granted(), work: granted() };
 * ```
 * @category Case API
 */
export interface RightsDeclaration {
  reside: RightDeclaration;
  work: RightDeclaration;
}

/**
 * The right is granted by this procedure in this state. Pass `afterValidity`
 * for what applies once the validity held has ended without leaving the
 * state.
 *
 * @example
 * ```ts
 * const rights = { reside: granted(), work: granted() };
 * ```
 * @category Case API
 */
export function granted(options: RightReason & { afterValidity?: RightDeclaration } = {}): RightDeclaration {
  try {
  return { verdict: 'granted', ...options };
  } catch (error) {
    throw refusedArguments('granted', error);
  }
}

/**
 * The right is denied by this procedure: `reason` gives the page's sentence
 * or, where the page only implies it, the assumption made.
 *
 * @example
 * ```ts
 * denied({ source: src('Application for an authorisation to stay', 'the application must be submitted and approved before coming to Luxembourg') });
 * ```
 * @category Case API
 */
export function denied(reason: RightReason): RightDeclaration {
  try {
  return { verdict: 'denied', ...reason };
  } catch (error) {
    throw refusedArguments('denied', error);
  }
}

/**
 * The right is governed by another title, which `governedBy` names in words
 * a person can read (`'the residence permit for "private reasons"'`).
 *
 * @example
 * ```ts
 * notDecidedHere('the residence permit for "private reasons"', { source }, (context) => context.facts.residencePermitValidUntil);
 * ```
 * @category Case API
 */
export function notDecidedHere(governedBy: string, reason: RightReason = {}, until?: (context: CaseContext) => IsoDate | null): RightDeclaration {
  try {
  return { verdict: 'notDecidedHere', governedBy, ...reason, ...(until ? { until } : {}) };
  } catch (error) {
    throw refusedArguments('notDecidedHere', error);
  }
}

/**
 * The page is silent about the right in this state; `assumption` says what
 * the library assumes and why nothing firmer can be said.
 *
 * @example
 * ```ts
 * undetermined('The page does not say whether work may continue after expiry while the renewal is pending.');
 * ```
 * @category Case API
 */
export function undetermined(assumption: string, source?: SourceRef): RightDeclaration {
  try {
  return { verdict: 'undetermined', assumption, ...(source ? { source } : {}) };
  } catch (error) {
    throw refusedArguments('undetermined', error);
  }
}

/**
 * The declaration `declared`, except where `exception.applies` holds for the
 * case: there `then` answers. A state keeps one declaration for the cases
 * its page describes and names the one it treats apart.
 *
 * @example
 * ```ts
 * const reside = except(denied({ source }), {
 *   when: 'the person already resides legally in Luxembourg',
 *   applies: (context) => context.facts.residesLegallyInLuxembourg === true,
 * }, notDecidedHere('the title under which the person resides in Luxembourg', { source }));
 * ```
 * @category Case API
 */
export function except(declared: RightDeclaration, exception: Omit<RightException, 'then'>, then: RightDeclaration): RightDeclaration {
  try {
  return { ...declared, exception: { when: exception.when, applies: exception.applies, then } };
  } catch (error) {
    throw refusedArguments('except', error);
  }
}

/**
 * What `status` answers about one right on a day.
 *
 * @example
 * ```ts
 * const work: RightAnswer = status(someCase, '2026-06-01').rights.work;
 * if (work.verdict === 'granted') console.log(`may work for ${work.boundTo?.employer} until ${work.until}`);
 * ```
 * @category Case API
 */
export interface RightAnswer {
  verdict: RightVerdict;
  /** Last day of the right (`granted`), or of the governing title when known (`notDecidedHere`); else `null`. */
  until: IsoDate | null;
  /** The employer, profession and sector a granted right is bound to. */
  boundTo: Binding | null;
  /** The title that decides the right, for `notDecidedHere`. */
  governedBy: string | null;
  /** The page's sentence behind the answer. */
  source: SourceRef | null;
  /** What was assumed where the page is silent. */
  assumption: string | null;
}

/**
 * What `status` answers about both rights.
 *
 * @example
 * ```ts
 * const { reside, work } = status(someCase).rights;
 * ```
 * @category Case API
 */
export interface RightsAnswer {
  reside: RightAnswer;
  work: RightAnswer;
}

/**
 * The answer about one declared right on `asOf`, given the end of the right
 * held (`validUntil`) and what it is bound to.
 *
 * @example
 * ```ts
 * answerRight(granted(), context, '2026-06-01', '2026-08-31', { employer: 'Vineyard SARL' }).verdict; // 'granted'
 * ```
 * @category Case API
 */
export function answerRight(declared: RightDeclaration, context: CaseContext, asOf: IsoDate, validUntil: IsoDate | null, binding: Binding | null): RightAnswer {
  try {
  if (declared.exception !== undefined && declared.exception.applies(context)) return answerRight(declared.exception.then, context, asOf, validUntil, binding);
  // A right granted only while its validity runs: once it has ended, or when the case records none (a case written by an older machine), what follows applies.
  if (declared.verdict === 'granted' && declared.afterValidity !== undefined && (validUntil === null || asOf > validUntil)) {
    return answerRight(declared.afterValidity, context, asOf, validUntil, binding);
  }
  const granted = declared.verdict === 'granted';
  return {
    verdict: declared.verdict,
    until: granted ? validUntil : declared.verdict === 'notDecidedHere' && declared.until ? declared.until(context) : null,
    boundTo: granted ? binding : null,
    governedBy: declared.verdict === 'notDecidedHere' ? declared.governedBy : null,
    source: declared.source ?? null,
    assumption: declared.assumption ?? null,
  };
  } catch (error) {
    throw refusedArguments('answerRight', error);
  }
}

/**
 * Whether a declaration gives its reason: a `denied` or `notDecidedHere`
 * answer carries a source sentence or an assumption, an `undetermined` one
 * an assumption. Used by the tests that keep every "no" explained.
 *
 * @example
 * ```ts
 * hasReason(denied({ assumption: 'The page describes no refusal.' })); // true
 * ```
 * @category Case API
 */
export function hasReason(declared: RightDeclaration): boolean {
  try {
  if (declared.exception !== undefined && !hasReason(declared.exception.then)) return false;
  if (declared.verdict === 'granted') return declared.afterValidity === undefined || hasReason(declared.afterValidity);
  if (declared.verdict === 'undetermined') return Boolean(declared.assumption);
  return Boolean(declared.source || declared.assumption);
  } catch (error) {
    throw refusedArguments('hasReason', error);
  }
}
