/**
 * `missingDocuments`: the current step's checklist against what was supplied.
 */
import { missingItems, requiredItems } from './checklist';
import { procedureOf, stateMetaOf } from './meta';
import type { DocumentItem, PermitCase } from './types';
import { refusedArguments } from '../guard';

/**
 * The checklist of the current step: what applies, what was supplied, what is missing.
 *
 * @example
 * ```ts
 * const list: DocumentChecklist | null = missingDocuments(someCase);
 * list?.missing.map((item) => item.label);
 * ```
 * @category Case API
 */
export interface DocumentChecklist {
  step: string;
  label: string;
  required: DocumentItem[];
  supplied: string[];
  missing: DocumentItem[];
}

/**
 * The documents still missing for the current step, or `null` when the
 * current state has no checklist.
 *
 * @example
 * ```ts
 * const list = missingDocuments(someCase);
 * if (list) console.log(list.missing.map((item) => item.id));
 * ```
 * @category Case API
 */
export function missingDocuments(current: PermitCase): DocumentChecklist | null {
  try {
  const procedure = procedureOf(current);
  const meta = stateMetaOf(procedure.machine, current.state);
  if (!meta.documents) return null;
  const step = procedure.documents[meta.documents];
  if (!step) return null;
  return {
    step: step.id,
    label: step.label,
    required: requiredItems(step, current.context),
    supplied: [...current.context.documents],
    missing: missingItems(step, current.context, current.context.documents),
  };
  } catch (error) {
    throw refusedArguments('missingDocuments', error);
  }
}
