/**
 * Parsing a command's arguments with `node:util` `parseArgs`, with `--help`
 * on every command and errors that show the command's usage.
 */
import { parseArgs } from 'node:util';
import { COMMAND_HELP, type CommandName } from './help';
import { badInput, success, type CliResult } from './result';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

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
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    return { ok: false, result: badInput(`${command}: ${(error as Error).message}\n\n${usage}`) };
  }
  if (parsed.values.help) return { ok: false, result: success(usage) };
  if (parsed.positionals.length !== positionals) {
    const expected = positionals === 1 ? 'exactly one argument' : `${positionals} arguments`;
    return { ok: false, result: badInput(`${command}: expected ${expected}, got ${parsed.positionals.length}\n\n${usage}`) };
  }
  return { ok: true, value: { values: parsed.values as ParsedCommand['values'], positionals: parsed.positionals } };
}
