/**
 * Writes docs/glossary.md from the typed glossary in src/i18n/glossary.ts.
 */
import { writeFileSync } from 'node:fs';
import { glossaryMarkdown } from '../src/i18n/glossary';

writeFileSync(new URL('../docs/glossary.md', import.meta.url), glossaryMarkdown());
