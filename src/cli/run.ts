/**
 * The CLI as a pure function of its arguments (plus file reads), so tests can
 * call it directly and the binary stays a two-line wrapper.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PermitLifecycleError } from '../errors';
import { listProcedures } from '../../machines/registry';
import { runScenario } from '../scenario/run';
import { formatRun } from './format';

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

const USAGE = `Usage: permit-lifecycles <command> [options]

Commands:
  list                              procedures, with titles and seed sources
  simulate <scenario.json> [--at YYYY-MM-DD] [--json]
                                    apply a scenario and print its timeline, status and deadlines

Options:
  -h, --help                        show help
Exit codes: 0 success, 1 refused by the procedure, 2 bad input.`;

const REFUSALS = new Set(['event.notAllowed', 'event.outOfOrder']);

function errorResult(error: PermitLifecycleError, where: string): CliResult {
  const path = error.path.length ? ` at ${error.path.join('.')}` : '';
  return { exitCode: REFUSALS.has(error.code) ? 1 : 2, stdout: '', stderr: `${where}: ${error.code}${path}: ${error.message}` };
}

function readJson(file: string): { ok: true; value: unknown } | { ok: false; result: CliResult } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, result: { exitCode: 2, stdout: '', stderr: `${file}: cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})` } };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, result: { exitCode: 2, stdout: '', stderr: `${file}: not valid JSON: ${(error as Error).message}` } };
  }
}

function simulate(args: string[]): CliResult {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { at: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    return { exitCode: 2, stdout: '', stderr: `simulate: ${(error as Error).message}\n\n${USAGE}` };
  }
  if (parsed.values.help) return { exitCode: 0, stdout: USAGE, stderr: '' };
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) return { exitCode: 2, stdout: '', stderr: `simulate: expected exactly one scenario file\n\n${USAGE}` };
  const json = readJson(file);
  if (!json.ok) return json.result;
  const scenario = parsed.values.at && json.value && typeof json.value === 'object' ? { ...(json.value as object), readOn: parsed.values.at } : json.value;
  const run = runScenario(scenario);
  if (!run.ok) return errorResult(run.error, file);
  if (parsed.values.json) {
    const { scenario: _scenario, ...rest } = run.value;
    return { exitCode: 0, stdout: JSON.stringify(rest, null, 2), stderr: '' };
  }
  return { exitCode: 0, stdout: formatRun(run.value), stderr: '' };
}

function list(): CliResult {
  const lines = listProcedures().map((procedure) => `${procedure.id.padEnd(32)} ${procedure.title}\n${' '.repeat(33)}seed: ${procedure.seed}, machine ${procedure.version}`);
  return { exitCode: 0, stdout: lines.join('\n'), stderr: '' };
}

/**
 * Run the CLI with the given arguments (without `node` and the script).
 *
 * @example
 * ```ts
 * runCli(['simulate', 'examples/scenarios/seasonal-worker-typical.json']).exitCode; // 0
 * ```
 */
export function runCli(argv: readonly string[]): CliResult {
  const [command, ...rest] = argv;
  switch (command) {
    case 'list':
      return list();
    case 'simulate':
      return simulate([...rest]);
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      return { exitCode: command === undefined ? 2 : 0, stdout: command === undefined ? '' : USAGE, stderr: command === undefined ? USAGE : '' };
    default:
      return { exitCode: 2, stdout: '', stderr: `unknown command "${command}"\n\n${USAGE}` };
  }
}
