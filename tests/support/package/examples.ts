/**
 * The repository's examples as a user would copy them into a project that
 * installed the package: the scripts and scenarios in an ESM folder, run
 * with tsx, resolving `permit-lifecycles` from the project's node_modules.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand, type CommandResult } from './run';

/** The example scripts a consumer runs, with a line each prints when it works. */
export const EXAMPLE_SCRIPTS = [
  ['create-case.ts', 'opened a seasonalWorker case on 2026-01-12'],
  ['apply-events.ts', 'final state: residencePermitValid'],
  ['status-and-deadlines.ts', 'on 2026-07-15: residencePermitValid (phase residence)'],
  ['persist-and-restore.ts', 'round trip identical: true'],
] as const;

/**
 * Copy `examples/` (without the inspector, which needs a browser and the network) into `<projectDir>/examples`, as ESM.
 *
 * @example
 * ```ts
 * copyExamples('/work/main', consumerDir); // consumerDir/examples/create-case.ts, ...
 * ```
 */
export function copyExamples(repoRoot: string, projectDir: string): string {
  const target = join(projectDir, 'examples');
  cpSync(join(repoRoot, 'examples'), target, { recursive: true, filter: (source) => !source.includes(`${join('examples', 'inspect')}`) });
  writeFileSync(join(target, 'package.json'), `${JSON.stringify({ type: 'module', private: true }, null, 2)}\n`);
  return target;
}

/**
 * Run one copied example with the repository's tsx, in the consumer project.
 *
 * @example
 * ```ts
 * runExample('/work/main', consumerDir, 'create-case.ts').stdout; // 'opened a seasonalWorker case on 2026-01-12\n...'
 * ```
 */
export function runExample(repoRoot: string, projectDir: string, script: string, args: string[] = []): CommandResult {
  const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs');
  return runCommand(process.execPath, ['--import', tsx, join('examples', script), ...args], projectDir, 300_000);
}
