import { apply, createCase, type PermitCase } from '../../src';

/** Open a seasonal-worker case and apply events, failing loudly on any refusal. */
export function seasonalCase(events: readonly unknown[], facts: Record<string, unknown> = { visaRequired: true }, openedOn = '2026-01-12'): PermitCase {
  const opened = createCase('seasonalWorker' as string, { at: openedOn, facts });
  if (!opened.ok) throw opened.error;
  let current = opened.value;
  for (const event of events) {
    const next = apply(current, event);
    if (!next.ok) throw new Error(`${JSON.stringify(event)}: ${next.error.message}`);
    current = next.value;
  }
  return current;
}

export const completeApplication = ['passportCopy', 'criminalRecordExtract', 'qualificationsCopy', 'seasonalContractCopy', 'ademCertificateOriginal', 'housingProof'];

/** Events up to a submitted, complete application on 2026-02-10. */
export const toSubmitted = [
  { type: 'vacancy.declared', at: '2026-01-12' },
  { type: 'clock.advanced', at: '2026-02-03' },
  { type: 'ademCertificate.issued', at: '2026-02-05' },
  { type: 'application.submitted', at: '2026-02-10', submittedFrom: 'abroad', employer: 'Domaine Example SARL', activity: 'harvesting', documents: completeApplication },
];

/** Events up to a declared arrival on 2026-04-16 (visa required). */
export const toArrivalDeclared = [
  ...toSubmitted,
  { type: 'authorisation.granted', at: '2026-03-20' },
  { type: 'visa.issued', at: '2026-04-02' },
  { type: 'territory.entered', at: '2026-04-14' },
  { type: 'arrival.declared', at: '2026-04-16' },
];

/** Events up to a collected residence permit valid until 2026-07-31. */
export const toPermitValid = [
  ...toArrivalDeclared,
  { type: 'medicalCertificate.issued', at: '2026-04-28' },
  { type: 'residencePermit.applied', at: '2026-04-30' },
  { type: 'residencePermit.approved', at: '2026-05-20', validUntil: '2026-07-31' },
  { type: 'biometrics.taken', at: '2026-05-27' },
  { type: 'residencePermit.collected', at: '2026-06-03' },
];
