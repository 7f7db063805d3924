/**
 * The bundle size of the core entry (`permit-lifecycles/core`): measured
 * here and by `npm run size` in .ci/run, which fails above the budget. The
 * size is a property of the code, not of the machine's speed, so the budget
 * is also a test.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLE_BUDGET_BYTES, formatBundleSize, measureBundleSize, peerDependencyNames, type BundleSize } from '../scripts/bundle-size';

const packageJson = fileURLToPath(new URL('../package.json', import.meta.url));
const coreEntry = fileURLToPath(new URL('../src/core.ts', import.meta.url));
const seasonalEntry = fileURLToPath(new URL('../machines/seasonal-worker/index.ts', import.meta.url));

describe('bundle size of the core entry', () => {
  it('leaves the peer dependencies out and bundles the rest', async () => {
    const peers = peerDependencyNames(packageJson);
    expect(peers).toEqual(expect.arrayContaining(['xstate', 'zod']));
    const size = await measureBundleSize(coreEntry, peers);
    console.log(formatBundleSize(size));
    const contributors = size.largestInputs.map((row) => row.input);
    expect(contributors.filter((input) => peers.includes(input))).toEqual([]);
    expect(contributors).toEqual(expect.arrayContaining(['@date-fns/utc', 'src/case']));
    expect(size.gzippedBytes).toBeGreaterThan(1_000);
    expect(size.gzippedBytes).toBeLessThan(size.minifiedBytes);
    const attributed = size.largestInputs.reduce((total, row) => total + row.minifiedBytes, 0);
    expect(attributed).toBeLessThanOrEqual(size.minifiedBytes);
    expect(attributed).toBeGreaterThan(size.minifiedBytes * 0.9);
  });

  it('keeps the core entry free of procedures and within the 25 kB budget', async () => {
    const size = await measureBundleSize(coreEntry, peerDependencyNames(packageJson));
    expect(size.largestInputs.filter((row) => row.input.startsWith('machines/') || row.input === 'src/law')).toEqual([]);
    expect(size.gzippedBytes).toBeLessThanOrEqual(BUNDLE_BUDGET_BYTES);
  });

  it('measures the core with a procedure entry as one bundle that holds both', async () => {
    const peers = peerDependencyNames(packageJson);
    const core = await measureBundleSize(coreEntry, peers);
    const both = await measureBundleSize([coreEntry, seasonalEntry], peers);
    expect(both.entry).toBe(`${coreEntry} + ${seasonalEntry}`);
    expect(both.largestInputs.map((row) => row.input)).toEqual(expect.arrayContaining(['machines/seasonal-worker', 'src/case', 'src/law']));
    expect(both.gzippedBytes).toBeGreaterThan(core.gzippedBytes);
  });

  it('reports a size against the 25 kB budget', () => {
    const sized = (gzippedBytes: number): BundleSize => ({
      entry: 'dist/index.js',
      minifiedBytes: gzippedBytes * 4,
      gzippedBytes,
      external: ['xstate', 'zod'],
      largestInputs: [{ input: 'src/case', minifiedBytes: gzippedBytes * 4 }],
    });
    expect(BUNDLE_BUDGET_BYTES).toBe(25_000);
    expect(formatBundleSize(sized(24_999))).toContain('dist/index.js: 25.0 kB min+gzip (100.0 kB minified), budget 25.0 kB: within budget');
    expect(formatBundleSize(sized(25_001))).toContain('OVER BUDGET');
    expect(formatBundleSize(sized(30_000))).toContain('peer dependencies left out: xstate, zod');
  });
});
