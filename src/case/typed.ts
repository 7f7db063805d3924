/**
 * Types that know each bundled procedure: its events, its facts and its
 * state paths, read from the procedure's own zod schemas and machine, so
 * they cannot drift from what `apply` accepts at run time. Types only: the
 * core imports no procedure's code.
 */
import type { SnapshotFrom } from 'xstate';
import type { z } from 'zod';
import type { IsoDate } from '../calendar';
import type { ancillaryWorkPermit } from '../../machines/ancillary-work-permit';
import type { crossBorderFamilyExemption } from '../../machines/cross-border-family-exemption';
import type { protectionApplicantWorkPermit } from '../../machines/protection-applicant-work-permit';
import type { salariedWorker } from '../../machines/salaried-worker';
import type { seasonalWorker } from '../../machines/seasonal-worker';
import type { ProcedureId } from './types';

/**
 * The bundled procedure objects, by id: where the typed case API reads each
 * procedure's events, facts and states from.
 *
 * @example
 * ```ts
 * type SeasonalMachine = BundledProcedures['seasonalWorker']['machine'];
 * ```
 * @category Case API
 */
export interface BundledProcedures {
  seasonalWorker: typeof seasonalWorker;
  salariedWorker: typeof salariedWorker;
  ancillaryWorkPermit: typeof ancillaryWorkPermit;
  crossBorderFamilyExemption: typeof crossBorderFamilyExemption;
  protectionApplicantWorkPermit: typeof protectionApplicantWorkPermit;
}

/**
 * An event of procedure `P` as `apply` accepts it: the *input* type of the
 * procedure's event schema, so a misspelt `type`, a missing field or an
 * event of another procedure does not compile.
 *
 * @example
 * ```ts
 * const declared: ProcedureEvent<'seasonalWorker'> = { type: 'vacancy.declared', at: '2026-01-05' };
 * ```
 * @category Case API
 */
export type ProcedureEvent<P extends ProcedureId> = z.input<BundledProcedures[P]['eventSchema']>;

/**
 * The facts of procedure `P` as `createCase` accepts them: the *input* type of
 * the procedure's facts schema, so fields with a default may be left out.
 *
 * @example
 * ```ts
 * const facts: ProcedureFacts<'seasonalWorker'> = { visaRequired: true };
 * ```
 * @category Case API
 */
export type ProcedureFacts<P extends ProcedureId> = z.input<BundledProcedures[P]['factsSchema']>;

/**
 * The dotted paths of an XState state value type, as `status(...).state`
 * and `statePath` write them: `'a'` for a top-level state, `'a.b'` for a
 * child.
 *
 * @example
 * ```ts
 * type Paths = DottedStatePath<'done' | { renewal: 'pending' | 'granted' }>; // 'done' | 'renewal.pending' | 'renewal.granted'
 * ```
 * @category Case API
 */
export type DottedStatePath<TValue> = TValue extends string
  ? TValue
  : TValue extends object
    ? { [K in keyof TValue & string]: `${K}.${DottedStatePath<TValue[K]>}` }[keyof TValue & string]
    : never;

/**
 * Every state path of procedure `P`'s machine: the type of
 * `status(...).state` for a case of that procedure.
 *
 * @example
 * ```ts
 * const state: ProcedureState<'seasonalWorker'> = 'vacancyToBeDeclared';
 * ```
 * @category Case API
 */
export type ProcedureState<P extends ProcedureId> = DottedStatePath<SnapshotFrom<BundledProcedures[P]['machine']>['value']>;

/**
 * What `apply` accepts for a case whose `procedureId` has type `P`: the
 * event union of that procedure when `P` names one (or a few) procedures,
 * and `unknown` (checked at run time only) for a case of any procedure,
 * such as one read back with `restore`.
 *
 * @example
 * ```ts
 * const event: EventFor<'seasonalWorker'> = { type: 'vacancy.declared', at: '2026-01-05' };
 * ```
 * @category Case API
 */
export type EventFor<P extends ProcedureId> = ProcedureId extends P ? unknown : ProcedureEvent<P>;

/**
 * Options of a typed `createCase`: the opening date and the facts of
 * procedure `P` (any defaulted field may be left out).
 *
 * @example
 * ```ts
 * const options: CreateCaseOptions<'seasonalWorker'> = { at: '2026-01-05', facts: { visaRequired: true } };
 * ```
 * @category Case API
 */
export interface CreateCaseOptions<P extends ProcedureId = ProcedureId> {
  at: IsoDate;
  facts?: ProcedureId extends P ? unknown : ProcedureFacts<P>;
}

/**
 * Options of `createCase` for input known only at run time (a procedure id
 * read from a database or a form): any string date and any facts, all
 * checked at run time.
 *
 * @example
 * ```ts
 * const options: UntypedCreateCaseOptions = JSON.parse('{"at":"2026-01-05","facts":{}}');
 * ```
 * @category Case API
 */
export interface UntypedCreateCaseOptions {
  at: string;
  facts?: unknown;
}
