/**
 * The command line's errors in French and German (issue 25): every message
 * the CLI builds, and the refusals of the library it shows, has a French and
 * a German wording; codes, options, files, ids and quotes stay as they are;
 * `--json` stays English for programs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run';
import { cliErrorLine, requestedLang } from '../src/i18n/cli-errors';
import { translator } from '../src/i18n';

const dir = mkdtempSync(join(tmpdir(), 'permit-lifecycles-cli-errors-i18n-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const scenario = (events: unknown[], procedure = 'seasonalWorker'): string => JSON.stringify({ procedure, openedOn: '2026-01-01', events });

/** One invocation per message the command line builds (the usage text after it stays English). */
const CASES: string[][] = [
  ['simulate'],
  ['simulate', join(dir, 'nope.json')],
  ['simulate', dir],
  ['simulate', file('empty.json', '')],
  ['status', file('empty-snapshot.json', ' ')],
  ['eligibility', file('empty.yaml', '# nothing yet\n')],
  ['simulate', file('bad.json', '{"a": }')],
  ['simulate', file('bad.yaml', 'a: [\n')],
  ['simulate', file('no-opened.json', JSON.stringify({ procedure: 'seasonalWorker', events: [] }))],
  ['simulate', file('nothing.json', '{}')],
  ['simulate', file('missing-and-wrong.json', JSON.stringify({ title: 3, readOn: 'x' }))],
  ['eligibility', file('profile.json', '{}')],
  ['simulate', file('refused.json', scenario([{ type: 'visa.issued', at: '2026-01-05' }]))],
  ['simulate', file('conditions.json', scenario([{ type: 'vacancy.declared', at: '2026-01-05' }, { type: 'vacancy.filled', at: '2026-01-06' }, { type: 'vacancy.declared', at: '2026-01-07' }]))],
  ['simulate', file('order.json', scenario([{ type: 'vacancy.declared', at: '2026-01-05' }, { type: 'vacancy.declared', at: '2026-01-02' }]))],
  ['simulate', file('unknown.json', scenario([], 'seasonalWokrer'))],
  ['status', 'x.json', '--at', '2026-7-1'],
  ['report', 'x.json', '--at', '2026-7-1'],
  ['status', 'x.json', '--wat'],
  ['simulate', 'x.json', '--at'],
  ['simulate', 'x.json', '--json=3'],
  ['simulate', file('ok.json', scenario([])), '--save', join(dir, 'no', 'such', 'dir.json')],
  ['simlate'],
  ['--wat'],
];

/**
 * The lines of an error in French or German with English left, once paths,
 * quotes, codes, options and ids are taken out. What a parser says (JSON,
 * YAML, the schema's issues listed under the message) stays in its words.
 */
function english(stderr: string): string[] {
  const usage = stderr.indexOf('\nUsage:');
  const head = usage >= 0 ? stderr.slice(0, usage) : stderr;
  return head
    .split('\n')
    .filter((line) => !/^\s+[\w.[\]]+: /.test(line))
    .map((line) =>
      line
        .replace(/((?:colonne|Spalte) \d+ ?:).*$/, '$1')
        .replace(/\S*\/\S*/g, '')
        .replace(/"[^"]*"/g, '')
        .replace(/\[[a-zA-Z]+\.[a-zA-Z]+\]/g, '')
        .replace(/`[^`]*`/g, '')
        .replace(/--?[a-z]+\b/g, '')
        .replace(/\b[a-z]+(?:[A-Z]\w*|\.[a-z]\w*|\[\d+\])+(\.\w+)?\b/g, '')
        .replace(/\b\w+\(\w*\)/g, ''),
    )
    .filter((line) => /\b(the|and|of|is|not|file|expected|got|unknown|required|missing|allowed|needs|did you mean|cannot|valid|line|column|event|earlier|problems?|written)\b/.test(line));
}

describe('CLI errors in French and German', () => {
  for (const argv of CASES) {
    it.each(['fr', 'de'] as const)(`${argv[0]} ${argv.slice(1).map((arg) => arg.replace(dir, '…')).join(' ')} --lang %s`, (lang) => {
      const en = runCli(argv);
      expect(en.exitCode).not.toBe(0);
      const local = runCli([...argv, '--lang', lang]);
      expect(local.exitCode).toBe(en.exitCode);
      // Every line of the English message before the usage text has a pattern.
      const usage = en.stderr.indexOf('\nUsage:');
      const lines = (usage >= 0 ? en.stderr.slice(0, usage) : en.stderr).split('\n').filter((line) => line.trim() !== '' && !line.startsWith('Usage:'));
      expect(lines.filter((line) => cliErrorLine(line, translator(lang)) === undefined)).toEqual([]);
      expect(english(local.stderr)).toEqual([]);
      // The code stays an id.
      const code = /\[([a-zA-Z]+\.[a-zA-Z]+)\]/.exec(en.stderr)?.[1];
      if (code) expect(local.stderr).toContain(`[${code}]`);
    });
  }

  it('the check finds English in the English errors', () => {
    expect(CASES.flatMap((argv) => english(runCli(argv).stderr)).length).toBeGreaterThan(CASES.length / 2);
  });

  it('writes a refused event with the names of the event and the states', () => {
    const path = join(dir, 'refused.json');
    expect(runCli(['simulate', path, '--lang', 'fr']).stderr).toBe(
      `${path}: events[0].type\u00a0: événement 0 (visa délivré, le 5 janvier 2026) : « visa délivré » n’est pas possible à l’étape « poste vacant à déclarer » ; possible maintenant : poste vacant déclaré à l’ADEM [event.notAllowed]`,
    );
    expect(runCli(['simulate', path, '--lang', 'de']).stderr).toBe(
      `${path}: events[0].type: Ereignis 0 (Visum ausgestellt am 5. Januar 2026): „Visum ausgestellt“ ist im Schritt „freie Stelle zu melden“ nicht möglich; jetzt möglich: freie Stelle bei der ADEM gemeldet [event.notAllowed]`,
    );
  });

  it('keeps --json in English, for programs, and an unknown line as it is', () => {
    const path = join(dir, 'nope.json');
    expect(JSON.parse(runCli(['simulate', path, '--lang', 'fr', '--json']).stderr)).toMatchObject({ code: 'argument.invalid', message: 'cannot read file (no such file)' });
    expect(cliErrorLine('something nobody wrote', translator('fr'))).toBeUndefined();
  });

  it('reads --lang before a -- that ends the options', () => {
    expect(requestedLang(['status', 'a.json', '--lang', 'fr'])).toBe('fr');
    expect(requestedLang(['status', 'a.json', '--lang=de'])).toBe('de');
    expect(requestedLang(['status', '--', '--lang', 'fr'])).toBeUndefined();
    expect(requestedLang(['status', '--lang', 'lb'])).toBeUndefined();
  });
});
