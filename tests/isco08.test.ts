import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apply, createCase, isco08MinorGroups, iscoCodeSchema, iscoTitle, isIscoCode, MALFORMED_ISCO_CODE_MESSAGE, validateIscoCode, type PermitCase } from '../src';
import { ISCO_MODULE_PATH, ISCO_TSV_PATH, parseIscoTsv, renderIscoModule } from '../scripts/generate-isco';

describe('ISCO-08 data shipped in the package', () => {
  it('the committed module is exactly what the generator makes from the TSV', () => {
    const expected = renderIscoModule(parseIscoTsv(readFileSync(ISCO_TSV_PATH, 'utf8')));
    expect(readFileSync(ISCO_MODULE_PATH, 'utf8')).toBe(expected);
  });

  it('holds the 130 minor groups, leading zeros kept, with ILO titles', () => {
    // integer-like keys come first in property order, so sort to read codes in order
    const codes = Object.keys(isco08MinorGroups).sort();
    expect(codes).toHaveLength(130);
    expect(codes[0]).toBe('011');
    expect(codes.at(-1)).toBe('962');
    expect(codes.filter((code) => code.startsWith('0'))).toEqual(['011', '021', '031']);
    expect(isco08MinorGroups['512']).toBe('Cooks');
    expect(isco08MinorGroups['531']).toBe("Child care workers and teachers' aides");
    expect(new Set(codes.map((code) => code.slice(0, 2))).size).toBe(43);
  });

  it('the generator refuses a TSV with a bad header, a malformed code or unsorted rows', () => {
    expect(() => parseIscoTsv('code,title\n512,Cooks\n')).toThrow(/line 1/);
    expect(() => parseIscoTsv('code\ttitle\n51\tCooks\n')).toThrow(/line 2: code "51" is not 3 digits/);
    expect(() => parseIscoTsv('code\ttitle\n522\tShop salespersons\n512\tCooks\n')).toThrow(/line 3: code 512 is not after 522/);
    expect(() => parseIscoTsv('code\ttitle\n512\tCooks\n512\tCooks\n')).toThrow(/unique and sorted/);
    expect(parseIscoTsv('code\ttitle\r\n512\tCooks\r\n')).toEqual([{ code: '512', title: 'Cooks' }]);
  });

  it('renders apostrophes safely', () => {
    const text = renderIscoModule([{ code: '835', title: "Ships' deck crews and related workers" }]);
    expect(text).toContain("'835': 'Ships\\' deck crews and related workers',");
  });
});

describe('iscoCodeSchema', () => {
  it('accepts known codes', () => {
    for (const code of ['011', '512', '962']) expect(iscoCodeSchema.parse(code)).toBe(code);
    expect(isIscoCode('512')).toBe(true);
    expect(iscoTitle('962')).toBe('Other elementary workers');
    expect(iscoTitle('011')).toBe('Commissioned armed forces officers');
  });

  it('refuses malformed codes with one message', () => {
    for (const code of ['12', '1234', 'abc', ' 512', '5 2', '']) {
      const parsed = iscoCodeSchema.safeParse(code);
      expect(parsed.success, code).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([MALFORMED_ISCO_CODE_MESSAGE]);
    }
    expect(MALFORMED_ISCO_CODE_MESSAGE).toContain('exactly 3 digits');
  });

  it('refuses unknown well-formed codes with a message naming the code', () => {
    for (const code of ['999', '000', '510']) {
      const parsed = iscoCodeSchema.safeParse(code);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([`unknown ISCO-08 minor group "${code}"`]);
    }
    expect(isIscoCode('999')).toBe(false);
    expect(iscoTitle('999')).toBeUndefined();
  });

  it('validateIscoCode returns a typed error that names the code', () => {
    const known = validateIscoCode('512');
    expect(known).toEqual({ ok: true, value: '512' });
    const unknown = validateIscoCode('999');
    expect(unknown.ok).toBe(false);
    if (unknown.ok) return;
    expect(unknown.error.name).toBe('PermitLifecycleError');
    expect(unknown.error.code).toBe('argument.invalid');
    expect(unknown.error.message).toBe('unknown ISCO-08 minor group "999"');
    expect(unknown.error.details).toEqual({ iscoCode: '999' });
    const malformed = validateIscoCode(512);
    expect(malformed.ok).toBe(false);
  });

  it('an application naming an unknown or malformed code is refused as event.invalid and changes nothing', () => {
    const opened = createCase('ancillaryWorkPermit', { at: '2026-01-12', facts: { residencePermitValidUntil: '2027-09-30' } });
    if (!opened.ok) throw opened.error;
    const declared = apply(opened.value, { type: 'vacancy.declared', at: '2026-01-12' });
    if (!declared.ok) throw declared.error;
    const before: PermitCase = declared.value;
    const snapshot = JSON.stringify(before);
    const base = { type: 'application.submitted', at: '2026-01-20', employer: 'Brasserie Example SARL', sector: 'hospitality' };
    const unknown = apply(before, { ...base, profession: '999' });
    expect(unknown.ok).toBe(false);
    if (unknown.ok) return;
    expect(unknown.error.code).toBe('event.invalid');
    expect(unknown.error.path).toEqual(['profession']);
    expect(unknown.error.message).toContain('unknown ISCO-08 minor group "999"');
    const malformed = apply(before, { ...base, profession: '12' });
    expect(malformed.ok).toBe(false);
    if (malformed.ok) return;
    expect(malformed.error.message).toContain(MALFORMED_ISCO_CODE_MESSAGE);
    expect(JSON.stringify(before)).toBe(snapshot);
  });
});
