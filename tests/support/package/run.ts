/**
 * Running npm, node and tsc as child processes for the packaging tests, with
 * an environment cleaned of the parent npm's lifecycle variables (so a nested
 * `npm install` cannot write into the repository it was started from).
 */
import { spawnSync } from 'node:child_process';

/**
 * What a finished child process printed and returned.
 *
 * @example
 * ```ts
 * const done: CommandResult = { command: 'node esm.mjs', status: 0, stdout: '{}', stderr: '' };
 * ```
 */
export interface CommandResult {
  command: string;
  status: number | null;
  stdout: string;
  stderr: string;
}

const keptNpmSettings = /^npm_config_(registry|cache|userconfig|globalconfig|https?_proxy|proxy|noproxy|strict_ssl|cafile|ca)$/i;

/**
 * The current environment without npm's `npm_*` lifecycle variables (except
 * registry, cache and proxy settings) and without `INIT_CWD`.
 *
 * @example
 * ```ts
 * spawnSync('npm', ['pack'], { env: cleanEnvironment() });
 * ```
 */
export function cleanEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key === 'INIT_CWD') continue;
    if (/^npm_/i.test(key) && !keptNpmSettings.test(key)) continue;
    env[key] = value;
  }
  return env;
}

/**
 * Run a command to completion in a folder (no shell), with a timeout.
 *
 * @example
 * ```ts
 * const result = runCommand('node', ['--version'], process.cwd());
 * result.stdout; // 'v20.…'
 * ```
 */
export function runCommand(command: string, args: string[], cwd: string, timeoutMs = 300_000): CommandResult {
  const done = spawnSync(command, args, { cwd, env: cleanEnvironment(), encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  return {
    command: [command, ...args].join(' '),
    status: done.status,
    stdout: done.stdout ?? '',
    stderr: `${done.stderr ?? ''}${done.error ? `\n${done.error.message}` : ''}`,
  };
}

/**
 * Like {@link runCommand}, but throws with the command's output when it fails.
 *
 * @example
 * ```ts
 * const { stdout } = runOrThrow('npm', ['--version'], process.cwd());
 * ```
 */
export function runOrThrow(command: string, args: string[], cwd: string, timeoutMs?: number): CommandResult {
  const result = runCommand(command, args, cwd, timeoutMs);
  if (result.status !== 0) {
    throw new Error(`\`${result.command}\` in ${cwd} exited with ${result.status}\n--- stdout\n${result.stdout.slice(-4000)}\n--- stderr\n${result.stderr.slice(-4000)}`);
  }
  return result;
}
