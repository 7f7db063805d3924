/**
 * `eligibility <profile>`: which procedures apply to a person.
 */
import { whichProcedure } from '../../eligibility/which-procedure';
import type { ProfileInput } from '../../eligibility/profile';
import { parseCommand } from '../args';
import { formatEligibility } from '../format';
import { readDataFile } from '../input';
import { LANG_OPTION, languageOption } from '../lang';
import { translateEligibility } from '../../i18n/eligibility';
import { fromError, success, type CliResult } from '../result';

/**
 * Run `eligibility` with its arguments (after the command name).
 *
 * @example
 * ```ts
 * eligibilityCommand(['examples/profiles/seasonal-harvest-worker.yaml']).stdout;
 * eligibilityCommand(['examples/profiles/seasonal-harvest-worker.yaml', '--lang', 'fr']).stdout;
 * ```
 */
export function eligibilityCommand(args: readonly string[]): CliResult {
  const parsed = parseCommand('eligibility', args, { json: { type: 'boolean' }, ...LANG_OPTION }, 1);
  if (!parsed.ok) return parsed.result;
  const language = languageOption(parsed.value.values.lang);
  if (!language.ok) return language.result;
  const t = language.value;
  const file = parsed.value.positionals[0]!;
  const read = readDataFile(file, 'profile');
  if (!read.ok) return read.result;
  const answer = whichProcedure(read.value as ProfileInput);
  if (!answer.ok) return fromError(answer.error, file, true, read.value);
  return success(parsed.value.values.json ? JSON.stringify(answer.value, null, 2) : formatEligibility(translateEligibility(answer.value, t.lang), t));
}
