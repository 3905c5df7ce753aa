/**
 * Tax and business-registration codes of rural industrial establishments:
 * - enterprise / cooperative tax code (mã số thuế, also the enterprise registration number): 10 digits,
 *   the 10th a check digit over the first nine; a branch adds "-" and 3 digits;
 * - a personal identification number used as the tax code of a household business since 01/07/2025:
 *   12 digits;
 * - the registration number of a household business (mã số đăng ký hộ kinh doanh): 2-digit province
 *   code, 1–3 letters, digits (e.g. "41A8012345").
 */

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/** Upper case, without spaces, dots or other separators inside; dashes unified. */
export function normaliseRegistrationCode(raw: string): string {
  return raw
    .trim()
    .toUpperCase()
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/[\s.]/g, '');
}

export function taxCodeCheckDigitOk(ten: string): boolean {
  if (!/^\d{10}$/.test(ten)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(ten[i]) * WEIGHTS[i]!;
  const check = 10 - (sum % 11);
  return check < 10 && check === Number(ten[9]);
}

export type RegistrationCodeKind = 'tax_code' | 'branch_tax_code' | 'personal_id' | 'household_registration';

/** What kind of code a normalised value is, or null when it is none of them (or fails its check digit). */
export function registrationCodeKind(code: string): RegistrationCodeKind | null {
  if (/^\d{10}$/.test(code)) return taxCodeCheckDigitOk(code) ? 'tax_code' : null;
  if (/^\d{10}-\d{3}$/.test(code)) return taxCodeCheckDigitOk(code.slice(0, 10)) ? 'branch_tax_code' : null;
  if (/^\d{12}$/.test(code)) return 'personal_id';
  if (/^\d{2}[A-Z]{1,3}\d{5,10}$/.test(code)) return 'household_registration';
  return null;
}

export function isValidRegistrationCode(code: string): boolean {
  return registrationCodeKind(code) !== null;
}
