/**
 * Reading the files the CLI is given: JSON or YAML, chosen by extension, with
 * errors that name the file and the line.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseDocument } from 'yaml';
import type { PermitErrorCode } from '../errors';
import { jsonErrorOffset, lineAndColumn } from './json-position';
import { badInput, type CliResult } from './result';

/**
 * What a file given to the CLI holds; it chooses the error code of a file
 * that cannot be parsed (`scenario.invalid`, `profile.invalid`,
 * `snapshot.corrupt`) and the words of the messages.
 *
 * @example
 * ```ts
 * const kind: InputKind = 'profile';
 * ```
 */
export type InputKind = 'scenario' | 'profile' | 'snapshot';

const CODES: Record<InputKind, PermitErrorCode> = { scenario: 'scenario.invalid', profile: 'profile.invalid', snapshot: 'snapshot.corrupt' };

const EXPECTED: Record<InputKind, string> = {
  scenario: 'a scenario (JSON or YAML, see docs/scenario.schema.json)',
  profile: 'a profile (JSON or YAML, see docs/profile.schema.json)',
  snapshot: 'a snapshot (JSON written by `simulate --save` or serialize())',
};

/** A file with nothing in it but white space (or, for YAML, comments). */
function emptyFile(file: string, kind: InputKind): ReadResult {
  return { ok: false, result: badInput(`${file}: the file is empty; expected ${EXPECTED[kind]} [${CODES[kind]}]`, { code: CODES[kind], file }) };
}

/**
 * A file's parsed content, or the CLI result explaining why it could not be read.
 *
 * @example
 * ```ts
 * const read: ReadResult = readDataFile('scenario.yaml');
 * ```
 */
export type ReadResult = { ok: true; value: unknown } | { ok: false; result: CliResult };

/**
 * The text of a file, or a bad-input result saying why it cannot be read.
 *
 * @example
 * ```ts
 * const read = readText('snapshot.json');
 * ```
 */
export function readText(file: string): { ok: true; value: string } | { ok: false; result: CliResult } {
  try {
    return { ok: true, value: readFileSync(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? 'unreadable');
    return { ok: false, result: badInput(`${file}: cannot read file (${why})`, { file }) };
  }
}

/** The words of a `JSON.parse` error without the position or the echoed text, which the CLI says better. */
function jsonProblem(message: string): string {
  return message
    .replace(/, (?:\.\.\.)?"[\s\S]*" is not valid JSON$/, '')
    .replace(/ in JSON at position \d+(?: \(line \d+ column \d+\))?$/, '')
    .replace(/^Unexpected end of JSON input$/, 'unexpected end of the file');
}

/**
 * Parse JSON text; on error, say where (line and column) in the file. Text
 * with nothing but white space is an empty file, said so.
 *
 * @example
 * ```ts
 * parseJsonText('{"a": 1}', 'a.json'); // { ok: true, value: { a: 1 } }
 * parseJsonText('{"a": }', 'a.json'); // stderr 'a.json: not valid JSON at line 1, column 7: Unexpected token \'}\' [scenario.invalid]'
 * ```
 */
export function parseJsonText(text: string, file: string, kind: InputKind = 'scenario'): ReadResult {
  if (text.trim() === '') return emptyFile(file, kind);
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const offset = jsonErrorOffset(text) ?? 0;
    const { line, column } = lineAndColumn(text, offset);
    const problem = jsonProblem((error as Error).message);
    const message = `not valid JSON at line ${line}, column ${column}: ${problem}`;
    return { ok: false, result: badInput(`${file}: ${message} [${CODES[kind]}]`, { code: CODES[kind], file, message, line, column }) };
  }
}

/**
 * Parse YAML text (YAML 1.2 core schema: dates stay strings); on error, say
 * where; a file of only comments and blank lines is an empty file, said so.
 *
 * @example
 * ```ts
 * parseYamlText('procedure: seasonalWorker', 'a.yaml'); // { ok: true, value: { procedure: 'seasonalWorker' } }
 * parseYamlText('# nothing yet', 'a.yaml', 'profile'); // stderr 'a.yaml: the file is empty; expected a profile ...'
 * ```
 */
export function parseYamlText(text: string, file: string, kind: InputKind = 'scenario'): ReadResult {
  const code = CODES[kind];
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const problem = document.errors[0];
  if (problem) {
    const position = problem.linePos?.[0];
    const where = position ? ` at line ${position.line}, column ${position.col}` : '';
    const message = `not valid YAML${where}: ${problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
    const located = position ? { line: position.line, column: position.col } : {};
    return { ok: false, result: badInput(`${file}: ${message} [${code}]`, { code, file, message, ...located }) };
  }
  // Nothing but comments and blank lines: YAML reads that as null, which a schema would call "expected object, received null".
  if (document.contents === null) return emptyFile(file, kind);
  try {
    return { ok: true, value: document.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    const message = `not valid YAML: ${(error as Error).message}`;
    return { ok: false, result: badInput(`${file}: ${message} [${code}]`, { code, file, message }) };
  }
}

/**
 * Read a JSON or YAML file: `.yaml`/`.yml` as YAML, anything else as JSON;
 * `kind` says what it should hold, for the messages and error codes.
 *
 * @example
 * ```ts
 * const read = readDataFile('examples/scenarios/seasonal-worker-typical.json');
 * if (read.ok) runScenario(read.value);
 * ```
 */
export function readDataFile(file: string, kind: InputKind = 'scenario'): ReadResult {
  const text = readText(file);
  if (!text.ok) return text;
  const extension = extname(file).toLowerCase();
  return extension === '.yaml' || extension === '.yml' ? parseYamlText(text.value, file, kind) : parseJsonText(text.value, file, kind);
}
