/**
 * The README and the guides (docs/guide/*.md) as a reader meets them: every
 * TypeScript block type-checks against the built package (strict), those
 * marked `runnable` run and print what their comments claim, every shell
 * line names a real script, file or command, every link resolves (relative
 * links to a file the package ships, GitHub links to a file of the
 * repository, anchors to a heading), and the README stays under 12 KB.
 * Needs `dist/` (npm test builds it first).
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { codeBlocks, headingAnchors, markdownLinks, type CodeBlock } from './support/markdown';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);
const REPOSITORY = 'https://github.com/permit-lifecycles/permit-lifecycles';
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[]; scripts: Record<string, string> };

const documents = ['README.md', ...readdirSync(join(root, 'docs/guide')).filter((name) => name.endsWith('.md')).sort().map((name) => `docs/guide/${name}`)];
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const blocksOf = (lang: string) => documents.flatMap((doc) => codeBlocks(read(doc)).filter((block) => block.lang === lang).map((block) => ({ doc, block })));

/** Whether `path` (relative to the repository) is published: under or equal to an entry of `files`. */
const shipped = (path: string): boolean =>
  ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(path) || manifest.files.some((entry) => path === entry || path.startsWith(`${entry}/`));

const work = join(root, '.tmp', `doc-blocks-${process.pid}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the README', () => {
  it('is a newcomer\'s page of at most 12 KB that keeps the two set-up commands', () => {
    const readme = read('README.md');
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(12 * 1024);
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
    for (const guide of documents.filter((doc) => doc !== 'README.md')) expect(readme, `README does not link ${guide}`).toContain(`](${guide})`);
  });
});

describe('the guides', () => {
  it('cover the topics the README moved out', () => {
    const guides = documents.filter((doc) => doc !== 'README.md').map((doc) => doc.slice('docs/guide/'.length));
    expect(guides).toEqual(
      expect.arrayContaining(['time-and-deadlines.md', 'persistence.md', 'case-store.md', 'privacy.md', 'cli.md', 'rights.md', 'custom-procedure.md', 'store-adapter.md']),
    );
  });
});

describe('code blocks', () => {
  it('every block has a language this test checks (ts, sh or text)', () => {
    const all = documents.flatMap((doc) => codeBlocks(read(doc)).map((block) => ({ doc, block })));
    expect(all.length).toBeGreaterThan(15);
    expect(all.filter(({ block }) => !['ts', 'sh', 'text'].includes(block.lang)).map(({ doc, block }) => `${doc}:${block.line} ${block.lang || '(none)'}`)).toEqual([]);
    // text blocks are output or a tree: each is checked by a test named here
    const text = all.filter(({ block }) => block.lang === 'text').map(({ doc, block }) => `${doc}:${block.flags.join(' ')}`);
    for (const entry of text) expect(['docs/guide/cli.md:simulate-output', 'docs/guide/testing.md:layout']).toContain(entry);
  });

  it('every ts block type-checks against the built package (tsc --strict)', () => {
    const blocks = blocksOf('ts');
    expect(blocks.length).toBeGreaterThanOrEqual(10);
    mkdirSync(work, { recursive: true });
    const fileOf = new Map<string, { doc: string; block: CodeBlock }>();
    blocks.forEach((entry, index) => {
      const name = `${entry.doc.replace(/\W+/g, '-')}-${index}.ts`;
      fileOf.set(name, entry);
      writeFileSync(join(work, name), `${entry.block.code}\nexport {};\n`);
    });
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM'], types: ['node'], strict: true, noEmit: true, skipLibCheck: true, isolatedModules: true, verbatimModuleSyntax: true, typeRoots: [join(root, 'node_modules/@types')] },
        include: ['*.ts'],
      }),
    );
    let output = '';
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(work, 'tsconfig.json')], { cwd: work, encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    // name the document and the line of each error: block file line N is document line fence + N
    const located = output.replace(/^([\w.-]+\.ts)\((\d+),(\d+)\)/gm, (whole, file: string, line: string) => {
      const entry = fileOf.get(file);
      return entry ? `${entry.doc}:${entry.block.line + Number(line)}` : whole;
    });
    expect(located).toBe('');
  }, 240_000);

  it('every runnable ts block runs against the built package and prints what its comments say', async () => {
    const runnable = blocksOf('ts').filter(({ block }) => block.flags.includes('runnable'));
    expect(runnable.length).toBeGreaterThanOrEqual(2);
    mkdirSync(work, { recursive: true });
    const prelude = 'const __log = console.log;\nconsole.log = (...values: unknown[]) => __log(JSON.stringify(values.length === 1 ? values[0] : values));\n';
    await Promise.all(
      runnable.map(async ({ doc, block }, index) => {
        const where = `${doc}:${block.line}`;
        const claims = block.code
          .split('\n')
          .filter((line) => line.includes('console.log(') && line.includes('// '))
          .map((line) => line.slice(line.indexOf('// ') + 3).trim());
        expect(claims.length, `${where}: a runnable block claims what it prints`).toBeGreaterThanOrEqual(1);
        const file = join(work, `run-${index}.ts`);
        writeFileSync(file, `${prelude}${block.code}\nexport {};\n`);
        const { stdout } = await run(process.execPath, ['--import', 'tsx', file], { cwd: work, timeout: 120_000 });
        const printed = stdout.trim().split('\n').map((line) => JSON.parse(line) as unknown);
        expect(printed, where).toHaveLength(claims.length);
        claims.forEach((claim, position) => {
          const value = printed[position];
          const quoted = /^'([^']*)'/.exec(claim);
          const number = /^(\d+)\b/.exec(claim);
          const boolean = /^(true|false)\b/.exec(claim);
          const list = /^\[(.*)\]/.exec(claim);
          if (quoted) expect(value, `${where}: ${claim}`).toBe(quoted[1]);
          else if (number) expect(value, `${where}: ${claim}`).toBe(Number(number[1]));
          else if (boolean) expect(value, `${where}: ${claim}`).toBe(boolean[1] === 'true');
          else if (list) {
            const items = [...list[1]!.matchAll(/'([^']*)'/g)].map((match) => match[1]);
            expect(Array.isArray(value), `${where}: ${claim}`).toBe(true);
            expect((value as unknown[]).slice(0, items.length), `${where}: ${claim}`).toEqual(items);
          } else throw new Error(`${where}: cannot read the claim "${claim}"`);
        });
      }),
    );
  }, 240_000);

  it('the README\'s usage example is runnable and imports the package', () => {
    const use = codeBlocks(read('README.md')).find((block) => block.lang === 'ts' && block.flags.includes('runnable'));
    expect(use?.code).toContain("from 'permit-lifecycles'");
    expect(use!.code.split('\n').length).toBeLessThanOrEqual(26);
  });

  it('every shell line runs an npm script, a file or a command that exists', () => {
    const help = execFileSync(process.execPath, [join(root, 'dist/cli.js'), '--help'], { encoding: 'utf8' });
    const commands = new Set([...help.matchAll(/^ {2}([a-z]+) /gm)].map((match) => match[1]!));
    expect(commands.size).toBeGreaterThanOrEqual(8);
    const helps = new Map<string, string>();
    const commandHelp = (command: string): string => {
      if (!helps.has(command)) helps.set(command, execFileSync(process.execPath, [join(root, 'dist/cli.js'), command, '--help'], { encoding: 'utf8' }));
      return helps.get(command)!;
    };
    const problems: string[] = [];
    for (const { doc, block } of blocksOf('sh')) {
      block.code.split('\n').forEach((text, offset) => {
        const line = text.replace(/\s+#.*$/, '').trim();
        if (!line) return;
        const where = `${doc}:${block.line + offset + 1}: ${line}`;
        for (const part of line.split('&&').map((piece) => piece.trim())) {
          const words = part.split(/\s+/);
          if (part.startsWith('npm run ')) {
            if (!(words[2]! in manifest.scripts)) problems.push(`${where}: no script ${words[2]}`);
          } else if (part.startsWith('npx tsx ')) {
            if (!existsSync(join(root, words[2]!))) problems.push(`${where}: no file ${words[2]}`);
          } else if (part.startsWith('npx permit-lifecycles ')) {
            const command = words[2]!;
            if (!commands.has(command) && command !== '<command>' && !['--help', '--version'].includes(command)) problems.push(`${where}: no command ${command}`);
            const options = commands.has(command) ? commandHelp(command) : help;
            for (const option of part.match(/--[a-z-]+/g) ?? []) if (!options.includes(option) && option !== '--help') problems.push(`${where}: no option ${option}`);
          } else if (!/^npm (ci|test|install [a-z@/.^0-9 -]+)$/.test(part)) problems.push(`${where}: not a command this test knows`);
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it('the layout tree names folders that exist', () => {
    const layout = codeBlocks(read('docs/guide/testing.md')).find((block) => block.flags.includes('layout'));
    expect(layout).toBeDefined();
    const folders = layout!.code.split('\n').flatMap((line) => (line.split(/\s{2,}/)[0] ?? '').split(/\s+/)).filter((word) => word.endsWith('/'));
    expect(folders.length).toBeGreaterThan(10);
    for (const folder of folders) expect(existsSync(join(root, folder.replace('<procedure>', 'seasonal-worker'))), folder).toBe(true);
  });
});

describe('links', () => {
  const links = documents.flatMap((doc) => markdownLinks(read(doc)).map((link) => ({ doc, ...link })));

  it('finds the links', () => {
    expect(links.length).toBeGreaterThan(40);
  });

  it('every relative link resolves to a file the package ships, and its anchor to a heading', () => {
    const problems: string[] = [];
    for (const { doc, target, line } of links) {
      if (/^[a-z]+:/.test(target)) continue;
      const [path = '', anchor] = target.split('#');
      const file = path === '' ? doc : normalize(join(dirname(doc), decodeURI(path))).split('\\').join('/');
      const where = `${doc}:${line} ${target}`;
      if (file.startsWith('..') || !existsSync(join(root, file)) || !statSync(join(root, file)).isFile()) problems.push(`${where}: no such file`);
      else if (!shipped(file)) problems.push(`${where}: ${file} is not in the package (package.json "files")`);
      else if (anchor && file.endsWith('.md') && !headingAnchors(read(file)).has(anchor)) problems.push(`${where}: no heading #${anchor} in ${file}`);
    }
    expect(problems).toEqual([]);
  });

  it('every link to the repository on GitHub names a file or folder of this repository', () => {
    const problems: string[] = [];
    for (const { doc, target, line } of links.filter((link) => link.target.startsWith(REPOSITORY))) {
      const match = /^https:\/\/github\.com\/permit-lifecycles\/permit-lifecycles(?:\/(?:blob|tree)\/main\/([^#]+))?(?:#.*)?$/.exec(target);
      if (!match) problems.push(`${doc}:${line} ${target}: not a blob/tree link on main`);
      else if (match[1] && !existsSync(join(root, match[1]))) problems.push(`${doc}:${line} ${target}: no ${match[1]} here`);
    }
    expect(problems).toEqual([]);
  });

  it('checks what it claims: a missing file, an unshipped file and a missing anchor are each found', () => {
    expect(headingAnchors('# Rights: who decides\n## `status` and deadlines\n')).toEqual(new Set(['rights-who-decides', 'status-and-deadlines']));
    expect(shipped('docs/guide/cli.md')).toBe(true);
    expect(shipped('docs/machines/seasonalWorker.svg')).toBe(true);
    expect(shipped('examples/create-case.ts')).toBe(false);
    expect(shipped('tests/docs.test.ts')).toBe(false);
    expect(relative(root, join(root, 'docs/guide/../machines/x.md'))).toBe('docs/machines/x.md');
  });
});
