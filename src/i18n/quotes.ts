/**
 * Quotes from a page kept in English inside a French or German text: a
 * citation is a citation, so a translation writes it between « » or „ “ as
 * the English text has it between "". Finding them lets the report mark them
 * `lang="en"` and lets a check tell them from an untranslated label.
 */

const QUOTED = /« ([^»]+) »|„([^“]+)“/g;

/**
 * Where a translation keeps a quote of its English original: the start and
 * end offsets of each text between « » or „ “ that the English quotes
 * word for word between "".
 *
 * @example
 * ```ts
 * keptQuotes('La page dit « generally ».', 'The page says "generally".'); // [{ start: 14, end: 23 }]
 * ```
 */
export function keptQuotes(translated: string, english: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of translated.matchAll(QUOTED)) {
    const quote = match[1] ?? match[2]!;
    if (!english.includes(`"${quote}"`)) continue;
    const start = match.index + match[0].indexOf(quote);
    spans.push({ start, end: start + quote.length });
  }
  return spans;
}
