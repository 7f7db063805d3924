/**
 * The package's metadata: every library entry of tsup.config.ts is exported
 * (ESM, CJS, types), the peers are peers, versions are semver, every machine
 * has a version that snapshots record, and the changelog keeps its form.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createCase, listProcedures, restore, serialize } from '../src';
import tsupConfig from '../tsup.config';

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

interface Manifest {
  version: string;
  type: string;
  sideEffects: boolean | string[];
  main: string;
  types: string;
  files: string[];
  exports: Record<string, unknown>;
  typesVersions: Record<string, Record<string, string[]>>;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
  repository: unknown;
  homepage: string;
  bugs: unknown;
}
const manifest = JSON.parse(read('package.json')) as Manifest;
const semver = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

// the library build is the tsup config whose entries include `index` (the CLI has its own)
const configs = (Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig]) as { entry?: unknown }[];
const isEntryMap = (entry: unknown): entry is Record<string, string> => typeof entry === 'object' && entry !== null && !Array.isArray(entry);
const libraryEntries = Object.keys(configs.map((config) => config.entry).find((entry) => isEntryMap(entry) && 'index' in entry) ?? {});

describe('package.json', () => {
  it('finds the library entries in tsup.config.ts', () => {
    expect(libraryEntries).toEqual(expect.arrayContaining(['index', 'testing']));
  });

  it('builds the core entry and one entry per registered procedure', () => {
    expect(libraryEntries).toContain('core');
    const procedureEntries = libraryEntries.filter((entry) => entry.startsWith('procedures/')).map((entry) => entry.slice('procedures/'.length));
    const kebab = (id: string) => id.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    expect(procedureEntries.sort()).toEqual(listProcedures().map((procedure) => kebab(procedure.id)).sort());
  });

  it.each(libraryEntries)('exports the %s entry as ESM and CJS, each with its types first', (entry) => {
    // procedures/seasonal-worker is imported as permit-lifecycles/seasonal-worker
    const name = entry.replace(/^procedures\//, '');
    const subpath = entry === 'index' ? '.' : `./${name}`;
    expect(JSON.stringify(manifest.exports[subpath])).toBe(
      JSON.stringify({
        import: { types: `./dist/${entry}.d.ts`, default: `./dist/${entry}.js` },
        require: { types: `./dist/${entry}.d.cts`, default: `./dist/${entry}.cjs` },
      }),
    );
    if (entry !== 'index') expect(manifest.typesVersions['*']?.[name]).toEqual([`./dist/${entry}.d.cts`]);
  });

  it('describes an ESM package with CJS fallbacks, side effects only in the main and store entries, and only dist and docs published', () => {
    // the main entry and the store entries register the bundled procedures when they load; everything else is free of side effects
    const sideEffects = ['index', 'store/pglite', 'store/pg'].flatMap((entry) => [`./dist/${entry}.js`, `./dist/${entry}.cjs`]);
    expect(manifest).toMatchObject({ type: 'module', sideEffects, main: './dist/index.cjs', types: './dist/index.d.cts' });
    // what the README and the guides link ships too: the machine pages and diagrams, the guides, the JSON Schemas, the reports
    expect(manifest.files).toEqual([
      'dist',
      'docs/machines',
      'docs/guide',
      'docs/scenario.schema.json',
      'docs/profile.schema.json',
      'docs/traceability.md',
      'docs/benchmarks.md',
      'docs/reliability.md',
      'docs/case-report.png',
      'docs/glossary.md',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
    ]);
    expect(manifest.scripts.prepack).toBe('npm run build');
  });

  it('makes @viz-js/viz (for toSvg only) an optional peer, not a dependency every user installs', () => {
    expect(manifest.peerDependencies['@viz-js/viz']).toMatch(/^\^3\./);
    expect(manifest.dependencies['@viz-js/viz']).toBeUndefined();
    expect((manifest as unknown as { peerDependenciesMeta: Record<string, { optional?: boolean }> }).peerDependenciesMeta['@viz-js/viz']).toEqual({ optional: true });
  });

  it('makes @statelyai/inspect (for the inspector example only) an optional peer', () => {
    expect(manifest.peerDependencies['@statelyai/inspect']).toMatch(/^\^0\./);
    expect(manifest.dependencies['@statelyai/inspect']).toBeUndefined();
    expect((manifest as unknown as { peerDependenciesMeta: Record<string, { optional?: boolean }> }).peerDependenciesMeta['@statelyai/inspect']).toEqual({ optional: true });
  });

  it('makes xstate and zod peers (caret ranges, met by the installed versions), never bundled dependencies', () => {
    for (const peer of ['xstate', 'zod']) {
      const range = manifest.peerDependencies[peer] ?? '';
      expect(range).toMatch(/^\^\d+\.\d+\.\d+$/);
      expect(manifest.dependencies[peer]).toBeUndefined();
      const installed = (JSON.parse(read(`node_modules/${peer}/package.json`)) as { version: string }).version;
      const [major, minor, patch] = range.slice(1).split('.').map(Number);
      const [iMajor, iMinor, iPatch] = installed.split('.').map(Number);
      expect(iMajor).toBe(major);
      expect((iMinor! - minor!) * 1_000 + (iPatch! - patch!)).toBeGreaterThanOrEqual(0);
    }
  });

  it('names the repository, its home page and where to report bugs, all on the same GitHub project', () => {
    const project = 'https://github.com/permit-lifecycles/permit-lifecycles';
    expect(manifest.repository).toEqual({ type: 'git', url: `git+${project}.git` });
    expect(manifest.homepage).toBe(`${project}#readme`);
    expect(manifest.bugs).toEqual({ url: `${project}/issues` });
  });

  it('exports the JSON Schemas of scenarios and profiles', () => {
    expect(manifest.exports['./schemas/scenario.json']).toBe('./docs/scenario.schema.json');
    expect(manifest.exports['./schemas/profile.json']).toBe('./docs/profile.schema.json');
    for (const file of ['docs/scenario.schema.json', 'docs/profile.schema.json']) expect(manifest.files).toContain(file);
    // for TypeScript's node10 resolution, which ignores `exports` (attw checks it)
    expect(manifest.typesVersions['*']?.['schemas/scenario.json']).toEqual(['./docs/scenario.schema.json']);
    expect(manifest.typesVersions['*']?.['schemas/profile.json']).toEqual(['./docs/profile.schema.json']);
  });

  it('points every bundled scenario\'s $schema at the scenario schema the package ships', () => {
    const dir = new URL('../examples/scenarios/', import.meta.url);
    const files = readdirSync(dir).filter((name) => /\.(json|ya?ml)$/.test(name));
    expect(files.length).toBeGreaterThan(5);
    for (const name of files) {
      const text = readFileSync(new URL(name, dir), 'utf8');
      const target = name.endsWith('.json') ? (JSON.parse(text) as { $schema?: string }).$schema : /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)?.[1];
      expect(target, name).toBeDefined();
      const resolved = fileURLToPath(new URL(target!, new URL(name, dir)));
      expect(relative(fileURLToPath(new URL('..', import.meta.url)), resolved), name).toBe('docs/scenario.schema.json');
    }
  });

  it('has a semver version', () => {
    expect(manifest.version).toMatch(semver);
  });
});

describe('typedoc.json', () => {
  const typedoc = JSON.parse(read('typedoc.json')) as { entryPoints: string[]; externalSymbolLinkMappings?: Record<string, Record<string, string>> };
  const sources = Object.values(configs.map((config) => config.entry).find((entry) => isEntryMap(entry) && 'index' in entry) as Record<string, string>);

  it('documents every library entry point, and only those', () => {
    expect([...typedoc.entryPoints].sort()).toEqual([...sources].sort());
  });

  it('maps no symbol to a dead "#" link', () => {
    const mapped = Object.values(typedoc.externalSymbolLinkMappings ?? {}).flatMap((symbols) => Object.entries(symbols));
    expect(mapped.filter(([, target]) => target === '#')).toEqual([]);
  });

  it.each(sources)('%s names its module by the import path of its entry', (source) => {
    const entry = Object.entries(configs.map((config) => config.entry).find((e) => isEntryMap(e) && 'index' in e) as Record<string, string>).find(([, file]) => file === source)![0];
    const name = entry === 'index' ? 'permit-lifecycles' : `permit-lifecycles/${entry.replace(/^procedures\//, '')}`;
    expect(read(source)).toMatch(new RegExp(`^ \\* @module ${name.replace(/\//g, '\\/')}$`, 'm'));
  });
});

describe('machine versions', () => {
  it.each(listProcedures().map((procedure) => [procedure.id, procedure] as const))('%s has a semver version that its snapshots record', (_id, procedure) => {
    expect(procedure.version).toMatch(semver);
    if (procedure.machine.version !== undefined) expect(procedure.machine.version).toBe(procedure.version);
    const opened = createCase(procedure, { at: '2026-01-05', facts: procedure.factVariants[0] ?? {} });
    if (!opened.ok) throw opened.error;
    const snapshot = JSON.parse(serialize(opened.value)) as { machineVersion: string; procedureId: string };
    expect(snapshot).toMatchObject({ procedureId: procedure.id, machineVersion: procedure.version });
    const restored = restore(serialize(opened.value));
    expect(restored.ok && restored.value.machineVersion).toBe(procedure.version);
  });
});

describe('CHANGELOG.md', () => {
  const changelog = read('CHANGELOG.md');
  const headings = changelog.split('\n').filter((line) => line.startsWith('#'));

  it('follows Keep a Changelog: an Unreleased section first, then dated semver releases', () => {
    expect(headings[0]).toBe('# Changelog');
    expect(changelog).toContain('https://keepachangelog.com/en/1.1.0/');
    const releases = headings.filter((line) => line.startsWith('## '));
    expect(releases[0]).toBe('## [Unreleased]');
    for (const release of releases.slice(1)) expect(release).toMatch(/^## \[\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\] - \d{4}-\d{2}-\d{2}$/);
  });

  it('uses only the Keep a Changelog kinds of change, each once per release', () => {
    const kinds = new Set(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']);
    let seen = new Set<string>();
    for (const heading of headings) {
      if (heading.startsWith('## ')) seen = new Set();
      if (!heading.startsWith('### ')) continue;
      const kind = heading.slice(4);
      expect(kinds.has(kind), `unexpected section "${heading}"`).toBe(true);
      expect(seen.has(kind), `"${heading}" appears twice in one release`).toBe(false);
      seen.add(kind);
    }
  });
});
