/**
 * French and German versions of the notices whose message carries values
 * (dates, names, figures). The values are read back from the English
 * message, where the procedure wrote them, so that the machines keep one
 * source of truth; a notice without values is translated through the
 * catalogue like any other text.
 */
import type { Notice } from '../case/types';
import type { Lang } from './lang';

/** Writes a notice from the groups its pattern matched in the English message, with dates written out. */
type Write = (match: RegExpExecArray, date: (iso: string) => string) => string;

interface Template {
  pattern: RegExp;
  fr: Write;
  de: Write;
}

const TEMPLATES: Record<string, Template> = {
  passportRenewalAdvised: {
    pattern: /^The passport expires on (\d{4}-\d{2}-\d{2}), less than (\d+) months away/,
    fr: (m, date) => `Le passeport expire le ${date(m[1]!)}, dans moins de ${m[2]} mois : le renouveler avant de venir au Luxembourg.`,
    de: (m, date) => `Der Reisepass läuft am ${date(m[1]!)} ab, in weniger als ${m[2]} Monaten: vor der Reise nach Luxemburg erneuern.`,
  },
};

/**
 * The notice's message in French or German when a template knows its code
 * and its English message has the expected shape; `undefined` otherwise.
 *
 * @example
 * ```ts
 * noticeText({ code: 'passportRenewalAdvised', message: 'The passport expires on 2026-05-01, less than 6 months away: renew it before coming to Luxembourg.' }, 'fr', (d) => d);
 * // 'Le passeport expire le 2026-05-01, dans moins de 6 mois : le renouveler avant de venir au Luxembourg.'
 * ```
 */
export function noticeText(notice: Pick<Notice, 'code' | 'message'>, lang: Exclude<Lang, 'en'>, date: (iso: string) => string): string | undefined {
  const template = Object.hasOwn(TEMPLATES, notice.code) ? TEMPLATES[notice.code]! : undefined;
  const match = template?.pattern.exec(notice.message);
  if (!template || !match) return undefined;
  return template[lang](match, date);
}

/**
 * The notice codes that carry values and have French and German templates.
 *
 * @example
 * ```ts
 * NOTICE_TEMPLATE_CODES.includes('passportRenewalAdvised'); // true
 * ```
 */
export const NOTICE_TEMPLATE_CODES: readonly string[] = Object.keys(TEMPLATES);
