/**
 * `list`: the procedures of the registry.
 */
import { listProcedures } from '../../../machines/registry';
import { parseCommand } from '../args';
import { formatProcedures } from '../format';
import { LANG_OPTION, languageOption } from '../lang';
import { success, type CliResult } from '../result';

/**
 * Run `list` with its arguments (after the command name).
 *
 * @example
 * ```ts
 * listCommand([]).stdout.includes('seasonalWorker'); // true
 * listCommand(['--lang', 'fr']).stdout; // the titles in French
 * ```
 */
export function listCommand(args: readonly string[]): CliResult {
  const parsed = parseCommand('list', args, { json: { type: 'boolean' }, ...LANG_OPTION }, 0);
  if (!parsed.ok) return parsed.result;
  const language = languageOption(parsed.value.values.lang);
  if (!language.ok) return language.result;
  const procedures = listProcedures().map(({ id, title, seed, version }) => ({ id, title, seed, version }));
  return success(parsed.value.values.json ? JSON.stringify(procedures, null, 2) : formatProcedures(procedures, language.value));
}
