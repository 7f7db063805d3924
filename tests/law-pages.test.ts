import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { law, type SourceRef } from '../src';
import { noUrlNote, pageOf, seedPages, sourceTitle, sourceUrl } from '../src/law/pages';
import { normalise, SEEDS_DIR, seedLines, seedText } from './support/seeds';

/** The seed files listed in the table of `../shared/seeds/README.md`. */
function readmeSeedFiles(): string[] {
  const readme = readFileSync(join(SEEDS_DIR, 'README.md'), 'utf8');
  return [...readme.matchAll(/^\|\s*(\d{3}_[0-9a-f]+\.txt)\s*\|/gm)].map((match) => match[1]!);
}

const ADDRESS_HOSTS = ['guichet.public.lu', 'home-affairs.ec.europa.eu', 'immigration-portal.ec.europa.eu'];

describe('seed pages: title and public address of each seed file', () => {
  const listed = readmeSeedFiles();

  it('reads the five seed files from the seeds README', () => {
    expect(listed).toHaveLength(5);
  });

  it('has an entry for every seed file of the README, and for no other file', () => {
    expect(Object.keys(seedPages).sort()).toEqual([...listed].sort());
    for (const file of listed) expect(pageOf(file)?.file).toBe(file);
    expect(pageOf('999_0000000000000000.txt')).toBeUndefined();
    expect(pageOf('toString')).toBeUndefined();
  });

  it.each(listed)('%s: its title is a line of the seed (the page heading)', (file) => {
    const page = pageOf(file)!;
    expect(page.title.length).toBeGreaterThan(10);
    expect(seedLines(file)).toContain(normalise(page.title));
  });

  it.each(listed)('%s: has an https address on the publisher’s site, or says why not', (file) => {
    const page = pageOf(file)!;
    expect(page.language).toBe('en');
    expect(page.publisher.trim()).not.toBe('');
    expect(page.checked.length, 'say how the seed was matched to the page').toBeGreaterThan(40);
    if (page.url === null) {
      expect(page.noUrlReason?.trim() ?? '', 'a missing address needs a reason').not.toBe('');
    } else {
      const url = new URL(page.url);
      expect(url.protocol).toBe('https:');
      expect(ADDRESS_HOSTS).toContain(url.hostname);
      expect(page.noUrlReason).toBeUndefined();
    }
  });

  it.each(listed)('%s: the phrases matched against the public page occur in the seed', (file) => {
    const page = pageOf(file)!;
    expect(page.matched.length).toBeGreaterThanOrEqual(3);
    for (const phrase of page.matched) expect(seedText(file), phrase).toContain(normalise(phrase));
  });

  it('names a source by page title and section, and falls back to the file name for an unknown file', () => {
    const source = law.seasonalArrivalDeclarationDays.source;
    expect(sourceTitle(source)).toBe(`Staying in Luxembourg as a third-country national seasonal worker › ${source.section}`);
    expect(sourceUrl(source)).toBe(seedPages['004_b06c98a76d7eb733.txt'].url);
    expect(noUrlNote(source)).toBe('');
    const unknown = { file: 'nope.txt', section: 'S', quote: 'q' } as unknown as SourceRef;
    expect(sourceTitle(unknown)).toBe('nope.txt › S');
    expect(sourceUrl(unknown)).toBeNull();
    expect(noUrlNote(unknown)).toContain('not a known seed page');
  });
});
