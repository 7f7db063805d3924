/**
 * The published package, as a user gets it: `npm pack` (which builds through
 * `prepack`) from a staged copy of the sources, publint and
 * @arethetypeswrong/cli on the tarball, then a fresh project per peer set
 * (the lowest versions package.json claims, and the versions installed here)
 * that installs the tarball and uses it from ESM, CJS, TypeScript (strict;
 * bundler and node16 resolution) and a browser bundle in headless Chromium.
 * Needs the npm registry (for the peers) and /usr/bin/chromium.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as sourceLibrary from '../src';
import * as sourceTesting from '../src/testing';
import { bundleForBrowser, runPageInChromium } from './support/package/browser';
import { createConsumer, type PeerVersions } from './support/package/consumer';
import { copyExamples, EXAMPLE_SCRIPTS, runExample } from './support/package/examples';
import { markdownLinks } from './support/markdown';
import { SCENARIO_BODY } from './support/package/consumer-sources';
import { runCommand } from './support/package/run';
import { listPackageFiles, packLibrary, unpackTarball } from './support/package/stage';
import { createStoreConsumer, STORED_EVENTS, SWEEP_DAY } from './support/package/store-consumer';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  peerDependencies: Record<string, string>;
  exports: Record<string, unknown>;
  bin: Record<string, string>;
};
const installedVersion = (name: string): string => (JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** `^5.30.0` → `5.30.0`: the lowest version a caret range claims. */
function lowestOf(range: string | undefined): string {
  const match = /^\^(\d+\.\d+\.\d+)$/.exec(range ?? '');
  if (!match?.[1]) throw new Error(`peer range "${range}" should be a caret range (^x.y.z)`);
  return match[1];
}

const peerSets: { name: string; peers: PeerVersions }[] = [
  { name: 'lowest claimed peers', peers: { xstate: lowestOf(manifest.peerDependencies.xstate), zod: lowestOf(manifest.peerDependencies.zod) } },
  { name: 'installed peers', peers: { xstate: installedVersion('xstate'), zod: installedVersion('zod') } },
];

/** What the consumer scripts should print: the same scenario run against the sources. */
function expectedReport(withTesting: boolean): { core: unknown; testing: unknown } {
  const run = new Function('lib', 'testing', `${SCENARIO_BODY}\nreturn { core: coreReport(lib), testing: testing ? testingReport(lib, testing) : null };`);
  return run(sourceLibrary, withTesting ? sourceTesting : null) as { core: unknown; testing: unknown };
}

