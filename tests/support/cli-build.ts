/**
 * The built CLI (dist/cli.js) for the tests that run it: `npm test` builds it
 * first (the `pretest` script); a direct `npx vitest run` rebuilds only the
 * CLI, with the options of tsup.config.ts's CLI block, when it is missing or
 * older than the sources.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The built binary the tests run. */
export const CLI_PATH = join(REPO_ROOT, 'dist', 'cli.js');

function newestSourceMtime(): number {
  let newest = 0;
  for (const folder of ['src', 'machines']) {
    for (const file of readdirSync(join(REPO_ROOT, folder), { recursive: true, encoding: 'utf8' })) {
      if (file.endsWith('.ts')) newest = Math.max(newest, statSync(join(REPO_ROOT, folder, file)).mtimeMs);
    }
  }
  return Math.max(newest, statSync(join(REPO_ROOT, 'package.json')).mtimeMs);
}

/** Build dist/cli.js unless it is newer than every source file. */
export function ensureCliBuilt(): void {
  if (existsSync(CLI_PATH) && statSync(CLI_PATH).mtimeMs >= newestSourceMtime()) return;
  const tsup = join(REPO_ROOT, 'node_modules', 'tsup', 'dist', 'cli-default.js');
  execFileSync(process.execPath, [tsup, '--no-config', '--entry.cli', 'src/cli/main.ts', '--format', 'esm', '--target', 'node20', '--out-dir', 'dist', '--silent'], {
    cwd: REPO_ROOT,
    stdio: 'pipe',
  });
}
