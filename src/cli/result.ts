/**
 * What a CLI command returns, and the exit codes: 0 success, 1 an event
 * refused by the procedure, 2 bad input.
 */
import type { PermitLifecycleError } from '../errors';

/**
 * What a CLI invocation printed and its exit code.
 *
 * @example
 * ```ts
 * const { exitCode, stdout } = runCli(['list']);
 * ```
 */
export interface CliResult {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/** The codes of events the procedure refused: exit code 1. Everything else refused is bad input: 2. */
const REFUSALS = new Set(['event.notAllowed', 'event.outOfOrder']);

/**
 * A successful result printing `stdout`.
 *
 * @example
 * ```ts
 * success('done').exitCode; // 0
 * ```
 */
export function success(stdout: string): CliResult {
  return { exitCode: 0, stdout, stderr: '' };
}

/**
 * A bad-input result (exit code 2) with a message on stderr.
 *
 * @example
 * ```ts
 * badInput('simulate: expected one scenario file').exitCode; // 2
 * ```
 */
export function badInput(message: string): CliResult {
  return { exitCode: 2, stdout: '', stderr: message };
}

/**
 * Where in an input a problem is, written like a property path: `events[3].employer`.
 *
 * @example
 * ```ts
 * pathText(['events', 3, 'employer']); // 'events[3].employer'
 * ```
 */
export function pathText(path: readonly (string | number)[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}

/**
 * A typed library error as a CLI result: exit code 1 for an event the
 * procedure refused, 2 for anything else; the message names the input
 * (`where`: a file or an option), the field (unless `showPath` is false,
 * for an option), the error and its code.
 *
 * @example
 * ```ts
 * fromError(run.error, 'scenario.json').stderr; // 'scenario.json: events[3].type: ... [event.notAllowed]'
 * ```
 */
export function fromError(error: PermitLifecycleError, where: string, showPath = true): CliResult {
  const at = showPath && error.path.length > 0 ? ` ${pathText(error.path)}:` : '';
  return { exitCode: REFUSALS.has(error.code) ? 1 : 2, stdout: '', stderr: `${where}:${at} ${error.message} [${error.code}]` };
}
