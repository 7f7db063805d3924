/**
 * The registry of procedures by id. New procedures are added here and appear
 * everywhere (case API, CLI, diagrams, generated tests) without other changes.
 */
import type { Procedure } from '../src/case/types';
import { seasonalWorker } from './seasonal-worker';
import { salariedWorker } from './salaried-worker';
import { ancillaryWorkPermit } from './ancillary-work-permit';
import { crossBorderFamilyExemption } from './cross-border-family-exemption';
import { protectionApplicantWorkPermit } from './protection-applicant-work-permit';
import { refusedArguments } from '../src/guard';

/**
 * Every procedure of the library, by id.
 *
 * @example
 * ```ts
 * Object.keys(procedures); // ['seasonalWorker', ...]
 * ```
 * @category Procedures
 */
export const procedures: Readonly<Record<string, Procedure>> = Object.freeze({
  [seasonalWorker.id]: seasonalWorker as unknown as Procedure,
  [salariedWorker.id]: salariedWorker as unknown as Procedure,
  [ancillaryWorkPermit.id]: ancillaryWorkPermit as unknown as Procedure,
  [crossBorderFamilyExemption.id]: crossBorderFamilyExemption as unknown as Procedure,
  [protectionApplicantWorkPermit.id]: protectionApplicantWorkPermit as unknown as Procedure,
});

/**
 * The procedure with this id, or `undefined`.
 *
 * @example
 * ```ts
 * getProcedure('seasonalWorker')?.title;
 * ```
 * @category Procedures
 */
export function getProcedure(id: string): Procedure | undefined {
  try {
  return Object.prototype.hasOwnProperty.call(procedures, id) ? procedures[id] : undefined;
  } catch (error) {
    throw refusedArguments('getProcedure', error);
  }
}

/**
 * All procedures, in registry order.
 *
 * @example
 * ```ts
 * listProcedures().map((procedure) => procedure.id);
 * ```
 * @category Procedures
 */
export function listProcedures(): Procedure[] {
  try {
  return Object.values(procedures);
  } catch (error) {
    throw refusedArguments('listProcedures', error);
  }
}
