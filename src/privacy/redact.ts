/**
 * Removing personal data from cases and from any plain data taken from them
 * (events, contexts, machine snapshots), for logs, the inspector and bug
 * reports, while keeping what status and deadlines need.
 *
 * What is removed, and why:
 * - `person` (in the facts: name, passport number, address, nationality,
 *   birth date) is dropped whole: it identifies the worker directly;
 * - any other field named like a personal identifier (`fullName`,
 *   `passportNumber`, `address`, `birthDate`, `email`, `phone`, ...) becomes
 *   `'[redacted]'`, in case a host or a future procedure adds one elsewhere;
 * - employer names (fields named `employer` or ending in `Employer` or `Employers`) become
 *   pseudonyms `employer-1`, `employer-2`, ... numbered in order of first
 *   appearance: a small employer can be a natural person (a sole trader, a
 *   household), and the name with the dates can single the worker out. The
 *   same name always gets the same pseudonym within one redaction, so a
 *   change of employer stays visible and the case still replays.
 *
 * What stays: states, dates, deadlines, documents, professions and sectors
 * (codes or labels of a job, not of a person), flags. This is
 * pseudonymisation, not anonymisation: dates and the procedure can still
 * narrow a case down, so a redacted case is fit for a log or a bug report,
 * not for publication.
 */
import type { PermitCase } from '../case/types';
import { refusedArguments } from '../guard';

/**
 * What a redacted personal value is replaced with.
 *
 * @example
 * ```ts
 * createRedactor().redact({ passportNumber: 'X1234567' }); // { passportNumber: '[redacted]' }
 * ```
 * @category Persistence
 */
export const REDACTED = '[redacted]';

/** The key of the personal-data object of a case's facts, dropped whole. */
const PERSON_KEY = 'person';

const PERSONAL_KEYS = new Set(
  [
    'fullName', 'firstName', 'lastName', 'givenName', 'givenNames', 'familyName', 'surname', 'name', 'maidenName',
    'passportNumber', 'passport', 'idNumber', 'identityNumber', 'nationalId', 'socialSecurityNumber', 'matricule',
    'address', 'street', 'postcode', 'postalCode', 'email', 'phone', 'telephone',
    'birthDate', 'dateOfBirth', 'birthPlace', 'placeOfBirth', 'nationality',
  ].map((key) => key.toLowerCase()),
);

/**
 * Whether a field of that name holds a personal identifier of the worker.
 *
 * @example
 * ```ts
 * isPersonalField('passportNumber'); // true
 * isPersonalField('visaRequired'); // false
 * ```
 * @category Persistence
 */
export function isPersonalField(key: string): boolean {
  try {
  return PERSONAL_KEYS.has(key.toLowerCase());
  } catch (error) {
    throw refusedArguments('isPersonalField', error);
  }
}

/**
 * Whether a field of that name holds employer names (`employer`,
 * `pendingRenewalEmployer`, `previousEmployers`, ...; not `employerChanged`, a flag).
 *
 * @example
 * ```ts
 * isEmployerField('pendingRenewalEmployer'); // true
 * isEmployerField('employerChanged'); // false
 * ```
 * @category Persistence
 */
export function isEmployerField(key: string): boolean {
  try {
  return /employers?$/i.test(key);
  } catch (error) {
    throw refusedArguments('isEmployerField', error);
  }
}

/**
 * Redacts plain data (objects, arrays, strings, numbers, booleans, null).
 * One redactor keeps one table of employer pseudonyms, so data redacted by
 * the same redactor (a case's events and context, or every message of one
 * inspector session) stays consistent.
 *
 * @example
 * ```ts
 * const redactor = createRedactor();
 * redactor.redact({ type: 'renewal.applied', at: '2026-07-01', employer: 'Jean Dupont' }).employer; // 'employer-1'
 * ```
 * @category Persistence
 */
export interface Redactor {
  /** A redacted deep copy of `value`; the input is left untouched. */
  redact<T>(value: T): T;
  /** The pseudonym of an employer name (assigned on first use). */
  pseudonymOf(employer: string): string;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A new redactor with an empty pseudonym table.
 *
 * @example
 * ```ts
 * const redactor = createRedactor();
 * redactor.redact(snapshot.context); // the context without personal data
 * ```
 * @category Persistence
 */
export function createRedactor(): Redactor {
  try {
  const pseudonyms = new Map<string, string>();
  const pseudonymOf = (employer: string): string => {
    let pseudonym = pseudonyms.get(employer);
    if (pseudonym === undefined) {
      pseudonym = `employer-${pseudonyms.size + 1}`;
      pseudonyms.set(employer, pseudonym);
    }
    return pseudonym;
  };
  const walk = (value: unknown, key: string | null, ancestors: Set<object>): unknown => {
    if (key !== null && typeof value === 'string') {
      if (isEmployerField(key)) return pseudonymOf(value);
      if (isPersonalField(key)) return REDACTED;
      return value;
    }
    if (Array.isArray(value)) {
      if (ancestors.has(value)) return '[circular]';
      ancestors.add(value);
      const out = value.map((item) => walk(item, key !== null && isEmployerField(key) ? key : null, ancestors));
      ancestors.delete(value);
      return out;
    }
    if (isPlainObject(value)) {
      if (ancestors.has(value)) return '[circular]';
      ancestors.add(value);
      const out: Record<string, unknown> = {};
      for (const [inner, item] of Object.entries(value)) {
        if (inner === PERSON_KEY) continue;
        if (isPersonalField(inner) && item !== null && item !== undefined) setOwn(out, inner, REDACTED);
        else setOwn(out, inner, walk(item, inner, ancestors));
      }
      ancestors.delete(value);
      return out;
    }
    return value;
  };
  return { redact: <T>(value: T): T => walk(value, null, new Set()) as T, pseudonymOf };
  } catch (error) {
    throw refusedArguments('createRedactor', error);
  }
}

/**
 * A copy of a case without personal data (see the module comment for what is
 * removed and what stays). Its state, dates and deadlines are unchanged, so
 * `status` and `deadlines` answer as for the original (with employer
 * pseudonyms); `serialize` gives a snapshot fit for a log or a bug report.
 *
 * @example
 * ```ts
 * const safe = redactCase(someCase);
 * logger.info({ case: serialize(safe), status: status(safe) });
 * ```
 * @category Persistence
 */
export function redactCase(current: PermitCase): PermitCase {
  try {
  const redactor = createRedactor();
  const events = redactor.redact(current.events);
  const context = redactor.redact(current.context);
  const redacted: PermitCase = { procedureId: current.procedureId, machineVersion: current.machineVersion, state: current.state, context, events };
  if (current.earlierEventCount !== undefined) redacted.earlierEventCount = current.earlierEventCount;
  return redacted;
  } catch (error) {
    throw refusedArguments('redactCase', error);
  }
}
