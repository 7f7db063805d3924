import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  apply,
  applyAll,
  createCase,
  crossBorderExemptionEndings,
  crossBorderFamilyExemptionDocuments,
  deadlines,
  explain,
  law,
  missingDocuments,
  restore,
  runScenario,
  serialize,
  status,
  type PermitCase,
} from '../src';

const baseItems = [
  'writtenApplication',
  'certifiedPassportCopy',
  'memberStateAuthorisationToStayCopy',
  'employmentContractCopy',
  'familyMemberSocialSecurityCertificate',
  'familyRelationshipProof',
  'householdCompositionCertificate',
  'residenceCertificate',
];
const submitted = (at: string, documents: string[] = baseItems) => ({ type: 'application.submitted', at, employer: 'Example Logistics SA', profession: 'Warehouse clerk', documents });

const eligible = {
  relationship: 'spouse',
  familyMemberIsEuCitizen: true,
  familyMemberWorksInLuxembourg: true,
  livesWithFamilyMemberInAnotherMemberState: true,
};

function open(facts: Record<string, unknown> = {}, at = '2026-02-02'): PermitCase {
  const opened = createCase('crossBorderFamilyExemption' as string, { at, facts: { ...eligible, ...facts } });
  if (!opened.ok) throw opened.error;
  return opened.value;
}

function run(events: unknown[], facts: Record<string, unknown> = {}, at = '2026-02-02'): PermitCase {
  const result = applyAll(open(facts, at), events);
  if (!result.ok) throw result.error;
  return result.value;
}

const toDecision = [{ type: 'vacancy.declared', at: '2026-02-02' }, submitted('2026-02-16')];
const toGranted = [...toDecision, { type: 'exemption.granted', at: '2026-04-20' }];
const waitingCase = (): PermitCase => run(toDecision);

describe('cross-border family exemption: conditions and checklist', () => {
  it('starts with the employer declaring the vacancy, and refuses an application before it', () => {
    const opened = open();
    expect(status(opened).state).toBe('vacancyToBeDeclared');
    const refused = apply(opened, submitted('2026-02-02'));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('event.notAllowed');
  });

  it('lists the eight documents of the page, plus the proxy and translations only when they apply', () => {
    expect(missingDocuments(open())?.missing.map((item) => item.id)).toEqual(baseItems);
    const byEmployer = open({ applicationFiledBy: 'mandatedThirdParty', documentsInGermanFrenchOrEnglish: false });
    expect(missingDocuments(byEmployer)?.missing.map((item) => item.id)).toEqual([...baseItems, 'powerOfAttorney', 'certifiedTranslations']);
    const byAttorney = open({ applicationFiledBy: 'attorney' });
    expect(missingDocuments(byAttorney)?.required.map((item) => item.id)).not.toContain('powerOfAttorney');
    expect(crossBorderFamilyExemptionDocuments.exemptionApplication.items).toHaveLength(baseItems.length + 2);
  });

  it.each([
    [{ relationship: 'otherRelative' }],
    [{ familyMemberIsEuCitizen: false }],
    [{ familyMemberWorksInLuxembourg: false }],
    [{ livesWithFamilyMemberInAnotherMemberState: false }],
  ])('closes the case as not eligible when a condition fails: %j', (facts) => {
    const current = run(toDecision, facts);
    expect(status(current).state).toBe('notEligible');
    expect(status(current).final).toBe(true);
    expect(deadlines(current)).toEqual([]);
  });

  it.each(['spouse', 'registeredPartner', 'child'])('accepts a %s of an EU citizen working in Luxembourg', (relationship) => {
    expect(status(run(toDecision, { relationship })).state).toBe('awaitingDecision');
  });

  it('returns an incomplete application, which can be completed and filed again', () => {
    const returned = run([{ type: 'vacancy.declared', at: '2026-02-02' }, submitted('2026-02-16', baseItems.filter((id) => id !== 'residenceCertificate'))]);
    expect(status(returned).state).toBe('applicationReturned');
    expect(missingDocuments(returned)?.missing.map((item) => item.id)).toEqual(['residenceCertificate']);
    const completed = applyAll(returned, [{ type: 'documents.supplied', at: '2026-02-20', documents: ['residenceCertificate'] }, submitted('2026-02-23', [])]);
    if (!completed.ok) throw completed.error;
    expect(status(completed.value).state).toBe('awaitingDecision');
    expect(deadlines(completed.value)[0]?.due).toBe('2026-05-23');
  });
});

