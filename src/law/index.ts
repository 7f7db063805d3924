/**
 * The parameters table: every legal figure once, with its source and, where
 * known, its legal basis. Machines read figures from here, never inline.
 */
import { seasonalWorkerLaw } from './seasonal-worker';
import type { LegalParameter } from './types';

export * from './types';
export { seasonalWorkerLaw } from './seasonal-worker';

/**
 * The whole table, merged across procedures (ids are unique across it).
 *
 * @example
 * ```ts
 * law.seasonalStayMaxMonths.value; // 5
 * ```
 */
export const law = {
  ...seasonalWorkerLaw,
} as const;

/**
 * Every parameter row, sorted by id, for reports and the quote test.
 *
 * @example
 * ```ts
 * allParameters().map((row) => row.id);
 * ```
 */
export function allParameters(): LegalParameter[] {
  return Object.values(law as Record<string, LegalParameter>).sort((a, b) => a.id.localeCompare(b.id));
}
