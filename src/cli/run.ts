/**
 * The CLI as a function of its arguments (plus file reads and `--save`
 * writes), so tests can call it directly and the binary stays a thin wrapper.
 */
import { listProcedures } from '../../machines/registry';
import { registerProcedures } from '../case/procedures';
import { diagramCommand } from './commands/diagram';
import { eligibilityCommand } from './commands/eligibility';
import { listCommand } from './commands/list';
import { reportCommand } from './commands/report';
import { simulateCommand } from './commands/simulate';
import { snapshotCommand } from './commands/snapshot';
import { COMMAND_HELP, USAGE, type CommandName } from './help';
import { badInput, success, type CliResult } from './result';

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

/**
 * Run the CLI with the given arguments (without `node` and the script).
 * Exit codes: 0 success, 1 an event refused by the procedure, 2 bad input.
 *
 * @example
 * ```ts
 * runCli(['simulate', 'examples/scenarios/seasonal-worker-typical.json']).exitCode; // 0
 * runCli(['status', '--help']).exitCode; // 0
 * ```
 */
export function runCli(argv: readonly string[]): CliResult {
  // The command line works on the bundled procedures: scenarios and snapshots name them by id.
  registerProcedures(...listProcedures());
  const [command, ...rest] = argv;
  if (command === undefined) return badInput(USAGE);
  if (command === '-h' || command === '--help') return success(USAGE);
  if (command === 'help') return help(rest[0]);
  if (!isCommand(command)) return badInput(`unknown command "${command}"\n\n${USAGE}`);
  return COMMANDS[command](rest);
}
