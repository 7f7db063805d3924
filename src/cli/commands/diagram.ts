/**
 * `diagram <procedure>`: the state diagram of a procedure, as Mermaid or DOT.
 */
import { toDot, toMermaid } from '../../diagram';
import { getProcedure, listProcedures } from '../../../machines/registry';
import { parseCommand } from '../args';
import { badInput, success, type CliResult } from '../result';

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
  if (!Object.hasOwn(FORMATS, format)) return badInput(`--format: "${format}" is not a diagram format; use mermaid or dot`);
  const procedure = getProcedure(id);
  if (!procedure) return badInput(`diagram: unknown procedure "${id}"; known: ${listProcedures().map((known) => known.id).join(', ')}`);
  return success(FORMATS[format as keyof typeof FORMATS](procedure.machine));
}
