/**
 * `diagram <procedure>`: the state diagram of a procedure, as Mermaid or DOT.
 */
import { toDot, toMermaid } from '../../diagram';
import { getProcedure, listProcedures } from '../../../machines/registry';
import { parseCommand } from '../args';
import { badInput, procedureHint, success, type CliResult } from '../result';

const FORMATS = { mermaid: toMermaid, dot: toDot } as const;

/**
 * Run `diagram` with its arguments (after the command name).
 *
 * @example
 * ```ts
 * diagramCommand(['seasonalWorker', '--format', 'dot']).stdout.startsWith('digraph'); // true
 * ```
 */
export function diagramCommand(args: readonly string[]): CliResult {
  const parsed = parseCommand('diagram', args, { format: { type: 'string' } }, 1);
  if (!parsed.ok) return parsed.result;
  const { values, positionals } = parsed.value;
  const id = positionals[0]!;
  const format = (values.format as string | undefined) ?? 'mermaid';
  if (!Object.hasOwn(FORMATS, format)) return badInput(`--format: "${format}" is not a diagram format; use mermaid or dot`, { option: '--format' });
  const procedure = getProcedure(id);
  if (!procedure) {
    const known = listProcedures().map((entry) => entry.id);
    const hint = procedureHint(id, known).map((line) => `\n  ${line}`).join('');
    return badInput(`diagram: unknown procedure "${id}"; known: ${known.join(', ')}${hint}`, { code: 'procedure.unknown', path: [] });
  }
  return success(FORMATS[format as keyof typeof FORMATS](procedure.machine));
}
