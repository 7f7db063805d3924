/**
 * Bundle-size budget of the core entry (`permit-lifecycles/core`): bundled
 * with esbuild for the browser, minified, peer dependencies left out (the host
 * brings them), then gzipped. `npm run size` prints that size and what
 * dominates it, and exits 1 above the budget; then, for information, the size
 * of the core with each procedure entry and of the main entry (everything).
 * `npm run size -- <entry>` measures one entry against the budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The budget for the core entry, minified and gzipped, in bytes (25 kB). */
export const BUNDLE_BUDGET_BYTES = 25_000;

/**
 * The measured size of one bundled entry.
 *
 * @example
 * ```ts
 * const size: BundleSize = { entry: 'dist/index.js', minifiedBytes: 74_000, gzippedBytes: 20_700, external: ['xstate'], largestInputs: [] };
 * ```
 */
export interface BundleSize {
  entry: string;
  minifiedBytes: number;
  gzippedBytes: number;
  /** The packages left out of the bundle (the peer dependencies). */
  external: string[];
  /** The biggest contributors, by package or source folder, in minified bytes. */
  largestInputs: { input: string; minifiedBytes: number }[];
}

/**
 * The peer dependencies of a package.json, which a size measurement leaves out.
 *
 * @example
 * ```ts
 * peerDependencyNames('package.json'); // ['xstate', 'zod']
 * ```
 */
export function peerDependencyNames(packageJsonPath: string): string[] {
  const manifest = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { peerDependencies?: Record<string, string> };
  return Object.keys(manifest.peerDependencies ?? {}).sort();
}

/** `node_modules/@scope/name/...` → `@scope/name`; `src/case/x.ts` → `src/case`. */
function contributorOf(input: string): string {
  const parts = input.split('/');
  const inModules = parts.lastIndexOf('node_modules');
  if (inModules >= 0) {
    const name = parts[inModules + 1] ?? input;
    return name.startsWith('@') ? `${name}/${parts[inModules + 2]}` : name;
  }
  return parts.length > 2 ? parts.slice(0, 2).join('/') : input;
}

/**
 * Bundle an entry for the browser with esbuild (ESM, minified, the given
 * packages and their subpaths external) and measure it before and after gzip.
 *
 * @example
 * ```ts
 * const size = await measureBundleSize('src/index.ts', peerDependencyNames('package.json'));
 * console.log(formatBundleSize(size));
 * ```
 */
export async function measureBundleSize(entry: string | string[], external: string[]): Promise<BundleSize> {
  // Several entries are measured as one bundle that re-exports them all (an app importing each).
  const together = Array.isArray(entry) ? { stdin: { contents: entry.map((file) => `export * from ${JSON.stringify(resolve(file))};`).join('\n'), resolveDir: process.cwd(), loader: 'ts' as const } } : { entryPoints: [entry] };
  const result = await build({
    ...together,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: external.flatMap((name) => [name, `${name}/*`]),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const contributors = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const key = contributorOf(input);
      contributors.set(key, (contributors.get(key) ?? 0) + bytesInOutput);
    }
  }
  const largestInputs = [...contributors]
    .map(([input, minifiedBytes]) => ({ input, minifiedBytes }))
    .filter((row) => row.minifiedBytes > 0)
    .sort((a, b) => b.minifiedBytes - a.minifiedBytes);
  return { entry: Array.isArray(entry) ? entry.join(' + ') : entry, minifiedBytes: code.byteLength, gzippedBytes: gzipSync(code, { level: 9 }).byteLength, external, largestInputs };
}

/**
 * A short human report of a measurement against the budget.
 *
 * @example
 * ```ts
 * formatBundleSize(size); // 'dist/index.js: 20.7 kB min+gzip (74.1 kB minified), budget 25.0 kB, ...'
 * ```
 */
export function formatBundleSize(size: BundleSize, budget = BUNDLE_BUDGET_BYTES): string {
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const verdict = size.gzippedBytes <= budget ? 'within budget' : 'OVER BUDGET';
  const top = size.largestInputs
    .slice(0, 6)
    .map((row) => `  ${row.input.padEnd(32)} ${kB(row.minifiedBytes)} minified`)
    .join('\n');
  return [
    `${size.entry}: ${kB(size.gzippedBytes)} min+gzip (${kB(size.minifiedBytes)} minified), budget ${kB(budget)}: ${verdict}`,
    `peer dependencies left out: ${size.external.join(', ') || 'none'}`,
    'largest contributors:',
    top,
  ].join('\n');
}

/** The core entry, the one the budget applies to. */
const CORE_ENTRY = 'src/core.ts';

async function main(): Promise<void> {
  const peers = peerDependencyNames(resolve('package.json'));
  const entry = process.argv[2] ?? CORE_ENTRY;
  const size = await measureBundleSize(entry, peers);
  console.log(formatBundleSize(size));
  if (size.gzippedBytes > BUNDLE_BUDGET_BYTES) process.exitCode = 1;
  if (process.argv[2] !== undefined) return;
  console.log('\nfor information (no budget): the core with one procedure, and the main entry');
  const procedures = readdirSync('machines', { withFileTypes: true }).filter((item) => item.isDirectory()).map((item) => `machines/${item.name}/index.ts`);
  for (const combination of [...procedures.map((procedure) => [CORE_ENTRY, procedure]), ['src/index.ts']]) {
    const measured = await measureBundleSize(combination.length === 1 ? combination[0]! : combination, peers);
    console.log(`  ${measured.entry.padEnd(66)} ${(measured.gzippedBytes / 1000).toFixed(1)} kB min+gzip`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // A reader that stops early (`npm run size | head`) is not a failure of the measurement.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  main().catch((error: unknown) => {
    console.error(`bundle-size: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  });
}
