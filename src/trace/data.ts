/**
 * The reviewed marking of the seed pages, kept as data in `traceability/<seed>.json`:
 * per sentence its reference (position, hash, a few words) and whether it is
 * normative, and for normative sentences no element implements, why they are out of scope.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SeedFile } from '../law';

/**
 * One reviewed sentence. The text itself is never stored: only where it is and its hash.
 *
 * @example
 * ```ts
 * const row: SentenceMark = { position: 12, hash: '3f1c0a9b2e4d', shortQuote: 'a certified copy of their', normative: true };
 * ```
 * @category Diagrams
 */
export interface SentenceMark {
  position: number;
  hash: string;
  shortQuote: string;
  normative: boolean;
  /** For a normative sentence the library deliberately does not model: a one-line reason. */
  outOfScope?: string;
  /**
   * For a normative sentence that restates another one (a summary list, a repeated
   * requirement): the position of the sentence whose implementing elements implement it too.
   */
  implementedWith?: number;
}

/**
 * The reviewed marking of one seed page.
 *
 * @example
 * ```ts
 * const data: PageMarking = readMarking('003_07cc08630c496fa1.txt');
 * data.sentences.filter((sentence) => sentence.normative).length;
 * ```
 * @category Diagrams
 */
export interface PageMarking {
  file: SeedFile;
  sentences: SentenceMark[];
}

/** Repository root, seen from `src/trace/`. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Where the seed pages live: `../shared/seeds` beside the repository.
 *
 * @example
 * ```ts
 * readFileSync(join(SEEDS_DIR, '003_07cc08630c496fa1.txt'), 'utf8');
 * ```
 * @category Diagrams
 */
export const SEEDS_DIR = join(ROOT, '..', 'shared', 'seeds');

/**
 * Where the reviewed marking lives in the repository.
 *
 * @example
 * ```ts
 * join(TRACEABILITY_DIR, '003_07cc08630c496fa1.json');
 * ```
 * @category Diagrams
 */
export const TRACEABILITY_DIR = join(ROOT, 'traceability');

/**
 * The seed pages, in the order the report lists them.
 *
 * @example
 * ```ts
 * SEED_FILES.length; // 5
 * ```
 * @category Diagrams
 */
export const SEED_FILES: readonly SeedFile[] = [
  '004_b06c98a76d7eb733.txt',
  '001_4e3fbcc1bbea5669.txt',
  '002_023e4c502a131ddc.txt',
  '003_07cc08630c496fa1.txt',
  '000_8062ab018996c2b5.txt',
];

/**
 * The path of a page's marking file.
 *
 * @example
 * ```ts
 * markingPath('003_07cc08630c496fa1.txt'); // …/traceability/003_07cc08630c496fa1.json
 * ```
 * @category Diagrams
 */
export function markingPath(file: SeedFile): string {
  return join(TRACEABILITY_DIR, file.replace(/\.txt$/, '.json'));
}

/**
 * Read a seed page as it is now.
 *
 * @example
 * ```ts
 * readSeed('003_07cc08630c496fa1.txt').length > 0; // true
 * ```
 * @category Diagrams
 */
export function readSeed(file: SeedFile): string {
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
}

/**
 * Read the reviewed marking of a page, or `null` when none was written yet.
 *
 * @example
 * ```ts
 * readMarking('003_07cc08630c496fa1.txt')?.sentences.length;
 * ```
 * @category Diagrams
 */
export function readMarking(file: SeedFile): PageMarking | null {
  try {
    return JSON.parse(readFileSync(markingPath(file), 'utf8')) as PageMarking;
  } catch {
    return null;
  }
}
