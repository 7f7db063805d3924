/**
 * A deterministic splitter for the seed pages: paragraphs and list items
 * (`•`) become sentences; short lines without closing punctuation are
 * headings, kept as the section a sentence belongs to, never as sentences.
 */
import { createHash } from 'node:crypto';

/**
 * One sentence (or list item) of a seed page, located in its whitespace-normalised text.
 *
 * @example
 * ```ts
 * const first: SeedSentence = splitSentences(pageText)[0]!;
 * console.log(first.position, first.hash, first.shortQuote);
 * ```
 * @category Diagrams
 */
export interface SeedSentence {
  /** 1-based ordinal of the sentence on its page. */
  position: number;
  /** First 12 hex digits of the sha256 of the whitespace-normalised text. */
  hash: string;
  /** The first words of the sentence (at most {@link SHORT_QUOTE_WORDS}). */
  shortQuote: string;
  /** The heading the sentence sits under (empty before the first heading). */
  section: string;
  /** The whitespace-normalised text: read from the page at run time, never stored. */
  text: string;
  /** Offsets of the text in the whitespace-normalised page, `end` exclusive. */
  start: number;
  end: number;
  /** Whether it is a list item rather than a sentence of a paragraph. */
  listItem: boolean;
}

/**
 * One line of a page with its offset in the normalised page, for locating section headings.
 *
 * @example
 * ```ts
 * const line: PageLine = pageLines(pageText)[0]!; // { text: 'Seasonal worker…', start: 0 }
 * ```
 * @category Diagrams
 */
export interface PageLine {
  text: string;
  start: number;
}

/**
 * At most this many words of a sentence are ever quoted in the repository.
 *
 * @example
 * ```ts
 * shortQuoteOf(text).split(' ').length <= SHORT_QUOTE_WORDS; // true
 * ```
 * @category Diagrams
 */
export const SHORT_QUOTE_WORDS = 6;

const HEADING_MAX_WORDS = 12;
const ABBREVIATIONS = new Set(['e.g.', 'i.e.', 'etc.', 'incl.', 'no.', 'art.', 'approx.', 'st.', 'mr.', 'mrs.', 'dr.', 'cf.', 'p.', 'vs.']);

/**
 * Collapse every run of whitespace into one space and trim.
 *
 * @example
 * ```ts
 * normaliseText('  a \n b '); // 'a b'
 * ```
 * @category Diagrams
 */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The reference hash of a sentence: the first 12 hex digits of sha256 of its normalised text.
 *
 * @example
 * ```ts
 * sentenceHash('Only complete applications will be processed.').length; // 12
 * ```
 * @category Diagrams
 */
export function sentenceHash(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex').slice(0, 12);
}

/**
 * The first words of a sentence, the most the repository may quote of it.
 *
 * @example
 * ```ts
 * shortQuoteOf('The temporary authorisation to stay is valid for a duration of 90 days.'); // 'The temporary authorisation to stay is'
 * ```
 * @category Diagrams
 */
export function shortQuoteOf(text: string): string {
  return normaliseText(text).split(' ').slice(0, SHORT_QUOTE_WORDS).join(' ');
}

function isBullet(line: string): boolean {
  return line.startsWith('•');
}

function isHeading(line: string): boolean {
  return !isBullet(line) && !/[.;:!?]$/.test(line) && line.split(' ').length <= HEADING_MAX_WORDS;
}

/** Split a paragraph or list item at sentence ends, not at abbreviations such as "e.g.". */
function splitParagraph(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const match of text.matchAll(/[.!?]["”)]?\s+(?=[A-Z"“(])/g)) {
    const cut = match.index + match[0].trimEnd().length;
    const lastWord = (text.slice(from, cut).split(' ').pop() ?? '').toLowerCase().replace(/^[("“]+/, '');
    if (ABBREVIATIONS.has(lastWord)) continue;
    parts.push(text.slice(from, cut).trim());
    from = cut;
  }
  parts.push(text.slice(from).trim());
  return parts.filter((part) => part.length > 0);
}

/**
 * Every line of a page, normalised, with its offset in the normalised page text.
 *
 * @example
 * ```ts
 * pageLines('Title\n\nBody.').map((line) => line.start); // [0, 6]
 * ```
 * @category Diagrams
 */
export function pageLines(raw: string): PageLine[] {
  const page = normaliseText(raw);
  const lines: PageLine[] = [];
  let cursor = 0;
  for (const rawLine of raw.split('\n')) {
    const text = normaliseText(rawLine);
    if (text === '') continue;
    const start = page.indexOf(text, cursor);
    lines.push({ text, start });
    cursor = start + text.length;
  }
  return lines;
}

/**
 * The sentences and list items of a page, in order, with their section,
 * reference (position, hash, short quote) and offsets. Deterministic.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * const sentences = splitSentences(readFileSync('../shared/seeds/003_07cc08630c496fa1.txt', 'utf8'));
 * sentences.filter((sentence) => sentence.listItem).length;
 * ```
 * @category Diagrams
 */
export function splitSentences(raw: string): SeedSentence[] {
  const page = normaliseText(raw);
  const sentences: SeedSentence[] = [];
  let section = '';
  let cursor = 0;
  for (const line of pageLines(raw)) {
    if (isHeading(line.text)) {
      section = line.text;
      continue;
    }
    const listItem = isBullet(line.text);
    const body = listItem ? line.text.replace(/^•\s*/, '') : line.text;
    for (const text of splitParagraph(body)) {
      const start = page.indexOf(text, Math.max(cursor, line.start));
      cursor = start + text.length;
      sentences.push({
        position: sentences.length + 1,
        hash: sentenceHash(text),
        shortQuote: shortQuoteOf(text),
        section,
        text,
        start,
        end: cursor,
        listItem,
      });
    }
  }
  return sentences;
}
