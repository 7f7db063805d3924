/**
 * `npm run diagrams`: write `docs/machines/<procedure id>.md` for every
 * registered procedure (Mermaid diagram and tables), refresh the list of
 * pages in the README's "Machines" section, and remove generated pages of
 * procedures that are no longer registered. Reproducible: running it twice
 * changes nothing; `tests/diagrams.test.ts` fails when the committed files differ.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listProcedures } from '../machines/registry';
import { machinePageFiles, withMachinesSection } from '../src/diagram/files';
import { GENERATED_PAGE_MARKER } from '../src/diagram/page';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function writeIfChanged(path: string, content: string): boolean {
  const absolute = join(root, path);
  if (existsSync(absolute) && readFileSync(absolute, 'utf8') === content) return false;
  mkdirSync(dirname(absolute), { recursive: true });
  writeFileSync(absolute, content);
  return true;
}

function main(): number {
  const procedures = listProcedures();
  const files = machinePageFiles(procedures);
  for (const file of files) console.log(`${writeIfChanged(file.path, file.content) ? 'wrote    ' : 'unchanged'} ${file.path}`);

  const pagesDir = join(root, 'docs/machines');
  const current = new Set(files.map((file) => file.path));
  for (const name of readdirSync(pagesDir)) {
    const path = `docs/machines/${name}`;
    if (!name.endsWith('.md') || current.has(path)) continue;
    if (readFileSync(join(root, path), 'utf8').startsWith(GENERATED_PAGE_MARKER)) {
      rmSync(join(root, path));
      console.log(`removed   ${path} (no such procedure is registered)`);
    }
  }

  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const next = withMachinesSection(readme, procedures);
  if (next === null) {
    console.error('README.md has no "Machines" block (<!-- machines:start ... --> ... <!-- machines:end -->); the page list was not updated.');
    return 1;
  }
  console.log(`${writeIfChanged('README.md', next) ? 'wrote    ' : 'unchanged'} README.md (Machines section)`);
  return 0;
}

process.exitCode = main();
