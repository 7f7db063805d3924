/**
 * Packing the library as npm would publish it, without touching the working
 * tree's `dist/`: the sources are copied to a staging folder (sharing the
 * repository's node_modules) and `npm pack` runs there, which builds the
 * package through its `prepack` script.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { runOrThrow } from './run';

/** Top-level entries that are never part of a build. */
const notCopied = new Set(['node_modules', 'dist', '.git', '.tmp', 'coverage']);

/**
 * Copy the repository's sources to `stagingDir` and link its node_modules.
 *
 * @example
 * ```ts
 * stageSources('/work/main', '/tmp/pack/staging');
 * ```
 */
export function stageSources(repoRoot: string, stagingDir: string): void {
  cpSync(repoRoot, stagingDir, {
    recursive: true,
    filter: (source) => {
      const parts = relative(repoRoot, source).split(sep);
      return !notCopied.has(parts[0] ?? '') && !parts.includes('node_modules') && !source.endsWith('.tgz');
    },
  });
  symlinkSync(join(repoRoot, 'node_modules'), join(stagingDir, 'node_modules'), 'dir');
}

/**
 * Build and pack the library from a staged copy; returns the tarball's path.
 *
 * @example
 * ```ts
 * const tarball = packLibrary('/work/main', '/tmp/pack'); // '/tmp/pack/permit-lifecycles-0.1.0.tgz'
 * ```
 */
export function packLibrary(repoRoot: string, workDir: string): string {
  const stagingDir = join(workDir, 'staging');
  const tarballDir = join(workDir, 'tarball');
  mkdirSync(tarballDir, { recursive: true });
  stageSources(repoRoot, stagingDir);
  runOrThrow('npm', ['pack', '--pack-destination', tarballDir, '--loglevel=error'], stagingDir, 600_000);
  const tarballs = readdirSync(tarballDir).filter((name) => name.endsWith('.tgz'));
  if (tarballs.length !== 1) throw new Error(`expected one tarball in ${tarballDir}, found: ${tarballs.join(', ') || 'none'}`);
  return join(tarballDir, tarballs[0]!);
}

/**
 * Unpack a tarball into a folder and return the package's root (`<dir>/package`).
 *
 * @example
 * ```ts
 * const root = unpackTarball(tarball, '/tmp/pack/unpacked');
 * ```
 */
export function unpackTarball(tarball: string, targetDir: string): string {
  mkdirSync(targetDir, { recursive: true });
  runOrThrow('tar', ['-xzf', tarball, '-C', targetDir], targetDir);
  return join(targetDir, 'package');
}

/**
 * Every file path of an unpacked package, relative to its root, sorted.
 *
 * @example
 * ```ts
 * listPackageFiles(root); // ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/cli.js', ...]
 * ```
 */
export function listPackageFiles(packageRoot: string): string[] {
  return (readdirSync(packageRoot, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(packageRoot, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
