import { apply, createCase, type PermitCase } from '../../src';

/** Open a salaried-worker case and apply events, failing loudly on any refusal. */
export function salariedCase(events: readonly unknown[], facts: Record<string, unknown> = { visaRequired: true }, openedOn = '2026-01-12'): PermitCase {
  const opened = createCase('salariedWorker' as string, { at: openedOn, facts });
  if (!opened.ok) throw opened.error;
  let current = opened.value;
  for (const event of events) {
    const next = apply(current, event);
    if (!next.ok) throw new Error(`${JSON.stringify(event)}: ${next.error.message}`);
    current = next.value;
  }
  return current;
}

export const completeApplication = [
  'passportCopy',
  'birthCertificate',
  'criminalRecordExtract',
  'curriculumVitae',
  'qualificationsCopy',
  'employmentContractCopy',
  'ademCertificateOriginal',
  'coveringLetter',
];

export const completeRenewal = ['renewalForm', 'passportPagesCopy', 'workContractCopy', 'socialSecurityAffiliation', 'luxembourgCriminalRecordExtract', 'feePayment'];

export const application = {
  type: 'application.submitted',
  at: '2026-03-02',
  employer: 'Example Software SA',
  profession: '2512 Software developers',
  sector: 'J Information and communication',
  documents: completeApplication,
};

/** Events up to a submitted, complete application on 2026-03-02. */
export const toSubmitted = [
  { type: 'vacancy.declared', at: '2026-01-12' },
  { type: 'clock.advanced', at: '2026-02-03' },
  { type: 'ademCertificate.issued', at: '2026-02-06' },
  application,
];

/** Events up to a declaration of arrival on 2026-06-02 (visa required). */
export const toArrivalDeclared = [
  ...toSubmitted,
  { type: 'authorisation.granted', at: '2026-05-04' },
  { type: 'visa.issued', at: '2026-05-20' },
  { type: 'territory.entered', at: '2026-06-01' },
  { type: 'arrival.declared', at: '2026-06-02' },
];

/** Events up to a collected first permit (valid until 2027-06-01). */
export const toPermitValid = [
  ...toArrivalDeclared,
  { type: 'medicalCertificate.issued', at: '2026-06-08' },
  { type: 'residencePermit.applied', at: '2026-06-09', documents: ['housingProof', 'feePayment'] },
  { type: 'residencePermit.approved', at: '2026-07-15' },
  { type: 'biometrics.taken', at: '2026-07-22' },
  { type: 'residencePermit.collected', at: '2026-08-12' },
];

/** Events up to a refusal of the temporary authorisation notified on `on`, the application submitted on `submittedOn`. */
export function toRefused(on: string, submittedOn = application.at): unknown[] {
  return [...toSubmitted.slice(0, -1), { ...application, at: submittedOn }, { type: 'authorisation.refused', at: on }];
}
