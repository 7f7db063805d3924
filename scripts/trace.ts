/**
 * `npm run trace`: read the seed pages, the reviewed marking in
 * `traceability/*.json` and the library's sources, and write
 * `docs/traceability.md` and `src/trace/links.generated.ts`. Reproducible:
 * running it twice changes nothing; `tests/traceability.test.ts` fails when
 * the committed files differ from a fresh generation.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { traceOutputs } from '../src/trace/outputs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

for (const output of traceOutputs()) {
  const path = join(root, output.path);
  const same = existsSync(path) && readFileSync(path, 'utf8') === output.content;
  if (!same) writeFileSync(path, output.content);
  console.log(`${same ? 'unchanged' : 'wrote    '} ${output.path}`);
}
