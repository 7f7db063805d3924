/**
 * The shape of a catalogue of machine texts: each English sentence (as the
 * procedure states it) with its French and German versions.
 */

/**
 * French and German versions of one English text.
 *
 * @example
 * ```ts
 * const entry: Translation = { fr: 'Le ministère examine la demande complète.', de: 'Das Ministerium prüft den vollständigen Antrag.' };
 * ```
 */
export interface Translation {
  fr: string;
  de: string;
}

/**
 * Translations keyed by the English text they translate.
 *
 * @example
 * ```ts
 * const catalog: Catalog = { 'The visa was refused.': { fr: 'Le visa a été refusé.', de: 'Das Visum wurde abgelehnt.' } };
 * ```
 */
export type Catalog = Record<string, Translation>;
