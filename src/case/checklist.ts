/**
 * Checklist arithmetic shared by machines (completeness guards) and by
 * `missingDocuments`: which items of a step apply to a case, and which of
 * those have not been supplied.
 */
import type { DocumentItem, DocumentStep } from './types';

/**
 * The items of a step that apply to a case (their condition holds, or they have none).
 *
 * @example
 * ```ts
 * requiredItems(seasonalWorkerDocuments.temporaryAuthorisationApplication, context).map((item) => item.id);
 * ```
 * @category Case API
 */
export function requiredItems(step: DocumentStep, context: unknown): DocumentItem[] {
  return step.items.filter((item) => !item.condition || item.condition.applies(context));
}

/**
 * The required items of a step not among the supplied document ids.
 *
 * @example
 * ```ts
 * missingItems(step, context, ['passportCopy']).map((item) => item.id);
 * ```
 * @category Case API
 */
export function missingItems(step: DocumentStep, context: unknown, supplied: readonly string[]): DocumentItem[] {
  const have = new Set(supplied);
  return requiredItems(step, context).filter((item) => !have.has(item.id));
}
