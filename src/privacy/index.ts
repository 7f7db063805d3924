/**
 * Privacy: redact personal data from cases and from data taken from them.
 *
 * @module
 */
export { createRedactor, isEmployerField, isPersonalField, redactCase, REDACTED, type Redactor } from './redact';
