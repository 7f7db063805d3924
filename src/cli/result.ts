/**
 * What a CLI command returns, and the exit codes: 0 success, 1 an event
 * refused by the procedure, 2 bad input.
 */
import type { PermitErrorCode, PermitLifecycleError } from '../errors';
import { closest } from './suggest';

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
  /** The error behind a non-zero exit, as printed on stderr with `--json`. */
  error?: CliError;
}

/**
 * One problem in an input, as listed by {@link CliError.issues}.
 *
 * @example
 * ```ts
 * const issue: CliIssue = { path: ['openedOn'], message: 'required field missing', missing: true };
 * ```
 */
export interface CliIssue {
  path: (string | number)[];
  message: string;
  /** True when the field is absent from the input (and required). */
  missing: boolean;
}

/**
 * An error of the CLI in a form a program can read: what `--json` prints on
 * stderr. `code` is a library error code (`argument.invalid` for the command
 * line itself), `path` the field inside the file (empty for none).
 *
 * @example
 * ```ts
 * const error: CliError = { code: 'scenario.invalid', file: 'a.json', path: [], message: 'the file is empty', line: 1, column: 1 };
 * ```
 */
export interface CliError {
  code: PermitErrorCode;
  path: (string | number)[];
  message: string;
  /** The file the error is about, when there is one. */
  file?: string;
  /** The command-line option the error is about (`--at`, `--wat`). */
  option?: string;
  /** Line and column (1-based) of a syntax error. */
  line?: number;
  column?: number;
  /** Every problem found, when validation found more than one or a field is missing. */
  issues?: CliIssue[];
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
 * A bad-input result (exit code 2) with a message on stderr, and the error
 * behind it for `--json` (by default `argument.invalid`, with the message's
 * first line).
 *
 * @example
 * ```ts
 * badInput('simulate: expected one scenario file').exitCode; // 2
 * badInput('a.json: the file is empty', { code: 'scenario.invalid', file: 'a.json' }).error?.code; // 'scenario.invalid'
 * ```
 */
export function badInput(message: string, error: Partial<CliError> = {}): CliResult {
  const code = error.code ?? 'argument.invalid';
  // The JSON form names the file in its own field and the code in `code`: the message is the rest of the first line.
  let firstLine = message.split('\n')[0]!.replace(` [${code}]`, '');
  if (error.file !== undefined && firstLine.startsWith(`${error.file}: `)) firstLine = firstLine.slice(error.file.length + 2);
  return { exitCode: 2, stdout: '', stderr: message, error: { code, path: [], message: firstLine, ...error } };
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

function isAbsent(input: unknown, path: readonly (string | number)[]): boolean {
  let value = input;
  for (const [index, part] of path.entries()) {
    if (typeof value !== 'object' || value === null) return false;
    if (index === path.length - 1) return !Array.isArray(value) && !Object.hasOwn(value, part);
    value = (value as Record<string | number, unknown>)[part];
  }
  return false;
}

/**
 * The problems of a validation error, each marked missing when the field is
 * absent from the input (or, without the input, when zod says it received
 * nothing); `undefined` when the error carries no list of issues.
 */
function issuesOf(error: PermitLifecycleError, input: unknown): CliIssue[] | undefined {
  const listed = error.details.issues;
  if (!Array.isArray(listed) || listed.length === 0) return undefined;
  return (listed as { path: (string | number)[]; message: string }[]).map((issue) => {
    const missing = input !== undefined ? isAbsent(input, issue.path) : /received undefined$/.test(issue.message);
    return { path: [...issue.path], message: missing ? 'required field missing' : issue.message, missing };
  });
}

/** What an error says once every issue is listed: the first line and the lines that follow. */
function summarise(error: PermitLifecycleError, issues: CliIssue[]): { head: string; rest: string[] } | undefined {
  const missing = issues.filter((issue) => issue.missing);
  const others = issues.filter((issue) => !issue.missing);
  if (missing.length === 0 && others.length <= 1) return undefined;
  // Keep the context the library put first, such as "event 3 (application.submitted on 2026-02-10): ".
  const context = /^event \d+ \([^)]*\): /.exec(error.message)?.[0] ?? '';
  const names = missing.map((issue) => pathText(issue.path)).join(', ');
  const parts: string[] = [];
  if (missing.length === 1) parts.push(`required field missing: ${names}`);
  if (missing.length > 1) parts.push(`${missing.length} required fields missing: ${names}`);
  if (others.length > 0) parts.push(missing.length > 0 ? `and ${others.length} other problem${others.length > 1 ? 's' : ''}:` : `${others.length} problems:`);
  return { head: `${context}${parts.join('; ')}`, rest: others.map((issue) => `  ${pathText(issue.path)}: ${issue.message}`) };
}

/**
 * What to do about an unknown procedure id on the command line: the nearest
 * known id when it looks like a misspelling, and how a procedure of one's own
 * is run (the CLI registers only the bundled ones).
 *
 * @example
 * ```ts
 * procedureHint('seasonalWokrer', ['seasonalWorker', 'salariedWorker']);
 * // ['did you mean "seasonalWorker"?', 'The command line registers the bundled procedures only ...']
 * ```
 */
export function procedureHint(id: string, known: readonly string[]): string[] {
  const suggestion = closest(id, known);
  return [
    ...(suggestion ? [`did you mean "${suggestion}"?`] : []),
    'The command line registers the bundled procedures only (see `permit-lifecycles list`); to run a procedure of your own, register it with registerProcedures(procedure) and call runScenario() from the library.',
  ];
}

/**
 * A typed library error as a CLI result: exit code 1 for an event the
 * procedure refused, 2 for anything else; the message names the input
 * (`where`: a file or an option), the field (unless `showPath` is false,
 * for an option), the error and its code. When validation found several
 * problems or a required field is absent from `input` (the parsed file), the
 * message names every missing field and lists every other problem.
 *
 * @example
 * ```ts
 * fromError(run.error, 'scenario.json').stderr; // 'scenario.json: events[3].type: ... [event.notAllowed]'
 * fromError(run.error, 'scenario.json', true, scenario).stderr; // 'scenario.json: 2 required fields missing: procedure, openedOn [scenario.invalid]'
 * ```
 */
export function fromError(error: PermitLifecycleError, where: string, showPath = true, input?: unknown): CliResult {
  const issues = issuesOf(error, input);
  const summary = issues ? summarise(error, issues) : undefined;
  const at = showPath && error.path.length > 0 && !summary ? ` ${pathText(error.path)}:` : '';
  const message = summary ? summary.head : error.message;
  const { procedure, known } = error.details;
  const hints =
    error.code === 'procedure.unknown' && typeof procedure === 'string' && Array.isArray(known) ? procedureHint(procedure, known as string[]).map((line) => `  ${line}`) : [];
  const rest = [...(summary?.rest ?? []), ...hints];
  const stderr = [`${where}:${at} ${message} [${error.code}]`, ...rest].join('\n');
  const json: CliError = {
    code: error.code,
    path: [...error.path],
    message: [message, ...rest.map((line) => line.trim())].join('\n'),
    ...(showPath ? { file: where } : { option: where }),
    ...(issues ? { issues } : {}),
  };
  return { exitCode: REFUSALS.has(error.code) ? 1 : 2, stdout: '', stderr, error: json };
}
