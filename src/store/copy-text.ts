/**
 * PostgreSQL's `COPY` text format: one line per row, values separated by
 * tabs, `\N` for null, and backslash, tab, newline and carriage return
 * escaped with a backslash.
 */

const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * The rows as `COPY ... FROM STDIN` text (format `text`), each line ended by a newline.
 *
 * @example
 * ```ts
 * copyText([['case-1', 3, null], ['a\tb', 0, '{"x":"\\n"}']]);
 * // 'case-1\t3\t\\N\na\\tb\t0\t{"x":"\\\\n"}\n'
 * ```
 */
export function copyText(rows: readonly (readonly (string | number | null)[])[]): string {
  let text = '';
  for (const row of rows) {
    for (let index = 0; index < row.length; index += 1) {
      const value = row[index];
      if (index > 0) text += '\t';
      text += value === null || value === undefined ? '\\N' : typeof value === 'number' ? String(value) : value.replace(SPECIAL, (found) => ESCAPES[found]!);
    }
    text += '\n';
  }
  return text;
}
