/**
 * The traceability of one seed page: every sentence, whether it is
 * normative, and the library elements that implement it (found through the
 * quotes the elements already carry) or the reason it is out of scope.
 */
import { listProcedures } from '../../machines/registry';
import type { SeedFile } from '../law';
import { readMarking, readSeed, type SentenceMark } from './data';
import { citedSentences } from './link';
import { splitSentences, type SeedSentence } from './sentences';
import { allSourceRefs, type SourcedElement } from './sources';

/**
 * How a sentence is accounted for.
 *
 * @example
 * ```ts
 * const status: SentenceStatus = 'implemented';
 * ```
 * @category Diagrams
 */
export type SentenceStatus = 'implemented' | 'outOfScope' | 'unaccounted' | 'notNormative' | 'unreviewed';

/**
 * One sentence of a page with its status and the elements citing it.
 *
 * @example
 * ```ts
 * const row: TracedSentence = tracePage('003_07cc08630c496fa1.txt').sentences[0]!;
 * console.log(row.sentence.position, row.status, row.elements.map((element) => element.where));
 * ```
 * @category Diagrams
 */
export interface TracedSentence {
  sentence: SeedSentence;
  mark: SentenceMark | null;
  status: SentenceStatus;
  elements: SourcedElement[];
  /** True when the elements are those of the sentence it restates (`implementedWith`), not its own. */
  borrowed: boolean;
}

/**
 * The traceability of one page, with the problems that make it fail review.
 *
 * @example
 * ```ts
 * const page: PageTrace = tracePage('004_b06c98a76d7eb733.txt');
 * page.problems; // [] when the marking matches the page and every normative sentence is accounted for
 * ```
 * @category Diagrams
 */
export interface PageTrace {
  file: SeedFile;
  /** Ids of the registered procedures modelled on this page. */
  procedures: string[];
  sentences: TracedSentence[];
  /** Sources whose quote is not found on the page (the page or the quote changed). */
  brokenSources: SourcedElement[];
  /** Marks whose hash or position no longer match the page. */
  staleMarks: string[];
}

function statusOf(mark: SentenceMark | null, elements: SourcedElement[]): SentenceStatus {
  if (!mark) return 'unreviewed';
  if (!mark.normative) return 'notNormative';
  if (elements.length > 0) return 'implemented';
  return mark.outOfScope ? 'outOfScope' : 'unaccounted';
}

/**
 * The marks that no longer match the page: a hash that differs from the
 * sentence now at that position, or a different number of sentences.
 *
 * @example
 * ```ts
 * checkMarks(splitSentences(pageText), readMarking(file)?.sentences ?? null); // [] while the page is unchanged
 * ```
 * @category Diagrams
 */
export function checkMarks(sentences: readonly SeedSentence[], marks: readonly SentenceMark[] | null): string[] {
  if (marks === null) return [];
  const problems: string[] = [];
  for (const mark of marks) {
    const sentence = sentences[mark.position - 1];
    if (!sentence || sentence.hash !== mark.hash) problems.push(`sentence ${mark.position} (${mark.hash}, "${mark.shortQuote}") no longer matches the page`);
  }
  if (marks.length !== sentences.length) problems.push(`${marks.length} marks for ${sentences.length} sentences`);
  return problems;
}

/**
 * Trace one page against the library as it is now and the reviewed marking in `traceability/`.
 *
 * @example
 * ```ts
 * const page = tracePage('003_07cc08630c496fa1.txt');
 * page.sentences.filter((row) => row.status === 'unaccounted').length; // 0 when done
 * ```
 * @category Diagrams
 */
export function tracePage(file: SeedFile, refs: SourcedElement[] = allSourceRefs()): PageTrace {
  const raw = readSeed(file);
  const sentences = splitSentences(raw);
  const marking = readMarking(file);
  const marks = new Map((marking?.sentences ?? []).map((mark) => [mark.position, mark]));
  const elementsByPosition = new Map<number, SourcedElement[]>();
  const brokenSources: SourcedElement[] = [];
  for (const ref of refs.filter((candidate) => candidate.source.file === file)) {
    const cited = citedSentences(raw, sentences, ref.source);
    if (cited.length === 0) brokenSources.push(ref);
    for (const sentence of cited) elementsByPosition.set(sentence.position, [...(elementsByPosition.get(sentence.position) ?? []), ref]);
  }
  const staleMarks = checkMarks(sentences, marking?.sentences ?? null);
  const borrowedFrom = new Map<number, SourcedElement[]>();
  for (const mark of marking?.sentences ?? []) {
    const borrowed = mark.normative && mark.implementedWith !== undefined ? elementsByPosition.get(mark.implementedWith) : undefined;
    if (borrowed && !elementsByPosition.has(mark.position)) borrowedFrom.set(mark.position, borrowed);
  }
  return {
    file,
    procedures: listProcedures().filter((procedure) => procedure.seed === file).map((procedure) => procedure.id),
    sentences: sentences.map((sentence) => {
      const mark = marks.get(sentence.position) ?? null;
      const usable = mark && mark.hash === sentence.hash ? mark : null;
      const own = elementsByPosition.get(sentence.position);
      const elements = own ?? (usable ? borrowedFrom.get(sentence.position) : undefined) ?? [];
      return { sentence, mark: usable, status: statusOf(usable, elements), elements, borrowed: own === undefined && elements.length > 0 };
    }),
    brokenSources,
    staleMarks,
  };
}
