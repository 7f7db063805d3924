/**
 * Dates and lists written the way each language writes them, with `Intl`.
 * A date is read as a UTC calendar day and formatted in UTC, so the output
 * never depends on the time zone of the machine.
 */
import type { IsoDate } from '../calendar';
import type { Lang } from './lang';

const LOCALES: Record<Lang, string> = { en: 'en-GB', fr: 'fr-LU', de: 'de-LU' };

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/**
 * A calendar day written out in a language: "1 December 2026",
 * "1er décembre 2026", "1. Dezember 2026".
 *
 * @example
 * ```ts
 * formatDate('2026-12-02', 'fr'); // '2 décembre 2026'
 * formatDate('2026-12-01', 'fr'); // '1er décembre 2026'
 * formatDate('2026-12-01', 'de'); // '1. Dezember 2026'
 * ```
 */
export function formatDate(date: IsoDate | string, lang: Lang): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  const [year, month, day] = date.split('-').map(Number);
  const text = format.format(new Date(Date.UTC(year!, month! - 1, day!)));
  // French writes the first day of a month as an ordinal: "1er juillet 2026".
  return lang === 'fr' && day === 1 ? text.replace(/^1 /, '1er ') : text;
}

/**
 * A list joined the way a language joins it: "a, b and c", "a, b et c", "a, b und c".
 *
 * @example
 * ```ts
 * formatList(['visa', 'passeport'], 'fr'); // 'visa et passeport'
 * formatList(['Visum', 'Pass'], 'de', 'disjunction'); // 'Visum oder Pass'
 * ```
 */
export function formatList(items: readonly string[], lang: Lang, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(LOCALES[lang], { style: 'long', type }).format(items);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * The form of a word that goes with a count, chosen by the language's
 * plural rules (`Intl.PluralRules`): in English and German only 1 takes the
 * singular, in French 0 and 1 do.
 *
 * @example
 * ```ts
 * plural(0, 'fr', { one: 'jalon', other: 'jalons' }); // 'jalon'
 * plural(0, 'de', { one: 'Stichtag', other: 'Stichtage' }); // 'Stichtage'
 * plural(1, 'en', { one: 'clock event', other: 'clock events' }); // 'clock event'
 * ```
 */
export function plural(count: number, lang: Lang, forms: { one: string; other: string }): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALES[lang]);
    pluralRules.set(lang, rules);
  }
  return rules.select(count) === 'one' ? forms.one : forms.other;
}
