import { describe, expect, it } from 'vitest';
import type { Explanation } from '../src/case/explain';
import { formatExplanation } from '../src/cli/format';
import { law, machinePage, seasonalWorker, type SeedFile, type SourceRef } from '../src';
import { seedPages } from '../src/law/pages';
import { citedSentenceRefs } from '../src/trace/label';
import { traceOutputs } from '../src/trace/outputs';
import { pageLink } from '../src/trace/report';

describe('where a reader sees a source: title, section and link', () => {
  const source = law.seasonalArrivalDeclarationDays.source;
  const page = seedPages[source.file];
  const [ref] = citedSentenceRefs(source);

  it('the CLI (explain) prints the page title › section, the quote, the sentence, the link and the seed file', () => {
    const granted = { verdict: 'granted', until: null, boundTo: null, governedBy: null, source: null, assumption: null } as const;
    const why: Explanation = {
      procedureId: 'seasonalWorker',
      state: 'enteredLuxembourg',
      summary: 'entered',
      stateSource: source,
      stateAssumption: null,
      rights: { reside: granted, work: granted },
      steps: [],
    };
    const line = formatExplanation(why).split('\n')[1];
    expect(line).toBe(`  source: ${page.title} › ${source.section}: "${source.quote}" (sentence ${ref}) <${page.url}> [${source.file}]`);
  });

  it('without an address, the CLI and the report say so instead of linking', () => {
    const unknown = { file: 'nope.txt', section: 'S', quote: 'q' } as unknown as SourceRef;
    const granted = { verdict: 'granted', until: null, boundTo: null, governedBy: null, source: null, assumption: null } as const;
    const why: Explanation = { procedureId: 'x', state: 'y', summary: 'z', stateSource: unknown, stateAssumption: null, rights: { reside: granted, work: granted }, steps: [] };
    expect(formatExplanation(why).split('\n')[1]).toBe('  source: nope.txt › S: "q" (no public address found: nope.txt is not a known seed page) [nope.txt]');
    expect(pageLink('nope.txt' as SeedFile)).toBe('`nope.txt` (not a known seed page: no title or address)');
  });

  it('the machine page links the page title › section to the address, with the quote', () => {
    const text = machinePage(seasonalWorker);
    expect(text).toContain(`[${page.title} › ${source.section}](${page.url}) “${source.quote}”`);
  });

  it('the traceability report gives each page its title and link, in the summary and the page heading', () => {
    const report = traceOutputs()[0]!.content;
    for (const known of Object.values(seedPages)) {
      expect(pageLink(known.file)).toBe(`[${known.title}](${known.url})`);
      expect(report).toContain(`| ${known.file} | ${pageLink(known.file)} |`);
      expect(report).toContain(`Page: ${pageLink(known.file)}, published by ${known.publisher}`);
    }
  });
});
