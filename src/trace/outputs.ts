/**
 * The files `npm run trace` writes, computed fresh (used by the script and by
 * the test that checks the committed files are up to date).
 */
import { SEED_FILES } from './data';
import { linksModule, traceabilityReport } from './report';
import { allSourceRefs } from './sources';
import { tracePage, type PageTrace } from './trace';

/**
 * Trace every seed page against the library as it is now.
 *
 * @example
 * ```ts
 * traceAllPages().map((page) => page.file);
 * ```
 * @category Diagrams
 */
export function traceAllPages(): PageTrace[] {
  const refs = allSourceRefs();
  return SEED_FILES.map((file) => tracePage(file, refs));
}

/**
 * The generated files, by repository-relative path, with their content.
 *
 * @example
 * ```ts
 * traceOutputs().map((output) => output.path); // ['docs/traceability.md', 'src/trace/links.generated.ts']
 * ```
 * @category Diagrams
 */
export function traceOutputs(pages: PageTrace[] = traceAllPages()): { path: string; content: string }[] {
  return [
    { path: 'docs/traceability.md', content: traceabilityReport(pages) },
    { path: 'src/trace/links.generated.ts', content: linksModule(pages) },
  ];
}
