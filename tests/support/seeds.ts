import { readdirSync, readFileSync } from 'node:fs';
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

/** Whether `text` is a quote from one of the seed pages (whitespace, apostrophes and ellipses aside). */
export function isPageQuote(text: string): boolean {
  const parts = normalise(text).replace(/’/g, "'").toLowerCase().split(/\s*(?:\.\.\.|…)\s*/).filter(Boolean);
  if (parts.length === 0) return false;
  const pages = readdirSync(SEEDS_DIR)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => seedText(file).replace(/’/g, "'").toLowerCase());
  // A quote shortened with an ellipsis is a page quote when each of its pieces is.
  return parts.every((part) => pages.some((page) => page.includes(part)));
}

/** `text` without the page quotes it keeps in English, between « », „ “ or straight quotes; any other quoted text stays. */
export function withoutPageQuotes(text: string): string {
  return text.replace(/«\s*([^»]*?)\s*»|„\s*([^“”]*?)\s*[“”]|"([^"\n]*)"/g, (match, guillemets?: string, low?: string, straight?: string) => (isPageQuote(guillemets ?? low ?? straight ?? '') ? '' : match));
}
