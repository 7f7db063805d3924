/**
 * `status`, `deadlines`, `documents` and `explain` on a saved snapshot file.
 * A snapshot that `restore` refuses is bad input (exit code 2).
 */
import { isoDateSchema, type IsoDate } from '../../calendar';
import { deadlines } from '../../case/deadlines';
import { missingDocuments } from '../../case/documents';
import { explain } from '../../case/explain';
import { status } from '../../case/status';
import type { PermitCase } from '../../case/types';
import { PermitLifecycleError } from '../../errors';
import { restore } from '../../persistence/snapshot';
import { parseCommand } from '../args';
import { formatDeadlines, formatDocuments, formatExplanation, formatStatus } from '../format';
import type { CommandName } from '../help';
import { LANG_OPTION, languageOption } from '../lang';
import type { Translator } from '../../i18n/translator';
import { parseJsonText, readText } from '../input';
import { badInput, fromError, success, type CliResult } from '../result';

type SnapshotCommand = Extract<CommandName, 'status' | 'deadlines' | 'documents' | 'explain'>;

function render(command: SnapshotCommand, current: PermitCase, at: IsoDate | undefined, json: boolean, t: Translator): string {
  const print = (value: unknown, text: string): string => (json ? JSON.stringify(value, null, 2) : text);
  switch (command) {
    case 'status': {
      const s = status(current, at);
      return print(s, formatStatus(s, t));
    }
    case 'deadlines': {
      const list = deadlines(current, at);
      return print(list, formatDeadlines(list, t));
    }
    case 'documents': {
      const list = missingDocuments(current);
      const state = status(current).state;
      // JSON drops each condition's function and keeps its description.
      return print(list, formatDocuments(list, state, t));
    }
    case 'explain': {
      const why = explain(current);
      return print(why, formatExplanation(why, t));
    }
  }
}

/**
 * Run one of the snapshot commands with its arguments (after the command name).
 *
 * @example
 * ```ts
 * snapshotCommand('status', ['case.json', '--at', '2026-08-01']).stdout;
 * ```
 */
export function snapshotCommand(command: SnapshotCommand, args: readonly string[]): CliResult {
  const dated = command === 'status' || command === 'deadlines';
  const parsed = parseCommand(command, args, { json: { type: 'boolean' }, ...LANG_OPTION, ...(dated ? { at: { type: 'string' as const } } : {}) }, 1);
  if (!parsed.ok) return parsed.result;
  const { values, positionals } = parsed.value;
  const file = positionals[0]!;
  const at = values.at as IsoDate | undefined;
  const language = languageOption(values.lang);
  if (!language.ok) return language.result;
  if (at !== undefined && !isoDateSchema.safeParse(at).success) return badInput(`--at: "${at}" is not a date written YYYY-MM-DD`, { option: '--at' });
  const text = readText(file);
  if (!text.ok) return text.result;
  // Parsed here rather than by restore(), so that a syntax error says its line and column.
  const json = parseJsonText(text.value, file, 'snapshot');
  if (!json.ok) return json.result;
  const restored = restore(json.value);
  if (!restored.ok) return fromError(restored.error, file, true, json.value);
  try {
    return success(render(command, restored.value, at, values.json === true, language.value));
  } catch (error) {
    if (error instanceof PermitLifecycleError) return error.path[0] === 'at' ? fromError(error, '--at', false) : fromError(error, file);
    throw error;
  }
}
