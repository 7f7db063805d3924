import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Where the seed pages live: `../shared/seeds` beside the repository. */
export const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

/** Collapse every run of whitespace into one space. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const cache = new Map<string, string>();

/** The whitespace-normalised text of a seed page. */
export function seedText(file: string): string {
  let text = cache.get(file);
  if (text === undefined) {
    text = normalise(readFileSync(join(SEEDS_DIR, file), 'utf8'));
    cache.set(file, text);
  }
  return text;
}

/** The lines of a seed page, trimmed, for section-heading checks. */
export function seedLines(file: string): string[] {
  return readFileSync(join(SEEDS_DIR, file), 'utf8').split('\n').map((line) => normalise(line));
}
