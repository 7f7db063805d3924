import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allParameters } from '../src';
import { normalise, seedLines, seedText } from './support/seeds';
import { allSourceRefs } from './support/sources';

describe('law as data: every source quote occurs in its seed page', () => {
  const refs = allSourceRefs();

  it('finds sources to check', () => {
    expect(refs.length).toBeGreaterThan(50);
  });

  it.each(refs.map((ref) => [ref.where, ref] as const))('%s', (_where, ref) => {
    const text = seedText(ref.source.file);
    expect(ref.source.quote.length).toBeGreaterThan(3);
    expect(text).toContain(normalise(ref.source.quote));
    expect(seedLines(ref.source.file)).toContain(normalise(ref.source.section));
  });
});

describe('parameters table', () => {
  it('has unique ids and well-formed rows', () => {
    const rows = allParameters();
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    for (const row of rows) {
      expect(Number.isFinite(row.value)).toBe(true);
      expect(row.value).toBeGreaterThan(0);
      if (row.unit === 'workingDay') expect(row.workingDays).toBeDefined();
    }
  });

  it('quotes contain the figure they give (as digits or words)', () => {
    const words: Record<number, string[]> = { 1: ['one', 'once'], 2: ['two'], 3: ['three'], 5: ['five'], 12: ['twelve'], 40: ['forty'] };
    for (const row of allParameters()) {
      const quote = row.source.quote.toLowerCase();
      const asWords = words[row.value] ?? [];
      expect(quote.includes(String(row.value)) || asWords.some((word) => quote.includes(word)), `${row.id}: "${row.source.quote}" should state ${row.value}`).toBe(true);
    }
  });
});

describe('no legal figure inline in machines/', () => {
  const root = new URL('../machines/', import.meta.url).pathname;
  // variants.ts files hold graph-walk inputs (test dates), not legal rules.
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.endsWith('variants.ts'));

  it.each(files)('%s writes no bare legal number in code', (file) => {
    const code = readFileSync(join(root, file), 'utf8')
      .split('\n')
      // quotes of the page may contain figures: they are sources, not logic
      .filter((line) => !/quote:|label:|description:|assumption:|message:|outcome:|consequence:|\*|\/\//.test(line))
      .join('\n')
      .replace(/'[^'\n]*'|"[^"\n]*"|`[^`\n]*`/g, "''");
    const figures = [...code.matchAll(/(?<![\w.#-])(\d+)(?![\w.-])/g)].map((match) => Number(match[1])).filter((value) => value > 1);
    expect(figures, `numbers found in ${file}`).toEqual([]);
  });
});
