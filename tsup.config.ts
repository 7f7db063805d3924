import { defineConfig } from 'tsup';

/**
 * Library entry points, one a line: each becomes dist/<name>.js (ESM),
 * dist/<name>.cjs (CJS), dist/<name>.d.ts and dist/<name>.d.cts, and needs a
 * matching block in package.json's `exports`. Shared code goes to chunks, so
 * the entries share one copy of the kernel (one registry, one error class).
 */
const libraryEntries = {
  index: 'src/index.ts',
  core: 'src/core.ts',
  'procedures/seasonal-worker': 'machines/seasonal-worker/index.ts',
  'procedures/salaried-worker': 'machines/salaried-worker/index.ts',
  'procedures/ancillary-work-permit': 'machines/ancillary-work-permit/index.ts',
  'procedures/cross-border-family-exemption': 'machines/cross-border-family-exemption/index.ts',
  'procedures/protection-applicant-work-permit': 'machines/protection-applicant-work-permit/index.ts',
  testing: 'src/testing/index.ts',
  i18n: 'src/i18n/index.ts',
  'store/pglite': 'src/store/pglite.ts',
  'store/pg': 'src/store/pg.ts',
};

export default defineConfig([
  {
    entry: libraryEntries,
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    sourcemap: false,
    // the CLI build below writes into the same folder at the same time
    clean: ['!cli.js'],
    target: 'node20',
    treeshake: true,
  },
  {
    // the command line: ESM only, executable (tsup keeps the shebang and sets the mode)
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    splitting: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
  },
]);
