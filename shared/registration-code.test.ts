import { describe, expect, it } from 'vitest';
import {
  isValidRegistrationCode,
  normaliseRegistrationCode,
  registrationCodeKind,
  taxCodeCheckDigitOk,
} from './registration-code.ts';

describe('registration codes', () => {
  it.each([
    ['0300588569', 'tax_code'],
    ['0100109106', 'tax_code'],
    ['0100112437', 'tax_code'],
    ['0300588569-001', 'branch_tax_code'],
    ['089123456789', 'personal_id'],
    ['41A8012345', 'household_registration'],
    ['17H8000123', 'household_registration'],
  ])('%s is a %s', (code, kind) => {
    expect(registrationCodeKind(code)).toBe(kind);
  });

  it.each(['0300588568', '030058856', '03005885691', '0300588568-001', 'ABC', '12-34', '', '41 A'])(
    '%s is refused',
    (code) => {
      expect(isValidRegistrationCode(code)).toBe(false);
    },
  );

  it('normalises spacing, dots, case and dashes', () => {
    expect(normaliseRegistrationCode(' 0300.588.569 – 001 ')).toBe('0300588569-001');
    expect(normaliseRegistrationCode('41a 8012345')).toBe('41A8012345');
  });

  it('never accepts a check digit of 10 (weighted sum divisible by 11)', () => {
    // 000000000x: the sum is 0, so no tenth digit is valid.
    for (let d = 0; d <= 9; d++) expect(taxCodeCheckDigitOk(`000000000${d}`)).toBe(false);
  });
});
