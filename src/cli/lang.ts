/**
 * The `--lang` option: which language a command writes in. Without it the
 * command prints the compact English form (ids and ISO dates) it always did.
 */
import { isLang } from '../i18n/lang';
import { translator, type Translator } from '../i18n/translator';
import { uiMessages } from '../i18n/ui';
import { badInput, type CliResult } from './result';

/**
 * The option spec of `--lang`, to spread into a command's options.
 *
 * @example
 * ```ts
 * parseCommand('status', args, { ...LANG_OPTION, json: { type: 'boolean' } }, 1);
 * ```
 */
export const LANG_OPTION = { lang: { type: 'string' as const } };

/**
 * The translator for a `--lang` value, or the bad-input result to print
 * when the value is not `en`, `fr` or `de`.
 *
 * @example
 * ```ts
 * const chosen = languageOption('fr');
 * if (chosen.ok) chosen.value.lang; // 'fr'
 * ```
 */
export function languageOption(value: string | boolean | undefined): { ok: true; value: Translator } | { ok: false; result: CliResult } {
  if (value === undefined) return { ok: true, value: translator('en', { readable: false }) };
  if (typeof value === 'string' && isLang(value)) return { ok: true, value: translator(value) };
  return { ok: false, result: badInput(uiMessages('en').unknownLang(String(value)), { option: '--lang' }) };
}
