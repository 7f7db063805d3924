/**
 * The CLI as a function of its arguments (plus file reads and `--save`
 * writes), so tests can call it directly and the binary stays a thin wrapper.
 */
import { listProcedures } from '../../machines/registry';
import { registerProcedures } from '../case/procedures';
import { diagramCommand } from './commands/diagram';
import { eligibilityCommand } from './commands/eligibility';
import { listCommand } from './commands/list';
import { reportCommand, reportCommandWithDiagram } from './commands/report';
import { simulateCommand } from './commands/simulate';
import { snapshotCommand } from './commands/snapshot';
import { COMMAND_HELP, USAGE, type CommandName } from './help';
import { LIBRARY_VERSION } from '../version';
import { closest } from './suggest';
import { badInput, success, type CliResult } from './result';
import { cliErrorText, requestedLang } from '../i18n/cli-errors';
import { translator } from '../i18n/translator';

export type { CliResult } from './result';

const COMMANDS: Record<CommandName, (args: readonly string[]) => CliResult> = {
  list: listCommand,
  simulate: simulateCommand,
  status: (args) => snapshotCommand('status', args),
  deadlines: (args) => snapshotCommand('deadlines', args),
  documents: (args) => snapshotCommand('documents', args),
  explain: (args) => snapshotCommand('explain', args),
  report: reportCommand,
  diagram: diagramCommand,
  eligibility: eligibilityCommand,
};

function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

function help(topic: string | undefined): CliResult {
  if (topic === undefined) return success(USAGE);
  return isCommand(topic) ? success(COMMAND_HELP[topic]) : badInput(`help: unknown command "${topic}"\n\n${USAGE}`);
}

function dispatch(argv: readonly string[]): CliResult {
  const [command, ...rest] = argv;
  if (command === undefined) return badInput(USAGE, { message: 'no command given' });
  if (command === '-h' || command === '--help') return success(USAGE);
  if (command === '-V' || command === '--version') return success(LIBRARY_VERSION);
  if (command === 'help') return help(rest[0]);
  if (!isCommand(command)) {
    const suggestion = closest(command, Object.keys(COMMANDS));
    const hint = suggestion ? ` (did you mean ${suggestion}?)` : '';
    const message = command.startsWith('-')
      ? `unknown option ${command}${hint}; before a command only --help and --version are accepted`
      : `unknown command "${command}"${hint}`;
    return badInput(`${message}\n\n${USAGE}`, command.startsWith('-') ? { option: command } : {});
  }
  return COMMANDS[command](rest);
}

/** True when `--json` is among the options (before a `--` that ends them). */
function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

/**
 * Run the CLI with the given arguments (without `node` and the script).
 * Exit codes: 0 success, 1 an event refused by the procedure, 2 bad input.
 * With `--json`, an error is printed on stderr as one JSON object
 * (`code`, `path`, `message`, and `file`, `option`, `line`, `column`,
 * `issues` where they apply) instead of text; the exit code is the same.
 * With `--lang fr` or `--lang de`, a text error is written in that language
 * (codes, options, files and quotes stay as they are).
 *
 * @example
 * ```ts
 * runCli(['simulate', 'examples/scenarios/seasonal-worker-typical.json']).exitCode; // 0
 * runCli(['status', '--help']).exitCode; // 0
 * runCli(['--version']).stdout; // '0.2.0'
 * JSON.parse(runCli(['simulate', 'missing.json', '--json']).stderr).code; // 'argument.invalid'
 * ```
 */
export function runCli(argv: readonly string[]): CliResult {
  // The command line works on the bundled procedures: scenarios and snapshots name them by id.
  registerProcedures(...listProcedures());
  const result = dispatch(argv);
  if (result.exitCode === 0) return result;
  if (result.error && wantsJson(argv)) return { ...result, stderr: JSON.stringify(result.error) };
  // With --lang fr or de, the error is written in that language; its code, and the JSON form, stay as they are.
  const lang = requestedLang(argv);
  return lang === undefined || lang === 'en' ? result : { ...result, stderr: cliErrorText(result.stderr, translator(lang)) };
}

/**
 * {@link runCli} as the binary runs it: the same, except that `report`
 * draws the procedure's diagram into the page (asynchronous).
 *
 * @example
 * ```ts
 * (await runCliAsync(['report', 'case.json', '--out', 'case.html'])).exitCode; // 0
 * ```
 */
export async function runCliAsync(argv: readonly string[]): Promise<CliResult> {
  const [command, ...rest] = argv;
  if (command === 'report' && !rest.includes('--help') && !rest.includes('-h')) {
    registerProcedures(...listProcedures());
    return reportCommandWithDiagram(rest);
  }
  return runCli(argv);
}