describe('cross-border family exemption: the valid passport', () => {
  it('returns an application filed with an expired passport, its copy listed as missing, and takes it once a renewed passport is stated', () => {
    const returned = run(toDecision, { passportExpiresOn: '2026-02-15' });
    expect(status(returned).state).toBe('applicationReturned');
    expect(missingDocuments(returned)?.missing.map((item) => item.id)).toEqual(['certifiedPassportCopy']);
    expect(explain(returned).steps.at(-1)?.assumption).toContain('"certified copy of their valid passport"');
    const again = apply(returned, { ...submitted('2026-02-23'), passportExpiresOn: '2036-02-22' });
    if (!again.ok) throw again.error;
    expect(status(again.value).state).toBe('awaitingDecision');
    expect(deadlines(again.value).find((d) => d.id === 'decision')?.due).toBe('2026-05-23');
    // Valid on the day of the application, its last day included.
    expect(status(run(toDecision, { passportExpiresOn: '2026-02-16' })).state).toBe('awaitingDecision');
  });

  it('refuses a bad passport date in the facts with its path', () => {
    const opened = createCase('crossBorderFamilyExemption' as string, { at: '2026-02-02', facts: { ...eligible, passportExpiresOn: '2026-13-01' } });
    expect(opened.ok || opened.error).toMatchObject({ code: 'facts.invalid', path: ['facts', 'passportExpiresOn'] });
  });
});

describe('cross-border family exemption: the 3-month response period', () => {
  it('is deemed rejected on the day after the 3 months, not before', () => {
    const waiting = run(toDecision);
    expect(deadlines(waiting)).toMatchObject([{ id: 'decision', due: '2026-05-16', actor: 'authority', kind: 'decisionPeriod' }]);
    expect(deadlines(waiting)[0]?.parameter?.value).toBe(law.crossBorderDecisionPeriodMonths.value);
    expect(status(waiting, '2026-05-16').state).toBe('awaitingDecision');
    expect(status(waiting, '2026-05-17').state).toBe('deemedRejected');
  });

  it('accepts a decision on the last day, and records one the day after: it takes over the deemed rejection', () => {
    expect(apply(waitingCase(), { type: 'exemption.granted', at: '2026-05-16' }).ok).toBe(true);
    const late = run([...toDecision, { type: 'exemption.granted', at: '2026-05-17' }]);
    expect(late.events.length).toBe(3);
    expect(status(late)).toMatchObject({ state: 'exemptionGranted', rights: { work: { verdict: 'granted' } } });
    expect(status(run([...toDecision, { type: 'exemption.refused', at: '2026-08-03' }])).state).toBe('refused');
  });

  it('the deemed rejection denies work with the page\'s sentence, and leaves residence to the other member state', () => {
    const s = status(waitingCase(), '2026-05-17');
    expect(s.state).toBe('deemedRejected');
    expect(s.rights.work).toMatchObject({ verdict: 'denied', source: law.crossBorderDecisionPeriodMonths.source });
    expect(s.rights.reside).toMatchObject({ verdict: 'notDecidedHere', governedBy: 'the residence title of the other member state' });
  });

  it('applies the month-end rule: filed on 30 November, deemed rejected on 1 March', () => {
    const waiting = run([{ type: 'vacancy.declared', at: '2025-11-03' }, submitted('2025-11-30')], {}, '2025-11-03');
    expect(deadlines(waiting)[0]?.due).toBe('2026-02-28');
    expect(status(waiting, '2026-02-28').state).toBe('awaitingDecision');
    expect(status(waiting, '2026-03-01').state).toBe('deemedRejected');
  });

  it('ends on an express refusal too', () => {
    expect(status(run([...toDecision, { type: 'exemption.refused', at: '2026-03-10' }])).state).toBe('refused');
  });
});

