/**
 * Which sentences of a page a source quote points at: the occurrence of the
 * quote at or after its section heading (else the first one), and every
 * sentence that occurrence overlaps.
 */
import type { SourceRef } from '../law';
import { normaliseText, pageLines, type SeedSentence } from './sentences';

/**
 * The sentences of `raw` (already split into `sentences`) that `source` cites; empty when the quote is not on the page.
 *
 * @example
 * ```ts
 * const cited = citedSentences(pageText, splitSentences(pageText), law.seasonalResidencePermitFeeEur.source);
 * cited.map((sentence) => sentence.position);
 * ```
 * @category Diagrams
 */
export function citedSentences(raw: string, sentences: readonly SeedSentence[], source: SourceRef): SeedSentence[] {
  const page = normaliseText(raw);
  const quote = normaliseText(source.quote);
  if (quote === '') return [];
  const section = normaliseText(source.section);
  const sectionStart = pageLines(raw).find((line) => line.text === section)?.start ?? 0;
  let at = page.indexOf(quote, sectionStart);
  if (at < 0) at = page.indexOf(quote);
  if (at < 0) return [];
  const end = at + quote.length;
  return sentences.filter((sentence) => sentence.start < end && at < sentence.end);
}
