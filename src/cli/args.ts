/**
 * Parsing a command's arguments with `node:util` `parseArgs`, with `--help`
 * on every command and errors that show the command's usage.
 */
import { parseArgs } from 'node:util';
import { COMMAND_HELP, type CommandName } from './help';
import { badInput, success, type CliResult } from './result';
import { closest } from './suggest';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** A short line naming a command's options, for error messages. */
function optionList(spec: OptionSpec): string {
  return Object.entries(spec)
    .map(([name, option]) => `--${name}${option.type === 'string' ? ' VALUE' : ''}`)
    .join(', ');
}

/**
 * What `parseArgs` refused, said plainly: the option named, what the command
 * accepts, and a pointer to its help (instead of Node's message).
 */
function optionError(command: CommandName, error: Error & { code?: string }, spec: OptionSpec): CliResult {
  const option = /'(-[^' ]*)/.exec(error.message)?.[1];
  const usageLine = COMMAND_HELP[command].split('\n')[0]!;
  const more = `${usageLine}\nRun \`permit-lifecycles ${command} --help\` for its options.`;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) {
    const names = Object.keys(spec).map((name) => `--${name}`);
    const suggestion = closest(option.replace(/=.*$/, ''), names);
    const hint = suggestion ? ` (did you mean ${suggestion}?)` : '';
    return badInput(`${command}: unknown option ${option}${hint}; ${command} accepts ${optionList(spec)}\n${more}`, { option });
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    const name = option.replace(/^-+/, '');
    const takesValue = spec[name]?.type === 'string' || Object.values(spec).some((entry) => entry.short === name && entry.type === 'string');
    const problem = takesValue ? `option ${option} needs a value` : `option ${option} takes no value`;
    return badInput(`${command}: ${problem}\n${more}`, { option });
  }
  return badInput(`${command}: ${error.message}\n${more}`, option === undefined ? {} : { option });
}

/**
 * The parsed arguments of a command: option values and positionals.
 *
 * @example
 * ```ts
 * const parsed: ParsedCommand = { values: { json: true }, positionals: ['scenario.json'] };
 * ```
 */
export interface ParsedCommand {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * Parse a command's arguments. Returns the CLI result to print instead when
 * `--help` was asked (exit 0) or the arguments are wrong (exit 2).
 *
 * @example
 * ```ts
 * const parsed = parseCommand('status', ['case.json', '--at', '2026-05-01'], { at: { type: 'string' } }, 1);
 * if (parsed.ok) parsed.value.values.at; // '2026-05-01'
 * ```
 */
export function parseCommand(
  command: CommandName,
  args: readonly string[],
  options: OptionSpec,
  positionals: number,
): { ok: true; value: ParsedCommand } | { ok: false; result: CliResult } {
  const usage = COMMAND_HELP[command];
  const spec: OptionSpec = { ...options, help: { type: 'boolean', short: 'h' } };
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: spec });
  } catch (error) {
    return { ok: false, result: optionError(command, error as Error & { code?: string }, spec) };
  }
  if (parsed.values.help) return { ok: false, result: success(usage) };
  if (parsed.positionals.length !== positionals) {
    const expected = positionals === 1 ? 'exactly one argument' : `${positionals} arguments`;
    return { ok: false, result: badInput(`${command}: expected ${expected}, got ${parsed.positionals.length}\n\n${usage}`) };
  }
  return { ok: true, value: { values: parsed.values as ParsedCommand['values'], positionals: parsed.positionals } };
}
