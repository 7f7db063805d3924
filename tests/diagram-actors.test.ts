import { describe, expect, it } from 'vitest';
import { EVENT_ACTOR_LEGEND, eventActor, listProcedures, machineGraph } from '../src';

const eventTypes = [...new Set(listProcedures().flatMap((procedure) => machineGraph(procedure.machine).transitions.map((transition) => transition.event)))].sort();

describe('eventActor', () => {
  it('makes clock.advanced (and XState eventless transitions) time passing', () => {
    expect(eventActor('clock.advanced')).toBe('time');
    expect(eventActor('always')).toBe('time');
    expect(eventTypes.filter((type) => eventActor(type) === 'time')).toEqual(['clock.advanced']);
  });

  it('gives decisions, grants, refusals, issues, judgments and revocations to the authority', () => {
    for (const type of ['authorisation.granted', 'visa.refused', 'ademCertificate.issued', 'tribunal.judged', 'permit.revoked', 'permit.withdrawn', 'protection.definitivelyRejected', 'residencePermit.ended']) {
      expect(eventActor(type), type).toBe('authority');
    }
  });

  it('gives what the person, the employer or a family member does to them', () => {
    for (const type of ['application.submitted', 'vacancy.declared', 'arrival.declared', 'tribunalAppeal.lodged', 'employment.ended', 'family.movedToLuxembourg', 'work.started', 'documents.supplied']) {
      expect(eventActor(type), type).toBe('person');
    }
  });

  // The whole list, so that a new event type of a machine is classified on purpose, not by accident.
  it('classifies every authority event of the registered machines as reviewed', () => {
    expect(eventTypes.filter((type) => eventActor(type) === 'authority')).toEqual([
      'ademCertificate.issued',
      'ademCertificate.refused',
      'authorisation.granted',
      'authorisation.refused',
      'candidate.proposed',
      'court.judged',
      'employmentChange.granted',
      'employmentChange.refused',
      'exemption.granted',
      'exemption.refused',
      'medicalCertificate.issued',
      'permit.granted',
      'permit.refused',
      'permit.revoked',
      'permit.withdrawn',
      'professionChange.authorised',
      'protection.cancelled',
      'protection.definitivelyRejected',
      'protection.granted',
      'protection.rejectedAtFirstInstance',
      'renewal.granted',
      'renewal.refused',
      'residencePermit.approved',
      'residencePermit.ended',
      'residencePermit.refused',
      'residencePermit.renewed',
      'residencePermitCard.replaced',
      'studentJobExemption.granted',
      'studentJobExemption.refused',
      'tribunal.judged',
      'visa.issued',
      'visa.refused',
      'workPermit.granted',
      'workPermit.refused',
    ]);
  });

  it('has a legend line for each kind', () => {
    expect(Object.keys(EVENT_ACTOR_LEGEND)).toEqual(['person', 'authority', 'time']);
    expect(new Set(eventTypes.map(eventActor))).toEqual(new Set(['person', 'authority', 'time']));
  });
});
