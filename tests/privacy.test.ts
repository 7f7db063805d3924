/**
 * Privacy (issue 11): `redactCase` removes every personal value from a case,
 * keeps it usable for status and deadlines, and `createRedactor` is safe on
 * any plain data (the inspector's messages included).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createCase,
  applyAll,
  createRedactor,
  deadlines,
  explain,
  isEmployerField,
  isPersonalField,
  listProcedures,
  missingDocuments,
  REDACTED,
  redactCase,
  restore,
  serialize,
  status,
  type Binding,
  type PermitCase,
} from '../src';
import { deepFreeze } from './support/deep-freeze';
import { EMPLOYERS, PERSON, PERSONAL_VALUES, personalCases } from './support/personal-cases';
import { seasonalCase, toPermitValid } from './support/seasonal';

/** Everything a host could log about a case: its snapshot and every read. */
function everythingAbout(current: PermitCase): string {
  return [serialize(current), JSON.stringify(status(current)), JSON.stringify(deadlines(current)), JSON.stringify(missingDocuments(current)), JSON.stringify(explain(current))].join('\n');
}

/** An employer binding with the name left out (redaction renames employers). */
function anyEmployer(binding: Binding | null): Binding | null {
  return binding ? { ...binding, employer: binding.employer === undefined ? undefined : 'some employer' } : null;
}

function standing(current: PermitCase) {
  const { boundTo, notices, rights, ...rest } = status(current);
  return {
    ...rest,
    boundTo: anyEmployer(boundTo),
    rights: { reside: { ...rights.reside, boundTo: anyEmployer(rights.reside.boundTo) }, work: { ...rights.work, boundTo: anyEmployer(rights.work.boundTo) } },
    notices: notices.map((notice) => notice.code),
  };
}

describe.each(listProcedures().map((procedure) => [procedure.id, procedure] as const))('redacting %s cases', (_id, procedure) => {
  const cases = personalCases(procedure);

  it('has cases with personal data to redact, most with employers', () => {
    expect(cases.length).toBeGreaterThan(5);
    expect(cases.filter(({ personal }) => serialize(personal).includes(EMPLOYERS[0])).length).toBeGreaterThan(0);
    for (const { personal } of cases) expect(serialize(personal)).toContain(PERSON.passportNumber);
  });

  it.each(cases.map((entry) => [entry.name, entry.personal] as const))('leaves no personal value in %s', (_name, personal) => {
    const output = everythingAbout(redactCase(deepFreeze(personal)));
    expect(PERSONAL_VALUES.filter((value) => output.includes(value))).toEqual([]);
  });

  it('keeps every case usable: same standing, same deadlines, and it still restores', () => {
    for (const { personal } of cases) {
      const redacted = redactCase(personal);
      expect(standing(redacted)).toEqual(standing(personal));
      expect(deadlines(redacted)).toEqual(deadlines(personal));
      const json = serialize(redacted);
      const restored = restore(json);
      expect(restored.ok && serialize(restored.value)).toBe(json);
    }
  });
});

describe('redactCase', () => {
  const personal = seasonalCase(
    [...toPermitValid, { type: 'renewal.applied', at: '2026-06-10', employer: 'Other Person Household' }],
    { visaRequired: true, person: PERSON },
  );

  it('drops the person, pseudonymises employers consistently, and keeps the rest', () => {
    const redacted = redactCase(personal);
    expect(redacted.context.facts).not.toHaveProperty('person');
    expect(redacted.context.facts).toEqual({ ...(personal.context.facts as object), person: undefined });
    const employers = redacted.events.flatMap((event) => (typeof event.employer === 'string' ? [event.employer] : []));
    expect(employers).toEqual(['employer-1', 'employer-2']);
    expect(redacted.context.binding?.employer).toBe('employer-1');
    expect((redacted.context as unknown as { pendingRenewalEmployer: string }).pendingRenewalEmployer).toBe('employer-2');
    expect(redacted.state).toEqual(personal.state);
    expect(redacted.context.deadlines).toEqual(personal.context.deadlines);
    expect(redacted.events.map((event) => [event.type, event.at])).toEqual(personal.events.map((event) => [event.type, event.at]));
  });

  it('does not change the case it is given', () => {
    const before = JSON.stringify(personal);
    redactCase(deepFreeze(personal));
    expect(JSON.stringify(personal)).toBe(before);
  });

  it('removes any person and employer names, whatever their text', () => {
    const personArb = fc.record({
      fullName: fc.string({ minLength: 1, maxLength: 40 }),
      passportNumber: fc.string({ minLength: 1, maxLength: 20 }),
      address: fc.string({ minLength: 1, maxLength: 60 }),
      nationality: fc.string({ minLength: 2, maxLength: 30 }),
    });
    const marker = (text: string) => `«${text}»`;
    fc.assert(
      fc.property(personArb, fc.string({ minLength: 1, maxLength: 40 }), (person, employer) => {
        const marked = Object.fromEntries(Object.entries(person).map(([key, value]) => [key, marker(value)]));
        const opened = createCase('seasonalWorker' as string, { at: '2026-01-12', facts: { person: marked } });
        if (!opened.ok) return true;
        const events = toPermitValid.map((event) => ('employer' in event ? { ...event, employer: marker(employer).trim() } : event));
        const built = applyAll(opened.value, events);
        if (!built.ok) return true;
        const output = everythingAbout(redactCase(built.value));
        const secrets = [...Object.values(marked), marker(employer).trim()].map((value) => JSON.stringify(value).slice(1, -1));
        return secrets.every((secret) => !output.includes(secret));
      }),
      { numRuns: 300 },
    );
  });
});

describe('createRedactor', () => {
  it('redacts personal fields anywhere, keeps flags and codes, and tolerates awkward input', () => {
    const cyclic: Record<string, unknown> = { employer: 'A Person' };
    cyclic.self = cyclic;
    const input = {
      person: { fullName: 'X' },
      spouse: { firstName: 'Y', birthDate: '1990-01-01', address: { street: 'Z' } },
      employerChanged: true,
      endedBy: 'employer',
      previousEmployers: ['A Person', 'B Person'],
      profession: '2512',
      ['__proto__']: { name: 'polluted' },
      cyclic,
      when: new Date(0),
    };
    const redactor = createRedactor();
    const out = redactor.redact(input) as unknown as Record<string, unknown>;
    expect(out).not.toHaveProperty('person');
    expect(out.spouse).toEqual({ firstName: REDACTED, birthDate: REDACTED, address: REDACTED });
    expect(out.employerChanged).toBe(true);
    expect(out.endedBy).toBe('employer');
    expect(out.previousEmployers).toEqual(['employer-1', 'employer-2']);
    expect(out.profession).toBe('2512');
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(JSON.stringify(out)).not.toContain('polluted');
    expect((out.cyclic as Record<string, unknown>).employer).toBe('employer-1');
    expect((out.cyclic as Record<string, unknown>).self).toBe('[circular]');
    expect(out.when).toBe(input.when);
    expect(redactor.pseudonymOf('B Person')).toBe('employer-2');
  });

  it('names the fields it treats as personal or as employers', () => {
    expect(['fullName', 'passportNumber', 'address', 'birthDate', 'nationality', 'Email'].every(isPersonalField)).toBe(true);
    expect(['visaRequired', 'profession', 'sector', 'at'].some(isPersonalField)).toBe(false);
    expect(['employer', 'pendingRenewalEmployer', 'newEmployer'].every(isEmployerField)).toBe(true);
    expect(['employerChanged', 'endedBy'].some(isEmployerField)).toBe(false);
  });
});
