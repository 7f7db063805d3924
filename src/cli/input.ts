/**
 * Reading the files the CLI is given: JSON or YAML, chosen by extension, with
 * errors that name the file and the line.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseDocument } from 'yaml';
import { badInput, type CliResult } from './result';

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
    return { ok: false, result: badInput(`${file}: cannot read file (${why})`) };
  }
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/**
 * Parse JSON text; on error, say where (line and column) in the file.
 *
 * @example
 * ```ts
 * parseJsonText('{"a": 1}', 'a.json'); // { ok: true, value: { a: 1 } }
 * ```
 */
export function parseJsonText(text: string, file: string): ReadResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const where = position ? ` at ${lineAndColumn(text, Number(position[1]))}` : '';
    return { ok: false, result: badInput(`${file}: not valid JSON${where}: ${message}`) };
  }
}

/**
 * Parse YAML text (YAML 1.2 core schema: dates stay strings); on error, say where.
 *
 * @example
 * ```ts
 * parseYamlText('procedure: seasonalWorker', 'a.yaml'); // { ok: true, value: { procedure: 'seasonalWorker' } }
 * ```
 */
export function parseYamlText(text: string, file: string): ReadResult {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const problem = document.errors[0];
  if (problem) {
    const where = problem.linePos?.[0] ? ` at line ${problem.linePos[0].line}, column ${problem.linePos[0].col}` : '';
    return { ok: false, result: badInput(`${file}: not valid YAML${where}: ${problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`) };
  }
  try {
    return { ok: true, value: document.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    return { ok: false, result: badInput(`${file}: not valid YAML: ${(error as Error).message}`) };
  }
}

/**
 * Read a JSON or YAML file: `.yaml`/`.yml` as YAML, anything else as JSON.
 *
 * @example
 * ```ts
 * const read = readDataFile('examples/scenarios/seasonal-worker-typical.json');
 * if (read.ok) runScenario(read.value);
 * ```
 */
export function readDataFile(file: string): ReadResult {
  const text = readText(file);
  if (!text.ok) return text;
  const extension = extname(file).toLowerCase();
  return extension === '.yaml' || extension === '.yml' ? parseYamlText(text.value, file) : parseJsonText(text.value, file);
}
