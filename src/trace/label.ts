/**
 * How the docs and the CLI name a sentence of a seed page: page number and
 * position (`004:76`) with the sentence's hash, looked up from the links that
 * `npm run trace` generates, so no seed page is read at run time.
 */
import type { SourceRef } from '../law';
import { sentenceLinks } from './links.generated';

/**
 * A sentence reference as the report, the machine pages and `explain` print it: `<page number>:<position>`.
 *
 * @example
 * ```ts
 * sentenceLabel('004_b06c98a76d7eb733.txt', 76); // '004:76'
 * ```
 * @category Diagrams
 */
export function sentenceLabel(file: string, position: number): string {
  return `${file.slice(0, 3)}:${position}`;
}

/**
 * The key of a source in the generated links: FNV-1a (32 bit, hex) of its file,
 * section and quote, so the bundle carries short keys instead of the quotes again.
 *
 * @example
 * ```ts
 * sourceKey({ file: '004_b06c98a76d7eb733.txt', section: 'Declaration of arrival', quote: 'within 3 days of arrival in Luxembourg' }).length; // 8
 * ```
 * @category Diagrams
 */
export function sourceKey(source: SourceRef): string {
  let hash = 0x811c9dc5;
  for (const char of `${source.file}\u0000${source.section}\u0000${source.quote}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The sentences a source cites, as `004:76 #1a2b3c4d5e6f`, or an empty list when
 * the links are out of date for this source (run `npm run trace`).
 *
 * @example
 * ```ts
 * citedSentenceRefs(law.seasonalArrivalDeclarationDays.source); // ['004:76 #…']
 * ```
 * @category Diagrams
 */
export function citedSentenceRefs(source: SourceRef): string[] {
  const links = sentenceLinks[sourceKey(source)] ?? [];
  return links.map((link) => {
    const [position, hash] = link.split(':');
    return `${sentenceLabel(source.file, Number(position))} #${hash}`;
  });
}
