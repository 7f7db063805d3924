/**
 * Status notices of the cross-border family exemption: how documents must be
 * presented before the application is filed, and why a granted exemption ended.
 */
import type { IsoDate } from '../../src/calendar';
import type { CaseContext, Notice } from '../../src/case/types';
import type { CrossBorderFamilyExemptionContext } from './context';
import { crossBorderExemptionEndings } from './endings';

const file = '003_07cc08630c496fa1.txt' as const;

/**
 * Notices for a cross-border family exemption case on a given day.
 *
 * @example
 * ```ts
 * crossBorderFamilyExemptionNotices(someCase.context, '2026-03-01');
 * ```
 * @category Procedures
 */
export function crossBorderFamilyExemptionNotices(base: CaseContext, _at: IsoDate): Notice[] {
  const context = base as CrossBorderFamilyExemptionContext;
  const notices: Notice[] = [];
  if (context.submittedOn === null) {
    notices.push({
      code: 'originalsOrCertifiedCopies',
      message: 'The documents enclosed must be originals or certified true copies; the Minister may ask for a doubtful document to be authenticated and legalised (or apostilled).',
      source: { file, section: 'Application for a work permit exemption', quote: 'The documents enclosed must be originals or certified true copies' },
    });
  }
  if (context.ending) {
    const ending = crossBorderExemptionEndings[context.ending.reason];
    notices.push({
      code: 'exemptionEnded',
      message: `The exemption ended on ${context.ending.on}: ${ending.label.charAt(0).toLowerCase()}${ending.label.slice(1)}. ${ending.assumption}`,
      source: ending.source,
    });
  }
  return notices;
}
