import type { WorkingDayKind } from '../calendar';
import { refusedArguments } from '../guard';

/**
 * The seed pages this library models, by file name in `shared/seeds/`.
 *
 * @example
 * ```ts
 * const file: SeedFile = '004_b06c98a76d7eb733.txt';
 * ```
 * @category Law
 */
export type SeedFile =
  | '000_8062ab018996c2b5.txt'
  | '001_4e3fbcc1bbea5669.txt'
  | '002_023e4c502a131ddc.txt'
  | '003_07cc08630c496fa1.txt'
  | '004_b06c98a76d7eb733.txt';

/**
 * Where a rule comes from: the seed page, the heading of its section, and a
 * short exact quote (checked by a test against the page, whitespace-normalised).
 *
 * @example
 * ```ts
 * const source: SourceRef = {
 *   file: '004_b06c98a76d7eb733.txt',
 *   section: 'Declaration of arrival',
 *   quote: 'within 3 days of arrival in Luxembourg',
 * };
 * ```
 * @category Law
 */
export interface SourceRef {
  file: SeedFile;
  section: string;
  quote: string;
}

/**
 * The unit a legal figure is measured in.
 *
 * @example
 * ```ts
 * const unit: ParameterUnit = 'month';
 * ```
 * @category Law
 */
export type ParameterUnit = 'day' | 'workingDay' | 'week' | 'month' | 'year' | 'eur' | 'count';

/**
 * One row of the parameters table: a legal figure, once, with its source.
 *
 * @example
 * ```ts
 * const row: LegalParameter = {
 *   id: 'arrivalDeclarationDays', value: 3, unit: 'day',
 *   source: { file: '004_b06c98a76d7eb733.txt', section: 'Declaration of arrival',
 *             quote: 'within 3 days of arrival in Luxembourg' },
 * };
 * ```
 * @category Law
 */
export interface LegalParameter {
  /** Unique camelCase id naming what is measured and its unit. */
  id: string;
  value: number;
  unit: ParameterUnit;
  source: SourceRef;
  /** The statute or directive, where known. Left out rather than guessed. */
  legalBasis?: string;
  /** For `workingDay` figures: which Luxembourg sense of "working day" is used. */
  workingDays?: WorkingDayKind;
  /** What was assumed where the page is silent or ambiguous, and why. */
  assumption?: string;
  /** First day from which the figure applies, when the page gives one. */
  validFrom?: string;
}

/**
 * A parameter row as written in a table, before its id is attached.
 *
 * @example
 * ```ts
 * const row: ParameterRow = { value: 3, unit: 'day', source: { file: '004_b06c98a76d7eb733.txt',
 *   section: 'Declaration of arrival', quote: 'within 3 days of arrival in Luxembourg' } };
 * ```
 * @category Law
 */
export type ParameterRow = Omit<LegalParameter, 'id'>;

/**
 * Attach each row's key as its `id`, keeping the literal keys for type-safe access.
 *
 * @example
 * ```ts
 * const law = defineParameters({
 *   feeEur: { value: 80, unit: 'eur', source: { file: '004_b06c98a76d7eb733.txt',
 *     section: 'Residence permit application', quote: 'proof of payment of a fee of EUR 80' } },
 * });
 * law.feeEur.id; // 'feeEur'
 * ```
 * @category Law
 */
export function defineParameters<const T extends Record<string, ParameterRow>>(
  rows: T,
): { readonly [K in keyof T]: T[K] & { readonly id: K & string } } {
  try {
  const out: Record<string, LegalParameter> = {};
  for (const [id, row] of Object.entries(rows)) out[id] = Object.freeze({ ...row, id });
  return Object.freeze(out) as { readonly [K in keyof T]: T[K] & { readonly id: K & string } };
  } catch (error) {
    throw refusedArguments('defineParameters', error);
  }
}