describe('cross-border family exemption: the exemption and what ends it', () => {
  it('lets the person work for the employer applied for, without end date and without a right to reside', () => {
    const s = status(run(toGranted), '2027-01-01');
    expect(s).toMatchObject({
      state: 'exemptionGranted',
      validUntil: null,
      rights: { work: { verdict: 'granted', until: null }, reside: { verdict: 'notDecidedHere', governedBy: 'the residence title of the other member state' } },
    });
    expect(s.boundTo).toEqual({ employer: 'Example Logistics SA', profession: 'Warehouse clerk' });
  });

  it('records work started before the exemption as a breach, and not after it', () => {
    const early = run([...toDecision, { type: 'work.started', at: '2026-03-02' }]);
    expect(status(early).breaches).toEqual([{ deadline: 'workStartedBeforeExemption', due: '2026-03-02', metOn: null }]);
    const onTime = run([...toGranted, { type: 'work.started', at: '2026-05-04' }]);
    expect(status(onTime).breaches).toEqual([]);
    expect(apply(onTime, { type: 'work.started', at: '2026-05-05' }).ok).toBe(false);
  });

  it.each(Object.entries(crossBorderExemptionEndings))('ends when %s', (reason, ending) => {
    const ended = run([...toGranted, { type: ending.event, at: '2026-09-01' }]);
    const s = status(ended);
    expect(s).toMatchObject({ state: 'exemptionEnded', final: true, rights: { work: { verdict: 'denied' }, reside: { verdict: 'notDecidedHere' } } });
    expect(ended.context).toMatchObject({ ending: { reason, on: '2026-09-01' } });
    expect(s.notices.find((notice) => notice.code === 'exemptionEnded')?.source).toEqual(ending.source);
    expect(explain(ended).steps.at(-1)?.assumption).toBe(ending.assumption);
  });

  it('does not accept an ending before the exemption is granted', () => {
    const result = apply(waitingCase(), { type: 'family.movedToLuxembourg', at: '2026-03-01' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('event.notAllowed');
  });

  it('residence is governed by the residence title of the other member state in every state, closed or not', () => {
    const cases = [
      open(),
      waitingCase(),
      run(toGranted),
      run([...toDecision, { type: 'exemption.refused', at: '2026-03-10' }]),
      run([{ type: 'vacancy.declared', at: '2026-02-02' }, submitted('2026-02-16')], { familyMemberWorksInLuxembourg: false }),
    ];
    for (const current of cases) {
      expect(status(current, '2026-06-01').rights.reside).toMatchObject({
        verdict: 'notDecidedHere',
        governedBy: 'the residence title of the other member state',
        source: { quote: 'they are legally resident in another EU Member State or a country treated as such' },
      });
    }
  });

  it('before the exemption, work is denied with the page\'s sentence', () => {
    expect(status(waitingCase()).rights.work).toMatchObject({
      verdict: 'denied',
      source: { quote: 'Before commencing work in Luxembourg, third-country nationals must make a written application for a work permit exemption' },
    });
  });

  it('records work started after a deemed rejection as a breach too', () => {
    const started = run([...toDecision, { type: 'work.started', at: '2026-06-01' }]);
    expect(status(started)).toMatchObject({ state: 'deemedRejected', breaches: [{ deadline: 'workStartedBeforeExemption', due: '2026-06-01', metOn: null }] });
  });

  it('round-trips a granted case through a snapshot', () => {
    const granted = run(toGranted);
    const restored = restore(serialize(granted));
    expect(restored.ok && serialize(restored.value)).toBe(serialize(granted));
  });
});

describe('cross-border family exemption: bad input', () => {
  it.each(Object.keys(eligible))('does not assume an eligible person: a missing %s is facts.invalid naming it', (field) => {
    const facts: Record<string, unknown> = { ...eligible };
    delete facts[field];
    const opened = createCase('crossBorderFamilyExemption' as string, { at: '2026-02-02', facts });
    expect(opened.ok).toBe(false);
    if (!opened.ok) {
      expect(opened.error.code).toBe('facts.invalid');
      expect(opened.error.path).toEqual(['facts', field]);
    }
  });

  it('refuses unknown facts with a typed error', () => {
    const opened = createCase('crossBorderFamilyExemption' as string, { at: '2026-02-02', facts: { relationship: 'cousin' } });
    expect(opened.ok).toBe(false);
    if (!opened.ok) {
      expect(opened.error.code).toBe('facts.invalid');
      expect(opened.error.path).toEqual(['facts', 'relationship']);
    }
  });

  it.each([
    [{ type: 'application.submitted', at: '2026-02-16', employer: 'X SA', documents: ['birthCertificate'] }, 'event.invalid', ['documents', 0]],
    [{ type: 'application.submitted', at: '2026-02-16' }, 'event.invalid', ['employer']],
    [{ type: 'exemption.granted', at: '2026-02-01' }, 'event.outOfOrder', ['at']],
    [{ type: 'exemption.granted', at: '16/02/2026' }, 'event.invalid', ['at']],
    [{ type: 'visa.issued', at: '2026-02-16' }, 'event.invalid', ['type']],
  ])('refuses %j with %s and leaves the case unchanged', (event, code, path) => {
    const current = run([{ type: 'vacancy.declared', at: '2026-02-02' }]);
    const before = serialize(current);
    const result = apply(current, event);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.path).toEqual(path);
    }
    expect(serialize(current)).toBe(before);
  });
});

describe('cross-border family exemption: example scenarios', () => {
  it.each(['cross-border-family-exemption-typical.json', 'cross-border-family-exemption-deemed-rejection.json'])('%s ends as its expect block says', (name) => {
    const scenario = JSON.parse(readFileSync(new URL(`../examples/scenarios/${name}`, import.meta.url), 'utf8'));
    const result = runScenario(scenario);
    if (!result.ok) throw result.error;
    expect(result.value.status.state).toBe(scenario.expect.state);
    expect(result.value.status.validUntil).toBe(scenario.expect.validUntil);
    expect(Object.fromEntries(result.value.deadlines.map((d) => [d.id, d.due]))).toEqual(scenario.expect.deadlines);
  });
});
