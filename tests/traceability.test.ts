import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain, law, machinePage, runScenario, seasonalWorker } from '../src';
import { formatExplanation } from '../src/cli/format';
import { readMarking, readSeed, SEED_FILES } from '../src/trace/data';
import { citedSentenceRefs, sentenceLabel, sourceKey } from '../src/trace/label';
import { allSourceRefs } from '../src/trace/sources';
import { citedSentences } from '../src/trace/link';
import { traceAllPages, traceOutputs } from '../src/trace/outputs';
import { countPage } from '../src/trace/report';
import { normaliseText, sentenceHash, SHORT_QUOTE_WORDS, splitSentences } from '../src/trace/sentences';
import { checkMarks } from '../src/trace/trace';

const pages = traceAllPages();

describe('sentence splitter', () => {
  const page = [
    'A heading',
    '',
    'First sentence, e.g. with an abbreviation. Second sentence follows.',
    '  • a list item (e.g. Smartcard); or',
    '  • another item.',
    'Contact',
    'Phone: 123',
  ].join('\n');
  const sentences = splitSentences(page);

  it('keeps headings as sections, splits sentences and list items, not at abbreviations', () => {
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'First sentence, e.g. with an abbreviation.',
      'Second sentence follows.',
      'a list item (e.g. Smartcard); or',
      'another item.',
    ]);
    expect(sentences.map((sentence) => sentence.section)).toEqual(['A heading', 'A heading', 'A heading', 'A heading']);
    expect(sentences.map((sentence) => sentence.listItem)).toEqual([false, false, true, true]);
  });

  it('locates each sentence in the normalised page', () => {
    const normalised = normaliseText(page);
    for (const sentence of sentences) expect(normalised.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('hashes the whitespace-normalised text with sha256', () => {
    expect(sentenceHash('abc')).toBe('ba7816bf8f01');
    expect(sentenceHash(' a  b\n')).toBe(sentenceHash('a b'));
  });

  it('detects a changed page through the stored hashes', () => {
    const marks = sentences.map((sentence) => ({ position: sentence.position, hash: sentence.hash, shortQuote: sentence.shortQuote, normative: true }));
    expect(checkMarks(sentences, marks)).toEqual([]);
    const changed = splitSentences(page.replace('Second sentence follows.', 'Second sentence changed.'));
    expect(checkMarks(changed, marks)).toEqual([`sentence 2 (${marks[1]!.hash}, "Second sentence follows.") no longer matches the page`]);
  });
});

describe.each(pages.map((page) => [page.file, page] as const))('traceability of %s', (file, page) => {
  const marking = readMarking(file);
  const sentences = splitSentences(readSeed(file));

  it('has a reviewed marking for every sentence, matching the page (position, hash, short quote)', () => {
    expect(marking, `traceability/${file.replace('.txt', '.json')} is missing`).not.toBeNull();
    expect(page.staleMarks).toEqual([]);
    for (const mark of marking!.sentences) {
      const sentence = sentences[mark.position - 1]!;
      expect(mark.shortQuote.split(' ').length).toBeLessThanOrEqual(SHORT_QUOTE_WORDS);
      expect(sentence.text.startsWith(mark.shortQuote), `${file}:${mark.position} short quote`).toBe(true);
    }
  });

  it('stores no sentence of the page in full', () => {
    const stored = readFileSync(new URL(`../traceability/${file.replace('.txt', '.json')}`, import.meta.url), 'utf8');
    const long = sentences.filter((sentence) => sentence.text.split(' ').length > SHORT_QUOTE_WORDS && stored.includes(sentence.text));
    expect(long.map((sentence) => sentence.position)).toEqual([]);
  });

  it('finds every library quote of this page', () => {
    expect(page.brokenSources.map((ref) => `${ref.where}: ${ref.source.quote}`)).toEqual([]);
  });

  it('marks out of scope only normative sentences that no element implements', () => {
    const wrong = page.sentences.filter((row) => row.mark?.outOfScope && (!row.mark.normative || row.elements.length > 0));
    const citedButNotNormative = page.sentences.filter((row) => row.mark && !row.mark.normative && row.elements.length > 0);
    expect(citedButNotNormative.map((row) => sentenceLabel(file, row.sentence.position)), 'cited by the library, so normative').toEqual([]);
    expect(wrong.map((row) => sentenceLabel(file, row.sentence.position))).toEqual([]);
    for (const row of page.sentences) {
      const target = row.mark?.implementedWith;
      if (target !== undefined) expect(page.sentences[target - 1]?.status, `${file}:${row.sentence.position} restates ${target}`).toBe('implemented');
    }
  });

  it.runIf(page.procedures.length > 0)('accounts for every normative sentence (its machine exists)', () => {
    const open = page.sentences.filter((row) => row.status === 'unaccounted' || row.status === 'unreviewed');
    expect(open.map((row) => `${sentenceLabel(file, row.sentence.position)} “${row.sentence.shortQuote}…”`)).toEqual([]);
    expect(countPage(page).unaccounted).toBe(0);
  });
});

describe('generated files', () => {
  it.each(traceOutputs(pages).map((output) => [output.path, output.content] as const))('%s is up to date (run `npm run trace`)', (path, content) => {
    expect(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')).toBe(content);
  });

  it('gives distinct sources distinct link keys', () => {
    const distinct = new Map(allSourceRefs().map((ref) => [JSON.stringify([ref.source.file, ref.source.section, ref.source.quote]), ref.source]));
    expect(new Set([...distinct.values()].map(sourceKey)).size).toBe(distinct.size);
  });

  it('covers every seed page', () => {
    expect(pages.map((page) => page.file)).toEqual([...SEED_FILES]);
  });
});

describe('from a state to the sentence and back', () => {
  const source = law.seasonalArrivalDeclarationDays.source;
  const raw = readSeed(source.file);
  const [sentence] = citedSentences(raw, splitSentences(raw), source);

  it('the arrival declaration parameter cites the sentence that states the 3 days', () => {
    expect(sentence?.text).toContain('within 3 days of arrival in Luxembourg, presenting');
    expect(citedSentenceRefs(source)).toEqual([`${sentenceLabel(source.file, sentence!.position)} #${sentence!.hash}`]);
  });

  it('explain prints the sentence reference of the state it ends in', () => {
    const scenario = JSON.parse(readFileSync(new URL('../examples/scenarios/seasonal-worker-typical.json', import.meta.url), 'utf8'));
    const run = runScenario(scenario);
    if (!run.ok) throw run.error;
    const why = explain(run.value.case);
    const [ref] = citedSentenceRefs(why.stateSource!);
    expect(ref).toMatch(/^004:\d+ #[0-9a-f]{12}$/);
    expect(formatExplanation(why)).toContain(`(sentence ${ref})`);
  });

  it('the machine page and the report show the same reference', () => {
    const ref = citedSentenceRefs(source)[0]!;
    expect(machinePage(seasonalWorker)).toContain(ref);
    const report = traceOutputs(pages)[0]!.content;
    expect(report).toContain(`| ${sentenceLabel(source.file, sentence!.position)} | \`${sentence!.hash}\` |`);
  });
});
