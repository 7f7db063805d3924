/**
 * Cases full of personal data, for the privacy tests: every generated path of
 * a procedure, replayed with a person in the facts and employer names that are
 * names of natural persons. The values are unusual enough that finding one in
 * an output can only mean it leaked.
 */
import { applyAll, createCase, type CaseEvent, type PermitCase, type Procedure } from '../../src';
import { generatePaths, walkProcedure, WALK_START_DATE } from '../../src/testing';

/** The personal data put in the facts. */
export const PERSON = {
  fullName: 'Zoraida Quintanilha-Vexley',
  passportNumber: 'QX7781234Z',
  address: '17 Rue des Ombrelles Perdues, L-9876 Nulleplatz',
  nationality: 'Ruritanian',
  birthDate: '1961-03-17',
} as const;

/** Employer names that identify natural persons, in order of first use in a path. */
export const EMPLOYERS = ['Hortensia Wraxall-Pemberton (sole trader)', 'Household of Ignatius Fennimore-Blythe'] as const;

/** Every personal value that must not survive redaction. */
export const PERSONAL_VALUES: readonly string[] = [...Object.values(PERSON), ...EMPLOYERS];

function renameEmployers(events: readonly CaseEvent[]): CaseEvent[] {
  const names = new Map<string, string>();
  const rename = (name: string): string => {
    let renamed = names.get(name);
    if (renamed === undefined) {
      renamed = EMPLOYERS[Math.min(names.size, EMPLOYERS.length - 1)]!;
      names.set(name, renamed);
    }
    return renamed;
  };
  return events.map((event) => Object.fromEntries(Object.entries(event).map(([key, value]) => [key, /employer$/i.test(key) && typeof value === 'string' ? rename(value) : value])) as CaseEvent);
}

/** A case built with personal data from one generated path, or `null` when the path does not replay with it. */
export interface PersonalCase {
  name: string;
  personal: PermitCase;
}

/**
 * The generated paths of a procedure replayed with personal data; paths whose
 * replay the personal data changes (a birth date read by a guard) are skipped.
 */
export function personalCases(procedure: Procedure): PersonalCase[] {
  const out: PersonalCase[] = [];
  for (const path of generatePaths(procedure, walkProcedure(procedure))) {
    const opened = createCase(procedure, { at: WALK_START_DATE, facts: { ...path.facts, person: PERSON } });
    if (!opened.ok) continue;
    const replayed = applyAll(opened.value, renameEmployers(path.events));
    if (replayed.ok) out.push({ name: path.name, personal: replayed.value });
  }
  return out;
}