const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
let workDir = '';
let tarball = '';
let packageRoot = '';

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'permit-lifecycles-package-'));
  tarball = packLibrary(repoRoot, workDir);
  packageRoot = unpackTarball(tarball, join(workDir, 'unpacked'));
}, 900_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('holds the built entries, the docs and nothing else', () => {
    const files = listPackageFiles(packageRoot);
    for (const entry of ['index', 'core', 'testing', 'procedures/seasonal-worker']) {
      for (const extension of ['js', 'cjs', 'd.ts', 'd.cts']) expect(files).toContain(`dist/${entry}.${extension}`);
    }
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/cli.js']));
    const diagrams = files.filter((file) => /^docs\/machines\/[A-Za-z]+(\.[A-Za-z]+)?\.svg$/.test(file));
    expect(diagrams).toEqual(expect.arrayContaining(['docs/machines/seasonalWorker.svg', 'docs/machines/crossBorderFamilyExemption.svg']));
    // the docs the README links: machine pages, guides, JSON Schemas, reports
    expect(files).toEqual(expect.arrayContaining(['docs/machines/seasonalWorker.md', 'docs/machines/seasonalWorker.fr.md', 'docs/machines/seasonalWorker.de.md', 'docs/guide/cli.md', 'docs/scenario.schema.json', 'docs/profile.schema.json', 'docs/traceability.md']));
    const docs = /^docs\/(machines\/[A-Za-z]+(\.[A-Za-z]+)?\.(svg|md)|guide\/[a-z-]+\.md|(scenario|profile)\.schema\.json|(traceability|benchmarks|reliability|glossary)\.md|case-report\.png)$/;
    const stray = files.filter((file) => !file.startsWith('dist/') && !docs.test(file) && !['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'].includes(file));
    expect(stray).toEqual([]);
    expect(files.filter((file) => file.endsWith('.map') || file.endsWith('.test.js'))).toEqual([]);
  });

  it('resolves every relative link of the README, the guides and the machine pages to a file it contains', () => {
    const files = new Set(listPackageFiles(packageRoot));
    const pages = [...files].filter((file) => file === 'README.md' || /^docs\/(guide|machines)\/.*\.md$/.test(file));
    expect(pages.length).toBeGreaterThan(10);
    const broken = pages.flatMap((page) =>
      markdownLinks(readFileSync(join(packageRoot, page), 'utf8'))
        .filter(({ target }) => !/^[a-z]+:/.test(target) && !target.startsWith('#'))
        .map(({ target, line }) => ({ where: `${page}:${line} ${target}`, file: posix.normalize(posix.join(posix.dirname(page), decodeURI(target.split('#')[0]!))) }))
        .filter(({ file }) => !files.has(file))
        .map(({ where }) => where),
    );
    expect(broken).toEqual([]);
  });

  it('points every export target at a file it contains', () => {
    const files = new Set(listPackageFiles(packageRoot));
    const targetsOf = (value: unknown): string[] =>
      typeof value === 'string' ? [value.replace(/^\.\//, '')] : Object.values(value as Record<string, unknown>).flatMap(targetsOf);
    const targets = targetsOf(manifest.exports);
    expect(targets.length).toBeGreaterThanOrEqual(9);
    expect(targets.filter((target) => !files.has(target))).toEqual([]);
  });

  it('ships the CLI as an executable ESM file with a shebang', () => {
    expect(manifest.bin['permit-lifecycles']).toBe('./dist/cli.js');
    expect(readFileSync(join(packageRoot, 'dist', 'cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('keeps one copy of the kernel shared by the entries (one error class per format)', () => {
    const library = listPackageFiles(packageRoot).filter((file) => /^dist\/(?!cli\.js$)[^/]+\.c?js$/.test(file));
    const defining = (extension: string) =>
      library.filter((file) => file.endsWith(extension) && readFileSync(join(packageRoot, file), 'utf8').includes('PermitLifecycleError = class'));
    expect(defining('.cjs')).toHaveLength(1);
    expect(defining('.js')).toHaveLength(1);
  });

  it('passes publint (strict, every level) with no message', async () => {
    const bytes = readFileSync(tarball);
    const { messages, pkg } = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }, level: 'suggestion', strict: true });
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, pkg) ?? message.code}`)).toEqual([]);
  }, 120_000);

  it('passes @arethetypeswrong/cli with no problem', () => {
    const result = runCommand(join(repoRoot, 'node_modules', '.bin', 'attw'), [tarball, '--format', 'json'], workDir, 300_000);
    const problems = (JSON.parse(result.stdout) as { problems: Record<string, unknown[]> }).problems;
    expect(problems, result.stderr).toEqual({});
    expect(result.status).toBe(0);
  }, 300_000);
});

describe.each(peerSets)('installed in a fresh project with $name (xstate $peers.xstate, zod $peers.zod)', ({ name, peers }) => {
  let consumerDir = '';

  beforeAll(() => {
    consumerDir = createConsumer(join(workDir, `consumer-${name.replace(/\W+/g, '-')}`), tarball, peers);
  }, 900_000);

  it('resolves the JSON Schema exports', () => {
    const script = "for (const name of ['scenario', 'profile']) console.log(require('permit-lifecycles/schemas/' + name + '.json').title)";
    const result = runCommand(process.execPath, ['-e', script], consumerDir, 60_000);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual(['permit-lifecycles scenario', 'permit-lifecycles eligibility profile']);
  });

  it('runs the repository\'s examples, which import permit-lifecycles, against the installed package', () => {
    copyExamples(repoRoot, consumerDir);
    for (const [script, line] of EXAMPLE_SCRIPTS) {
      const result = runExample(repoRoot, consumerDir, script);
      expect(result.stderr, script).toBe('');
      expect(result.status, script).toBe(0);
      expect(result.stdout.split('\n'), script).toContain(line);
    }
  }, 300_000);

  it('installed the peer versions asked for', () => {
    const version = (pkg: string) => (JSON.parse(readFileSync(join(consumerDir, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
    expect({ xstate: version('xstate'), zod: version('zod') }).toEqual(peers);
  });

  it.each([
    ['an ESM script (import)', 'esm.mjs'],
    ['a CJS script (require)', 'cjs.cjs'],
  ])('works from %s', (_how, script) => {
    const result = runCommand(process.execPath, [script], consumerDir, 300_000);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { core: Record<string, unknown>; testing: Record<string, unknown> };
    expect(report).toEqual(expectedReport(true));
    expect(report.core).toMatchObject({ state: 'preparingApplication', restoredState: 'preparingApplication', refusedCode: 'event.invalid', refusedIsTyped: true, unchangedAfterRefusal: true });
    expect(report.core.machineVersion).toBe(sourceLibrary.seasonalWorker.version);
    const [statesCovered, statesTotal] = report.testing.states as number[];
    const [transitionsCovered, transitionsTotal] = report.testing.transitions as number[];
    expect(report.testing.violations).toBe(0);
    expect(statesCovered).toBe(statesTotal);
    expect(transitionsCovered).toBe(transitionsTotal);
  }, 300_000);

  it.each([
    ['an ESM script (import)', 'core-only.mjs'],
    ['a CJS script (require)', 'core-only.cjs'],
  ])('runs a case from the core entry and one procedure entry, registered by hand, from %s', (_how, script) => {
    const result = runCommand(process.execPath, [script], consumerDir, 300_000);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { refusedBeforeRegistering: string | null; registered: string[]; core: unknown };
    expect(report.refusedBeforeRegistering).toBe('procedure.unknown');
    expect(report.registered).toEqual(['seasonalWorker']);
    expect(report.core).toEqual(expectedReport(false).core);
  }, 300_000);

  it.each(['bundler', 'node16'])('type-checks with tsc (strict, moduleResolution %s; .ts and .mts files)', (resolution) => {
    const result = runCommand(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], consumerDir, 300_000);
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
  }, 300_000);

  it('runs in headless Chromium from an esbuild browser bundle', async () => {
    const bytes = await bundleForBrowser(consumerDir);
    expect(bytes).toBeGreaterThan(10_000);
    const page = await runPageInChromium(join(consumerDir, 'index.html'));
    expect(page.errors).toEqual([]);
    expect(page.statusText).toBe('preparingApplication');
    expect(page.report).toEqual(expectedReport(false).core);
  }, 180_000);
});

describe('the store entry used alone, installed in a fresh project', () => {
  let storeDir = '';

  beforeAll(() => {
    storeDir = createStoreConsumer(join(workDir, 'store-consumer'), tarball, { xstate: installedVersion('xstate'), zod: installedVersion('zod'), pglite: installedVersion('@electric-sql/pglite') });
  }, 900_000);

  /** What the store-only process must answer, from the sources: the stored case, its due deadline and the lapse a sweep records. */
  function expectedStoreReport(): unknown {
    const { applyAll, createCase, deadlines, status } = sourceLibrary;
    const opened = createCase('seasonalWorker' as string, { at: '2026-01-12', facts: { visaRequired: true } });
    if (!opened.ok) throw opened.error;
    const stored = applyAll(opened.value, STORED_EVENTS);
    if (!stored.ok) throw stored.error;
    return {
      read: { state: stored.value.state, version: STORED_EVENTS.length },
      due: deadlines(stored.value).map((deadline) => ({ id: deadline.id, actor: deadline.actor, kind: deadline.kind })),
      lapsed: [{ from: stored.value.state, to: status(stored.value, SWEEP_DAY).state }],
      failed: [],
    };
  }

  it('runs the store example against the installed package', () => {
    copyExamples(repoRoot, storeDir);
    const result = runExample(repoRoot, storeDir, 'store/main.ts');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/seasonal-worker-typical/);
  }, 300_000);

  it.each([
    ['an ESM script (import)', 'store-only.mjs', 'esm-cases'],
    ['a CJS script (require)', 'store-only.cjs', 'cjs-cases'],
  ])('reads, lists and sweeps stored cases from %s that imports nothing else', (_how, script, dataDir) => {
    const written = runCommand(process.execPath, ['write.mjs', dataDir], storeDir, 300_000);
    expect(written.stderr).toBe('');
    expect(written.status).toBe(0);
    const result = runCommand(process.execPath, [script, dataDir], storeDir, 300_000);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { due: { actor: string }[]; lapsed: { to: string }[] };
    expect(report).toEqual(expectedStoreReport());
    expect(report.due.map((deadline) => deadline.actor)).toContain('authority');
    expect(report.lapsed.map((lapse) => lapse.to)).toEqual(['deemedRejected']);
  }, 300_000);
});
