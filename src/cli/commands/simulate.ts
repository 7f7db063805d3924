/**
 * `simulate <scenario>`: apply a scenario file and print its timeline.
 */
import { writeFileSync } from 'node:fs';
import { serialize } from '../../persistence/snapshot';
import type { IsoDate } from '../../calendar';
import { runScenario } from '../../scenario/run';
import { parseCommand } from '../args';
import { formatRun } from '../format';
import { readDataFile } from '../input';
import { LANG_OPTION, languageOption } from '../lang';
import { badInput, fromError, success, type CliResult } from '../result';

/**
 * Run `simulate` with its arguments (after the command name).
 *
 * @example
 * ```ts
 * simulateCommand(['examples/scenarios/seasonal-worker-typical.json', '--at', '2026-05-01']).exitCode; // 0
 * ```
 */
export function simulateCommand(args: readonly string[]): CliResult {
  const parsed = parseCommand('simulate', args, { at: { type: 'string' }, json: { type: 'boolean' }, save: { type: 'string' }, ...LANG_OPTION }, 1);
  if (!parsed.ok) return parsed.result;
  const { values, positionals } = parsed.value;
  const file = positionals[0]!;
  const language = languageOption(values.lang);
  if (!language.ok) return language.result;
  const t = language.value;
  const read = readDataFile(file);
  if (!read.ok) return read.result;
  // Checked by runScenario, which answers a bad date with a typed error.
  const at = values.at as IsoDate | undefined;
  const run = runScenario(read.value, at === undefined ? {} : { at });
  if (!run.ok) return run.error.path[0] === 'at' ? fromError(run.error, '--at', false) : fromError(run.error, file, true, read.value);
  const save = values.save as string | undefined;
  if (save !== undefined) {
    try {
      writeFileSync(save, `${serialize(run.value.case)}\n`);
    } catch (error) {
      return badInput(`--save ${save}: cannot write file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { option: '--save', file: save });
    }
  }
  if (values.json) {
    const { scenario: _scenario, ...rest } = run.value;
    return success(JSON.stringify(rest, null, 2));
  }
  return success(formatRun(run.value, t) + (save !== undefined ? `\n\n${t.words.snapshotSaved(save)}` : ''));
}
