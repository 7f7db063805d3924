/**
 * The languages the library speaks: English (the language of the seed pages
 * and of every id), French and German (the languages of the Luxembourg
 * administrations).
 */

/**
 * The languages every text for a person is available in.
 *
 * @example
 * ```ts
 * LANGS.includes('fr'); // true
 * ```
 */
export const LANGS = ['en', 'fr', 'de'] as const;

/**
 * A language code: `en`, `fr` or `de`.
 *
 * @example
 * ```ts
 * const lang: Lang = 'de';
 * ```
 */
export type Lang = (typeof LANGS)[number];

/**
 * True when a string is one of the supported language codes.
 *
 * @example
 * ```ts
 * isLang('fr'); // true
 * isLang('lb'); // false
 * ```
 */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
