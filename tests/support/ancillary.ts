import { expect } from 'vitest';
import { apply, applyAll, createCase, serialize, type PermitCase } from '../../src';

export const employer = 'Brasserie Example SARL';

/** Every item of the first application's checklist, for an applicant filing in person. */
export const completeApplication = [
  'identityAndAddress',
  'passportCopy',
  'curriculumVitae',
  'qualificationsCopy',
  'employmentContractCopy',
  'vacancyDeclarationProof',
  'socialSecurityAffiliationCertificate',
  'feePayment',
];
/** The renewal checklist when the work permit and the residence permit expire together (an adult). */
export const renewalTogether = ['passportCopy', 'employmentContractCopy', 'socialSecurityAffiliationCertificate', 'luxembourgCriminalRecordExtract', 'resourcesProof', 'feePayment'];
/** The renewal checklist when the residence permit remains valid. */
export const renewalAlone = ['passportCopy', 'employmentContractCopy', 'socialSecurityAffiliationCertificate', 'feePayment'];

/** Open an ancillary work permit case, failing loudly on a refusal. */
export function openAncillary(facts: Record<string, unknown>, at = '2026-01-12'): PermitCase {
  const opened = createCase('ancillaryWorkPermit' as string, { at, facts });
  if (!opened.ok) throw opened.error;
  return opened.value;
}

/** Apply events, failing loudly on a refusal. */
export function run(current: PermitCase, events: Record<string, unknown>[]): PermitCase {
  const next = applyAll(current, events);
  if (!next.ok) throw next.error;
  return next.value;
}

/** The error of an event that must be refused, checking that the case is unchanged. */
export function refused(current: PermitCase, event: Record<string, unknown>): { code: string; message: string; path: readonly (string | number)[] } {
  const before = serialize(current);
  const result = apply(current, event);
  if (result.ok) throw new Error(`${String(event.type)} was accepted`);
  expect(serialize(current)).toBe(before);
  return result.error;
}
