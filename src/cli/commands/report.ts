/**
 * `report`: a case (a snapshot written by `simulate --save` or `serialize`,
 * or a scenario file) as one self-contained HTML page.
 */
import { writeFileSync } from 'node:fs';
import { isoDateSchema, type IsoDate } from '../../calendar';
import type { PermitCase } from '../../case/types';
import { PermitLifecycleError } from '../../errors';
import { restore } from '../../persistence/snapshot';
import { renderCaseReport, renderCaseReportWithDiagram } from '../../report';
import { runScenario } from '../../scenario/run';
import { parseCommand } from '../args';
import { LANG_OPTION } from '../lang';
import { isLang } from '../../i18n/lang';
import type { ReportTranslator } from '../../i18n/report-en';
import { reportTranslator } from '../../i18n/translator';
import { uiMessages } from '../../i18n/ui';
import { readDataFile } from '../input';
import { badInput, fromError, success, type CliResult } from '../result';

/** A scenario file names its procedure and opening day; a snapshot names neither at its top level. */
function looksLikeScenario(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'procedure' in value && 'openedOn' in value;
}

/** The case the file holds, read as a scenario or restored as a snapshot; the reading day a scenario names. */
function caseFrom(file: string): { ok: true; value: PermitCase; readOn?: IsoDate } | { ok: false; result: CliResult } {
  const read = readDataFile(file);
  if (!read.ok) return read;
  if (looksLikeScenario(read.value)) {
    const run = runScenario(read.value);
    return run.ok ? { ok: true, value: run.value.case, readOn: run.value.readOn } : { ok: false, result: fromError(run.error, file) };
  }
  const restored = restore(read.value);
  return restored.ok ? { ok: true, value: restored.value } : { ok: false, result: fromError(restored.error, file) };
}

/** What `report` was asked for, once its arguments and file are read. */
interface ReportRequest {
  current: PermitCase;
  at: IsoDate | undefined;
  out: string | undefined;
  withPersonalData: boolean;
  file: string;
  /** The report's language, when `--lang` was given. */
  translator: ReportTranslator | undefined;
}

function reportRequest(args: readonly string[]): { ok: true; value: ReportRequest } | { ok: false; result: CliResult } {
  const parsed = parseCommand('report', args, { at: { type: 'string' }, out: { type: 'string' }, 'with-personal-data': { type: 'boolean' }, ...LANG_OPTION }, 1);
  if (!parsed.ok) return parsed;
  const { values, positionals } = parsed.value;
  const lang = values.lang;
  if (lang !== undefined && !(typeof lang === 'string' && isLang(lang))) return { ok: false, result: badInput(uiMessages('en').unknownLang(String(lang)), { option: '--lang' }) };
  const file = positionals[0]!;
  // Checked by the read functions, which answer a bad date with a typed error.
  const at = values.at as IsoDate | undefined;
  if (at !== undefined && !isoDateSchema.safeParse(at).success) return { ok: false, result: badInput(`--at: "${at}" is not a date written YYYY-MM-DD`) };
  const found = caseFrom(file);
  if (!found.ok) return found;
  return { ok: true, value: { current: found.value, at: at ?? found.readOn, out: values.out as string | undefined, withPersonalData: values['with-personal-data'] === true, file, translator: lang === undefined ? undefined : reportTranslator(lang) } };
}

function written(request: ReportRequest, render: () => string): CliResult {
  let html: string;
  try {
    html = render();
  } catch (error) {
    if (error instanceof PermitLifecycleError) return error.path[0] === 'at' ? fromError(error, '--at', false) : fromError(error, request.file);
    throw error;
  }
  if (request.out === undefined) return success(html);
  try {
    writeFileSync(request.out, html);
  } catch (error) {
    return badInput(`--out ${request.out}: cannot write file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return success(`Report written to ${request.out}`);
}

/**
 * Run `report` with its arguments (after the command name), without the
 * diagram (drawing it is asynchronous: see {@link reportCommandWithDiagram}).
 *
 * @example
 * ```ts
 * reportCommand(['case.json', '--at', '2026-08-01', '--out', 'case.html']).exitCode; // 0
 * ```
 */
export function reportCommand(args: readonly string[]): CliResult {
  const request = reportRequest(args);
  if (!request.ok) return request.result;
  const { current, at, withPersonalData, translator } = request.value;
  return written(request.value, () => renderCaseReport(current, at, { withPersonalData, ...(translator ? { translator } : {}) }));
}

/**
 * `report` as the binary runs it: with the procedure's diagram, the case's
 * path highlighted.
 *
 * @example
 * ```ts
 * (await reportCommandWithDiagram(['case.json', '--out', 'case.html'])).exitCode; // 0
 * ```
 */
export async function reportCommandWithDiagram(args: readonly string[]): Promise<CliResult> {
  const request = reportRequest(args);
  if (!request.ok) return request.result;
  const { current, at, withPersonalData, translator } = request.value;
  let html: string;
  try {
    html = await renderCaseReportWithDiagram(current, at, { withPersonalData, ...(translator ? { translator } : {}) });
  } catch (error) {
    if (error instanceof PermitLifecycleError) return written(request.value, () => { throw error; });
    throw error;
  }
  return written(request.value, () => html);
}
