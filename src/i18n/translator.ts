/**
 * One object that writes everything a person reads in one language: the
 * words of the command line, dates, lists, state and event names, and the
 * texts of the procedures (looked up by their English wording).
 */
import type { IsoDate } from '../calendar';
import type { Notice } from '../case/types';
import { noticeText } from './notices';
import { CATALOG } from './catalog';
import { formatDate, formatList } from './intl';
import { EVENT_NAMES, SECTOR_NAMES, STATE_NAMES, idAsWords } from './labels';
import type { Lang } from './lang';
import type { ReportTranslator } from './report-en';
import { uiMessages, type UiMessages } from './ui';

/**
 * Writes texts for a person in one language.
 *
 * @example
 * ```ts
 * const t: Translator = translator('fr');
 * t.date('2026-12-01'); // '1 décembre 2026'
 * ```
 */
export interface Translator {
  lang: Lang;
  /** The words of the command line and the report. */
  words: UiMessages;
  /** False for the compact English form of the command line: ids and ISO dates, as printed before languages existed. */
  readable: boolean;
  /** A calendar day written out ("1 décembre 2026"), or as is when not `readable`. */
  date(date: IsoDate | string): string;
  /** Items joined with "and" ("et", "und"). */
  list(items: readonly string[]): string;
  /** The name of a state. */
  state(id: string): string;
  /** The name of an event type. */
  event(type: string): string;
  /** The name of a sector a right is bound to. */
  sector(id: string): string;
  /** A text of a procedure (a description, a label, a consequence) in this language; itself in English or when no translation is known. */
  text(english: string): string;
  /** A notice of a status in this language (its English message when no translation is known). */
  notice(notice: Pick<Notice, 'code' | 'message'>): string;
}

/**
 * The translation of a procedure's English text, or `undefined` when the
 * catalogue has none.
 *
 * @example
 * ```ts
 * translationOf('The visa was refused.', 'fr');
 * ```
 */
export function translationOf(english: string, lang: Exclude<Lang, 'en'>): string | undefined {
  return Object.hasOwn(CATALOG, english) ? CATALOG[english]![lang] : undefined;
}

/**
 * A translator for a language. With `readable: false` (English only) it
 * keeps ids and ISO dates, the command line's output without `--lang`.
 *
 * @example
 * ```ts
 * translator('de').state('awaitingDecision'); // 'Antrag in Prüfung'
 * translator('en').date('2026-12-01'); // '1 December 2026'
 * translator('en', { readable: false }).date('2026-12-01'); // '2026-12-01'
 * ```
 */
export function translator(lang: Lang, options: { readable?: boolean } = {}): Translator {
  const readable = lang !== 'en' || options.readable !== false;
  const names = (table: Record<Exclude<Lang, 'en'>, Record<string, string>>, id: string): string => {
    if (!readable) return id;
    if (lang === 'en') return idAsWords(id);
    return Object.hasOwn(table[lang], id) ? table[lang][id]! : id;
  };
  return {
    lang,
    words: uiMessages(lang),
    readable,
    date: (date) => (readable ? formatDate(date, lang) : date),
    list: (items) => formatList(items, lang),
    // A nested state is a path (`refused.appealWindowOpen`): each level by name.
    state: (id) => id.split('.').map((part) => names(STATE_NAMES, part)).join(readable ? ' › ' : '.'),
    event: (type) => names(EVENT_NAMES, type),
    sector: (id) => names(SECTOR_NAMES, id),
    text: (english) => (lang === 'en' ? english : (translationOf(english, lang) ?? english)),
    notice: (notice) => (lang === 'en' ? notice.message : (noticeText(notice, lang, (date) => formatDate(date, lang), (english) => translationOf(english, lang) ?? english) ?? translationOf(notice.message, lang) ?? notice.message)),
  };
}

/**
 * What the case report needs to write in a language (pass it as the
 * `translator` option of `renderCaseReport`).
 *
 * @example
 * ```ts
 * renderCaseReport(someCase, undefined, { translator: reportTranslator('fr') });
 * ```
 */
export function reportTranslator(lang: Lang): ReportTranslator {
  const t = translator(lang);
  return {
    words: t.words.report,
    date: t.date,
    state: t.state,
    event: t.event,
    text: t.text,
    notice: t.notice,
    actor: (actor) => (Object.hasOwn(t.words.actors, actor) ? t.words.actors[actor as keyof UiMessages['actors']] : actor),
    phase: (phase) => t.words.phases[phase] ?? phase,
    sector: t.sector,
  };
}
