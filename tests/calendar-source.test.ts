import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '..', 'src', 'calendar');
const files = readdirSync(dir).filter((name) => name.endsWith('.ts'));

describe('src/calendar sources', () => {
  it('exist', () => {
    expect(files).toEqual(
      expect.arrayContaining(['index.ts', 'iso-date.ts', 'arithmetic.ts', 'holidays.ts', 'working-days.ts', 'rolling-window.ts']),
    );
  });

  it.each(files)('%s never reads the system clock', (name) => {
    const source = readFileSync(join(dir, name), 'utf8');
    expect(source).not.toMatch(/Date\.now\s*\(/);
    expect(source).not.toMatch(/new\s+(UTC)?Date\s*\(\s*\)/);
    expect(source).not.toMatch(/new\s+(UTC)?Date\s*[;,)]/);
  });

  it.each(files.filter((name) => name !== 'index.ts'))('%s documents every export with a summary and an @example', (name) => {
    const lines = readFileSync(join(dir, name), 'utf8').split('\n');
    const exported = lines.flatMap((line, index) => (/^export (const|function|type|interface) /.test(line) ? [index] : []));
    expect(exported.length).toBeGreaterThan(0);
    for (const index of exported) {
      expect(lines[index - 1]?.trim(), `comment before: ${lines[index]}`).toBe('*/');
      let open = index - 1;
      while (open > 0 && !lines[open]?.trim().startsWith('/**')) open -= 1;
      const comment = lines.slice(open, index).join('\n');
      expect(comment, `@example for: ${lines[index]}`).toContain('@example');
      expect(lines[open + 1]?.trim().replace(/^\*\s*/, '').length, `summary for: ${lines[index]}`).toBeGreaterThan(10);
    }
  });
});
